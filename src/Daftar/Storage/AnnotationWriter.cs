using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Positions;
using Daftar.Text;
using Microsoft.Data.Sqlite;

namespace Daftar.Storage;

/// <summary>
/// Stores a document's extraction as candidates for review, inside the document's own transaction: actors
/// (merged by id with those already in the ledger, new aliases added), mentions, quotations (indexed for
/// search), dates, relations, events, issues and positions. Statements are prepared once per connection.
/// </summary>
/// <remarks>
/// A person the gazetteer does not know gets an id from their name as the document wrote it, so the same person
/// named in another script or spelling ("Karim al-Nuri", "كريم النوري", "Kareem al-Noori") would arrive as another
/// actor. Before such a person is added, their names' transliteration keys (<see cref="NameKey"/>) are looked up
/// among the ledger's persons; one person alone matching is taken to be them, and gains the new names.
/// </remarks>
internal sealed class AnnotationWriter : IDisposable
{
    private static readonly string Candidate = Codes.Name(ReviewState.Candidate);

    private readonly SqliteCommand findActor;
    private readonly SqliteCommand insertActor;
    private readonly SqliteCommand aliasesOf;
    private readonly SqliteCommand insertAlias;
    private readonly SqliteCommand insertMention;
    private readonly SqliteCommand insertQuote;
    private readonly SqliteCommand insertQuoteTerms;
    private readonly SqliteCommand insertTimex;
    private readonly SqliteCommand insertRelation;
    private readonly SqliteCommand insertEvent;
    private readonly SqliteCommand insertIssue;
    private readonly SqliteCommand insertPosition;
    private readonly SqliteCommand allPersonNames;
    private readonly List<SqliteCommand> all = [];

    /// <summary>The ledger's persons by the consonant key of each of their names of two words or more, built on first use.</summary>
    private Dictionary<string, List<(string ActorId, string Name)>>? personsByKey;

    public AnnotationWriter(SqliteConnection connection)
    {
        findActor = Command(connection, "SELECT 1 FROM actors WHERE id = $id", "$id");
        insertActor = Command(connection, "INSERT INTO actors (id, name, type, review) VALUES ($id, $name, $type, $review)", "$id", "$name", "$type", "$review");
        aliasesOf = Command(connection, "SELECT ordinal, folded FROM actor_aliases WHERE actor_id = $id", "$id");
        allPersonNames = Command(
            connection,
            $"""
            SELECT a.id, a.name FROM actors a WHERE a.type = '{Codes.Name(ActorType.Person)}'
            UNION ALL SELECT l.actor_id, l.text FROM actor_aliases l JOIN actors a ON a.id = l.actor_id WHERE a.type = '{Codes.Name(ActorType.Person)}'
            """);
        insertAlias = Command(connection,
            "INSERT INTO actor_aliases (actor_id, ordinal, text, script, folded, source_id) VALUES ($id, $ordinal, $text, $script, $folded, $source)",
            "$id", "$ordinal", "$text", "$script", "$folded", "$source");
        insertMention = Command(connection,
            "INSERT INTO mentions (actor_id, source_id, start, \"end\", review) VALUES ($actor, $source, $start, $end, $review)",
            "$actor", "$source", "$start", "$end", "$review");
        insertQuote = Command(connection,
            """
            INSERT INTO quotes (source_id, start, "end", text, kind, speaker_actor_id, speaker_description, speaker_anonymous,
                                speaker_confidential, cue, review)
            VALUES ($source, $start, $end, $text, $kind, $actor, $description, $anonymous, 0, $cue, $review)
            RETURNING id
            """,
            "$source", "$start", "$end", "$text", "$kind", "$actor", "$description", "$anonymous", "$cue", "$review");
        insertQuoteTerms = Command(connection, "INSERT INTO quote_terms (rowid, terms) VALUES ($id, $terms)", "$id", "$terms");
        insertTimex = Command(connection,
            "INSERT INTO timexes (source_id, start, \"end\", text, type, value, review) VALUES ($source, $start, $end, $text, $type, $value, $review)",
            "$source", "$start", "$end", "$text", "$type", "$value", "$review");
        insertRelation = Command(connection,
            """
            INSERT INTO relations (subject_id, predicate, object_id, since, until, source_id, start, "end", review)
            VALUES ($subject, $predicate, $object, NULL, NULL, $source, $start, $end, $review)
            """,
            "$subject", "$predicate", "$object", "$source", "$start", "$end", "$review");
        insertEvent = Command(connection,
            """
            INSERT INTO events (date, actor_id, target_id, type, summary, source_id, start, "end", review)
            VALUES ($date, $actor, $target, $type, $summary, $source, $start, $end, $review)
            """,
            "$date", "$actor", "$target", "$type", "$summary", "$source", "$start", "$end", "$review");
        insertIssue = Command(connection,
            """
            INSERT INTO issues (id, label, label_arabic, description, keywords) VALUES ($id, $label, $arabic, $description, $keywords)
            ON CONFLICT (id) DO UPDATE SET label_arabic = coalesce(label_arabic, excluded.label_arabic),
                description = coalesce(description, excluded.description),
                keywords = CASE WHEN keywords = '[]' THEN excluded.keywords ELSE keywords END
            """,
            "$id", "$label", "$arabic", "$description", "$keywords");
        insertPosition = Command(connection,
            """
            INSERT INTO positions (actor_id, issue_id, stance, statement, source_id, start, "end", review)
            VALUES ($actor, $issue, $stance, $statement, $source, $start, $end, $review)
            """,
            "$actor", "$issue", "$stance", "$statement", "$source", "$start", "$end", "$review");
    }

