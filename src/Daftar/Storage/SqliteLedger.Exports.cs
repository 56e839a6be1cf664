using Dapper;
using Daftar.Publishing;

namespace Daftar.Storage;

public sealed partial class SqliteLedger
{
    /// <summary>
    /// Every table an export publishes, read in one snapshot through this connection (so a public connection gives the
    /// public's tables): no original bytes, and the sources' clean text only when <paramref name="withSourceText"/>.
    /// </summary>
    public LedgerTables ExportTables(bool withSourceText = false)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        var text = withSourceText ? "text" : "'' AS text";
        var sources = connection.Query<SourceRow>(
            $"""
            SELECT id, sha256, name, format, language, title, published, publisher, author, translations, confidential,
                   ingested_at, {text}
            FROM sources ORDER BY id
            """,
            transaction: transaction);
        var aliases = connection.Query<AliasRow>("SELECT actor_id, text, script FROM actor_aliases ORDER BY actor_id, ordinal", transaction: transaction)
            .ToLookup(a => a.ActorId);
        var tables = new LedgerTables(
            [.. sources.Select(ToSource)],
            withSourceText,
            [.. connection.Query<ActorRow>("SELECT id, name, type, review FROM actors ORDER BY id", transaction: transaction).Select(r => ToActor(r, aliases[r.Id]))],
            [.. connection.Query<MentionRow>("SELECT * FROM mentions ORDER BY id", transaction: transaction).Select(ToMention)],
            [.. connection.Query<QuoteRow>("SELECT * FROM quotes ORDER BY id", transaction: transaction).Select(ToQuote)],
            [.. connection.Query<TimexRow>("SELECT * FROM timexes ORDER BY id", transaction: transaction).Select(ToTimex)],
            [.. connection.Query<RelationRow>("SELECT * FROM relations ORDER BY id", transaction: transaction).Select(ToRelation)],
            [.. connection.Query<EventRow>("SELECT * FROM events ORDER BY id", transaction: transaction).Select(ToEvent)],
            // Only the issues a visible position names: an issue's label says what a source was about.
            [.. connection.Query<IssueRow>("SELECT * FROM issues WHERE id IN (SELECT issue_id FROM positions) ORDER BY id", transaction: transaction).Select(ToIssue)],
            [.. connection.Query<PositionRow>("SELECT * FROM positions ORDER BY id", transaction: transaction).Select(ToPosition)],
            [.. connection.Query<NoteRow>("SELECT * FROM notes ORDER BY id", transaction: transaction).Select(ToNote)])
        {
            Evidence = [.. connection.Query<EvidenceRow>("SELECT * FROM evidence ORDER BY id", transaction: transaction).Select(ToEvidence)],
            Assessments = [.. connection.Query<AssessmentRow>("SELECT * FROM assessments ORDER BY id", transaction: transaction).Select(ToAssessment)],
        };
        transaction.Commit();
        return tables;
    }

    /// <summary>The labels of these issues, by id (a document annotation names its positions' issues by label).</summary>
    public IReadOnlyDictionary<string, string> IssueLabels(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        return wanted.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : connection.Query<(string Id, string Label)>("SELECT id, label FROM issues WHERE id IN @wanted", new { wanted })
                .ToDictionary(r => r.Id, r => r.Label, StringComparer.Ordinal);
    }

    /// <summary>
    /// One source's document annotation rebuilt from its entries in the ledger (<see cref="AnnotationExport"/>), or null
    /// when this connection has no such source (a public connection has none of the confidential ones).
    /// </summary>
    public System.Text.Json.Nodes.JsonObject? AnnotationOf(long sourceId)
    {
        if (GetSource(sourceId) is not { } source)
            return null;
        var entries = EntriesOf(sourceId);
        var referenced = entries.Mentions.Select(m => m.ActorId)
            .Concat(entries.Quotes.Select(q => q.Speaker.ActorId))
            .Concat(entries.Relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }))
            .Concat(entries.Events.SelectMany(e => new[] { e.ActorId, e.TargetId }))
            .Concat(entries.Positions.Select(p => p.ActorId))
            .OfType<string>().Distinct(StringComparer.Ordinal);
        var actors = referenced.Select(GetActor).OfType<Domain.Actor>().ToList();
        return AnnotationExport.Build(source, entries, actors, IssueLabels(entries.Positions.Select(p => p.IssueId)));
    }
}
