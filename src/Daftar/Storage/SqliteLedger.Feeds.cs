using System.Collections.Immutable;
using Dapper;
using Daftar.Domain;

namespace Daftar.Storage;

/// <summary>The kinds of entry a feed carries.</summary>
public enum FeedKind
{
    Source,
    Quote,
    Event,
    Position,
}

/// <summary>
/// What a feed holds. Within a facet any value matches; across facets all must. An empty facet does not narrow.
/// </summary>
/// <param name="ActorIds">Sources that mention one of the actors; quotations one speaks; events one does or suffers;
/// positions one states.</param>
/// <param name="IssueIds">Positions on one of the issues; quotations and events that name one (by the issue keywords the
/// positions are read with); sources that hold any of these.</param>
/// <param name="Kinds">The kinds of entry (empty: all of them).</param>
/// <param name="Languages">The sources' languages ("en", "ar").</param>
public sealed record FeedFilter(ImmutableArray<string> ActorIds, ImmutableArray<string> IssueIds, ImmutableArray<FeedKind> Kinds, ImmutableArray<string> Languages)
{
    /// <summary>Everything public, of every kind.</summary>
    public static FeedFilter Everything { get; } = new([], [], [], []);

    /// <summary>Whether entries of this kind belong in the feed.</summary>
    public bool Includes(FeedKind kind) => Kinds.IsDefaultOrEmpty || Kinds.Contains(kind);
}

/// <summary>A source as a feed cites it: its metadata and the opening of its text.</summary>
/// <param name="Opening">The first characters of the clean text (at most <see cref="SqliteLedger.FeedOpeningLength"/>).</param>
public sealed record FeedSource(
    long Id,
    string Title,
    string Language,
    NodaTime.LocalDate? Published,
    NodaTime.Instant IngestedAt,
    string? Publisher,
    string? Author,
    string Opening);

/// <summary>One entry of a feed, with the source it comes from.</summary>
public abstract record FeedEntry(FeedSource Source)
{
    /// <summary>What kind of entry this is.</summary>
    public abstract FeedKind Kind { get; }

    /// <summary>Where the entry starts in its source's text (the source itself starts at 0).</summary>
    public abstract int Start { get; }
}

/// <summary>A source as a feed entry.</summary>
public sealed record SourceFeedEntry(FeedSource Source) : FeedEntry(Source)
{
    public override FeedKind Kind => FeedKind.Source;

    public override int Start => -1;
}

/// <summary>A quotation as a feed entry.</summary>
public sealed record QuoteFeedEntry(FeedSource Source, Quote Quote) : FeedEntry(Source)
{
    public override FeedKind Kind => FeedKind.Quote;

    public override int Start => Quote.Citation.Span.Start;
}

/// <summary>A dated event as a feed entry.</summary>
public sealed record EventFeedEntry(FeedSource Source, Event Event) : FeedEntry(Source)
{
    public override FeedKind Kind => FeedKind.Event;

    public override int Start => Event.Citation.Span.Start;
}

/// <summary>A stated position as a feed entry.</summary>
public sealed record PositionFeedEntry(FeedSource Source, Position Position) : FeedEntry(Source)
{
    public override FeedKind Kind => FeedKind.Position;

    public override int Start => Position.Citation.Span.Start;
}

public sealed partial class SqliteLedger
{
    /// <summary>How much of a source's text a feed entry carries as its summary.</summary>
    public const int FeedOpeningLength = 400;

