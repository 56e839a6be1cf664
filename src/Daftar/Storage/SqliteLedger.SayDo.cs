using System.Collections.Immutable;
using System.Globalization;
using Dapper;
using Daftar.Analysis.SayDo;
using Daftar.Domain;
using NodaTime;

namespace Daftar.Storage;

/// <summary>A piece of evidence with what it links: the position (and the day it was stated) and the entry set against it.</summary>
/// <param name="PositionDate">The position's source's publication date, if any.</param>
/// <param name="EntryActorId">The actor of the event, the speaker of the quotation or the actor of the later position (null when withheld or unknown).</param>
/// <param name="EntryDate">The event's TIMEX3 value, or the publication date of the quotation's or position's source.</param>
/// <param name="EntryText">The event's summary, the quotation's words or the later position's statement.</param>
/// <param name="EntryCitation">Where the entry comes from.</param>
public sealed record EvidenceItem(
    Evidence Evidence,
    Position Position,
    string? PositionDate,
    string? EntryActorId,
    string? EntryDate,
    string EntryText,
    Citation EntryCitation);

/// <summary>Which evidence to list; null members do not filter.</summary>
public sealed record EvidenceFilter(long? PositionId = null, string? ActorId = null, string? IssueId = null, ReviewState? Review = null);

public sealed partial class SqliteLedger
{
    /// <summary>
    /// Suggests evidence for the stated positions (of one actor, or all) and stores each new suggestion as a candidate.
    /// Running again adds nothing twice, and never brings back a suggestion an analyst rejected or changes one they reviewed.
    /// </summary>
    /// <returns>The suggestions stored by this call.</returns>
    public IReadOnlyList<Evidence> SuggestEvidence(string? actorId = null, BearingRules? rules = null)
    {
        var rejected = Codes.Name(ReviewState.Rejected);
        var published = connection.Query<(long Id, string? Published)>("SELECT id, published FROM sources")
            .ToDictionary(r => r.Id, r => r.Published);
        var positions = connection.Query<PositionRow>(
                "SELECT * FROM positions WHERE review <> @rejected AND (@actorId IS NULL OR actor_id = @actorId) ORDER BY id", new { rejected, actorId })
            .Select(ToPosition)
            .Select(p => new StatedPosition(p, DayOf(published.GetValueOrDefault(p.Citation.SourceId))))
            .ToList();
        if (positions.Count == 0)
            return [];

        var relations = connection.Query<RelationRow>("SELECT * FROM relations WHERE review <> @rejected", new { rejected }).Select(ToRelation).ToList();
        var entries = LaterEntries(published, rejected);
        var suggestions = EvidenceSuggester.Suggest(positions, entries, relations, rules);

        var stored = new List<long>();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var s in suggestions)
            {
                var id = connection.ExecuteScalar<long?>(
                    """
                    INSERT INTO evidence (position_id, entry_kind, entry_id, bearing, basis, review, suggested, created_at)
                    VALUES (@PositionId, @kind, @EntryId, @bearing, @Basis, @candidate, 1, @now)
                    ON CONFLICT (position_id, entry_kind, entry_id) DO NOTHING
                    RETURNING id
                    """,
                    new { s.PositionId, kind = Codes.Name(s.Kind), s.EntryId, bearing = Codes.Name(s.Bearing), s.Basis, candidate = Codes.Name(ReviewState.Candidate), now = Now() },
                    transaction);
                if (id is not { } added)
                    continue;
                stored.Add(added);
                WriteAudit(transaction, "evidence-suggested", "evidence", added.ToString(CultureInfo.InvariantCulture), null, RowJson("evidence", added, transaction));
            }