    public void Write(long sourceId, DocumentAnnotation annotation, SqliteTransaction transaction)
    {
        foreach (var command in all)
            command.Transaction = transaction;
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in annotation.Actors)
        {
            var id = LedgerIdOf(actor);
            MergeActor(actor with { Id = id }, sourceId);
            known[actor.Id] = id;
            foreach (var mention in actor.Mentions)
                Run(insertMention, id, sourceId, mention.Start, mention.End, Candidate);
        }

        // References to actors the annotation does not list would break the ledger's integrity; drop them.
        string? Known(string? id) => id is not null && known.TryGetValue(id, out var ledgerId) ? ledgerId : null;

        foreach (var quote in annotation.Quotes)
        {
            var id = (long)Scalar(insertQuote, sourceId, quote.Start, quote.End, quote.Text, Codes.Name(quote.Kind),
                Known(quote.Speaker.Actor), quote.Speaker.Description, quote.Speaker.Anonymous, quote.Cue, Candidate)!;
            Run(insertQuoteTerms, id, SearchAnalyzer.IndexText(quote.Text));
        }

        foreach (var timex in annotation.Timexes)
            Run(insertTimex, sourceId, timex.Start, timex.End, timex.Text, Codes.Name(timex.Type), timex.Value, Candidate);
        foreach (var relation in annotation.Relations)
        {
            if (Known(relation.Subject) is { } subject && Known(relation.Object) is { } @object)
            {
                Run(insertRelation, subject, Codes.Name(relation.Predicate), @object, sourceId,
                    relation.Evidence.Start, relation.Evidence.End, Candidate);
            }
        }

        foreach (var item in annotation.Events)
        {
            Run(insertEvent, item.Date, Known(item.Actor), Known(item.Target), Codes.Name(item.Type), item.Summary, sourceId,
                item.Evidence.Start, item.Evidence.End, Candidate);
        }

