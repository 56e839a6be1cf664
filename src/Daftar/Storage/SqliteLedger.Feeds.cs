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
/// <param name="IssueIds">Positions on one of the issues; other entries from sources that state a position on one.</param>
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
    /// Two steps, each bounded by the limit: the newest sources holding a matching entry (a walk of the publication
    /// index that stops at the limit, each source checked through its entries' source indexes), then those sources'
    /// matching entries. Read through a public connection, only what the public may see can match.
    /// </remarks>
    public IReadOnlyList<FeedEntry> FeedEntries(FeedFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (limit <= 0)
            return [];
        var parameters = new
        {
            actors = filter.ActorIds.IsDefault ? [] : filter.ActorIds.ToArray(),
            issues = filter.IssueIds.IsDefault ? [] : filter.IssueIds.ToArray(),
            languages = filter.Languages.IsDefault ? [] : filter.Languages.ToArray(),
            term = Codes.Name(QuoteKind.Term),
            limit,
        };
        var byActor = parameters.actors.Length > 0;
        var byIssue = parameters.issues.Length > 0;
        const string stated = "EXISTS (SELECT 1 FROM positions i WHERE i.source_id = s.id AND i.issue_id IN @issues)";
        var sourceIssue = byIssue ? " AND " + stated : "";
        var conditions = new Dictionary<FeedKind, (string Exists, string Entries)>
        {
            [FeedKind.Source] = (
                (byActor ? "EXISTS (SELECT 1 FROM mentions m WHERE m.source_id = s.id AND m.actor_id IN @actors)" : "1") + sourceIssue,
                ""),
            [FeedKind.Quote] = (
                $"EXISTS (SELECT 1 FROM quotes q WHERE q.source_id = s.id AND q.kind <> @term{(byActor ? " AND q.speaker_actor_id IN @actors" : "")}){sourceIssue}",
                $"SELECT * FROM quotes q WHERE q.source_id IN @ids AND q.kind <> @term{(byActor ? " AND q.speaker_actor_id IN @actors" : "")}"),
            [FeedKind.Event] = (
                $"EXISTS (SELECT 1 FROM events e WHERE e.source_id = s.id{(byActor ? " AND (e.actor_id IN @actors OR e.target_id IN @actors)" : "")}){sourceIssue}",
                $"SELECT * FROM events e WHERE e.source_id IN @ids{(byActor ? " AND (e.actor_id IN @actors OR e.target_id IN @actors)" : "")}"),
            [FeedKind.Position] = (
                $"EXISTS (SELECT 1 FROM positions p WHERE p.source_id = s.id{(byActor ? " AND p.actor_id IN @actors" : "")}{(byIssue ? " AND p.issue_id IN @issues" : "")})",
                $"SELECT * FROM positions p WHERE p.source_id IN @ids{(byActor ? " AND p.actor_id IN @actors" : "")}{(byIssue ? " AND p.issue_id IN @issues" : "")}"),
        };
        var kinds = Enum.GetValues<FeedKind>().Where(filter.Includes).ToList();
        var language = parameters.languages.Length > 0 ? "s.language IN @languages AND " : "";

        using var transaction = connection.BeginTransaction(deferred: true);
        var sources = connection.Query<FeedSourceRow>(
            $"""
            SELECT s.id, coalesce(s.title, s.name) AS title, s.language, s.published, s.ingested_at, s.publisher, s.author,
                   substr(s.text, 1, {FeedOpeningLength}) AS opening
            FROM sources s
            WHERE {language}({string.Join(" OR ", kinds.Select(k => conditions[k].Exists))})
            ORDER BY s.published DESC, s.id DESC
            LIMIT @limit
            """,
            parameters, transaction).Select(ToFeedSource).ToList();
        var ids = sources.Select(s => s.Id).ToArray();
        var byId = sources.ToDictionary(s => s.Id);
        var entries = new List<FeedEntry>();
        if (ids.Length > 0)
        {
            var entryParameters = new DynamicParameters(parameters);
            entryParameters.Add("ids", ids);
            if (filter.Includes(FeedKind.Source))
            {
                entries.AddRange(connection.Query<long>($"SELECT s.id FROM sources s WHERE s.id IN @ids AND {conditions[FeedKind.Source].Exists}", entryParameters, transaction)
                    .Select(id => new SourceFeedEntry(byId[id])));
            }

            if (filter.Includes(FeedKind.Quote))
                entries.AddRange(connection.Query<QuoteRow>(conditions[FeedKind.Quote].Entries, entryParameters, transaction).Select(r => new QuoteFeedEntry(byId[r.SourceId], ToQuote(r))));
            if (filter.Includes(FeedKind.Event))
                entries.AddRange(connection.Query<EventRow>(conditions[FeedKind.Event].Entries, entryParameters, transaction).Select(r => new EventFeedEntry(byId[r.SourceId], ToEvent(r))));
            if (filter.Includes(FeedKind.Position))
                entries.AddRange(connection.Query<PositionRow>(conditions[FeedKind.Position].Entries, entryParameters, transaction).Select(r => new PositionFeedEntry(byId[r.SourceId], ToPosition(r))));
        }

        transaction.Commit();
        var order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
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
    }
#pragma warning restore CA1812
}
