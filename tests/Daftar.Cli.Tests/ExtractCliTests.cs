using System.Text.Json;
using Xunit;

namespace Daftar.Cli.Tests;

public sealed class ExtractCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void Extract_json_prints_the_annotation_contract()
    {
        var result = cli.Run("extract", FixturePath("dump-en.txt"), "--json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("daftar-annotation/1", root.GetProperty("format").GetString());
        foreach (var field in new[] { "source", "text", "actors", "quotes", "timexes", "relations", "events", "positions" })
            Assert.True(root.TryGetProperty(field, out _), field);
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("On March 16, 2024", text, StringComparison.Ordinal);
        foreach (var quote in root.GetProperty("quotes").EnumerateArray())
        {
            var (start, end) = (quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32());
            Assert.Equal(quote.GetProperty("text").GetString(), text[start..end]);
            Assert.Contains(quote.GetProperty("kind").GetString(), new[] { "speech", "fragment", "term" });
        }

        Assert.Contains(root.GetProperty("timexes").EnumerateArray(), t => t.GetProperty("type").GetString() == "DATE");
        Assert.Contains(root.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "Moqtada al-Sadr");
    }

    [Fact]
    public void Published_overrides_the_date_relative_expressions_are_read_against()
    {
        var result = cli.Run(["extract", "-", "--published", "2024-05-02", "--json"], stdin: "Report\n\nThe council met yesterday in Basra and agreed on the budget after a long debate.");

        Assert.Equal(0, result.ExitCode);
        var timexes = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("timexes").EnumerateArray().ToList();
        Assert.Contains(timexes, t => t.GetProperty("text").GetString() == "yesterday" && t.GetProperty("value").GetString() == "2024-05-01");
    }

    [Fact]
    public void A_bad_published_date_is_a_usage_error_and_a_missing_file_is_bad_input()
    {
        Assert.Equal(1, cli.Run("extract", FixturePath("dump-en.txt"), "--published", "18/03/2024").ExitCode);
        var missing = cli.Run("extract", Path.Combine(cli.Folder, "nothing.txt"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nothing.txt", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_scores_each_layer_and_names_what_it_missed()
    {
        var result = cli.Run("eval", "--gold", FixturePath("gold"), "--corpus", FixturePath(""), "--json");

        Assert.Equal(0, result.ExitCode);
        var total = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("total").EnumerateArray()
            .ToDictionary(l => l.GetProperty("layer").GetString()!);
        Assert.Equal(["source", "body", "actors", "quotes", "speakers", "timexes", "relations", "events", "positions"], total.Keys);
        Assert.Equal(1.0, total["body"].GetProperty("recall").GetDouble());
        Assert.Equal(1.0, total["source"].GetProperty("recall").GetDouble());
        var actors = total["actors"];
        Assert.Equal(0.75, actors.GetProperty("recall").GetDouble());
        Assert.Equal(["Euphrates Oversight Board"], actors.GetProperty("misses").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(1.0, total["quotes"].GetProperty("recall").GetDouble());
        Assert.Equal(1.0, total["timexes"].GetProperty("recall").GetDouble());
    }

    [Fact]
    public void Eval_prints_a_table_for_people()
    {
        var result = cli.Run("eval", "--gold", FixturePath("gold"), "--corpus", FixturePath(""));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("precision", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("missed   Euphrates Oversight Board", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_stores_the_extracted_candidates()
    {
        cli.Run("ingest", FixturePath("dump-en.txt"));

        var actors = JsonDocument.Parse(cli.Run("actors", "--json").Stdout).RootElement;
        var actor = JsonDocument.Parse(cli.Run("actor", "Muqtada al-Sadr", "--json").Stdout).RootElement;

        Assert.Contains(actors.EnumerateArray(), a => a.GetProperty("id").GetString() == "moqtada-al-sadr" && a.GetProperty("review").GetString() == "candidate");
        Assert.Equal("moqtada-al-sadr", actor.GetProperty("actor").GetProperty("id").GetString());
    }
}