        foreach (var position in annotation.Positions)
        {
            if (Known(position.Actor) is not { } actor)
                continue;
            var issue = Slug.From(position.Issue);
            var catalogued = IssueCatalogue.Default.For(position.Issue);
            Run(insertIssue, issue, catalogued.Label, catalogued.LabelArabic, catalogued.Description, System.Text.Json.JsonSerializer.Serialize(catalogued.Keywords));
            Run(insertPosition, actor, issue, Codes.Name(position.Stance), position.Statement, sourceId,
                position.Evidence.Start, position.Evidence.End, Candidate);
        }
    }

    public void Dispose()
    {
        foreach (var command in all)
            command.Dispose();
    }

    /// <summary>Forgets the persons' keys, after actors were written other than through this writer.</summary>
    public void ActorsChanged() => personsByKey = null;

    /// <summary>The id under which the ledger holds this actor: its own, or that of the one person its names match.</summary>
    private string LedgerIdOf(ActorAnnotation actor)
    {
        if (actor.Type != ActorType.Person || Scalar(findActor, actor.Id) is not null || Gazetteer.Default.Find(actor.Id) is not null)
            return actor.Id;
        var persons = PersonsByKey();
        string? match = null;
        foreach (var name in actor.Aliases.Prepend(actor.Name))
        {
            if (PersonKey(name) is not { } key || !persons.TryGetValue(key, out var candidates))
                continue;
            foreach (var (id, other) in candidates)
            {
                if (id == match || !SamePerson(name, other))
                    continue;
                if (match is not null)
                    return actor.Id; // two persons fit: leave the choice to the analyst
                match = id;
            }
        }

        return match is not null && Scalar(findActor, match) is not null ? match : actor.Id;
    }

    /// <summary>Latin spellings must agree vowel for vowel (<see cref="NameKey.SameName"/>); across scripts the consonants decide.</summary>
    private static bool SamePerson(string name, string other)
    {
        var latin = NameKey.Latin(name);
        var otherLatin = NameKey.Latin(other);
        return latin.Length == 0 || otherLatin.Length == 0 || NameKey.SameName(latin, otherLatin);
    }

    /// <summary>The consonant key of a name of two words or more with at least four consonants, else null (too weak to link on).</summary>
    private static string? PersonKey(string name)
    {
        var folded = SqliteLedger.FoldName(name);
        if (folded.IndexOf(' ', StringComparison.Ordinal) < 0)
            return null;
        var key = NameKey.Consonants(name);
        return key.Count(c => c != ' ') >= 4 ? key.Replace(" ", "", StringComparison.Ordinal) : null;
    }

    private Dictionary<string, List<(string ActorId, string Name)>> PersonsByKey()
    {
        if (personsByKey is not null)
            return personsByKey;
        personsByKey = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        using var reader = allPersonNames.ExecuteReader();
        while (reader.Read())
            AddPersonName(reader.GetString(0), reader.GetString(1));
        return personsByKey;
    }

    private void AddPersonName(string actorId, string name)
    {
        if (personsByKey is null || PersonKey(name) is not { } key)
            return;
        if (!personsByKey.TryGetValue(key, out var list))
            personsByKey[key] = list = [];
        if (!list.Contains((actorId, name)))
            list.Add((actorId, name));
    }

    // A known actor gains the names this document used; a new one arrives as a candidate. A name the gazetteer does not
    // give the actor is recorded with the source that used it, so a confidential source's spellings stay private.
    private void MergeActor(ActorAnnotation actor, long sourceId)
    {
        var gazetteerNames = Gazetteer.Default.Find(actor.Id) is { } entry
            ? entry.Aliases.Prepend(entry.Name).Select(SqliteLedger.FoldName).ToHashSet(StringComparer.Ordinal)
            : [];
        if (actor.Type == ActorType.Person)
        {
            foreach (var name in actor.Aliases.Prepend(actor.Name))
                AddPersonName(actor.Id, name);
        }

        var names = actor.Aliases.Prepend(actor.Name);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;
        if (Scalar(findActor, actor.Id) is null)
        {
            Run(insertActor, actor.Id, actor.Name, Codes.Name(actor.Type), Candidate);
        }
        else
        {
            aliasesOf.Parameters[0].Value = actor.Id;
            using var reader = aliasesOf.ExecuteReader();
            while (reader.Read())
            {
                next = Math.Max(next, reader.GetInt32(0) + 1);
                folded.Add(reader.GetString(1));
            }
        }

        foreach (var name in names)
        {
            var key = SqliteLedger.FoldName(name);
            if (key.Length == 0 || !folded.Add(key))
                continue;
            Run(insertAlias, actor.Id, next++, name, Codes.Name(ScriptOf(name)), key, gazetteerNames.Contains(key) ? null : sourceId);
        }
    }

    /// <summary>The script a name is written in: its first Arabic or Latin letter decides.</summary>
    internal static Script ScriptOf(string name)
    {
        foreach (var c in name)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF')
                return Script.Arabic;
            if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
                return Script.Latin;
        }

        return Script.Other;
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
#pragma warning disable CA2100 // Fixed SQL; values go through parameters.
        var command = new SqliteCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, null));
        all.Add(command);
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalar();
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
