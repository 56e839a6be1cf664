using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Daftar.Tests.Publishing;
using Xunit;

namespace Daftar.Cli.Tests;

public sealed class ExportCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public ExportCliTests() => ExportSamples.WriteLedger(cli.Database);

    public void Dispose() => cli.Dispose();

    private string At(string name) => Path.Combine(cli.Folder, name);

    [Fact]
    public void Popolo_to_a_file_reads_only_the_public_with_public()
    {
        var open = cli.Run("export", "--format", "popolo", "--public", "-o", "open.json");
        var all = cli.Run("export", "--format", "popolo", "-o", "all.json");

        Assert.Equal(0, open.ExitCode);
        Assert.Equal(0, all.ExitCode);
        var text = File.ReadAllText(At("open.json"));
        Assert.DoesNotContain(ExportSamples.Canary, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ExportSamples.Canary, File.ReadAllText(At("all.json")), StringComparison.OrdinalIgnoreCase);
        var persons = JsonDocument.Parse(text).RootElement.GetProperty("persons");
        Assert.Equal(["moqtada-al-sadr"], persons.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Contains("→ open.json", open.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(cli.Folder, "*.partial"));
    }

    [Fact]
    public void Csv_goes_into_a_new_folder_or_a_zip_and_never_into_a_folder_that_holds_files()
    {
        var folder = cli.Run("export", "--format", "csv", "--public", "-o", "tables");
        var zip = cli.Run("export", "--format", "csv", "-o", "tables.zip", "--with-text");
        var again = cli.Run("export", "--format", "csv", "-o", "tables");

        Assert.Equal(0, folder.ExitCode);
        Assert.Equal(["actors.csv", "aliases.csv", "assessments.csv", "events.csv", "evidence.csv", "mentions.csv", "notes.csv", "positions.csv", "quotes.csv", "relations.csv", "sources.csv", "timexes.csv"],
            Directory.GetFiles(At("tables")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(At("tables")), f => Assert.DoesNotContain(ExportSamples.Canary, File.ReadAllText(f), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, zip.ExitCode);
        using (var archive = ZipFile.OpenRead(At("tables.zip")))
            Assert.Equal(12, archive.Entries.Count);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("tables: the folder is not empty", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(12, Directory.GetFiles(At("tables")).Length);
        Assert.False(Directory.Exists(At("tables.partial")));
    }

    [Fact]
    public void A_confidential_source_is_as_unknown_to_a_public_export_as_a_missing_one()
    {
        var secret = cli.Run("export", "--format", "annotation", "--source", "2", "--public");
        var missing = cli.Run("export", "--format", "annotation", "--source", "99", "--public");
        var analyst = cli.Run("export", "--format", "annotation", "--source", "2");

        Assert.Equal(2, secret.ExitCode);
        Assert.Equal("daftar: no source 2 among the public sources", secret.Stderr.Trim());
        Assert.Equal(secret.Stderr.Replace("2", "99", StringComparison.Ordinal), missing.Stderr);
        Assert.Empty(secret.Stdout);
        Assert.Equal(0, analyst.ExitCode);
        Assert.Equal("daftar-annotation/1", JsonDocument.Parse(analyst.Stdout).RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public void The_public_annotation_and_graph_go_to_standard_output()
    {
        var annotation = cli.Run("export", "--format", "annotation", "--source", "1", "--public");
        var graph = cli.Run("export", "--format", "graphml", "--public");

        Assert.Equal(0, annotation.ExitCode);
        var json = JsonDocument.Parse(annotation.Stdout).RootElement;
        Assert.Equal(ExportSamples.OpenText, json.GetProperty("text").GetString());
        Assert.Equal(2, json.GetProperty("quotes").GetArrayLength());
        Assert.DoesNotContain(ExportSamples.Canary, annotation.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, graph.ExitCode);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(2, XDocument.Parse(graph.Stdout).Descendants(ns + "edge").Count());
    }

    [Theory]
    [InlineData(1, "--format", "annotation")]
    [InlineData(1, "--source", "1")]
    [InlineData(1, "--format", "csv")]
    [InlineData(1, "--format", "graphml", "--with-text")]
    [InlineData(1, "--format", "rdf")]
    [InlineData(2, "--format", "popolo", "-o", "no-such-folder/out.json")]
    public void Bad_requests_are_refused_with_their_problem_and_nothing_written(int exitCode, params string[] args)
    {
        var before = Directory.GetFileSystemEntries(cli.Folder).Order(StringComparer.Ordinal).ToList();

        var result = cli.Run(["export", .. args]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
        Assert.Equal(before, Directory.GetFileSystemEntries(cli.Folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_default_export_is_still_the_whole_ledger_that_import_reads_back()
    {
        var export = cli.Run("export", "-o", "ledger.json");
        var import = cli.Run(["--db", At("copy.db"), "import", At("ledger.json")], withDatabase: false);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(File.ReadAllText(At("ledger.json"))).RootElement.GetProperty("sources").GetArrayLength());
    }
}