    /// <summary>
    /// The latest entries that match <paramref name="filter"/>, at most <paramref name="limit"/>: newest source first
    /// (by publication date, undated sources last), and within a source the source itself, then its entries in text
    /// order. Scare-quoted terms are left out: a feed of quotations carries what someone said.
    /// </summary>
    /// <remarks>
    /// Two steps, each bounded by the limit. First the newest sources holding a matching entry: a walk of the
    /// publication index that stops at the limit, each source checked through its entries' source indexes, noting the
    /// first matching entry of each kind. Then those sources' entries, read from the first noted id on, so that each
    /// kind's review index (review, id) reads a short range rather than the whole table. Quotations are gathered once
    /// per query rather than per source: the public's view of them is a union, which SQLite cannot search by source
    /// from outside. Read through a public connection, only what the public may see can match.
    /// </remarks>
    public IReadOnlyList<FeedEntry> FeedEntries(FeedFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (limit <= 0)
            return [];
        var parameters = new DynamicParameters(new
        {
            actors = filter.ActorIds.IsDefault ? [] : filter.ActorIds.ToArray(),
            issues = filter.IssueIds.IsDefault ? [] : filter.IssueIds.ToArray(),
            issueList = filter.IssueIds.IsDefault ? "" : string.Join('|', filter.IssueIds),
            languages = filter.Languages.IsDefault ? [] : filter.Languages.ToArray(),
            term = Codes.Name(QuoteKind.Term),
            limit,
        });
        var byActor = !filter.ActorIds.IsDefaultOrEmpty;
        var byIssue = !filter.IssueIds.IsDefaultOrEmpty;
        var quoteSpeaker = (byActor ? " AND q.speaker_actor_id IN @actors" : "") + (byIssue ? " AND names_issue(q.text, @issueList)" : "");
        var eventActor = (byActor ? " AND (e.actor_id IN @actors OR e.target_id IN @actors)" : "") + (byIssue ? " AND names_issue(e.summary, @issueList)" : "");
        var positionActor = (byActor ? " AND p.actor_id IN @actors" : "") + (byIssue ? " AND p.issue_id IN @issues" : "");

        // A source on one of the issues states a position on it, or quotes or reports something that names it.
        const string OnIssue =
            """
            (EXISTS (SELECT 1 FROM positions i WHERE i.source_id = s.id AND i.issue_id IN @issues)
             OR EXISTS (SELECT 1 FROM quotes iq WHERE iq.source_id = s.id AND iq.kind <> @term AND names_issue(iq.text, @issueList))
             OR EXISTS (SELECT 1 FROM events ie WHERE ie.source_id = s.id AND names_issue(ie.summary, @issueList)))
            """;
        var mentionsActor = "EXISTS (SELECT 1 FROM mentions m WHERE m.source_id = s.id AND m.actor_id IN @actors)";

        // Per source: whether it matches as a source, and the first matching entry of each other kind (null: none).
        var columns = new List<string>
        {
            (filter.Includes(FeedKind.Source) ? byActor ? mentionsActor : "1" : "0") + " AS source_matches",
            filter.Includes(FeedKind.Quote) ? "fq.first AS first_quote" : "NULL AS first_quote",
            filter.Includes(FeedKind.Event) ? $"(SELECT min(e.id) FROM events e WHERE e.source_id = s.id{eventActor}) AS first_event" : "NULL AS first_event",
            filter.Includes(FeedKind.Position) ? $"(SELECT min(p.id) FROM positions p WHERE p.source_id = s.id{positionActor}) AS first_position" : "NULL AS first_position",
        };
        var quotes = filter.Includes(FeedKind.Quote)
            ? $"LEFT JOIN (SELECT q.source_id, min(q.id) AS first FROM quotes q WHERE q.kind <> @term{quoteSpeaker} GROUP BY q.source_id) fq ON fq.source_id = s.id"
            : "";
        var conditions = new List<string>();
        if (!filter.Languages.IsDefaultOrEmpty)
            conditions.Add("s.language IN @languages");
        if (byIssue)
            conditions.Add(OnIssue);
        conditions.Add("(source_matches OR first_quote IS NOT NULL OR first_event IS NOT NULL OR first_position IS NOT NULL)");

        using var transaction = connection.BeginTransaction(deferred: true);
        var rows = connection.Query<FeedSourceRow>(
            $"""
            SELECT s.id, coalesce(s.title, s.name) AS title, s.language, s.published, s.ingested_at, s.publisher, s.author,
                   substr(s.text, 1, {FeedOpeningLength}) AS opening, {string.Join(", ", columns)}
            FROM sources s {quotes}
            WHERE {string.Join(" AND ", conditions)}
            ORDER BY s.published DESC, s.id DESC
            LIMIT @limit
            """,
            parameters, transaction).ToList();
        var byId = rows.ToDictionary(r => r.Id, ToFeedSource);
        var entries = new List<FeedEntry>();
        entries.AddRange(rows.Where(r => r.SourceMatches).Select(r => new SourceFeedEntry(byId[r.Id])));
        IEnumerable<TRow> Read<TRow>(string sql, Func<FeedSourceRow, long?> first)
        {
            var ids = rows.Where(r => first(r) is not null).Select(r => r.Id).ToArray();
            if (ids.Length == 0)
                return [];
            parameters.Add("ids", ids);
            parameters.Add("first", rows.Min(r => first(r)));
            return connection.Query<TRow>(sql, parameters, transaction);
        }

        entries.AddRange(Read<QuoteRow>($"SELECT * FROM quotes q WHERE q.id >= @first AND q.source_id IN @ids AND q.kind <> @term{quoteSpeaker}", r => r.FirstQuote)
            .Select(r => new QuoteFeedEntry(byId[r.SourceId], ToQuote(r))));
        entries.AddRange(Read<EventRow>($"SELECT * FROM events e WHERE e.id >= @first AND e.source_id IN @ids{eventActor}", r => r.FirstEvent)
            .Select(r => new EventFeedEntry(byId[r.SourceId], ToEvent(r))));
        entries.AddRange(Read<PositionRow>($"SELECT * FROM positions p WHERE p.id >= @first AND p.source_id IN @ids{positionActor}", r => r.FirstPosition)
            .Select(r => new PositionFeedEntry(byId[r.SourceId], ToPosition(r))));
        transaction.Commit();

        var order = rows.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        return [.. entries
            .OrderBy(e => order[e.Source.Id])
            .ThenBy(e => e.Start)
            .ThenBy(e => e.Kind)
            .Take(limit)];
    }

