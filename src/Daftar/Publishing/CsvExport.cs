using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime;
using NodaTime.Text;

namespace Daftar.Publishing;

/// <summary>
/// The ledger's tables as CSV, one file per table: RFC 4180 (fields quoted when they hold a comma, a quotation mark or a
/// line break; records end with CRLF), UTF-8 without a byte-order mark, a header row, ISO 8601 dates and instants,
/// enum values as the ledger's snake_case words, booleans as true/false, and empty fields for nulls.
/// </summary>
/// <remarks>
/// The writer is a few lines of this file rather than a library: RFC 4180 output is only the quoting rule above, and
/// the tests read the files back with an independent parser (CsvHelper).
/// </remarks>
public static class CsvExport
{
    private static readonly ImmutableArray<Table> All =
    [
        new("sources", ["id", "sha256", "name", "format", "language", "title", "published", "publisher", "author", "translations", "confidential", "ingested_at"], SourceRows),
        new("actors", ["id", "name", "type", "review"], t => t.Actors.Select(a => Row([a.Id, a.Name, Codes.Name(a.Type), Codes.Name(a.Review)]))),
        new("aliases", ["actor_id", "ordinal", "text", "script"], t => t.Actors.SelectMany(a => a.Aliases.Select((alias, i) => Row([a.Id, Number(i), alias.Text, Codes.Name(alias.Script)])))),
        new("mentions", ["id", "actor_id", "source_id", "start", "end", "review"], t => t.Mentions.Select(m => Row([Number(m.Id), m.ActorId, .. Cite(m.Citation), Codes.Name(m.Review)]))),
        new("quotes", ["id", "source_id", "start", "end", "text", "kind", "speaker_actor_id", "speaker_description", "speaker_anonymous", "speaker_confidential", "cue", "review"],
            t => t.Quotes.Select(q => Row([Number(q.Id), .. Cite(q.Citation), q.Text, Codes.Name(q.Kind), q.Speaker.ActorId, q.Speaker.Description,
                Flag(q.Speaker.Anonymous), Flag(q.Speaker.Confidential), q.Cue, Codes.Name(q.Review)]))),
        new("timexes", ["id", "source_id", "start", "end", "text", "type", "value", "review"],
            t => t.Timexes.Select(x => Row([Number(x.Id), .. Cite(x.Citation), x.Text, Codes.Name(x.Type), x.Value, Codes.Name(x.Review)]))),
        new("relations", ["id", "subject_id", "predicate", "object_id", "since", "until", "source_id", "start", "end", "review"],
            t => t.Relations.Select(r => Row([Number(r.Id), r.SubjectId, Codes.Name(r.Predicate), r.ObjectId, r.Since, r.Until, .. Cite(r.Citation), Codes.Name(r.Review)]))),
        new("events", ["id", "date", "actor_id", "target_id", "type", "summary", "source_id", "start", "end", "review"],
            t => t.Events.Select(e => Row([Number(e.Id), e.Date, e.ActorId, e.TargetId, Codes.Name(e.Type), e.Summary, .. Cite(e.Citation), Codes.Name(e.Review)]))),
        new("positions", ["id", "actor_id", "issue_id", "issue_label", "stance", "statement", "source_id", "start", "end", "review"], PositionRows),
        new("notes", ["id", "source_id", "text", "confidential", "written"],
            t => t.Notes.Select(n => Row([Number(n.Id), Number(n.SourceId), n.Text, Flag(n.Confidential), InstantPattern.ExtendedIso.Format(n.Written)]))),
        new("evidence", ["id", "position_id", "entry_kind", "entry_id", "bearing", "basis", "review", "suggested"],
            t => t.Evidence.Select(e => Row([Number(e.Id), Number(e.PositionId), Codes.Name(e.EntryKind), Number(e.EntryId), Codes.Name(e.Bearing), e.Basis,
                Codes.Name(e.Review), Flag(e.Suggested)]))),
        new("assessments", ["id", "actor_id", "issue_id", "verdict", "basis", "source_id", "start", "end", "recorded_at", "superseded_by"],
            t => t.Assessments.Select(a => Row([Number(a.Id), a.ActorId, a.IssueId, Codes.Name(a.Verdict), a.Basis, .. Cite(a.Citation),
                a.RecordedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null, a.SupersededBy is { } by ? Number(by) : null]))),
    ];

    private static readonly FrozenDictionary<string, Table> ByName = All.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The tables, in the order a folder or archive lists them: "sources", "actors", "aliases" …</summary>
    public static ImmutableArray<string> TableNames { get; } = [.. All.Select(t => t.Name)];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="TableNames"/>.</summary>
    public static bool IsTable(string name) => ByName.ContainsKey(name);

    /// <summary>Writes one table (a name of <see cref="TableNames"/>) as a CSV file.</summary>
    /// <exception cref="ArgumentException">No table of that name.</exception>
    public static void WriteTable(LedgerTables tables, string name, Stream output)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(output);
        if (!ByName.TryGetValue(name, out var table))
            throw new ArgumentException($"no table '{name}' (expected one of: {string.Join(", ", TableNames)})", nameof(name));
        using var writer = new StreamWriter(output, Utf8, bufferSize: 65536, leaveOpen: true) { NewLine = "\r\n" };
        var header = table.Name == "sources" && tables.SourceTexts ? [.. table.Header, "text"] : table.Header;
        WriteRecord(writer, header);
        foreach (var row in table.Rows(tables))
            WriteRecord(writer, row);
    }

    /// <summary>Writes every table as "NAME.csv" in one ZIP archive.</summary>
    public static void WriteZip(LedgerTables tables, Stream output)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Utf8);
        foreach (var name in TableNames)
        {
            using var entry = zip.CreateEntry(name + ".csv", CompressionLevel.Optimal).Open();
            WriteTable(tables, name, entry);
        }
    }

    /// <summary>One record: each field quoted only when it must be, as RFC 4180 says (the writer's NewLine ends it).</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                writer.Write(',');
            var field = fields[i] ?? "";
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                writer.Write(field);
                continue;
            }

            writer.Write('"');
            writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }

        writer.WriteLine();
    }

    private static IEnumerable<string?[]> SourceRows(LedgerTables tables) =>
        tables.Sources.Select(s =>
        {
            string?[] row = [Number(s.Id), s.Sha256, s.Name, s.Format, s.Language, s.Title, Date(s.Published), s.Publisher, s.Author,
                string.Join(' ', s.Translations), Flag(s.Confidential), InstantPattern.ExtendedIso.Format(s.IngestedAt)];
            return tables.SourceTexts ? [.. row, s.Text] : row;
        });

    private static IEnumerable<string?[]> PositionRows(LedgerTables tables)
    {
        var labels = tables.Issues.ToDictionary(i => i.Id, i => i.Label, StringComparer.Ordinal);
        return tables.Positions.Select(p => Row([Number(p.Id), p.ActorId, p.IssueId, labels.GetValueOrDefault(p.IssueId), Codes.Name(p.Stance),
            p.Statement, .. Cite(p.Citation), Codes.Name(p.Review)]));
    }

    private static string?[] Row(string?[] fields) => fields;

    private static string?[] Cite(Citation citation) => [Number(citation.SourceId), Number(citation.Span.Start), Number(citation.Span.End)];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private sealed record Table(string Name, ImmutableArray<string> Header, Func<LedgerTables, IEnumerable<string?[]>> Rows);
}
