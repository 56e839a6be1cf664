using System.Text.Json;
using Xunit;

namespace Daftar.Cli.Tests;

/// <summary>`daftar demo` builds the bundled bilingual corpus into a ledger where one deed reported in both languages is one event.</summary>
public sealed class DemoCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_Samarra_handover_reported_in_English_and_Arabic_is_one_event_of_one_actor_citing_both()
    {
        var demo = cli.Run("demo", "--no-serve");
        Assert.Equal(0, demo.ExitCode);

        var sources = JsonDocument.Parse(cli.Run("sources", "--json").Stdout).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetInt64(), s => s.GetProperty("language").GetString());
        var timeline = JsonDocument.Parse(cli.Run("timeline", "--actor", "سرايا السلام", "--json").Stdout).RootElement.EnumerateArray().ToList();

        var handover = Assert.Single(timeline, e => e.GetProperty("type").GetString() == "retreat" && e.GetProperty("date").GetString() == "2024-04-20");
        Assert.Equal("saraya-al-salam", handover.GetProperty("actor_id").GetString());
        var languages = handover.GetProperty("source_ids").EnumerateArray().Select(id => sources[id.GetInt64()]).Order(StringComparer.Ordinal);
        Assert.Equal(["ar", "en"], languages);
    }
}