    /// <summary>The issues actors take positions on, by id (the table may be empty).</summary>
    public IReadOnlyList<Issue> ListIssues() =>
        [.. connection.Query<IssueRow>("SELECT * FROM issues ORDER BY id").Select(ToIssue)];

    private static FeedSource ToFeedSource(FeedSourceRow r) => new(
        r.Id, r.Title, r.Language, ParseDate(r.Published), InstantText.Parse(r.IngestedAt).Value, r.Publisher, r.Author, r.Opening);

#pragma warning disable CA1812 // Instantiated by Dapper.
    private sealed class FeedSourceRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string Language { get; init; } = "";
        public string? Published { get; init; }
        public string IngestedAt { get; init; } = "";
        public string? Publisher { get; init; }
        public string? Author { get; init; }
        public string Opening { get; init; } = "";
        public bool SourceMatches { get; init; }
        public long? FirstQuote { get; init; }
        public long? FirstEvent { get; init; }
        public long? FirstPosition { get; init; }
    }
#pragma warning restore CA1812
}

/// <summary>A verdict recorded on an actor's say-versus-do on an issue, with the one it replaced: an alert's entry.</summary>
/// <param name="Previous">The verdict it replaced, or null for the first one.</param>
public sealed record AssessmentChange(Assessment Assessment, Verdict? Previous);

public sealed partial class SqliteLedger
{
    /// <summary>
    /// The latest verdicts recorded on the actors' and issues' assessments, newest first, each with the verdict it
    /// replaced: what "X's assessment on Y changed" alerts carry. An empty actor or issue list does not narrow.
    /// </summary>
    public IReadOnlyList<AssessmentChange> AssessmentChanges(IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> issueIds, int limit)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(issueIds);
        var rows = connection.Query<AssessmentRow>(
            $"""
            SELECT * FROM assessments a WHERE a.review = @accepted
              {(actorIds.Count > 0 ? "AND a.actor_id IN @actorIds" : "")} {(issueIds.Count > 0 ? "AND a.issue_id IN @issueIds" : "")}
            ORDER BY coalesce(a.recorded_at, '') DESC, a.id DESC LIMIT @limit
            """,
            new { accepted = Codes.Name(ReviewState.Accepted), actorIds, issueIds, limit }).Select(ToAssessment).ToList();
        if (rows.Count == 0)
            return [];
        var ids = rows.Select(r => r.Id).ToArray();
        var previous = connection.Query<(long SupersededBy, string Verdict)>(
                "SELECT superseded_by, verdict FROM assessments WHERE superseded_by IN @ids", new { ids })
            .ToDictionary(r => r.SupersededBy, r => Codes.Parse<Verdict>(r.Verdict));
        return [.. rows.Select(a => new AssessmentChange(a, previous.TryGetValue(a.Id, out var v) ? v : null))];
    }
}
