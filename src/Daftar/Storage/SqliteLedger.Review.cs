using System.Globalization;
using System.Text.Json;
using System.Collections.Immutable;
using Dapper;
using Daftar.Domain;
using Microsoft.Data.Sqlite;

namespace Daftar.Storage;

/// <summary>The kinds of ledger entry an analyst reviews.</summary>
public enum EntryKind
{
    Mention,
    Quote,
    Timex,
    Relation,
    Event,
    Position,
}

/// <summary>What became of a review change.</summary>
public enum ReviewStatus
{
    /// <summary>Made; the entry is at <see cref="ReviewOutcome.Version"/> now.</summary>
    Applied,

    /// <summary>Refused: someone changed the entry since the version the change was made from; <see cref="ReviewOutcome.Version"/> is the current one.</summary>
    Conflict,

    /// <summary>No such entry.</summary>
    NotFound,
}

/// <summary>The outcome of a review change and the entry's version after it.</summary>
public readonly record struct ReviewOutcome(ReviewStatus Status, long Version);

/// <summary>A candidate waiting for review, with the sentence it comes from.</summary>
public sealed record PendingItem(EntryKind Kind, long Id, long Version, long SourceId, string SourceTitle, TextSpan Span, string Summary, string Context);

public sealed partial class SqliteLedger
{
    /// <summary>
    /// Accepts or rejects (or returns to candidate) an entry, if it is still at <paramref name="expectedVersion"/>.
    /// </summary>
    /// <remarks>
    /// Accepting an entry vouches for the actors it names (a quotation's speaker, a relation's two sides, an event's actor
    /// and target, a position's actor, a mention's actor): they are accepted too, as naming a speaker does.
    /// </remarks>
    public ReviewOutcome SetReview(EntryKind kind, long id, ReviewState review, long expectedVersion)
    {
        Action<SqliteTransaction>? vouch = review != ReviewState.Accepted ? null : transaction =>
        {
            var named = kind switch
            {
                EntryKind.Quote => "SELECT speaker_actor_id FROM quotes WHERE id = @id",
                EntryKind.Relation => "SELECT subject_id FROM relations WHERE id = @id UNION SELECT object_id FROM relations WHERE id = @id",
                EntryKind.Event => "SELECT actor_id FROM events WHERE id = @id UNION SELECT target_id FROM events WHERE id = @id",
                EntryKind.Position => "SELECT actor_id FROM positions WHERE id = @id",
                EntryKind.Mention => "SELECT actor_id FROM mentions WHERE id = @id",
                _ => null,
            };
            if (named is not null)
                VouchFor(connection.Query<string?>(named, new { id }, transaction).OfType<string>(), transaction);
        };
        return Change("review", kind, id, expectedVersion, "review = @review", new { review = Codes.Name(review) }, vouch);
    }

    /// <summary>
    /// Corrects a quotation's speaker (and accepts the quotation: an analyst who names the speaker has read it).
    /// The speaker's actor must exist.
    /// </summary>
    /// <exception cref="LedgerException">The actor does not exist.</exception>
    public ReviewOutcome SetSpeaker(long quoteId, Speaker speaker, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        if (speaker.ActorId is { } actorId && connection.ExecuteScalar<long>("SELECT count(*) FROM actors WHERE id = @actorId", new { actorId }) == 0)
            throw new LedgerException($"no actor '{actorId}'");

        // Naming an actor as a speaker vouches for it: it is known to the next extraction (only if the change is made).
        Action<SqliteTransaction>? vouch = speaker.ActorId is not { } vouched ? null : transaction => VouchFor([vouched], transaction);

        return Change(
            "speaker",
            EntryKind.Quote,
            quoteId,
            expectedVersion,
            "speaker_actor_id = @actor, speaker_description = @description, speaker_anonymous = @anonymous, speaker_confidential = @confidential, review = @accepted",
            new
            {
                actor = speaker.ActorId,
                description = string.IsNullOrWhiteSpace(speaker.Description) ? null : speaker.Description.Trim(),
                anonymous = speaker.Anonymous,
                confidential = speaker.Confidential,
                accepted = Codes.Name(ReviewState.Accepted),
            },
            vouch);
    }

