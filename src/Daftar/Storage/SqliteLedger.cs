using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Daftar.Storage;

/// <summary>
/// The ledger in one embedded SQLite file. Every write is one transaction: a document is stored whole
/// (original bytes, source, search terms) or not at all, so a crash mid-batch leaves only whole documents.
/// </summary>
/// <remarks>Not thread-safe: one instance per thread (SQLite itself serialises writers across processes).</remarks>
public sealed partial class SqliteLedger : IDisposable
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    private readonly SqliteConnection connection;
    private WriteGroup? writeGroup;
    private SourceWriter? writer;
    private AnnotationWriter? annotationWriter;

    static SqliteLedger()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    private SqliteLedger(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Whom this connection answers (<see cref="LedgerAudience.Public"/> connections read only what the public may see).</summary>
    public LedgerAudience Audience { get; private init; }

    /// <summary>Opens (creating if needed) the ledger at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <exception cref="LedgerException">The file is not a Daftar ledger, or is from a newer Daftar.</exception>
    public static SqliteLedger Open(string path) => Open(path, LedgerAudience.Analyst);

    /// <summary>
    /// Opens the ledger for an audience. An analyst connection creates the file if needed and brings its schema up to
    /// date; a public connection is read-only, needs an up-to-date ledger, and sees only what the public may see.
    /// </summary>
    /// <exception cref="LedgerException">The file is not a Daftar ledger, is from a newer Daftar, or (public) is missing or not up to date.</exception>
    public static SqliteLedger Open(string path, LedgerAudience audience) =>
        audience == LedgerAudience.Public ? OpenPublic(path) : OpenForAnalyst(path);

    private static SqliteLedger OpenPublic(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new LedgerException($"{full}: no ledger here");
        return OpenConnection(full, SqliteOpenMode.ReadOnly, LedgerAudience.Public, connection =>
        {
            connection.Execute("PRAGMA busy_timeout = 10000; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;");
            var version = Migrator.CurrentVersion(connection);
            if (version != Migrator.LatestVersion)
                throw new LedgerException($"{full}: the ledger's schema is version {version}, this Daftar's is {Migrator.LatestVersion}; open it once as an analyst to bring it up to date");
            PublicViews.Apply(connection);
            connection.Execute("PRAGMA query_only = ON;");
        });
    }

    private static SqliteLedger OpenForAnalyst(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null)
            Directory.CreateDirectory(directory);
        return OpenConnection(full, SqliteOpenMode.ReadWriteCreate, LedgerAudience.Analyst, connection =>
        {
            // 16 KiB pages hold a typical article's text and original bytes with fewer overflow pages; this only
            // takes effect on a new, empty file.
            connection.Execute("PRAGMA page_size = 16384;");
            // WAL: readers never block the writer, and a killed process never loses a committed transaction.
            // NORMAL sync is then crash-safe for the process; checkpoints are made rarer (64 MiB) because each
            // one rewrites pages into the main file, which dominates bulk ingest otherwise.
            connection.Execute(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 4096; PRAGMA foreign_keys = ON; " +
                "PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            Migrator.Migrate(connection);
        });
    }

    /// <summary>Opens a connection and prepares it; any failure closes it and names the file.</summary>
    private static SqliteLedger OpenConnection(string full, SqliteOpenMode mode, LedgerAudience audience, Action<SqliteConnection> prepare)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            prepare(connection);
            AddFunctions(connection);
            return new SqliteLedger(connection, full) { Audience = audience };
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new LedgerException($"{full}: not a usable ledger database ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        writer?.Dispose();
        annotationWriter?.Dispose();
        connection.Dispose();
    }

    private SourceWriter Writer => writer ??= new SourceWriter(connection);

    private AnnotationWriter Annotations => annotationWriter ??= new AnnotationWriter(connection);

    /// <summary>A fact recorded about this ledger file, or null.</summary>
    public string? GetMeta(string key) =>
        connection.ExecuteScalar<string?>("SELECT value FROM ledger_meta WHERE key = @key", new { key });

    /// <summary>Records a fact about this ledger file.</summary>
    public void SetMeta(string key, string value) =>
        connection.Execute("INSERT INTO ledger_meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", new { key, value });

    /// <summary>Whether nothing at all has been stored yet.</summary>
    public bool IsEmpty =>
        connection.ExecuteScalar<long>("SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM actors) + (SELECT count(*) FROM issues)") == 0;

    /// <summary>The source whose original bytes have this hash, if stored.</summary>
    public long? FindBySha256(string sha256) => Writer.FindBySha256(sha256, writeGroup?.Transaction);

    /// <summary>
    /// Groups the following <see cref="AddSource"/> calls into shared transactions that commit every
    /// <paramref name="maxDocuments"/> documents or <paramref name="maxAge"/>, whichever comes first, and when the
    /// group is disposed. Each document is still written whole or not at all (a savepoint each); a crash loses at
    /// most the documents of the group not yet committed, never part of one. Committing per group rather than per
    /// document is what lets ingest keep pace with the readers (see docs/benchmarks.md).
    /// </summary>
    /// <remarks>While a group is open, only <see cref="FindBySha256"/> and <see cref="AddSource"/> may be called.</remarks>
    public IDisposable BeginWriteGroup(int maxDocuments = 2000, TimeSpan? maxAge = null)
    {
        if (writeGroup is not null)
            throw new InvalidOperationException("a write group is already open");
        writeGroup = new WriteGroup(this, maxDocuments, maxAge ?? TimeSpan.FromSeconds(1));
        return writeGroup;
    }

    /// <summary>
    /// Stores a document: its original bytes, the source, and its search terms, atomically.
    /// Bytes already stored, or a clean text identical to a stored source's, add nothing.
    /// </summary>
    /// <param name="source">The source; its <see cref="Source.Id"/> and <see cref="Source.Sha256"/> are assigned here.</param>
    /// <param name="annotation">What extraction found in the source's text, stored as candidates for review.</param>
    public AddOutcome AddSource(Source source, ReadOnlySpan<byte> original, DocumentAnnotation? annotation = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sha256 = Sha256Hex(original);
        if (FindBySha256(sha256) is { } existing)
            return new AddOutcome(existing, AddResult.SameBytes);

        // The text's UTF-8 is made once: hashed here, then bound as the stored text. The search terms go to the
        // index as UTF-8 too, without building the title-and-text string or the terms string.
        using var text = Utf8Buffer.From(source.Text);
        var textSha256 = Sha256Hex(text.Span);
        if (Writer.FindByTextSha256(textSha256, writeGroup?.Transaction) is { } sameText)
            return new AddOutcome(sameText, AddResult.SameText);

        using var terms = SearchAnalyzer.IndexTextUtf8(source.Title, source.Text);
        var group = writeGroup;
        var transaction = group?.Transaction ?? connection.BeginTransaction();
        try
        {
            if (group is not null)
                Writer.Savepoint(transaction);
            var id = Writer.Insert(source with { Sha256 = sha256 }, textSha256, original, text.Span, terms.Span, keepId: false);
            if (annotation is not null)
                Annotations.Write(id, annotation, transaction);
            if (group is null)
            {
                transaction.Commit();
            }
            else
            {
                Writer.Release(transaction);
                group.Added();
            }

            return new AddOutcome(id, AddResult.Added);
        }
        catch when (group is not null)
        {
            Writer.Rollback(transaction);
            throw;
        }
        finally
        {
            if (group is null)
                transaction.Dispose();
        }
    }

    /// <summary>All sources, oldest first, without their text.</summary>
    public IReadOnlyList<SourceSummary> ListSources() => Summaries("1 = 1", new { });

    /// <summary>The summaries of these sources, by id (a page of a long list: each summary reads the source's text length and counts).</summary>
    public IReadOnlyList<SourceSummary> ListSources(IReadOnlyCollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? [] : Summaries("s.id IN @ids", new { ids });
    }

    /// <summary>The titles (or file names) of these sources, by id.</summary>
    public IReadOnlyDictionary<long, string> SourceTitles(IReadOnlyCollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? new Dictionary<long, string>()
            : connection.Query<(long Id, string? Title, string Name)>("SELECT id, title, name FROM sources WHERE id IN @ids", new { ids })
                .ToDictionary(r => r.Id, r => r.Title ?? r.Name);
    }

    /// <summary>
    /// Relations as the graph shows them: one per (subject, predicate, object), with the sources that state it,
    /// grouped by the database; rejected ones left out. Of one actor, as subject or object, when given.
    /// </summary>
    public IReadOnlyList<(string Subject, RelationKind Predicate, string Object, long[] SourceIds)> GroupedRelations(string? actorId = null)
    {
        var where = actorId is null ? "1 = 1" : "(subject_id = @actorId OR object_id = @actorId)";
        return
        [
            .. connection.Query<(string Subject, string Predicate, string Object, string Sources)>(
                    $"""
                    SELECT subject_id, predicate, object_id, group_concat(source_id) FROM (
                      SELECT DISTINCT subject_id, predicate, object_id, source_id FROM relations WHERE review <> @rejected AND {where})
                    GROUP BY subject_id, predicate, object_id
                    """,
                    new { actorId, rejected = Codes.Name(ReviewState.Rejected) })
                .Select(r => (r.Subject, Codes.Parse<RelationKind>(r.Predicate), r.Object,
                    r.Sources.Split(',').Select(id => long.Parse(id, CultureInfo.InvariantCulture)).Order().ToArray())),
        ];
    }

    /// <summary>The languages the sources are in.</summary>
    public IReadOnlyList<string> SourceLanguages() =>
        [.. connection.Query<string>("SELECT DISTINCT language FROM sources ORDER BY language")];

    /// <summary>Every source's id, title (or file name) and language, by id: light enough to filter a long list in memory.</summary>
    public IReadOnlyList<(long Id, string Title, string Language)> SourceTitles() =>
        [.. connection.Query<(long, string?, string, string)>("SELECT id, title, name, language FROM sources ORDER BY id")
            .Select(r => (r.Item1, r.Item2 ?? r.Item3, r.Item4))];

    private List<SourceSummary> Summaries(string where, object parameters) =>
        connection.Query<SourceSummaryRow>(
            $"""
            SELECT s.id, s.sha256, s.name, s.format, s.language, s.title, s.published, s.publisher, s.author,
                   s.confidential, length(s.text) AS text_length,
                   (SELECT count(*) FROM quotes q WHERE q.source_id = s.id AND q.review = 'candidate')
                 + (SELECT count(*) FROM timexes t WHERE t.source_id = s.id AND t.review = 'candidate' AND t."end" > t.start)
                 + (SELECT count(*) FROM events e WHERE e.source_id = s.id AND e.review = 'candidate')
                 + (SELECT count(*) FROM relations r WHERE r.source_id = s.id AND r.review = 'candidate')
                 + (SELECT count(*) FROM positions p WHERE p.source_id = s.id AND p.review = 'candidate') AS candidates
            FROM sources s WHERE {where} ORDER BY s.id
            """,
            parameters)
            .Select(r => new SourceSummary(
                r.Id, r.Sha256, r.Name, r.Format, r.Language, r.Title, ParseDate(r.Published), r.Publisher, r.Author,
                r.Confidential, (int)r.TextLength, (int)r.Candidates))
            .ToList();

    /// <summary>
    /// Finds a source by its number, by a prefix of its SHA-256 (at least 6 hex digits), or by a word of its
    /// title or file name when only one source matches.
    /// </summary>
    public SourceLookup FindSource(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        key = key.Trim();
        if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return LookupResult(connection.Query<long>("SELECT id FROM sources WHERE id = @id", new { id }).ToList());
        if (key.Length >= 6 && key.All(char.IsAsciiHexDigit))
        {
            var bySha = connection.Query<long>(
                "SELECT id FROM sources WHERE sha256 >= @lo AND sha256 < @hi ORDER BY id",
                new { lo = key.ToLowerInvariant(), hi = key.ToLowerInvariant() + "g" }).ToList();
            if (bySha.Count > 0)
                return LookupResult(bySha);
        }

        var like = "%" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return LookupResult(connection.Query<long>(
            "SELECT id FROM sources WHERE title LIKE @like ESCAPE '\\' OR name LIKE @like ESCAPE '\\' ORDER BY id", new { like }).ToList());
    }

    private SourceLookup LookupResult(List<long> ids) => ids.Count switch
    {
        0 => new SourceLookup(null, []),
        1 => new SourceLookup(GetSource(ids[0]), []),
        _ => new SourceLookup(null, [.. ids.Take(20).Select(i => ListSource(i))]),
    };

    private SourceSummary ListSource(long id) => ListSources().First(s => s.Id == id);

    /// <summary>The source with this number, with its clean text, or null.</summary>
    public Source? GetSource(long id) =>
        connection.QuerySingleOrDefault<SourceRow>("SELECT * FROM sources WHERE id = @id", new { id }) is { } row ? ToSource(row) : null;

    /// <summary>The original bytes a source was read from.</summary>
    public byte[]? GetOriginal(string sha256) =>
        connection.QuerySingleOrDefault<byte[]>("SELECT bytes FROM originals WHERE sha256 = @sha256", new { sha256 });

    /// <summary>
    /// Full-text search over sources (title and body) and quotations, in either script. Hits come best first
    /// (BM25), each with a snippet of the original text around the first matching word.
    /// </summary>
    /// <remarks>
    /// When the whole query is a name of an actor in the ledger ("مقتدى الصدر", "Muqtada al-Sadr", "Sadr"), the sources
    /// that mention that actor under any other name, in either script, are found too (<see cref="SearchHit.Actor"/>),
    /// after the word matches; at least a quarter of <paramref name="limit"/> is kept for them, so one script's
    /// word matches cannot crowd out the other's sources.
    /// </remarks>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, SearchFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = SearchAnalyzer.ToFtsMatch(query);
        if (match is null)
            return [];
        filter ??= SearchFilter.None;
        var wordHits = WordHits(query, match, limit, filter);
        var actorHits = filter.Kind is SearchHitKind.Quote || filter.ActorId is not null ? [] : ActorHits(query, match, limit, filter);
        if (actorHits.Count == 0)
            return wordHits;
        var reserved = Math.Min(actorHits.Count, Math.Max(1, limit / 4));
        var words = Math.Min(wordHits.Count, limit - reserved);
        return [.. wordHits.Take(words), .. actorHits.Take(limit - words)];
    }

    /// <summary>Sources that mention an actor named by the whole query and do not match its words, most mentions first.</summary>
    private List<SearchHit> ActorHits(string query, string match, int limit, SearchFilter filter)
    {
        var actorIds = FindActors(query).Select(a => a.Id).ToList();
        if (actorIds.Count == 0)
            return [];
        var hits = new List<SearchHit>();
        var mentioned = connection.Query<(long SourceId, long Mentions)>(
            $"""
            SELECT source_id, count(*) FROM mentions
            WHERE actor_id IN @actorIds AND review <> @rejected
              AND source_id NOT IN (SELECT rowid FROM source_terms WHERE source_terms MATCH @match)
              {(filter == SearchFilter.None ? "" : $"AND source_id IN (SELECT id FROM sources s WHERE {SourceConditions})")}
            GROUP BY source_id ORDER BY count(*) DESC, source_id LIMIT @limit
            """,
            FilterParameters(filter, new { actorIds, rejected = Codes.Name(ReviewState.Rejected), match, limit }));
        foreach (var (sourceId, _) in mentioned)
        {
            var first = connection.QueryFirst<(string ActorId, long Start, long End)>(
                """
                SELECT actor_id, start, "end" FROM mentions
                WHERE source_id = @sourceId AND actor_id IN @actorIds AND review <> @rejected ORDER BY start LIMIT 1
                """,
                new { sourceId, actorIds, rejected = Codes.Name(ReviewState.Rejected) });
            var source = GetSource(sourceId)!;
            hits.Add(new SearchHit(SearchHitKind.Source, source.Id, source.Id, source.Title ?? source.Name,
                Snippet.At(source.Text, (int)first.Start, (int)first.End), 0, first.ActorId));
        }

        return hits;
    }

    // The facets, as conditions on a source row "s"; their values are parameters (see FilterParameters).
    private const string SourceConditions =
        "(@language IS NULL OR s.language = @language) AND (@from IS NULL OR s.published >= @from) AND (@to IS NULL OR s.published <= @to)";

    private static DynamicParameters FilterParameters(SearchFilter filter, object values)
    {
        var parameters = new DynamicParameters(values);
        parameters.Add("language", string.IsNullOrEmpty(filter.Language) ? null : filter.Language);
        parameters.Add("from", filter.From is { } from ? LocalDatePattern.Iso.Format(from) : null);
        parameters.Add("to", filter.To is { } to ? LocalDatePattern.Iso.Format(to) : null);
        parameters.Add("actor", filter.ActorId);
        return parameters;
    }

    private List<SearchHit> WordHits(string query, string match, int limit, SearchFilter filter)
    {
        var queryTerms = SearchAnalyzer.QueryTerms(query);
        var hits = new List<SearchHit>();
        // The full-text indexes cover every row; the public's rows are those its views let through, so its searches
        // always join them. "+rowid" keeps SQLite from handing the id list to FTS5, which would run the match once per id.
        var filtered = filter != SearchFilter.None || Audience == LedgerAudience.Public;
        var sourceSql = filtered
            ? $"""
              SELECT rowid, rank FROM source_terms WHERE source_terms MATCH @match
                AND +rowid IN (SELECT id FROM sources s WHERE {SourceConditions}
                              AND (@actor IS NULL OR s.id IN (SELECT source_id FROM mentions WHERE actor_id = @actor AND review <> 'rejected')))
              ORDER BY rank LIMIT @limit
              """
            : "SELECT rowid, rank FROM source_terms WHERE source_terms MATCH @match ORDER BY rank LIMIT @limit";
        var quoteSql = filtered
            ? $"""
              SELECT rowid, rank FROM quote_terms WHERE quote_terms MATCH @match
                AND +rowid IN (SELECT q.id FROM quotes q JOIN sources s ON s.id = q.source_id WHERE {SourceConditions}
                              AND (@actor IS NULL OR q.speaker_actor_id = @actor))
              ORDER BY rank LIMIT @limit
              """
            : "SELECT rowid, rank FROM quote_terms WHERE quote_terms MATCH @match ORDER BY rank LIMIT @limit";
        var parameters = FilterParameters(filter, new { match, limit });
        foreach (var row in filter.Kind is SearchHitKind.Quote ? [] : connection.Query<(long Id, double Rank)>(sourceSql, parameters))
        {
            var source = GetSource(row.Id)!;
            hits.Add(new SearchHit(SearchHitKind.Source, source.Id, source.Id, source.Title ?? source.Name,
                Snippet.Around(source.Text, queryTerms), row.Rank));
        }

        foreach (var row in filter.Kind is SearchHitKind.Source ? [] : connection.Query<(long Id, double Rank)>(quoteSql, parameters))
        {
            var quote = connection.QuerySingle<(long SourceId, string Text, string Title)>(
                "SELECT q.source_id, q.text, coalesce(s.title, s.name) FROM quotes q JOIN sources s ON s.id = q.source_id WHERE q.id = @id", new { id = row.Id });
            hits.Add(new SearchHit(SearchHitKind.Quote, row.Id, quote.SourceId, quote.Title,
                Snippet.Around(quote.Text, queryTerms), row.Rank));
        }

        return [.. hits.OrderBy(h => h.Rank).ThenBy(h => h.Kind).ThenBy(h => h.Id).Take(limit)];
    }

    /// <summary>One actor with its aliases, or null.</summary>
    public Actor? GetActor(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (connection.QuerySingleOrDefault<ActorRow>("SELECT id, name, type, review FROM actors WHERE id = @id", new { id }) is not { } row)
            return null;
        return ToActor(row, connection.Query<AliasRow>("SELECT actor_id, text, script FROM actor_aliases WHERE actor_id = @id ORDER BY ordinal", new { id }));
    }

    /// <summary>The names of these actors, by id (for labelling a page's links without loading every actor).</summary>
    public IReadOnlyDictionary<string, string> ActorNames(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        return wanted.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : connection.Query<(string Id, string Name)>("SELECT id, name FROM actors WHERE id IN @wanted", new { wanted })
                .ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>All actors with their aliases, by name.</summary>
    public IReadOnlyList<Actor> ListActors()
    {
        var aliases = connection.Query<AliasRow>("SELECT actor_id, text, script FROM actor_aliases ORDER BY actor_id, ordinal")
            .ToLookup(a => a.ActorId);
        return connection.Query<ActorRow>("SELECT id, name, type, review FROM actors ORDER BY name COLLATE NOCASE, id")
            .Select(r => ToActor(r, aliases[r.Id]))
            .ToList();
    }

    /// <summary>
    /// Actors whose id, name or any alias matches <paramref name="name"/> after search folding (case, diacritics,
    /// Arabic letter forms), so "muqtada al-sadr", "Moqtada al-Sadr" and "مقتدى الصدر" can each find their actor.
    /// </summary>
    public IReadOnlyList<Actor> FindActors(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = FoldName(name);
        var ids = connection.Query<string>(
            """
            SELECT id FROM actors WHERE id = @name
            UNION SELECT actor_id FROM actor_aliases WHERE folded = @folded
            """,
            new { name, folded }).ToHashSet(StringComparer.Ordinal);
        return ListActors().Where(a => ids.Contains(a.Id) || FoldName(a.Name) == folded).ToList();
    }

    /// <summary>Quotations in source order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Quote> ListQuotes(int limit = int.MaxValue) =>
        connection.Query<QuoteRow>("SELECT * FROM quotes ORDER BY source_id, start LIMIT @limit", new { limit })
            .Select(ToQuote).ToList();

    /// <summary>Events by date, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Event> ListEvents(int limit = int.MaxValue) =>
        connection.Query<EventRow>("SELECT * FROM events ORDER BY date, id LIMIT @limit", new { limit })
            .Select(ToEvent).ToList();

    /// <summary>Every entry that cites the source, each kind in text order: what its reader page draws.</summary>
    public SourceEntries EntriesOf(long sourceId)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        var p = new { sourceId };
        var entries = new SourceEntries(
            [.. connection.Query<MentionRow>("SELECT * FROM mentions WHERE source_id = @sourceId ORDER BY start, id", p, transaction).Select(ToMention)],
            [.. connection.Query<QuoteRow>("SELECT * FROM quotes WHERE source_id = @sourceId ORDER BY start, id", p, transaction).Select(ToQuote)],
            [.. connection.Query<TimexRow>("SELECT * FROM timexes WHERE source_id = @sourceId ORDER BY start, id", p, transaction).Select(ToTimex)],
            [.. connection.Query<RelationRow>("SELECT * FROM relations WHERE source_id = @sourceId ORDER BY start, id", p, transaction).Select(ToRelation)],
            [.. connection.Query<EventRow>("SELECT * FROM events WHERE source_id = @sourceId ORDER BY start, id", p, transaction).Select(ToEvent)],
            [.. connection.Query<PositionRow>("SELECT * FROM positions WHERE source_id = @sourceId ORDER BY start, id", p, transaction).Select(ToPosition)]);
        transaction.Commit();
        return entries;
    }

    /// <summary>The sources that mention an actor, with how often, most first.</summary>
    public IReadOnlyList<(long SourceId, int Mentions)> SourcesMentioning(string actorId) =>
        [.. connection.Query<(long, long)>(
                "SELECT source_id, count(*) FROM mentions WHERE actor_id = @actorId GROUP BY source_id ORDER BY count(*) DESC, source_id", new { actorId })
            .Select(r => (r.Item1, (int)r.Item2))];

    /// <summary>How many events (reports, not rejected) an actor did or suffered.</summary>
    public int CountEventsOf(string actorId) =>
        (int)connection.ExecuteScalar<long>(
            """
            SELECT (SELECT count(*) FROM events WHERE actor_id = @actorId AND review <> @rejected)
                 + (SELECT count(*) FROM events WHERE target_id = @actorId AND actor_id IS NOT @actorId AND review <> @rejected)
            """,
            new { actorId, rejected = Codes.Name(ReviewState.Rejected) });

    /// <summary>The actors that did or suffered at least one event.</summary>
    public IReadOnlySet<string> ActorsWithEvents() =>
        connection.Query<string>("SELECT actor_id FROM events WHERE actor_id IS NOT NULL UNION SELECT target_id FROM events WHERE target_id IS NOT NULL")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The latest part of the timeline: events of the given actor and type (each optional) from the most recent back,
    /// at most <paramref name="reports"/> rows read, grouped into deeds in date order. For a page: the whole
    /// ledger's timeline can hold tens of thousands of events.
    /// </summary>
    /// <param name="fromYear">Only events dated in this year or later, when given (a coarse cut the caller refines).</param>
    public IReadOnlyList<Analysis.TimelineEvent> RecentTimeline(string? actorId, EventType? type, int? fromYear, int reports)
    {
        // With an actor, two index walks (as actor, as target) instead of one scan for "actor or target".
        const string conditions = "review <> @rejected AND (@type IS NULL OR type = @type) AND (@fromYear IS NULL OR substr(date, 1, 4) >= @fromYear)";
        var sql = actorId is null
            ? $"""
              SELECT * FROM events WHERE {conditions}
              ORDER BY date DESC, id DESC LIMIT @reports
              """
            : $"""
              SELECT * FROM (
                SELECT * FROM (SELECT * FROM events WHERE actor_id = @actorId AND {conditions} ORDER BY date DESC, id DESC LIMIT @reports)
                UNION
                SELECT * FROM (SELECT * FROM events WHERE target_id = @actorId AND {conditions} ORDER BY date DESC, id DESC LIMIT @reports))
              ORDER BY date DESC, id DESC LIMIT @reports
              """;
        var rows = connection.Query<EventRow>(
            sql,
            new
            {
                rejected = Codes.Name(ReviewState.Rejected),
                actorId,
                type = type is { } t ? Codes.Name(t) : null,
                fromYear = fromYear?.ToString("D4", CultureInfo.InvariantCulture),
                reports,
            });
        return Analysis.Timeline.Build(rows.Select(ToEvent).Reverse());
    }

    /// <summary>The timeline: one entry per deed, however many sources report it (<see cref="Analysis.Timeline"/>).</summary>
    /// <param name="actorId">Only the deeds this actor did or suffered, when given.</param>
    public IReadOnlyList<Analysis.TimelineEvent> Timeline(string? actorId = null) =>
        Analysis.Timeline.Build(actorId is null ? ListEvents() : EventsOf(actorId));

    /// <summary>Actors with how many times the ledger's sources name them, most named first.</summary>
    public IReadOnlyList<(Actor Actor, int Mentions)> ActorsByMentions(int limit = int.MaxValue)
    {
        var counts = connection.Query<(string ActorId, long Count)>(
                "SELECT actor_id, count(*) FROM mentions GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT @limit", new { limit })
            .ToList();
        var actors = ListActors().ToDictionary(a => a.Id, StringComparer.Ordinal);
        return counts.Where(c => actors.ContainsKey(c.ActorId)).Select(c => (actors[c.ActorId], (int)c.Count)).ToList();
    }

    /// <summary>Quotations attributed to an actor (or spoken for it), in source order.</summary>
    public IReadOnlyList<Quote> QuotesBy(string actorId) =>
        connection.Query<QuoteRow>("SELECT * FROM quotes WHERE speaker_actor_id = @actorId ORDER BY source_id, start", new { actorId })
            .Select(ToQuote).ToList();

    /// <summary>The relation network (<see cref="Analysis.RelationGraph"/>), of the given kinds only when some are given.</summary>
    public Analysis.RelationGraph RelationGraph(IReadOnlySet<RelationKind>? kinds = null, string? actorId = null) =>
        Analysis.RelationGraph.FromGrouped(GroupedRelations(actorId), ListActors(), kinds);

    /// <summary>The latest quotations attributed to an actor (most recent sources first), and how many there are in all.</summary>
    public (IReadOnlyList<Quote> Quotes, int Total) RecentQuotesBy(string actorId, int limit)
    {
        var total = connection.ExecuteScalar<long>("SELECT count(*) FROM quotes WHERE speaker_actor_id = @actorId", new { actorId });
        var quotes = connection.Query<QuoteRow>(
                "SELECT * FROM quotes WHERE speaker_actor_id = @actorId ORDER BY source_id DESC, start LIMIT @limit", new { actorId, limit })
            .Select(ToQuote).ToList();
        return (quotes, (int)total);
    }

    /// <summary>How many quotations an actor has by month of their sources' publication ("2024-03"), in order.</summary>
    public IReadOnlyList<(string Month, int Quotes)> QuotesByMonth(string actorId) =>
        [.. connection.Query<(string, long)>(
                """
                SELECT substr(s.published, 1, 7) AS month, count(*) FROM quotes q JOIN sources s ON s.id = q.source_id
                WHERE q.speaker_actor_id = @actorId AND q.review <> @rejected AND s.published IS NOT NULL
                GROUP BY month ORDER BY month
                """,
                new { actorId, rejected = Codes.Name(ReviewState.Rejected) })
            .Select(r => (r.Item1, (int)r.Item2))];

    /// <summary>
    /// The actor's stated positions summed up: one line per issue and stance, with how many statements say it and the
    /// latest of them (rejected ones left out), by issue.
    /// </summary>
    public IReadOnlyList<(Position Latest, int Statements)> PositionSummary(string actorId)
    {
        var rows = connection.Query<PositionRow>(
            """
            SELECT p.* FROM positions p
            JOIN (SELECT max(id) AS id FROM positions WHERE actor_id = @actorId AND review <> @rejected GROUP BY issue_id, stance) latest
              ON latest.id = p.id
            ORDER BY p.issue_id, p.stance
            """,
            new { actorId, rejected = Codes.Name(ReviewState.Rejected) }).Select(ToPosition).ToList();
        var counts = connection.Query<(string Issue, string Stance, long Count)>(
                "SELECT issue_id, stance, count(*) FROM positions WHERE actor_id = @actorId AND review <> @rejected GROUP BY issue_id, stance",
                new { actorId, rejected = Codes.Name(ReviewState.Rejected) })
            .ToDictionary(c => (c.Issue, c.Stance), c => (int)c.Count);
        return [.. rows.Select(p => (p, counts.GetValueOrDefault((p.IssueId, Codes.Name(p.Stance)), 1)))];
    }

    /// <summary>Relations the actor takes part in, as subject or object.</summary>
    public IReadOnlyList<Relation> RelationsOf(string actorId) =>
        connection.Query<RelationRow>("SELECT * FROM relations WHERE subject_id = @actorId OR object_id = @actorId ORDER BY id", new { actorId })
            .Select(ToRelation).ToList();

    /// <summary>Events the actor did or suffered, by date.</summary>
    public IReadOnlyList<Event> EventsOf(string actorId) =>
        connection.Query<EventRow>("SELECT * FROM events WHERE actor_id = @actorId OR target_id = @actorId ORDER BY date, id", new { actorId })
            .Select(ToEvent).ToList();

    /// <summary>How many entries of each kind the ledger holds.</summary>
    public LedgerCounts Counts() =>
        connection.QuerySingle<LedgerCounts>(
            """
            SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM actors) AS actors,
                   (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM timexes) AS timexes,
                   (SELECT count(*) FROM relations) AS relations, (SELECT count(*) FROM events) AS events,
                   (SELECT count(*) FROM issues) AS issues, (SELECT count(*) FROM positions) AS positions,
                   (SELECT count(*) FROM assessments) AS assessments
            """);

    /// <summary>The whole ledger, every collection ordered by id.</summary>
    public LedgerSnapshot Export()
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        var sources = connection.Query<SourceRow>("SELECT * FROM sources ORDER BY id", transaction: transaction)
            .Select(r => new ArchivedSource(ToSource(r), connection.QuerySingle<byte[]>(
                "SELECT bytes FROM originals WHERE sha256 = @Sha256", new { r.Sha256 }, transaction)))
            .ToImmutableArray();
        var aliases = connection.Query<AliasRow>("SELECT actor_id, text, script FROM actor_aliases ORDER BY actor_id, ordinal", transaction: transaction)
            .ToLookup(a => a.ActorId);
        var snapshot = new LedgerSnapshot(
            LedgerSnapshot.CurrentFormat,
            sources,
            [.. connection.Query<ActorRow>("SELECT * FROM actors ORDER BY id", transaction: transaction).Select(r => ToActor(r, aliases[r.Id]))],
            [.. connection.Query<MentionRow>("SELECT * FROM mentions ORDER BY id", transaction: transaction).Select(ToMention)],
            [.. connection.Query<QuoteRow>("SELECT * FROM quotes ORDER BY id", transaction: transaction).Select(ToQuote)],
            [.. connection.Query<TimexRow>("SELECT * FROM timexes ORDER BY id", transaction: transaction).Select(ToTimex)],
            [.. connection.Query<RelationRow>("SELECT * FROM relations ORDER BY id", transaction: transaction).Select(ToRelation)],
            [.. connection.Query<EventRow>("SELECT * FROM events ORDER BY id", transaction: transaction).Select(ToEvent)],
            [.. connection.Query<IssueRow>("SELECT * FROM issues ORDER BY id", transaction: transaction).Select(ToIssue)],
            [.. connection.Query<PositionRow>("SELECT * FROM positions ORDER BY id", transaction: transaction).Select(ToPosition)],
            [.. connection.Query<AssessmentRow>("SELECT * FROM assessments ORDER BY id", transaction: transaction).Select(ToAssessment)],
            [.. connection.Query<NoteRow>("SELECT * FROM notes ORDER BY id", transaction: transaction).Select(ToNote)])
        {
            Evidence = ExportEvidence(transaction),
        };
        transaction.Commit();
        return snapshot;
    }

    /// <summary>
    /// Loads a snapshot into this ledger, which must be empty, keeping every id: the exact inverse of
    /// <see cref="Export"/>. All or nothing: a snapshot that does not hold together is refused whole.
    /// </summary>
    /// <exception cref="LedgerException">The ledger is not empty, or the snapshot is inconsistent.</exception>
    public void Import(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        annotationWriter?.ActorsChanged();
        if (snapshot.Format != LedgerSnapshot.CurrentFormat)
            throw new LedgerException($"unknown ledger format '{snapshot.Format}' (expected '{LedgerSnapshot.CurrentFormat}')");
        if (!IsEmpty)
            throw new LedgerException($"{Path} already holds entries; import into a new, empty ledger (--db NEWFILE)");
        LedgerSnapshotValidator.Validate(snapshot);

        using var transaction = connection.BeginTransaction();
        try
        {
            foreach (var archived in snapshot.Sources)
            {
                var source = archived.Source;
                Writer.Insert(source, Sha256Hex(Encoding.UTF8.GetBytes(source.Text)), archived.Original,
                    SearchAnalyzer.IndexText(TitleAndText(source.Title, source.Text)), transaction, keepId: true);
            }

            foreach (var actor in snapshot.Actors)
                InsertActor(actor, transaction);
            foreach (var m in snapshot.Mentions)
            {
                connection.Execute(
                    "INSERT INTO mentions (id, actor_id, source_id, start, \"end\", review) VALUES (@Id, @ActorId, @SourceId, @Start, @End, @Review)",
                    new { m.Id, m.ActorId, m.Citation.SourceId, m.Citation.Span.Start, m.Citation.Span.End, Review = Codes.Name(m.Review) }, transaction);
            }

            foreach (var q in snapshot.Quotes)
                InsertQuote(q, transaction, keepId: true);
            foreach (var t in snapshot.Timexes)
            {
                connection.Execute(
                    "INSERT INTO timexes (id, source_id, start, \"end\", text, type, value, review) VALUES (@Id, @SourceId, @Start, @End, @Text, @Type, @Value, @Review)",
                    new { t.Id, t.Citation.SourceId, t.Citation.Span.Start, t.Citation.Span.End, t.Text, Type = Codes.Name(t.Type), t.Value, Review = Codes.Name(t.Review) }, transaction);
            }

            foreach (var r in snapshot.Relations)
            {
                connection.Execute(
                    "INSERT INTO relations (id, subject_id, predicate, object_id, since, until, source_id, start, \"end\", review) VALUES (@Id, @SubjectId, @Predicate, @ObjectId, @Since, @Until, @SourceId, @Start, @End, @Review)",
                    new { r.Id, r.SubjectId, Predicate = Codes.Name(r.Predicate), r.ObjectId, r.Since, r.Until, r.Citation.SourceId, r.Citation.Span.Start, r.Citation.Span.End, Review = Codes.Name(r.Review) }, transaction);
            }

            foreach (var e in snapshot.Events)
            {
                connection.Execute(
                    "INSERT INTO events (id, date, actor_id, target_id, type, summary, source_id, start, \"end\", review) VALUES (@Id, @Date, @ActorId, @TargetId, @Type, @Summary, @SourceId, @Start, @End, @Review)",
                    new { e.Id, e.Date, e.ActorId, e.TargetId, Type = Codes.Name(e.Type), e.Summary, e.Citation.SourceId, e.Citation.Span.Start, e.Citation.Span.End, Review = Codes.Name(e.Review) }, transaction);
            }

            foreach (var i in snapshot.Issues)
            {
                connection.Execute(
                    "INSERT INTO issues (id, label, label_arabic, description, keywords) VALUES (@Id, @Label, @LabelArabic, @Description, @Keywords)",
                    new { i.Id, i.Label, i.LabelArabic, i.Description, Keywords = JsonSerializer.Serialize(i.Keywords, LedgerJson.Options) }, transaction);
            }

            foreach (var p in snapshot.Positions)
            {
                connection.Execute(
                    "INSERT INTO positions (id, actor_id, issue_id, stance, statement, source_id, start, \"end\", review) VALUES (@Id, @ActorId, @IssueId, @Stance, @Statement, @SourceId, @Start, @End, @Review)",
                    new { p.Id, p.ActorId, p.IssueId, Stance = Codes.Name(p.Stance), p.Statement, p.Citation.SourceId, p.Citation.Span.Start, p.Citation.Span.End, Review = Codes.Name(p.Review) }, transaction);
            }

            foreach (var a in snapshot.Assessments)
            {
                connection.Execute(
                    "INSERT INTO assessments (id, actor_id, issue_id, verdict, basis, source_id, start, \"end\", review, recorded_at, recorded_by, superseded_by) VALUES (@Id, @ActorId, @IssueId, @Verdict, @Basis, @SourceId, @Start, @End, @Review, @RecordedAt, @RecordedBy, @SupersededBy)",
                    new
                    {
                        a.Id, a.ActorId, a.IssueId, Verdict = Codes.Name(a.Verdict), a.Basis, a.Citation.SourceId, a.Citation.Span.Start, a.Citation.Span.End, Review = Codes.Name(a.Review),
                        RecordedAt = a.RecordedAt is { } at ? InstantText.Format(at) : null, a.RecordedBy, a.SupersededBy,
                    },
                    transaction);
            }

            foreach (var n in snapshot.Notes)
            {
                connection.Execute(
                    "INSERT INTO notes (id, source_id, text, confidential, written) VALUES (@Id, @SourceId, @Text, @Confidential, @Written)",
                    new { n.Id, n.SourceId, n.Text, n.Confidential, Written = InstantText.Format(n.Written) }, transaction);
            }

            ImportEvidence(snapshot.Evidence, transaction);
            transaction.Commit();
        }
        catch (SqliteException e)
        {
            throw new LedgerException($"the snapshot does not fit the ledger: {e.Message}", e);
        }
    }

    /// <summary>Adds an actor with its aliases (used by import now, by review later).</summary>
    public void AddActor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var transaction = connection.BeginTransaction();
        InsertActor(actor, transaction);
        transaction.Commit();
        annotationWriter?.ActorsChanged();
    }

    /// <summary>Adds a quotation, indexing its words for search, and returns its id.</summary>
    public long AddQuote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        using var transaction = connection.BeginTransaction();
        var id = InsertQuote(quote, transaction, keepId: false);
        transaction.Commit();
        return id;
    }

    internal static string Sha256Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The folded form under which a name is looked up: search terms joined by single spaces.</summary>
    internal static string FoldName(string name) => string.Join(' ', SearchAnalyzer.QueryTerms(name));

    private static string TitleAndText(string? title, string text) => title is null ? text : title + "\n\n" + text;

    private void InsertActor(Actor actor, SqliteTransaction transaction)
    {
        connection.Execute("INSERT INTO actors (id, name, type, review) VALUES (@Id, @Name, @Type, @Review)",
            new { actor.Id, actor.Name, Type = Codes.Name(actor.Type), Review = Codes.Name(actor.Review) }, transaction);
        for (var i = 0; i < actor.Aliases.Length; i++)
        {
            var alias = actor.Aliases[i];
            connection.Execute(
                "INSERT INTO actor_aliases (actor_id, ordinal, text, script, folded) VALUES (@actorId, @i, @Text, @Script, @folded)",
                new { actorId = actor.Id, i, alias.Text, Script = Codes.Name(alias.Script), folded = FoldName(alias.Text) }, transaction);
        }
    }

    private long InsertQuote(Quote q, SqliteTransaction transaction, bool keepId)
    {
        var id = connection.ExecuteScalar<long>(
            $"""
            INSERT INTO quotes (id, source_id, start, "end", text, kind, speaker_actor_id, speaker_description,
                                speaker_anonymous, speaker_confidential, cue, review)
            VALUES ({(keepId ? "@Id" : "NULL")}, @SourceId, @Start, @End, @Text, @Kind, @ActorId, @Description,
                    @Anonymous, @SpeakerConfidential, @Cue, @Review)
            RETURNING id
            """,
            new
            {
                q.Id,
                q.Citation.SourceId,
                q.Citation.Span.Start,
                q.Citation.Span.End,
                q.Text,
                Kind = Codes.Name(q.Kind),
                q.Speaker.ActorId,
                q.Speaker.Description,
                q.Speaker.Anonymous,
                SpeakerConfidential = q.Speaker.Confidential,
                q.Cue,
                Review = Codes.Name(q.Review),
            },
            transaction);
        connection.Execute("INSERT INTO quote_terms (rowid, terms) VALUES (@id, @terms)",
            new { id, terms = SearchAnalyzer.IndexText(q.Text) }, transaction);
        return id;
    }

    private static LocalDate? ParseDate(string? text) => text is null ? null : DatePattern.Parse(text).Value;

    private static Citation Cite(long sourceId, long start, long end) => new(sourceId, new TextSpan((int)start, (int)end));

    private static Source ToSource(SourceRow r) => new(
        r.Id, r.Sha256, r.Name, r.Format, r.Language, r.Title, ParseDate(r.Published), r.Publisher, r.Author,
        r.Translations.Length == 0 ? [] : [.. r.Translations.Split(',')],
        r.Confidential, InstantText.Parse(r.IngestedAt).Value, r.Text);

    private static Actor ToActor(ActorRow r, IEnumerable<AliasRow> aliases) => new(
        r.Id, r.Name, Codes.Parse<ActorType>(r.Type),
        [.. aliases.Select(a => new Alias(a.Text, Codes.Parse<Script>(a.Script)))],
        Codes.Parse<ReviewState>(r.Review));

    private static ActorMention ToMention(MentionRow r) =>
        new(r.Id, r.ActorId, Cite(r.SourceId, r.Start, r.End), Codes.Parse<ReviewState>(r.Review));

    private static Quote ToQuote(QuoteRow r) => new(
        r.Id, Cite(r.SourceId, r.Start, r.End), r.Text, Codes.Parse<QuoteKind>(r.Kind),
        new Speaker(r.SpeakerActorId, r.SpeakerDescription, r.SpeakerAnonymous, r.SpeakerConfidential),
        r.Cue, Codes.Parse<ReviewState>(r.Review));

    private static Timex ToTimex(TimexRow r) => new(
        r.Id, Cite(r.SourceId, r.Start, r.End), r.Text, Codes.Parse<TimexType>(r.Type), r.Value, Codes.Parse<ReviewState>(r.Review));

    private static Relation ToRelation(RelationRow r) => new(
        r.Id, r.SubjectId, Codes.Parse<RelationKind>(r.Predicate), r.ObjectId, r.Since, r.Until,
        Cite(r.SourceId, r.Start, r.End), Codes.Parse<ReviewState>(r.Review));

    private static Event ToEvent(EventRow r) => new(
        r.Id, r.Date, r.ActorId, r.TargetId, Codes.Parse<EventType>(r.Type), r.Summary,
        Cite(r.SourceId, r.Start, r.End), Codes.Parse<ReviewState>(r.Review));

    private static Issue ToIssue(IssueRow r) => new(
        r.Id, r.Label, r.LabelArabic, r.Description,
        JsonSerializer.Deserialize<ImmutableArray<string>>(r.Keywords, LedgerJson.Options));

    private static Position ToPosition(PositionRow r) => new(
        r.Id, r.ActorId, r.IssueId, Codes.Parse<Stance>(r.Stance), r.Statement,
        Cite(r.SourceId, r.Start, r.End), Codes.Parse<ReviewState>(r.Review));

    private static Assessment ToAssessment(AssessmentRow r) => new(
        r.Id, r.ActorId, r.IssueId, Codes.Parse<Verdict>(r.Verdict), r.Basis,
        Cite(r.SourceId, r.Start, r.End), Codes.Parse<ReviewState>(r.Review))
    {
        RecordedAt = r.RecordedAt is null ? null : InstantText.Parse(r.RecordedAt).Value,
        RecordedBy = r.RecordedBy,
        SupersededBy = r.SupersededBy,
    };

    private static Note ToNote(NoteRow r) => new(r.Id, r.SourceId, r.Text, r.Confidential, InstantText.Parse(r.Written).Value);

    /// <summary>An open transaction shared by several documents, committed by count or age.</summary>
    private sealed class WriteGroup(SqliteLedger ledger, int maxDocuments, TimeSpan maxAge) : IDisposable
    {
        private SqliteTransaction? transaction;
        private int documents;
        private long startedAt;

        public SqliteTransaction Transaction
        {
            get
            {
                if (transaction is null)
                {
                    transaction = ledger.connection.BeginTransaction();
                    startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
                }

                return transaction;
            }
        }

        public void Added()
        {
            documents++;
            if (documents >= maxDocuments || System.Diagnostics.Stopwatch.GetElapsedTime(startedAt) >= maxAge)
                Commit();
        }

        public void Dispose()
        {
            Commit();
            ledger.writeGroup = null;

            // After a batch, planner statistics, as SQLite advises: without them the public views' filters pick the
            // review index over a source's or an actor's. Bounded (analysis_limit), and usually nothing to do.
            try
            {
                ledger.connection.Execute("PRAGMA analysis_limit = 400; PRAGMA optimize;");
            }
            catch (SqliteException)
            {
                // Busy: the statistics wait for the next batch.
            }
        }

        private void Commit()
        {
            transaction?.Commit();
            transaction?.Dispose();
            transaction = null;
            documents = 0;
        }
    }

    // Row shapes as Dapper reads them; kept private so the rest of Daftar sees only domain records.
