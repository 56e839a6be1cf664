using Dapper;
using Daftar.Domain;
using NodaTime;

namespace Daftar.Storage;

/// <summary>One page of a longer list, and how many entries the whole list holds.</summary>
public sealed record LedgerPage<T>(IReadOnlyList<T> Items, long Total);

/// <summary>A ledger entry with its version: what a review change must name to be applied.</summary>
public sealed record Versioned<T>(T Entry, long Version);

/// <summary>Which sources a list holds (each condition optional).</summary>
/// <param name="From">Published on or after this day.</param>
/// <param name="To">Published on or before this day.</param>
/// <param name="ActorId">Sources that mention this actor.</param>
public sealed record SourceFilter(string? Language = null, LocalDate? From = null, LocalDate? To = null, string? ActorId = null);

/// <summary>Which entries of one kind a list holds (each condition optional).</summary>
/// <param name="ActorId">Entries this actor takes part in: speaks (quotations), does or suffers (events), either side of (relations), states (positions).</param>
/// <param name="From">On or after this day: the source's publication for quotations, relations and positions; the deed's date for events.</param>
/// <param name="To">On or before this day, as <paramref name="From"/>.</param>
public sealed record EntryFilter(
    string? ActorId = null, long? SourceId = null, LocalDate? From = null, LocalDate? To = null, ReviewState? Review = null);

/// <summary>
/// Paged lists for programs (the JSON API): each a page of one ordered list and the list's length, with the filters
/// in the SQL so that a page of a 100,000-entry list reads one page. On a public connection they read the public's
/// view, as every query does.
/// </summary>
public sealed partial class SqliteLedger
{
    /// <summary>A page of sources, in the order they were added, with their summaries.</summary>
    public LedgerPage<SourceSummary> PageOfSources(SourceFilter filter, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = new Conditions();
        if (filter.Language is not null)
            where.Add("s.language = @language", "language", filter.Language);
        if (filter.From is { } from)
            where.Add("s.published >= @from", "from", DatePattern.Format(from));
        if (filter.To is { } to)
            where.Add("s.published <= @to", "to", DatePattern.Format(to));
        if (filter.ActorId is not null)
            where.Add("s.id IN (SELECT source_id FROM mentions WHERE actor_id = @actor AND review <> 'rejected')", "actor", filter.ActorId);
        var ids = connection.Query<long>($"SELECT s.id FROM sources s {where.Sql} ORDER BY s.id LIMIT @limit OFFSET @offset", where.Page(offset, limit)).ToList();
        return new LedgerPage<SourceSummary>(ListSources(ids), Total($"SELECT count(*) FROM sources s {where.Sql}", where, offset, limit, ids.Count));
    }

    /// <summary>A page of actors by name, with their names in every script.</summary>
    /// <param name="name">Only the actors known by this name, in either script (as <see cref="FindActors"/> finds them).</param>
    public LedgerPage<Actor> PageOfActors(ActorType? type, string? name, int offset, int limit)
    {
        var where = new Conditions();
        if (type is { } t)
            where.Add("a.type = @type", "type", Codes.Name(t));
        if (name is not null)
            where.Add("a.id IN @named", "named", FindActors(name).Select(a => a.Id).ToList());
        var rows = connection.Query<ActorRow>(
            $"SELECT a.id, a.name, a.type, a.review FROM actors a {where.Sql} ORDER BY a.name COLLATE NOCASE, a.id LIMIT @limit OFFSET @offset",
            where.Page(offset, limit)).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var aliases = ids.Count == 0
            ? Enumerable.Empty<AliasRow>().ToLookup(a => a.ActorId)
            : connection.Query<AliasRow>("SELECT actor_id, text, script FROM actor_aliases WHERE actor_id IN @ids ORDER BY actor_id, ordinal", new { ids })
                .ToLookup(a => a.ActorId);
        return new LedgerPage<Actor>([.. rows.Select(r => ToActor(r, aliases[r.Id]))], Total($"SELECT count(*) FROM actors a {where.Sql}", where, offset, limit, rows.Count));
    }

    /// <summary>How many sources name an actor, how many quotations it speaks, and how many events it did or suffered.</summary>
    public (int Sources, int Quotations, int Events) ActorActivity(string actorId) =>
        ((int)connection.ExecuteScalar<long>("SELECT count(DISTINCT source_id) FROM mentions WHERE actor_id = @actorId AND review <> 'rejected'", new { actorId }),
         (int)connection.ExecuteScalar<long>("SELECT count(*) FROM quotes WHERE speaker_actor_id = @actorId AND review <> 'rejected'", new { actorId }),
         CountEventsOf(actorId));

    /// <summary>A page of quotations, in the order they were stored (a source's in text order).</summary>
    public LedgerPage<Versioned<Quote>> PageOfQuotes(EntryFilter filter, QuoteKind? kind, int offset, int limit)
    {
        var where = EntryConditions(filter, "speaker_actor_id = @actor", byPublication: true);
        if (kind is { } k)
            where.Add("kind = @kind", "kind", Codes.Name(k));
        return Page<QuoteRow, Quote>("quotes", where, "id", offset, limit, ToQuote, r => r.Id);
    }