    /// <summary>
    /// What the analysts taught the ledger, as gazetteer entries for the next extraction: every actor they accepted
    /// or gave a name to. A known actor keeps its member words and adjectives and gains the names; a new one
    /// becomes known under its names.
    /// </summary>
    public IReadOnlyList<Extraction.Actors.GazetteerEntry> GazetteerCorrections(Extraction.Actors.Gazetteer known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var accepted = Codes.Name(ReviewState.Accepted);
        var taught = connection.Query<ActorRow>("SELECT id, name, type, review FROM actors WHERE review = @accepted OR version > 0 ORDER BY id", new { accepted })
            .ToList();
        if (taught.Count == 0)
            return [];
        var aliases = connection.Query<AliasRow>("SELECT actor_id, text, script FROM actor_aliases ORDER BY actor_id, ordinal").ToLookup(a => a.ActorId);
        var entries = new List<Extraction.Actors.GazetteerEntry>();
        foreach (var row in taught)
        {
            var actor = ToActor(row, aliases[row.Id]);
            var names = actor.Aliases.Select(a => a.Text).Where(n => !string.IsNullOrWhiteSpace(n));
            if (known.Find(actor.Id) is { } entry)
            {
                var merged = entry.Aliases.Concat(names).Where(n => n != entry.Name).Distinct(StringComparer.Ordinal).ToImmutableArray();
                entries.Add(entry with { Aliases = merged });
            }
            else if (Extraction.Actors.Gazetteer.IsSlug(actor.Id))
            {
                entries.Add(new Extraction.Actors.GazetteerEntry(actor.Id, actor.Type, actor.Name)
                {
                    Aliases = [.. names.Where(n => n != actor.Name).Distinct(StringComparer.Ordinal)],
                });
            }
        }

        return entries;
    }

