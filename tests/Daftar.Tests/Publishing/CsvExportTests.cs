using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using Daftar.Publishing;
using Xunit;

namespace Daftar.Tests.Publishing;

public sealed class CsvExportTests : IDisposable
{
    private readonly ExportLedgerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static byte[] Table(Daftar.Storage.SqliteLedger ledger, string name, bool withText = false)
    {
        using var buffer = new MemoryStream();
        CsvExport.WriteTable(ledger.ExportTables(withText), name, buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads a CSV file strictly (bad quoting or a short row is an error) into header and rows.</summary>
    private static (string[] Header, List<string[]> Rows) Read(byte[] bytes)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            Encoding = new UTF8Encoding(false, throwOnInvalidBytes: true),
        };
        using var csv = CsvReader.Create(bytes, options);
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add(csv.Current.ToArray());
        return ([.. csv.Headers], rows);
    }

    [Fact]
    public void Quotations_with_Arabic_commas_quotes_and_line_breaks_read_back_exactly()
    {
        var bytes = Table(fixture.Analyst, "quotes");
        var (header, rows) = Read(bytes);

        Assert.Equal(["id", "source_id", "start", "end", "text", "kind", "speaker_actor_id", "speaker_description", "speaker_anonymous",
            "speaker_confidential", "cue", "review"], header);
        var texts = rows.Select(r => r[Array.IndexOf(header, "text")]).ToList();
        Assert.Contains(ExportSamples.HandOver, texts);
        Assert.Contains(ExportSamples.ArabicQuote, texts);
        var arabic = rows.Single(r => r[4] == ExportSamples.ArabicQuote);
        Assert.Equal(["true", "true", "accepted"], [arabic[8], arabic[9], arabic[11]]);
        Assert.Equal("canary-informant", arabic[6]);
    }

    [Fact]
    public void Files_are_UTF8_without_a_byte_order_mark_with_CRLF_records()
    {
        var bytes = Table(fixture.Analyst, "notes");

        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("id,source_id,text,confidential,written\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);

        // The note's own line break stays a bare LF inside its quoted field.
        Assert.Contains("\"Printed in the weekly, with a comma, \"\"quotes\"\"\nand a second line.\"", text, StringComparison.Ordinal);
        var (_, rows) = Read(bytes);
        Assert.Contains(rows, r => r[2] == ExportSamples.PublicNote && r[4] == "2024-04-21T08:00:00Z");
    }

    [Fact]
    public void Sources_carry_metadata_with_ISO_dates_and_their_text_only_when_asked()
    {
        var (header, rows) = Read(Table(fixture.Analyst, "sources"));
        var (withTextHeader, withTextRows) = Read(Table(fixture.Analyst, "sources", withText: true));

        Assert.DoesNotContain("text", header);
        Assert.DoesNotContain(rows, r => r.Contains(ExportSamples.OpenText));
        var open = rows.Single(r => r[0] == "1");
        Assert.Equal("2024-04-21", open[Array.IndexOf(header, "published")]);
        Assert.Equal("ar", open[Array.IndexOf(header, "translations")]);
        Assert.Equal("text", withTextHeader[^1]);
        Assert.Equal(ExportSamples.OpenText, withTextRows.Single(r => r[0] == "1")[^1]);
    }

    [Fact]
    public void Every_table_is_written_and_read_back_with_as_many_fields_as_its_header()
    {
        foreach (var name in CsvExport.TableNames)
        {
            var (header, rows) = Read(Table(fixture.Analyst, name));
            Assert.NotEmpty(header);
            Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        }

        var (_, aliases) = Read(Table(fixture.Analyst, "aliases"));
        Assert.Contains(["moqtada-al-sadr", "1", "مقتدى الصدر", "arabic"], aliases);
        var (positionHeader, positions) = Read(Table(fixture.Analyst, "positions"));
        Assert.Equal("State control of arms", positions[0][Array.IndexOf(positionHeader, "issue_label")]);
    }

    [Fact]
    public void A_zip_holds_one_file_per_table()
    {
        using var buffer = new MemoryStream();
        CsvExport.WriteZip(fixture.Public.ExportTables(), buffer);
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);

        Assert.Equal(CsvExport.TableNames.Select(t => t + ".csv"), zip.Entries.Select(e => e.FullName));
        using var quotes = new MemoryStream();
        zip.GetEntry("quotes.csv")!.Open().CopyTo(quotes);
        Assert.Equal(2, Read(quotes.ToArray()).Rows.Count);
    }

    [Fact]
    public void An_unknown_table_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => CsvExport.WriteTable(fixture.Public.ExportTables(), "accounts", Stream.Null));

        Assert.Contains("'accounts'", error.Message, StringComparison.Ordinal);
        Assert.False(CsvExport.IsTable("accounts"));
    }
}
