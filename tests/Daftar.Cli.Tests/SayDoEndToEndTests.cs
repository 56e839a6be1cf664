using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Daftar.Cli.Tests;

/// <summary>
/// Say and do, as a user works it: an analysis like the ones analysts write (stated objectives judged against practice,
/// a coalition's position set against them) is ingested, an analyst reviews the positions through the API and records
/// the article's two verdicts at the command line, and the public matrix, the assessments and the brief show the result.
/// </summary>
public sealed class SayDoEndToEndTests : IDisposable
{
    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "Fixtures", "SayDo", "sadrists-and-the-coalition.md");
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Objectives_verdicts_and_the_matrix_from_an_article_through_commands_and_the_api()
    {
        Assert.Equal(0, cli.Run("ingest", Article).ExitCode);
        Assert.Equal(0, cli.Run(["user", "add", "amal", "--role", "analyst", "--password-stdin"], stdin: "a long enough password\n").ExitCode);
        var token = cli.Run("token", "add", "amal", "--label", "review").Stdout.Trim();

        var port = CliRunner.FreePort();
        using var server = cli.Start(["serve", "--port", port.ToString(CultureInfo.InvariantCulture)]);
        try
        {
            using var visitor = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var analyst = new HttpClient { BaseAddress = visitor.BaseAddress };
            analyst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await CliRunner.Poll(visitor, "/en/");

            // The analyst reads the candidate positions and accepts them.
            using var positions = JsonDocument.Parse(await analyst.GetStringAsync(new Uri("/api/v1/positions?limit=200", UriKind.Relative)));
            var items = positions.RootElement.GetProperty("items").EnumerateArray().ToList();
            var sadrist = items.Where(p => p.GetProperty("actorId").GetString() == "sadrist-movement").ToList();
            Assert.Equal(
                ["anti-corruption", "balance-with-neighboring-states", "ethno-sectarian-quota-system", "foreign-troop-presence", "state-control-of-arms"],
                sadrist.Select(p => p.GetProperty("issueId").GetString()).Distinct().Order(StringComparer.Ordinal));
            Assert.Contains(items, p => p.GetProperty("actorId").GetString() == "international-coalition" && p.GetProperty("issueId").GetString() == "foreign-troop-presence");
            foreach (var position in items)
            {
                using var review = await analyst.PostAsJsonAsync(new Uri("/api/v1/reviews", UriKind.Relative), new
                {
                    kind = "position",
                    id = position.GetProperty("id").GetInt64(),
                    state = "accepted",
                    expectedVersion = position.GetProperty("version").GetInt64(),
                });
                Assert.Equal(HttpStatusCode.OK, review.StatusCode);
            }

            // The article's two verdicts, recorded at the command line with what they rest on.
            Assert.Equal(0, cli.Run("assess", "Sadrist movement", "ethno-sectarian quota system", "--verdict", "inconsistent",
                "--basis", "its own ministers were picked by party share").ExitCode);
            Assert.Equal(0, cli.Run("assess", "sadrist-movement", "state control of arms", "--verdict", "consistent",
                "--basis", "its line on weapons has held at home and abroad").ExitCode);

            using var assessments = JsonDocument.Parse(cli.Run("assessments", "sadrist-movement", "--json").Stdout);
            var verdicts = assessments.RootElement.EnumerateArray().ToDictionary(a => a.GetProperty("issue_id").GetString()!, a => a.GetProperty("verdict").GetString());
            Assert.Equal("inconsistent", verdicts["ethno-sectarian-quota-system"]);
            Assert.Equal("consistent", verdicts["state-control-of-arms"]);
            Assert.Equal("not_yet_tested", verdicts["balance-with-neighboring-states"]);

            // The public matrix: common ground on a regulated, training-only presence, a fault line on full withdrawal.
            using var matrix = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/v1/matrix?a=sadrist-movement&b=international-coalition", UriKind.Relative)));
            var rows = matrix.RootElement.GetProperty("issues").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("label").GetString());
            var agreement = matrix.RootElement.GetProperty("comparison").GetProperty("rows").EnumerateArray()
                .ToDictionary(r => rows[r.GetProperty("issueId").GetString()!]!, r => r.GetProperty("agreement").GetString());
            Assert.Equal("common_ground", agreement["regulated, training-only presence"]);
            Assert.Equal("fault_line", agreement["full withdrawal"]);
            var page = await visitor.GetStringAsync(new Uri("/en/matrix?a=sadrist-movement&b=international-coalition", UriKind.Relative));
            Assert.Contains("full withdrawal", page, StringComparison.Ordinal);

            // The brief: every objective with its verdict, footnoted to the article.
            var brief = cli.Run("brief", "Sadrist movement");
            Assert.Equal(0, brief.ExitCode);
            Assert.Contains("End the quota system", brief.Stdout, StringComparison.Ordinal);
            Assert.Contains("inconsistent", brief.Stdout, StringComparison.Ordinal);
            Assert.Contains("[^1]:", brief.Stdout, StringComparison.Ordinal);
            Assert.Contains("The Sadrists and the coalition", brief.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
