using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Daftar.Cli.Tests;

public sealed class IngestCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    [Fact]
    public void A_page_text_dump_is_ingested_without_its_site_chrome()
    {
        var file = cli.Write("dump-en.txt", Fixture("dump-en.txt"));

        var ingest = cli.Run("ingest", file);
        var show = cli.Run("show", "1");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, show.ExitCode);
        var body = show.Stdout[(show.Stdout.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].TrimEnd();
        Assert.StartsWith("On March 16, 2024, Muqtada al-Sadr told his followers", body, StringComparison.Ordinal);
        Assert.EndsWith("This is where the matter rests for now.", body, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Think. Debate.", "Other Pages", "فكر. حوار", "Also available in", "Customize your RSS Feed", "Thinking Aloud" })
            Assert.DoesNotContain(chrome, show.Stdout, StringComparison.Ordinal);
        Assert.Contains("Najaf Signals a New Line on Armed Groups", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("2024-03-18", show.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_carries_the_metadata()
    {
        var file = cli.Write("dump-en.txt", Fixture("dump-en.txt"));
        cli.Run("ingest", file);

        var json = JsonDocument.Parse(cli.Run("show", "1", "--json").Stdout).RootElement;

        Assert.Equal("Najaf Signals a New Line on Armed Groups", json.GetProperty("title").GetString());
        Assert.Equal("2024-03-18", json.GetProperty("published").GetString());
        Assert.Equal("en", json.GetProperty("language").GetString());
        Assert.Equal(["ar"], json.GetProperty("translations").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(64, json.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public void The_same_file_twice_adds_nothing_and_says_so()
    {
        var file = cli.Write("dump-en.txt", Fixture("dump-en.txt"));

        var first = cli.Run("ingest", file);
        var second = cli.Run("ingest", file);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already in the ledger as source 1", second.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 already present", second.Stderr, StringComparison.Ordinal);
        Assert.Single(cli.Run("sources").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Standard_input_is_ingested_with_dash()
    {
        var result = cli.Run(["ingest", "-"], stdin: Fixture("note-ar.txt"));

        Assert.Equal(0, result.ExitCode);
        var sources = JsonDocument.Parse(cli.Run("sources", "--json").Stdout).RootElement;
        Assert.Equal("ar", sources[0].GetProperty("language").GetString());
        Assert.Equal("الصدر يأمر بتسليم مخازن السلاح", sources[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Bad_inputs_are_named_with_their_problem_and_the_rest_of_the_batch_is_ingested()
    {
        var folder = Path.Combine(cli.Folder, "batch");
        cli.Write("batch/good.txt", Fixture("note-ar.txt"));
        cli.Write("batch/empty.txt", "");
        cli.Write("batch/picture.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        cli.Write("batch/latin1.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" in Baghdad. A long enough sentence to be prose.")]);
        cli.Write("batch/huge.txt", Encoding.UTF8.GetBytes(new string('x', 4000)));
        var missing = Path.Combine(cli.Folder, "no-such-file.txt");

        var result = cli.Run("ingest", folder, missing, "--max-size", "0.003");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches("empty\\.txt: .*empty", result.Stderr);
        Assert.Matches("picture\\.png: .*binary", result.Stderr);
        Assert.Matches("latin1\\.txt: .*UTF-8", result.Stderr);
        Assert.Matches("huge\\.txt: .*too large", result.Stderr);
        Assert.Matches("no-such-file\\.txt: .*no such file", result.Stderr);
        Assert.Contains("1 added", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("5 failed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("سامراء", cli.Run("show", "1").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_reports_every_file()
    {
        var good = cli.Write("good.txt", Fixture("dump-en.txt"));
        var empty = cli.Write("empty.md", "");

        var result = cli.Run("ingest", good, empty, "--json");

        Assert.Equal(2, result.ExitCode);
        var report = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        Assert.Equal(1, report.GetProperty("failed").GetInt32());
        var statuses = report.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("status").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["added", "failed"], statuses);
    }

    [Fact]
    public void Search_finds_arabic_clitic_forms_and_english_possessives()
    {
        cli.Run("ingest", cli.Write("a.txt", Fixture("note-ar.txt")), cli.Write("b.txt", Fixture("dump-en.txt")));

        var arabic = JsonDocument.Parse(cli.Run("search", "سلام", "--json").Stdout).RootElement;
        var withArticle = JsonDocument.Parse(cli.Run("search", "الصدر", "--json").Stdout).RootElement;
        var english = JsonDocument.Parse(cli.Run("search", "Sadrist", "--json").Stdout).RootElement;

        // Hits are sources and the quotations in them; each query's words are in one document only. الصدر also
        // names Moqtada al-Sadr (and "Sadrist" the Sadrist movement), so the document in the other script that names
        // the actor is found too, through the actor.
        Assert.Equal([1L], SourcesOf(arabic));
        Assert.Equal([1L], SourcesOf(withArticle, throughActor: false));
        Assert.Equal([2L], SourcesOf(withArticle, throughActor: true));
        Assert.Equal([2L], SourcesOf(english, throughActor: false));
        Assert.Contains(arabic.EnumerateArray(), hit => hit.GetProperty("kind").GetString() == "source");
    }

    [Fact]
    public void Export_import_export_round_trips_exactly()
    {
        cli.Run("ingest", cli.Write("a.txt", Fixture("note-ar.txt")), cli.Write("b.txt", Fixture("dump-en.txt")));
        var exportPath = Path.Combine(cli.Folder, "ledger.json");
        Assert.Equal(0, cli.Run("export", "--output", exportPath).ExitCode);

        var copy = Path.Combine(cli.Folder, "copy.db");
        var import = cli.Run(["--db", copy, "import", exportPath], withDatabase: false);
        var again = cli.Run(["--db", copy, "export"], withDatabase: false);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(File.ReadAllText(exportPath), again.Stdout);
        var intoFull = cli.Run("import", exportPath);
        Assert.Equal(2, intoFull.ExitCode);
        Assert.Contains("already holds entries", intoFull.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_codes_tell_usage_from_bad_input()
    {
        Assert.Equal(1, cli.Run("no-such-command").ExitCode);
        Assert.Equal(1, cli.Run("ingest").ExitCode);
        var missingLedger = cli.Run("sources");
        Assert.Equal(2, missingLedger.ExitCode);
        Assert.Contains("ledger.db", missingLedger.Stderr, StringComparison.Ordinal);
        cli.Run("ingest", cli.Write("a.txt", Fixture("note-ar.txt")));
        Assert.Equal(2, cli.Run("show", "42").ExitCode);
        Assert.Equal(2, cli.Run("import", Path.Combine(cli.Folder, "a.txt")).ExitCode);
    }

    [Fact]
    public void Help_describes_every_command()
    {
        var help = cli.Run("--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "ingest", "sources", "show", "search", "actors", "actor", "export", "import", "demo" })
            Assert.Contains(command, help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_comes_from_DAFTAR_DB_when_no_db_option_is_given()
    {
        var file = cli.Write("a.txt", Fixture("note-ar.txt"));
        var info = cli.Start(["ingest", file], withDatabase: false);
        info.WaitForExit();
        Assert.True(File.Exists(Path.Combine(cli.Folder, "daftar.db")));
    }

    [Fact]
    public void Killing_a_large_ingest_leaves_only_whole_documents_and_a_second_run_completes_the_batch()
    {
        const int documents = 1500;
        var folder = Path.Combine(cli.Folder, "many");
        for (var i = 0; i < documents; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            cli.Write($"many/doc-{n}.txt",
                $"Report number {n} from Basra\n\nMarch 1, 2024\n\nThe council met for session {n} and discussed the port, the budget and the militias at length. " +
                string.Concat(Enumerable.Repeat($"Delegates spoke about item {n} in turn and took notes for the record. ", 20)));
        }

        using (var process = cli.Start(["ingest", folder]))
        {
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (CountSources() < 50 && DateTime.UtcNow < deadline && !process.HasExited)
                Thread.Sleep(20);
            process.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up.
            process.WaitForExit();
        }

        var afterKill = CountSources();
        Assert.InRange(afterKill, 1, documents - 1);
        using (var connection = Open())
        {
            Assert.Equal("ok", Scalar<string>(connection, "PRAGMA integrity_check"));
            Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM originals o WHERE o.sha256 = s.sha256)"));
            Assert.Equal(afterKill, Scalar<long>(connection, "SELECT count(*) FROM source_terms WHERE source_terms MATCH 'basra'"));
            Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM sources WHERE text NOT LIKE '%took notes for the record.'"));
        }

        var second = cli.Run("ingest", folder);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(documents, CountSources());
        Assert.Contains($"{documents - afterKill} added, {afterKill} already present", second.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The sources hit, all of them or only those found through an actor (or only by the words).</summary>
    private static long[] SourcesOf(JsonElement hits, bool? throughActor = null) =>
    [
        .. hits.EnumerateArray()
            .Where(h => throughActor is null || (h.GetProperty("actor").ValueKind != JsonValueKind.Null) == throughActor)
            .Select(h => h.GetProperty("source_id").GetInt64()).Distinct().Order(),
    ];

    private long CountSources()
    {
        if (!File.Exists(cli.Database))
            return 0;
        try
        {
            using var connection = Open();
            return Scalar<long>(connection, "SELECT count(*) FROM sources");
        }
        catch (SqliteException)
        {
            return 0; // Not created yet.
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={cli.Database};Mode=ReadWrite;Pooling=False");
        connection.Open();
        return connection;
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
