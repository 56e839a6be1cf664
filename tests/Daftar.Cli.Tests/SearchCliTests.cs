using System.Text.Json;
using Xunit;

namespace Daftar.Cli.Tests;

/// <summary>`daftar search` end to end: words in both scripts, and names that lead to an actor's documents in either script.</summary>
public sealed class SearchCliTests : IDisposable
{
    private const string English =
        "Adviser says talks will resume\n\nBAGHDAD, March 17, 2024 - Karim al-Nuri, a senior adviser to the prime minister, said on Sunday that the talks "
        + "with the Kurdistan Region would resume next week. Nuri added that the cabinet was ready to discuss the budget.\n";

    private const string Arabic =
        "النوري: المحادثات مع الإقليم تستأنف الأسبوع المقبل\n\nبغداد - قال كريم النوري، المستشار البارز لرئيس الوزراء، إن المحادثات مع "
        + "إقليم كردستان ستستأنف الأسبوع المقبل. وأضاف النوري أن الحكومة مستعدة لبحث الموازنة.\n";

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("كريم النوري")]
    [InlineData("Karim al-Nuri")]
    public void A_name_in_either_script_finds_the_documents_in_both(string query)
    {
        Assert.Equal(0, cli.Run("ingest", cli.Write("adviser-en.txt", English), cli.Write("adviser-ar.txt", Arabic)).ExitCode);

        var result = cli.Run("search", query, "--json");

        Assert.Equal(0, result.ExitCode);
        var sources = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()
            .Select(h => h.GetProperty("source_id").GetInt64()).Distinct().Order().ToArray();
        Assert.Equal([1L, 2L], sources);
    }

    [Fact]
    public void The_actor_holds_both_names_and_the_listing_says_why_a_document_was_found()
    {
        cli.Run("ingest", cli.Write("adviser-en.txt", English), cli.Write("adviser-ar.txt", Arabic));

        var actor = cli.Run("actor", "كريم النوري");
        var search = cli.Run("search", "Karim al-Nuri");

        Assert.Equal(0, actor.ExitCode);
        Assert.Contains("Karim al-Nuri", actor.Stdout, StringComparison.Ordinal);
        Assert.Contains("كريم النوري", actor.Stdout, StringComparison.Ordinal);
        Assert.Contains("mentions Karim al-Nuri", search.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_words_are_found_through_their_proclitics()
    {
        cli.Run("ingest", cli.Write("adviser-ar.txt", Arabic));

        var result = cli.Run("search", "الموازنة", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray(), h => h.GetProperty("kind").GetString() == "source");
    }
}