#pragma warning disable CA1812 // Instantiated by Dapper.
    private sealed class SourceRow
    {
        public long Id { get; init; }
        public string Sha256 { get; init; } = "";
        public string Name { get; init; } = "";
        public string Format { get; init; } = "";
        public string Language { get; init; } = "";
        public string? Title { get; init; }
        public string? Published { get; init; }
        public string? Publisher { get; init; }
        public string? Author { get; init; }
        public string Translations { get; init; } = "";
        public bool Confidential { get; init; }
        public string IngestedAt { get; init; } = "";
        public string Text { get; init; } = "";
    }

    private sealed class SourceSummaryRow
    {
        public long Id { get; init; }
        public string Sha256 { get; init; } = "";
        public string Name { get; init; } = "";
        public string Format { get; init; } = "";
        public string Language { get; init; } = "";
        public string? Title { get; init; }
        public string? Published { get; init; }
        public string? Publisher { get; init; }
        public string? Author { get; init; }
        public bool Confidential { get; init; }
        public long TextLength { get; init; }
        public long Candidates { get; init; }
    }

    private sealed class ActorRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public string Review { get; init; } = "";
    }

    private sealed class AliasRow
    {
        public string ActorId { get; init; } = "";
        public string Text { get; init; } = "";
        public string Script { get; init; } = "";
    }

    private sealed class MentionRow
    {
        public long Id { get; init; }
        public string ActorId { get; init; } = "";
        public long SourceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Review { get; init; } = "";
    }

    private sealed class QuoteRow
    {
        public long Id { get; init; }
        public long SourceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Text { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? SpeakerActorId { get; init; }
        public string? SpeakerDescription { get; init; }
        public bool SpeakerAnonymous { get; init; }
        public bool SpeakerConfidential { get; init; }
        public string? Cue { get; init; }
        public string Review { get; init; } = "";
    }

    private sealed class TimexRow
    {
        public long Id { get; init; }
        public long SourceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Text { get; init; } = "";
        public string Type { get; init; } = "";
        public string Value { get; init; } = "";
        public string Review { get; init; } = "";
    }

    private sealed class RelationRow
    {
        public long Id { get; init; }
        public string SubjectId { get; init; } = "";
        public string Predicate { get; init; } = "";
        public string ObjectId { get; init; } = "";
        public string? Since { get; init; }
        public string? Until { get; init; }
        public long SourceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Review { get; init; } = "";
    }

    private sealed class EventRow
    {
        public long Id { get; init; }
        public string Date { get; init; } = "";
        public string? ActorId { get; init; }
        public string? TargetId { get; init; }
        public string Type { get; init; } = "";
        public string Summary { get; init; } = "";
        public long SourceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Review { get; init; } = "";
    }

    private sealed class IssueRow
    {
        public string Id { get; init; } = "";
        public string Label { get; init; } = "";
        public string? LabelArabic { get; init; }
        public string? Description { get; init; }
        public string Keywords { get; init; } = "[]";
    }

    private class PositionRow
    {
        public long Id { get; init; }
        public string ActorId { get; init; } = "";
        public string IssueId { get; init; } = "";
        public string Stance { get; init; } = "";
        public string Statement { get; init; } = "";
        public long SourceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Review { get; init; } = "";
    }

    private sealed class AssessmentRow
    {
        public long Id { get; init; }
        public string ActorId { get; init; } = "";
        public string IssueId { get; init; } = "";
        public string Verdict { get; init; } = "";
        public string Basis { get; init; } = "";
        public long SourceId { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Review { get; init; } = "";
        public string? RecordedAt { get; init; }
        public string? RecordedBy { get; init; }
        public long? SupersededBy { get; init; }
    }

    private sealed class NoteRow
    {
        public long Id { get; init; }
        public long SourceId { get; init; }
        public string Text { get; init; } = "";
        public bool Confidential { get; init; }
        public string Written { get; init; } = "";
    }
#pragma warning restore CA1812
}
