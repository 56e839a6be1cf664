using System.Net;
using Daftar.Storage;
using Daftar.Tests.Analysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>The app over <see cref="SayDoLedger"/>: an analyst signed in, and a visitor.</summary>
public sealed class MatrixFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("daftar-matrix-web-").FullName;
    private readonly WebApplication app;

    public MatrixFixture()
    {
        var path = Path.Combine(folder, "ledger.db");
        SayDoLedger.Write(path);
        using (var ledger = SqliteLedger.Open(path))
            ledger.AddAccount(WebFixture.AnalystName, Domain.AccountRole.Analyst, Accounts.PasswordHashing.Hash(WebFixture.Password));
        app = DaftarWeb.Build(new WebOptions(path, Port: 0, SignInAttemptsPerMinute: 1000));
        app.StartAsync().GetAwaiter().GetResult();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        Analyst = Client();
        Visitor = Client();
        WebFixture.SignIn(Analyst, WebFixture.AnalystName, WebFixture.Password).GetAwaiter().GetResult();
    }

    public HttpClient Analyst { get; }

    public HttpClient Visitor { get; }

    public void Dispose()
    {
        Analyst.Dispose();
        Visitor.Dispose();
        app.StopAsync().GetAwaiter().GetResult();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class MatrixPageTests(MatrixFixture web) : IClassFixture<MatrixFixture>
{
    private const string Secret = "Quincebrook";

    [Theory]
    [InlineData("en", "foreign troop presence", "full withdrawal")]
    [InlineData("ar", "الوجود العسكري الأجنبي", "الانسحاب الكامل")]
    public async Task The_matrix_shows_issues_and_their_aspects_in_the_pages_language(string lang, string issue, string aspect)
    {
        var (status, html) = await WebFixture.Get(web.Visitor, $"/{lang}/matrix");

        Assert.Equal(200, status);
        Assert.Contains(lang == "ar" ? "dir=\"rtl\"" : "dir=\"ltr\"", html, StringComparison.Ordinal);
        Assert.Contains(issue, html, StringComparison.Ordinal);
        Assert.Contains(aspect, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{lang}/sources/1#position-1\"", html, StringComparison.Ordinal); // a cell opens its evidence
        Assert.Contains($"href=\"/{lang}/matrix\"", html, StringComparison.Ordinal); // in the nav
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_anchor_is_the_one_the_source_page_uses()
    {
        var (_, html) = await WebFixture.Get(web.Visitor, "/en/sources/1");

        Assert.Contains("id=\"position-1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparing_two_actors_named_in_either_script_sets_fault_lines_apart_from_common_ground()
    {
        var (status, html) = await WebFixture.Get(web.Visitor, "/en/matrix?a=" + Uri.EscapeDataString("مقتدى الصدر") + "&b=Kataib+Hezbollah");

        Assert.Equal(200, status);
        var faultLines = html.IndexOf("Fault lines", StringComparison.Ordinal);
        var commonGround = html.IndexOf("Common ground", StringComparison.Ordinal);
        var arms = html.IndexOf("state control of arms</th>", faultLines, StringComparison.Ordinal);
        Assert.True(faultLines > 0 && arms > faultLines && arms < commonGround, html);
        Assert.Contains("it will never give up its arms", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_compared_with_a_group_and_a_name_that_fits_no_actor()
    {
        var (_, html) = await WebFixture.Get(web.Visitor, "/ar/matrix?a=moqtada-al-sadr&b=international-coalition&b=kataib-hezbollah&b=Nobody+Known");

        Assert.Contains("International coalition، Kataib Hezbollah", html, StringComparison.Ordinal);
        Assert.Contains("خط افتراق", html, StringComparison.Ordinal);
        Assert.Contains("Nobody Known", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_has_a_row_per_actor_and_issue_and_the_publics_has_no_confidential_position()
    {
        using var response = await web.Visitor.GetAsync(new Uri("/en/matrix?handler=csv", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("actor_id,actor,issue_id,issue,parent_issue_id,stance,statements,history,latest,position_ids", lines[0]);
        Assert.Contains("moqtada-al-sadr,Moqtada al-Sadr,foreign-troop-presence,foreign troop presence,,conditional,2,\"oppose until 2023-05-10, then conditional (from 2024-02-01)\",2024-02-01,1 3", lines);
        Assert.DoesNotContain(lines, l => l.Contains("quota", StringComparison.Ordinal));

        using var analysts = await web.Analyst.GetAsync(new Uri("/en/matrix?handler=csv", UriKind.Relative));
        Assert.Contains("ethno-sectarian-quota-system", await analysts.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    [Exercises("GET /api/v1/matrix")]
    public async Task The_api_answers_the_matrix_and_the_comparison_as_json()
    {
        var answer = await ApiFixture.Get(web.Visitor, "/api/v1/matrix?a=moqtada-al-sadr&b=international-coalition");

        Assert.Equal(200, answer.Status);
        var cell = answer.Json.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("actorId").GetString() == SayDoLedger.Sadr && c.GetProperty("issueId").GetString() == SayDoLedger.Troops);
        Assert.Equal(["conditional"], cell.GetProperty("stances").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["oppose", "conditional"], cell.GetProperty("history").EnumerateArray().Select(p => p.GetProperty("stance").GetString()));
        Assert.Equal("/en/sources/1#position-1", cell.GetProperty("statements")[0].GetProperty("href").GetString());
        var rows = answer.Json.GetProperty("comparison").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("issueId").GetString()!, r => r.GetProperty("agreement").GetString());
        Assert.Equal("common_ground", rows[SayDoLedger.Arms]);
        Assert.Equal("common_ground", rows[SayDoLedger.Regulated]);
        Assert.Equal("conditional", rows[SayDoLedger.Troops]);
        Assert.DoesNotContain(Secret, answer.Body, StringComparison.Ordinal);

        var bad = await ApiFixture.Get(web.Visitor, "/api/v1/matrix?a=Nobody+Known&b=kataib-hezbollah");
        Assert.Equal(400, bad.Status);
        Assert.True(bad.Json.GetProperty("errors").TryGetProperty("a", out _));
        var oneSide = await ApiFixture.Get(web.Visitor, "/api/v1/matrix?a=moqtada-al-sadr");
        Assert.Equal(400, oneSide.Status);
    }

    [Theory]
    [InlineData("en", "Stated objectives")]
    [InlineData("ar", "الأهداف المعلنة")]
    public async Task The_brief_page_is_footnoted_in_both_languages_and_the_publics_leaves_the_memo_out(string lang, string heading)
    {
        var (status, html) = await WebFixture.Get(web.Visitor, $"/{lang}/actors/moqtada-al-sadr/brief");

        Assert.Equal(200, status);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{lang}/sources/1#position-1\"", html, StringComparison.Ordinal);
        Assert.Contains("السلاح بيد الدولة وحدها", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);

        var (_, analysts) = await WebFixture.Get(web.Analyst, $"/{lang}/actors/moqtada-al-sadr/brief");
        Assert.Contains(Secret, analysts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_brief_downloads_as_markdown_and_an_unknown_actor_has_none()
    {
        using var response = await web.Visitor.GetAsync(new Uri("/en/actors/moqtada-al-sadr/brief?handler=markdown", UriKind.Relative));
        var md = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Moqtada al-Sadr — Analyst brief", md, StringComparison.Ordinal);
        Assert.Contains("[^1]: *", md, StringComparison.Ordinal);
        Assert.Equal(404, (await WebFixture.Get(web.Visitor, "/en/actors/nobody-known/brief")).Status);
    }

    [Fact]
    public async Task The_actor_page_links_to_its_brief_and_its_comparison()
    {
        var (_, html) = await WebFixture.Get(web.Visitor, "/en/actors/moqtada-al-sadr");

        Assert.Contains("href=\"/en/actors/moqtada-al-sadr/brief\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/matrix?a=moqtada-al-sadr\"", html, StringComparison.Ordinal);
    }
}