    /// <summary>A page of events (reports of deeds), by date.</summary>
    public LedgerPage<Versioned<Event>> PageOfEvents(EntryFilter filter, EventType? type, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = EntryConditions(filter with { From = null, To = null }, "id IN (SELECT id FROM events WHERE actor_id = @actor UNION SELECT id FROM events WHERE target_id = @actor)", byPublication: false);
        // A deed dated to a month or a year ("2024-04") is in the range when its period overlaps it.
        if (filter.From is { } from)
            where.Add("date >= substr(@from, 1, length(date))", "from", DatePattern.Format(from));
        if (filter.To is { } to)
            where.Add("date <= @to", "to", DatePattern.Format(to));
        if (type is { } t)
            where.Add("type = @type", "type", Codes.Name(t));
        return Page<EventRow, Event>("events", where, "date, id", offset, limit, ToEvent, r => r.Id);
    }

    /// <summary>A page of relations, in the order they were stored.</summary>
    public LedgerPage<Versioned<Relation>> PageOfRelations(EntryFilter filter, RelationKind? predicate, int offset, int limit)
    {
        var where = EntryConditions(filter, "id IN (SELECT id FROM relations WHERE subject_id = @actor UNION SELECT id FROM relations WHERE object_id = @actor)", byPublication: true);
        if (predicate is { } p)
            where.Add("predicate = @predicate", "predicate", Codes.Name(p));
        return Page<RelationRow, Relation>("relations", where, "id", offset, limit, ToRelation, r => r.Id);
    }

    /// <summary>A page of stated positions, in the order they were stored.</summary>
    public LedgerPage<Versioned<Position>> PageOfPositions(EntryFilter filter, Stance? stance, string? issueId, int offset, int limit)
    {
        var where = EntryConditions(filter, "actor_id = @actor", byPublication: true);
        if (stance is { } s)
            where.Add("stance = @stance", "stance", Codes.Name(s));
        if (issueId is not null)
            where.Add("issue_id = @issue", "issue", issueId);
        return Page<PositionRow, Position>("positions", where, "id", offset, limit, ToPosition, r => r.Id);
    }

    private LedgerPage<Versioned<T>> Page<TRow, T>(string table, Conditions where, string order, int offset, int limit, Func<TRow, T> map, Func<TRow, long> idOf)
    {
        var rows = connection.Query<TRow>($"SELECT * FROM {table} {where.Sql} ORDER BY {order} LIMIT @limit OFFSET @offset", where.Page(offset, limit)).ToList();
        var ids = rows.Select(idOf).ToList();
        var versions = ids.Count == 0
            ? []
            : connection.Query<(long Id, long Version)>($"SELECT id, version FROM {table} WHERE id IN @ids", new { ids }).ToDictionary(r => r.Id, r => r.Version);
        var total = Total($"SELECT count(*) FROM {table} {where.Sql}", where, offset, limit, rows.Count);
        return new LedgerPage<Versioned<T>>([.. rows.Select(r => new Versioned<T>(map(r), versions.GetValueOrDefault(idOf(r))))], total);
    }

    /// <summary>The list's length: counted, unless a page that is not full already tells it (the public's views make counts dear).</summary>
    private long Total(string countSql, Conditions where, int offset, int limit, int found) =>
        found < limit && (found > 0 || offset == 0) ? offset + found : connection.ExecuteScalar<long>(countSql, where.Parameters);

    private static Conditions EntryConditions(EntryFilter filter, string byActor, bool byPublication)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = new Conditions();
        if (filter.ActorId is not null)
            where.Add(byActor, "actor", filter.ActorId);
        if (filter.SourceId is { } sourceId)
            where.Add("source_id = @source", "source", sourceId);
        if (filter.Review is { } review)
            where.Add("review = @review", "review", Codes.Name(review));
        if (byPublication && (filter.From is not null || filter.To is not null))
        {
            where.Add("source_id IN (SELECT id FROM sources WHERE published >= coalesce(@from, '') AND published <= coalesce(@to, '9999'))", "from",
                filter.From is { } from ? DatePattern.Format(from) : null);
            where.Parameters.Add("to", filter.To is { } to ? DatePattern.Format(to) : null);
        }

        return where;
    }

    /// <summary>
    /// A WHERE clause built from the conditions a list was given, and their parameters. Only the conditions given are
    /// written, so SQLite can use the index of each ("@x IS NULL OR column = @x" would keep it from doing so).
    /// </summary>
    private sealed class Conditions
    {
        private readonly List<string> clauses = [];

        public DynamicParameters Parameters { get; } = new();

        public string Sql => clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);

        public void Add(string clause, string name, object? value)
        {
            clauses.Add("(" + clause + ")");
            Parameters.Add(name, value);
        }

        public DynamicParameters Page(int offset, int limit)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegative(limit);
            var page = new DynamicParameters(Parameters);
            page.Add("offset", offset);
            page.Add("limit", limit);
            return page;
        }
    }
}