            transaction.Commit();
        }

        return stored.Count == 0 ? [] : [.. connection.Query<EvidenceRow>("SELECT * FROM evidence WHERE id IN @stored ORDER BY id", new { stored }).Select(ToEvidence)];
    }

    /// <summary>
    /// Links an entry to a position as evidence an analyst found (not suggested): confirmed at once, with its bearing
    /// and basis. A link that exists already (suggested or not) is confirmed with them instead. Audited.
    /// </summary>
    /// <exception cref="LedgerException">No such position or entry, a blank basis, or an entry that is the position itself.</exception>
    public Evidence AddEvidence(long positionId, EvidenceKind kind, long entryId, Bearing bearing, string basis)
    {
        if (string.IsNullOrWhiteSpace(basis))
            throw new LedgerException("evidence needs its basis: say why it bears on the position");
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM positions WHERE id = @positionId", new { positionId }) == 0)
            throw new LedgerException($"no position {positionId}");
        var table = kind switch { EvidenceKind.Event => "events", EvidenceKind.Quote => "quotes", _ => "positions" };
        if (connection.ExecuteScalar<long>($"SELECT count(*) FROM {table} WHERE id = @entryId", new { entryId }) == 0)
            throw new LedgerException($"no {Codes.Name(kind)} {entryId}");
        if (kind == EvidenceKind.Position && entryId == positionId)
            throw new LedgerException("a position cannot be evidence for itself");

        using var transaction = connection.BeginTransaction();
        var existing = connection.QuerySingleOrDefault<long?>(
            "SELECT id FROM evidence WHERE position_id = @positionId AND entry_kind = @kind AND entry_id = @entryId",
            new { positionId, kind = Codes.Name(kind), entryId }, transaction);
        var before = existing is { } old ? RowJson("evidence", old, transaction) : null;
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO evidence (position_id, entry_kind, entry_id, bearing, basis, review, suggested, created_at)
            VALUES (@positionId, @kind, @entryId, @bearing, @basis, @accepted, 0, @now)
            ON CONFLICT (position_id, entry_kind, entry_id)
            DO UPDATE SET bearing = excluded.bearing, basis = excluded.basis, review = excluded.review, version = version + 1
            RETURNING id
            """,
            new { positionId, kind = Codes.Name(kind), entryId, bearing = Codes.Name(bearing), basis = basis.Trim(), accepted = Codes.Name(ReviewState.Accepted), now = Now() },
            transaction);
        WriteAudit(transaction, "evidence-added", "evidence", id.ToString(CultureInfo.InvariantCulture), before, RowJson("evidence", id, transaction));
        transaction.Commit();
        return ToEvidence(connection.QuerySingle<EvidenceRow>("SELECT * FROM evidence WHERE id = @id", new { id }));
    }

    /// <summary>Evidence with what it links, by position then id.</summary>
    public IReadOnlyList<EvidenceItem> ListEvidence(EvidenceFilter? filter = null)
    {
        filter ??= new EvidenceFilter();
        var rows = connection.Query<EvidenceRow>(
            """
            SELECT x.* FROM evidence x JOIN positions p ON p.id = x.position_id
            WHERE (@PositionId IS NULL OR x.position_id = @PositionId) AND (@ActorId IS NULL OR p.actor_id = @ActorId)
              AND (@IssueId IS NULL OR p.issue_id = @IssueId) AND (@review IS NULL OR x.review = @review)
            ORDER BY x.position_id, x.id
            """,
            new { filter.PositionId, filter.ActorId, filter.IssueId, review = filter.Review is { } r ? Codes.Name(r) : null }).ToList();
        return Describe(rows);
    }

    /// <summary>One piece of evidence with what it links, or null (none, or not visible to this connection).</summary>
    public EvidenceItem? GetEvidence(long id) =>
        Describe([.. connection.Query<EvidenceRow>("SELECT * FROM evidence WHERE id = @id", new { id })]) is [var item] ? item : null;

    /// <summary>
    /// Confirms (accepts) or rejects a piece of evidence, or returns it to candidate, if it is still at
    /// <paramref name="expectedVersion"/>; a bearing or basis given replaces the suggested one. Audited.
    /// </summary>
    public ReviewOutcome ReviewEvidence(long id, ReviewState review, long expectedVersion, Bearing? bearing = null, string? basis = null)
    {
        var assignments = "review = @review";
        if (bearing is not null)
            assignments += ", bearing = @bearing";
        if (!string.IsNullOrWhiteSpace(basis))
            assignments += ", basis = @basis";
        var action = review switch
        {
            ReviewState.Accepted => "evidence-confirmed",
            ReviewState.Rejected => "evidence-rejected",
            _ => "evidence-reopened",
        };
        return ChangeIn("evidence", "evidence", action, id, expectedVersion, assignments,
            new { review = Codes.Name(review), bearing = bearing is { } b ? Codes.Name(b) : null, basis = basis?.Trim() });
    }

    /// <summary>
    /// Records an analyst's verdict on an actor and issue. It becomes the current one; the verdict before it is kept,
    /// superseded, for the history. Without a citation it cites the actor's latest position on the issue (the statement
    /// being judged). Audited.
    /// </summary>
    /// <exception cref="LedgerException">No such actor or issue, a blank basis, or no position to cite and no citation given.</exception>
    public Assessment RecordAssessment(string actorId, string issueId, Verdict verdict, string basis, Citation? citation = null)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentNullException.ThrowIfNull(issueId);
        if (string.IsNullOrWhiteSpace(basis))
            throw new LedgerException("a verdict needs its basis: say what it rests on");
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM actors WHERE id = @actorId", new { actorId }) == 0)
            throw new LedgerException($"no actor '{actorId}'");
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM issues WHERE id = @issueId", new { issueId }) == 0)
            throw new LedgerException($"no issue '{issueId}'");
        if (citation is null)
        {
            var latest = connection.QueryFirstOrDefault<PositionRow>(
                """
                SELECT p.* FROM positions p JOIN sources s ON s.id = p.source_id
                WHERE p.actor_id = @actorId AND p.issue_id = @issueId AND p.review <> @rejected
                ORDER BY coalesce(s.published, '') DESC, p.id DESC LIMIT 1
                """,
                new { actorId, issueId, rejected = Codes.Name(ReviewState.Rejected) })
                ?? throw new LedgerException($"'{actorId}' has no stated position on '{issueId}' to assess; cite a source instead");
            citation = Cite(latest.SourceId, latest.Start, latest.End);
        }
        else if (connection.ExecuteScalar<long>("SELECT count(*) FROM sources WHERE id = @SourceId", citation) == 0)
        {
            throw new LedgerException($"no source {citation.SourceId}");
        }

        using var transaction = connection.BeginTransaction();
        var previous = connection.Query<long>(
            "SELECT id FROM assessments WHERE actor_id = @actorId AND issue_id = @issueId AND superseded_by IS NULL AND review = @accepted",
            new { actorId, issueId, accepted = Codes.Name(ReviewState.Accepted) }, transaction).ToList();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO assessments (actor_id, issue_id, verdict, basis, source_id, start, "end", review, recorded_at, recorded_by)
            VALUES (@actorId, @issueId, @verdict, @basis, @source, @start, @end, @accepted, @now, @by)
            RETURNING id
            """,
            new
            {
                actorId, issueId, verdict = Codes.Name(verdict), basis = basis.Trim(), source = citation.SourceId, start = citation.Span.Start, end = citation.Span.End,
                accepted = Codes.Name(ReviewState.Accepted), now = Now(), by = Editor.Account,
            },
            transaction);
        foreach (var old in previous)
        {
            var before = RowJson("assessments", old, transaction);
            connection.Execute("UPDATE assessments SET superseded_by = @id, version = version + 1 WHERE id = @old", new { id, old }, transaction);
            WriteAudit(transaction, "assessment-superseded", "assessment", old.ToString(CultureInfo.InvariantCulture), before, RowJson("assessments", old, transaction));
        }

        WriteAudit(transaction, "assessment-recorded", "assessment", id.ToString(CultureInfo.InvariantCulture), null, RowJson("assessments", id, transaction));
        transaction.Commit();
        return ToAssessment(connection.QuerySingle<AssessmentRow>("SELECT * FROM assessments WHERE id = @id", new { id }));
    }

    /// <summary>
    /// The say-versus-do assessment of each actor and issue with a position or a recorded verdict (of one actor, one
    /// issue, or all): latest stance, computed and recorded verdicts, evidence counts and history.
    /// </summary>
    public IReadOnlyList<IssueAssessment> Assessments(string? actorId = null, string? issueId = null)
    {
        var rejected = Codes.Name(ReviewState.Rejected);
        var p = new { actorId, issueId, rejected };
        var positions = connection.Query<(long Id, string? Published)>(
                """
                SELECT x.id, s.published FROM positions x JOIN sources s ON s.id = x.source_id
                WHERE x.review <> @rejected AND (@actorId IS NULL OR x.actor_id = @actorId) AND (@issueId IS NULL OR x.issue_id = @issueId)
                """, p)
            .ToDictionary(r => r.Id, r => r.Published);
        var stated = connection.Query<PositionRow>(
                "SELECT * FROM positions WHERE review <> @rejected AND (@actorId IS NULL OR actor_id = @actorId) AND (@issueId IS NULL OR issue_id = @issueId)", p)
            .Where(r => positions.ContainsKey(r.Id))
            .Select(r => new StatedPosition(ToPosition(r), DayOf(positions[r.Id])));
        var evidence = connection.Query<EvidenceRow>(
                """
                SELECT x.* FROM evidence x JOIN positions q ON q.id = x.position_id
                WHERE x.review = @accepted AND (@actorId IS NULL OR q.actor_id = @actorId) AND (@issueId IS NULL OR q.issue_id = @issueId)
                """,
                new { actorId, issueId, accepted = Codes.Name(ReviewState.Accepted) })
            .Select(ToEvidence);
        var assessments = connection.Query<AssessmentRow>(
                "SELECT * FROM assessments WHERE (@actorId IS NULL OR actor_id = @actorId) AND (@issueId IS NULL OR issue_id = @issueId) ORDER BY id", p)
            .Select(ToAssessment);
        return SayDoAssessment.Assess(stated, evidence, assessments);
    }

    /// <summary>The issues by id (labels in both languages), for display.</summary>
    public IReadOnlyDictionary<string, Issue> IssuesById() =>
        connection.Query<IssueRow>("SELECT * FROM issues").Select(ToIssue).ToDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>The id of the issue a text names: its id, the slug of its label, or its label in either language (any case); null when none.</summary>
    public string? ResolveIssueId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return connection.QueryFirstOrDefault<string?>(
            """
            SELECT id FROM issues WHERE id = @trimmed OR id = @slug OR lower(label) = lower(@trimmed) OR label_arabic = @trimmed
            ORDER BY id = @trimmed DESC, id = @slug DESC, id LIMIT 1
            """,
            new { trimmed, slug = Slug.From(trimmed) });
    }

    /// <summary>Events, quotations (speech and fragments with a speaker) and positions, not rejected, as entries that may bear on earlier positions.</summary>
    private List<LaterEntry> LaterEntries(Dictionary<long, string?> published, string rejected)
    {
        var texts = new Dictionary<long, string>();
        string TextOf(long sourceId)
        {
            if (!texts.TryGetValue(sourceId, out var text))
                texts[sourceId] = text = connection.QuerySingle<string>("SELECT text FROM sources WHERE id = @sourceId", new { sourceId });
            return text;
        }

        var entries = new List<LaterEntry>();
        foreach (var e in connection.Query<EventRow>("SELECT * FROM events WHERE review <> @rejected AND actor_id IS NOT NULL", new { rejected }).Select(ToEvent))
        {
            // The summary may be terse; the sentence that reports the deed names its issue more often.
            var sentence = SentenceAround(TextOf(e.Citation.SourceId), e.Citation.Span);
            entries.Add(new LaterEntry(EvidenceKind.Event, e.Id, e.ActorId, e.Date, e.Type, null, null, e.Summary + "\n" + sentence, e.Citation));
        }

        foreach (var q in connection.Query<QuoteRow>("SELECT * FROM quotes WHERE review <> @rejected AND speaker_actor_id IS NOT NULL AND kind <> 'term'", new { rejected }).Select(ToQuote))
            entries.Add(new LaterEntry(EvidenceKind.Quote, q.Id, q.Speaker.ActorId, published.GetValueOrDefault(q.Citation.SourceId), null, null, null, q.Text, q.Citation));
        foreach (var p in connection.Query<PositionRow>("SELECT * FROM positions WHERE review <> @rejected", new { rejected }).Select(ToPosition))
            entries.Add(new LaterEntry(EvidenceKind.Position, p.Id, p.ActorId, published.GetValueOrDefault(p.Citation.SourceId), null, p.Stance, p.IssueId, p.Statement, p.Citation));
        return entries;
    }

    private List<EvidenceItem> Describe(List<EvidenceRow> rows)
    {
        if (rows.Count == 0)
            return [];
        var positionIds = rows.Select(r => r.PositionId).Concat(rows.Where(r => r.EntryKind == "position").Select(r => r.EntryId)).Distinct().ToList();
        var positions = connection.Query<PositionRow>("SELECT * FROM positions WHERE id IN @positionIds", new { positionIds }).Select(ToPosition).ToDictionary(p => p.Id);
        var eventIds = rows.Where(r => r.EntryKind == "event").Select(r => r.EntryId).ToList();
        var events = eventIds.Count == 0 ? [] : connection.Query<EventRow>("SELECT * FROM events WHERE id IN @eventIds", new { eventIds }).Select(ToEvent).ToDictionary(e => e.Id);
        var quoteIds = rows.Where(r => r.EntryKind == "quote").Select(r => r.EntryId).ToList();
        var quotes = quoteIds.Count == 0 ? [] : connection.Query<QuoteRow>("SELECT * FROM quotes WHERE id IN @quoteIds", new { quoteIds }).Select(ToQuote).ToDictionary(q => q.Id);
        var sourceIds = positions.Values.Select(p => p.Citation.SourceId).Concat(quotes.Values.Select(q => q.Citation.SourceId)).Distinct().ToList();
        var published = connection.Query<(long Id, string? Published)>("SELECT id, published FROM sources WHERE id IN @sourceIds", new { sourceIds })
            .ToDictionary(r => r.Id, r => r.Published);

        var items = new List<EvidenceItem>();
        foreach (var row in rows)
        {
            // A link whose position or entry this connection cannot see is not shown at all.
            if (!positions.TryGetValue(row.PositionId, out var position))
                continue;
            var evidence = ToEvidence(row);
            var positionDate = published.GetValueOrDefault(position.Citation.SourceId);
            EvidenceItem? item = evidence.EntryKind switch
            {
                EvidenceKind.Event when events.TryGetValue(row.EntryId, out var e) =>
                    new(evidence, position, positionDate, e.ActorId, e.Date, e.Summary, e.Citation),
                EvidenceKind.Quote when quotes.TryGetValue(row.EntryId, out var q) =>
                    new(evidence, position, positionDate, q.Speaker.ActorId, published.GetValueOrDefault(q.Citation.SourceId), q.Text, q.Citation),
                EvidenceKind.Position when positions.TryGetValue(row.EntryId, out var later) =>
                    new(evidence, position, positionDate, later.ActorId, published.GetValueOrDefault(later.Citation.SourceId), later.Statement, later.Citation),
                _ => null,
            };
            if (item is not null)
                items.Add(item);
        }

        return items;
    }

    private ImmutableArray<Evidence> ExportEvidence(Microsoft.Data.Sqlite.SqliteTransaction transaction) =>
        [.. connection.Query<EvidenceRow>("SELECT * FROM evidence ORDER BY id", transaction: transaction).Select(ToEvidence)];

    private void ImportEvidence(ImmutableArray<Evidence> evidence, Microsoft.Data.Sqlite.SqliteTransaction transaction)
    {
        foreach (var e in evidence.IsDefault ? [] : evidence)
        {
            connection.Execute(
                """
                INSERT INTO evidence (id, position_id, entry_kind, entry_id, bearing, basis, review, suggested, created_at, version)
                VALUES (@Id, @PositionId, @kind, @EntryId, @bearing, @Basis, @review, @Suggested, @created, @Version)
                """,
                new
                {
                    e.Id, e.PositionId, kind = Codes.Name(e.EntryKind), e.EntryId, bearing = Codes.Name(e.Bearing), e.Basis, review = Codes.Name(e.Review),
                    e.Suggested, created = e.CreatedAt is { } at ? InstantText.Format(at) : Now(), e.Version,
                },
                transaction);
        }
    }

    private static LocalDate? DayOf(string? published) =>
        published is { Length: >= 10 } && DatePattern.Parse(published[..10]) is { Success: true } parsed ? parsed.Value : null;

    private static Evidence ToEvidence(EvidenceRow r) => new(
        r.Id, r.PositionId, Codes.Parse<EvidenceKind>(r.EntryKind), r.EntryId, Codes.Parse<Bearing>(r.Bearing), r.Basis,
        Codes.Parse<ReviewState>(r.Review), r.Suggested, r.Version)
    {
        CreatedAt = InstantText.Parse(r.CreatedAt) is { Success: true } at ? at.Value : null,
    };

#pragma warning disable CA1812 // Instantiated by Dapper.
    private sealed class EvidenceRow
    {
        public long Id { get; init; }
        public long PositionId { get; init; }
        public string EntryKind { get; init; } = "";
        public long EntryId { get; init; }
        public string Bearing { get; init; } = "";
        public string Basis { get; init; } = "";
        public string Review { get; init; } = "";
        public bool Suggested { get; init; }
        public string CreatedAt { get; init; } = "";
        public long Version { get; init; }
    }
#pragma warning restore CA1812
}
