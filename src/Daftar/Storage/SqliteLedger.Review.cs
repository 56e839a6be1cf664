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
    public ReviewOutcome SetReview(EntryKind kind, long id, ReviewState review, long expectedVersion) =>
        Change(kind, id, expectedVersion, "review = @review", new { review = Codes.Name(review) });

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
        Action<SqliteTransaction>? vouch = speaker.ActorId is not { } vouched ? null : transaction =>
        {
            connection.Execute("UPDATE actors SET review = @accepted, version = version + 1 WHERE id = @vouched AND review = @candidate",
                new { vouched, accepted = Codes.Name(ReviewState.Accepted), candidate = Codes.Name(ReviewState.Candidate) }, transaction);
            annotationWriter?.ActorsChanged();
        };

        return Change(
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
        return Change(EntryKind.Timex, timexId, expectedVersion, "value = @value, review = @accepted",
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
        var folded = FoldName(alias);
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM actor_aliases WHERE actor_id = @actorId AND folded = @folded", new { actorId, folded }, transaction) == 0)
        {
            var text = alias.Trim();
            connection.Execute(
                """
                INSERT INTO actor_aliases (actor_id, ordinal, text, script, folded)
                VALUES (@actorId, (SELECT coalesce(max(ordinal), -1) + 1 FROM actor_aliases WHERE actor_id = @actorId), @text, @script, @folded)
                """,
                new { actorId, text, script = Codes.Name(AnnotationWriter.ScriptOf(text)), folded },
                transaction);
            connection.Execute("UPDATE actors SET version = version + 1 WHERE id = @actorId", new { actorId }, transaction);
        }

        transaction.Commit();
        annotationWriter?.ActorsChanged();
    }

    /// <summary>Marks a source confidential (or not): confidential sources never leave through anything public.</summary>
    /// <returns>False when there is no such source.</returns>
    public bool SetSourceConfidential(long sourceId, bool confidential) =>
        connection.Execute("UPDATE sources SET confidential = @confidential, version = version + 1 WHERE id = @sourceId", new { sourceId, confidential }) == 1;

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

    private ReviewOutcome Change(EntryKind kind, long id, long expectedVersion, string assignments, object values, Action<SqliteTransaction>? whenApplied = null)
    {
        var table = Table(kind);
        using var transaction = connection.BeginTransaction();
        var parameters = new DynamicParameters(values);
        parameters.Add("id", id);
        parameters.Add("expected", expectedVersion);
        var changed = connection.Execute($"UPDATE {table} SET {assignments}, version = version + 1 WHERE id = @id AND version = @expected", parameters, transaction);
        var current = connection.ExecuteScalar<long?>($"SELECT version FROM {table} WHERE id = @id", new { id }, transaction);
        if (changed == 1)
            whenApplied?.Invoke(transaction);
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
