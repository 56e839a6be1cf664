using System.IO.Compression;
using System.Text;
using Daftar.Publishing;
using Xunit;

namespace Daftar.Tests.Publishing;

/// <summary>Read through the public's view, no export holds a candidate, a confidential source, speaker or note.</summary>
public sealed class PublicExportTests : IDisposable
{
    private readonly ExportLedgerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static string Written(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Zip(Daftar.Storage.SqliteLedger ledger)
    {
        using var buffer = new MemoryStream();
        CsvExport.WriteZip(ledger.ExportTables(withSourceText: true), buffer);
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd()));
    }

    private static IEnumerable<string> Exports(Daftar.Storage.SqliteLedger ledger)
    {
        yield return Written(s => PopoloExport.Write(ledger.ExportTables(), s));
        yield return Zip(ledger);
        yield return Written(ledger.RelationGraph().WriteGraphMl);
        yield return ledger.AnnotationOf(ExportSamples.OpenId)!.ToJsonString();
    }

    [Fact]
    public void No_public_export_holds_a_canary()
    {
        foreach (var export in Exports(fixture.Public))
        {
            Assert.DoesNotContain(ExportSamples.Canary, export, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(ExportSamples.SecretSha256, export, StringComparison.Ordinal);
            Assert.DoesNotContain(PopoloExport.NamedInformation(ExportSamples.SecretSha256), export, StringComparison.Ordinal);
        }

        Assert.Null(fixture.Public.AnnotationOf(ExportSamples.SecretId));
    }

    [Fact]
    public void The_canaries_are_there_for_the_analyst_so_their_absence_means_something()
    {
        var analyst = Exports(fixture.Analyst).ToList();

        Assert.All(analyst, export => Assert.Contains(ExportSamples.Canary, export, StringComparison.OrdinalIgnoreCase));
        var tables = Zip(fixture.Analyst);
        foreach (var canary in new[] { "CANARY-SECRET-TITLE", "CANARY-NOTE", "CANARY-CANDIDATE-QUOTE", "canary-informant", "CANARY-SECRET-QUOTE", "CANARY-CANDIDATE-EVENT" })
            Assert.Contains(canary, tables, StringComparison.Ordinal);
        Assert.NotNull(fixture.Analyst.AnnotationOf(ExportSamples.SecretId));
    }

    [Fact]
    public void The_public_export_keeps_what_is_public()
    {
        var tables = fixture.Public.ExportTables();

        Assert.Equal([ExportSamples.OpenId], tables.Sources.Select(s => s.Id));
        Assert.Equal(["moqtada-al-sadr", "sadrist-movement", "saraya-al-salam"], tables.Actors.Select(a => a.Id));
        Assert.Equal([1L, 2L], tables.Quotes.Select(q => q.Id));
        Assert.Equal("A senior Sadrist", tables.Quotes[1].Speaker.Description);
        Assert.Null(tables.Quotes[1].Speaker.ActorId);
        Assert.Equal([ExportSamples.PublicNote], tables.Notes.Select(n => n.Text));
        Assert.Equal(["state-control-of-arms"], tables.Issues.Select(i => i.Id));
    }
}