    /// <summary>Corrects a date's TIMEX3 value (and accepts it).</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public ReviewOutcome SetTimexValue(long timexId, string value, long expectedVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Change("date-value", EntryKind.Timex, timexId, expectedVersion, "value = @value, review = @accepted",
            new { value = value.Trim(), accepted = Codes.Name(ReviewState.Accepted) });
    }

    /// <summary>The current version of an entry, or null when there is none.</summary>
    public long? VersionOf(EntryKind kind, long id) =>
        connection.ExecuteScalar<long?>($"SELECT version FROM {Table(kind)} WHERE id = @id", new { id });

    /// <summary>The versions of a source's entries of one kind, by id.</summary>
    public IReadOnlyDictionary<long, long> VersionsIn(EntryKind kind, long sourceId) =>
        connection.Query<(long Id, long Version)>($"SELECT id, version FROM {Table(kind)} WHERE source_id = @sourceId", new { sourceId })
            .ToDictionary(r => r.Id, r => r.Version);

    /// <summary>Adds a name to an actor (no effect when it has it already, in any spelling the search folds alike).</summary>
    /// <exception cref="LedgerException">The actor does not exist.</exception>
    public void AddAlias(string actorId, string alias)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        using var transaction = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM actors WHERE id = @actorId", new { actorId }, transaction) == 0)
            throw new LedgerException($"no actor '{actorId}'");
        if (AddAliasIn(actorId, alias.Trim(), transaction))
        {
            connection.Execute("UPDATE actors SET version = version + 1 WHERE id = @actorId", new { actorId }, transaction);
            WriteAudit(transaction, "alias-added", "actor", actorId, null, JsonSerializer.Serialize(new { alias = alias.Trim() }));
        }

        transaction.Commit();
        annotationWriter?.ActorsChanged();
    }

    /// <summary>
    /// Merges one actor into another: everything that names or cites <paramref name="mergedId"/> (mentions, speakers,
    /// relations, events, positions, assessments) moves to <paramref name="keptId"/>, which gains its names and is
    /// accepted; the merged actor is gone. Relations of the actor with itself that the merge would make are dropped.
    /// </summary>
    /// <exception cref="LedgerException">Either actor does not exist, or they are the same.</exception>
    public void MergeActors(string keptId, string mergedId)
    {
        ArgumentNullException.ThrowIfNull(keptId);
        ArgumentNullException.ThrowIfNull(mergedId);
        if (keptId == mergedId)
            throw new LedgerException("an actor cannot be merged into itself");
        using var transaction = connection.BeginTransaction();
        var found = connection.Query<ActorRow>("SELECT id, name, type, review FROM actors WHERE id IN (@keptId, @mergedId)", new { keptId, mergedId }, transaction).ToList();
        var merged = found.Find(a => a.Id == mergedId) ?? throw new LedgerException($"no actor '{mergedId}'");
        if (!found.Exists(a => a.Id == keptId))
            throw new LedgerException($"no actor '{keptId}'");

        var p = new { keptId, mergedId };
        var names = connection.Query<string>("SELECT text FROM actor_aliases WHERE actor_id = @mergedId ORDER BY ordinal", p, transaction).Prepend(merged.Name).ToList();
        connection.Execute("UPDATE mentions SET actor_id = @keptId WHERE actor_id = @mergedId", p, transaction);
        connection.Execute("UPDATE quotes SET speaker_actor_id = @keptId WHERE speaker_actor_id = @mergedId", p, transaction);
        connection.Execute("DELETE FROM relations WHERE (subject_id = @mergedId AND object_id = @keptId) OR (subject_id = @keptId AND object_id = @mergedId)", p, transaction);
        connection.Execute("UPDATE relations SET subject_id = @keptId WHERE subject_id = @mergedId", p, transaction);
        connection.Execute("UPDATE relations SET object_id = @keptId WHERE object_id = @mergedId", p, transaction);
        connection.Execute("UPDATE events SET actor_id = @keptId WHERE actor_id = @mergedId", p, transaction);
        connection.Execute("UPDATE events SET target_id = @keptId WHERE target_id = @mergedId", p, transaction);
        connection.Execute("UPDATE positions SET actor_id = @keptId WHERE actor_id = @mergedId", p, transaction);
        connection.Execute("UPDATE assessments SET actor_id = @keptId WHERE actor_id = @mergedId", p, transaction);
        connection.Execute("DELETE FROM actors WHERE id = @mergedId", p, transaction); // its aliases go with it
        foreach (var name in names)
            AddAliasIn(keptId, name, transaction);
        connection.Execute("UPDATE actors SET review = @accepted, version = version + 1 WHERE id = @keptId",
            new { keptId, accepted = Codes.Name(ReviewState.Accepted) }, transaction);
        WriteAudit(transaction, "actor-merged", "actor", keptId, JsonSerializer.Serialize(new { merged = mergedId, names }), JsonSerializer.Serialize(new { kept = keptId }));
        transaction.Commit();
        annotationWriter?.ActorsChanged();
    }

    /// <summary>
    /// Splits a name off an actor, as a new actor of the same type: the name, and every mention written that way,
    /// move to it ("Sadr" that meant Mohammed Sadiq al-Sadr, not his son). Returns the new actor's id.
    /// </summary>
    /// <exception cref="LedgerException">The actor does not exist, or does not have that name.</exception>
    public string SplitActor(string actorId, string alias)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        using var transaction = connection.BeginTransaction();
        var actor = connection.QuerySingleOrDefault<ActorRow>("SELECT id, name, type, review FROM actors WHERE id = @actorId", new { actorId }, transaction)
            ?? throw new LedgerException($"no actor '{actorId}'");
        var folded = FoldName(alias);
        if (folded == FoldName(actor.Name))
            throw new LedgerException($"'{alias}' is the actor's own name: split off its other names instead");
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM actor_aliases WHERE actor_id = @actorId AND folded = @folded", new { actorId, folded }, transaction) == 0)
            throw new LedgerException($"'{actor.Name}' has no name '{alias}'");

        var id = Slug.From(alias);
        for (var n = 2; connection.ExecuteScalar<long>("SELECT count(*) FROM actors WHERE id = @id", new { id }, transaction) > 0; n++)
            id = Slug.From(alias) + "-" + n.ToString(CultureInfo.InvariantCulture);
        var row = new DynamicParameters();
        row.Add("id", id);
        row.Add("name", alias.Trim());
        row.Add("type", actor.Type);
        row.Add("accepted", Codes.Name(ReviewState.Accepted));
        connection.Execute("INSERT INTO actors (id, name, type, review) VALUES (@id, @name, @type, @accepted)", row, transaction);
        connection.Execute("DELETE FROM actor_aliases WHERE actor_id = @actorId AND folded = @folded", new { actorId, folded }, transaction);
        AddAliasIn(id, alias.Trim(), transaction);

        // The mentions written as that name: compared folded, as every name is.
        var mentions = connection.Query<(long Id, string Surface)>(
            """
            SELECT m.id, substr(s.text, m.start + 1, m."end" - m.start) FROM mentions m JOIN sources s ON s.id = m.source_id
            WHERE m.actor_id = @actorId
            """,
            new { actorId }, transaction);
        var moved = mentions.Where(m => FoldName(m.Surface) == folded).Select(m => m.Id).ToList();
        if (moved.Count > 0)
            connection.Execute("UPDATE mentions SET actor_id = @id WHERE id IN @moved", new { id, moved }, transaction);
        connection.Execute("UPDATE actors SET version = version + 1 WHERE id = @actorId", new { actorId }, transaction);
        WriteAudit(transaction, "actor-split", "actor", actorId, JsonSerializer.Serialize(new { alias = alias.Trim() }), JsonSerializer.Serialize(new { actor = id, mentions = moved.Count }));
        transaction.Commit();
        annotationWriter?.ActorsChanged();
        return id;
    }

    /// <summary>
    /// Accepts the candidate actors among <paramref name="actorIds"/>, each audited as its own change: an accepted actor
    /// named in a public source is public.
    /// </summary>
    private void VouchFor(IEnumerable<string> actorIds, SqliteTransaction transaction)
    {
        var candidate = Codes.Name(ReviewState.Candidate);
        var accepted = Codes.Name(ReviewState.Accepted);
        var changed = false;
        foreach (var actorId in actorIds.Distinct(StringComparer.Ordinal))
        {
            if (connection.Execute("UPDATE actors SET review = @accepted, version = version + 1 WHERE id = @actorId AND review = @candidate",
                    new { actorId, accepted, candidate }, transaction) == 0)
                continue;
            WriteAudit(transaction, "actor-accepted", "actor", actorId,
                JsonSerializer.Serialize(new { review = candidate }), JsonSerializer.Serialize(new { review = accepted }));
            changed = true;
        }

        if (changed)
            annotationWriter?.ActorsChanged();
    }

    /// <summary>Adds a name unless the actor has it already in a spelling the search folds alike; true when added.</summary>
    private bool AddAliasIn(string actorId, string alias, SqliteTransaction transaction)
    {
        var folded = FoldName(alias);
        if (folded.Length == 0
            || connection.ExecuteScalar<long>("SELECT count(*) FROM actor_aliases WHERE actor_id = @actorId AND folded = @folded", new { actorId, folded }, transaction) > 0)
            return false;
        connection.Execute(
            """
            INSERT INTO actor_aliases (actor_id, ordinal, text, script, folded)
            VALUES (@actorId, (SELECT coalesce(max(ordinal), -1) + 1 FROM actor_aliases WHERE actor_id = @actorId), @alias, @script, @folded)
            """,
            new { actorId, alias, script = Codes.Name(AnnotationWriter.ScriptOf(alias)), folded },
            transaction);
        return true;
    }

    /// <summary>Marks a source confidential (or not): confidential sources never leave through anything public.</summary>
    /// <returns>False when there is no such source.</returns>
    public bool SetSourceConfidential(long sourceId, bool confidential)
    {
        using var transaction = connection.BeginTransaction();
        var before = RowJson("sources", sourceId, transaction, "confidential, version");
        if (connection.Execute("UPDATE sources SET confidential = @confidential, version = version + 1 WHERE id = @sourceId", new { sourceId, confidential }, transaction) != 1)
            return false;
        WriteAudit(transaction, "confidentiality", "source", sourceId.ToString(CultureInfo.InvariantCulture), before, RowJson("sources", sourceId, transaction, "confidential, version"));
        transaction.Commit();
        return true;
    }

    /// <summary>Candidates waiting for review, oldest first within each kind, quotations first: the review queue.</summary>
    public IReadOnlyList<PendingItem> PendingCandidates(int limit = 100)
    {
        var candidate = Codes.Name(ReviewState.Candidate);
        var rows = connection.Query<(string Kind, long Id, long Version, long SourceId, long Start, long End, string Summary)>(
            """
            SELECT * FROM (
              SELECT 'quote' AS kind, id, version, source_id, start, "end", text AS summary FROM quotes WHERE review = @candidate ORDER BY id LIMIT @limit)
            UNION ALL SELECT * FROM (
              SELECT 'event', id, version, source_id, start, "end", type || ' ' || date || ': ' || summary FROM events WHERE review = @candidate ORDER BY id LIMIT @limit)
            UNION ALL SELECT * FROM (
              SELECT 'relation', id, version, source_id, start, "end", subject_id || ' ' || predicate || ' ' || object_id FROM relations WHERE review = @candidate ORDER BY id LIMIT @limit)
            UNION ALL SELECT * FROM (
              SELECT 'position', id, version, source_id, start, "end", actor_id || ' ' || stance || ' ' || issue_id || ': ' || statement FROM positions WHERE review = @candidate ORDER BY id LIMIT @limit)
            UNION ALL SELECT * FROM (
              SELECT 'timex', id, version, source_id, start, "end", text || ' = ' || value FROM timexes WHERE review = @candidate AND "end" > start ORDER BY id LIMIT @limit)
            """,
            new { candidate, limit }).ToList();
        var order = new[] { "quote", "event", "relation", "position", "timex" };
        var texts = new Dictionary<long, (string Text, string Title)>();
        var items = new List<PendingItem>();
        foreach (var row in rows.OrderBy(r => Array.IndexOf(order, r.Kind)).ThenBy(r => r.Id).Take(limit))
        {
            if (!texts.TryGetValue(row.SourceId, out var source))
            {
                var found = connection.QuerySingle<(string Text, string? Title, string Name)>("SELECT text, title, name FROM sources WHERE id = @sourceId", new { sourceId = row.SourceId });
                texts[row.SourceId] = source = (found.Text, found.Title ?? found.Name);
            }

            var span = new TextSpan((int)row.Start, (int)row.End);
            items.Add(new PendingItem(KindOf(row.Kind), row.Id, row.Version, row.SourceId, source.Title, span, row.Summary, SentenceAround(source.Text, span)));
        }

        return items;
    }

    /// <summary>The sentence (or line) holding a span, for a reviewer to judge the candidate in context.</summary>
    internal static string SentenceAround(string text, TextSpan span)
    {
        if (span.End > text.Length || span.Start < 0)
            return "";
        var start = span.Start;
        while (start > 0 && text[start - 1] != '\n' && !(start > 1 && text[start - 2] is '.' or '!' or '?' or '؟' && text[start - 1] == ' '))
            start--;
        var end = span.End;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' or '؟' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
            end++;
        if (end < text.Length && text[end] != '\n')
            end++;
        return text[start..end].Trim();
    }

    private ReviewOutcome Change(string action, EntryKind kind, long id, long expectedVersion, string assignments, object values, Action<SqliteTransaction>? whenApplied = null) =>
        ChangeIn(Table(kind), Codes.Name(kind), action, id, expectedVersion, assignments, values, whenApplied);

    /// <summary>Changes one row if it is still at <paramref name="expectedVersion"/>, recording it in the audit log with the row before and after.</summary>
    private ReviewOutcome ChangeIn(string table, string entryKind, string action, long id, long expectedVersion, string assignments, object values, Action<SqliteTransaction>? whenApplied = null)
    {
        using var transaction = connection.BeginTransaction();
        var parameters = new DynamicParameters(values);
        parameters.Add("id", id);
        parameters.Add("expected", expectedVersion);
        var before = RowJson(table, id, transaction);
        var changed = connection.Execute($"UPDATE {table} SET {assignments}, version = version + 1 WHERE id = @id AND version = @expected", parameters, transaction);
        var current = connection.ExecuteScalar<long?>($"SELECT version FROM {table} WHERE id = @id", new { id }, transaction);
        if (changed == 1)
        {
            whenApplied?.Invoke(transaction);
            WriteAudit(transaction, action, entryKind, id.ToString(CultureInfo.InvariantCulture), before, RowJson(table, id, transaction));
        }

        transaction.Commit();
        return current is not { } version
            ? new ReviewOutcome(ReviewStatus.NotFound, 0)
            : new ReviewOutcome(changed == 1 ? ReviewStatus.Applied : ReviewStatus.Conflict, version);
    }

    private static string Table(EntryKind kind) => kind switch
    {
        EntryKind.Mention => "mentions",
        EntryKind.Quote => "quotes",
        EntryKind.Timex => "timexes",
        EntryKind.Relation => "relations",
        EntryKind.Event => "events",
        EntryKind.Position => "positions",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static EntryKind KindOf(string name) => name switch
    {
        "quote" => EntryKind.Quote,
        "event" => EntryKind.Event,
        "relation" => EntryKind.Relation,
        "position" => EntryKind.Position,
        _ => EntryKind.Timex,
    };
}
