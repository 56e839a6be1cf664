using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Daftar.Storage;
using Daftar.Tests.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>The real app over the export sample ledger (<see cref="ExportSamples"/>), with a signed-in analyst and an API token.</summary>
public sealed class ExportWebFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("daftar-web-export-").FullName;
    private WebApplication? app;

    public HttpClient Visitor { get; private set; } = null!;

    public HttpClient Analyst { get; private set; } = null!;

    public HttpClient Token { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var path = Path.Combine(folder, "ledger.db");
        ExportSamples.WriteLedger(path);
        string token;
        using (var ledger = SqliteLedger.Open(path))
        {
            ledger.AddAccount(WebFixture.AnalystName, Domain.AccountRole.Analyst, Accounts.PasswordHashing.Hash(WebFixture.Password));
            token = ledger.AddApiToken(WebFixture.AnalystName, "exports");
        }

        app = DaftarWeb.Build(new WebOptions(path, Port: 0, PublicCacheSeconds: 0));
        await app.StartAsync();
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Visitor = Client();
        Analyst = Client();
        Token = Client();
        Token.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (status, _, _) = await WebFixture.SignIn(Analyst, WebFixture.AnalystName, WebFixture.Password);
        if (status != 302)
            throw new InvalidOperationException($"the analyst could not sign in ({status})");
    }

    public async Task DisposeAsync()
    {
        Visitor.Dispose();
        Analyst.Dispose();
        Token.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };
}

public sealed class ExportEndpointTests(ExportWebFixture web) : IClassFixture<ExportWebFixture>
{
    private static readonly string[] Downloads =
    [
        "/export/popolo.json", "/export/relations.graphml", "/export/sources/1/annotation.json",
        "/export/csv/sources.csv", "/export/csv/actors.csv", "/export/csv/aliases.csv", "/export/csv/mentions.csv", "/export/csv/quotes.csv",
        "/export/csv/timexes.csv", "/export/csv/relations.csv", "/export/csv/events.csv", "/export/csv/positions.csv", "/export/csv/notes.csv",
    ];

    private static async Task<(int Status, string Body, string? Type)> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_visitor_downloads_every_export_without_a_canary()
    {
        foreach (var path in Downloads)
        {
            var (status, body, _) = await Get(web.Visitor, path);
            Assert.Equal(200, status);
            Assert.DoesNotContain(ExportSamples.Canary, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_analyst_gets_everything_and_with_public_true_only_what_the_public_gets()
    {
        foreach (var client in new[] { web.Analyst, web.Token })
        {
            Assert.Contains("CANARY-NOTE", (await Get(client, "/export/csv/notes.csv")).Body, StringComparison.Ordinal);
            Assert.Contains("canary-informant", (await Get(client, "/export/popolo.json")).Body, StringComparison.Ordinal);
            Assert.Equal(200, (await Get(client, "/export/sources/2/annotation.json")).Status);
        }

        foreach (var path in Downloads)
            Assert.Equal((await Get(web.Visitor, path)).Body, (await Get(web.Analyst, path + "?public=true")).Body);
        Assert.Equal(404, (await Get(web.Analyst, "/export/sources/2/annotation.json?public=true")).Status);
    }

    [Fact]
    public async Task A_confidential_source_answers_as_a_missing_one_and_an_unknown_table_is_not_found()
    {
        var secret = await Get(web.Visitor, "/export/sources/2/annotation.json");
        var missing = await Get(web.Visitor, "/export/sources/999/annotation.json");

        Assert.Equal(404, secret.Status);
        Assert.Equal(missing.Status, secret.Status);
        Assert.Equal(missing.Body, secret.Body);
        Assert.DoesNotContain(ExportSamples.Canary, secret.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(404, (await Get(web.Analyst, "/export/csv/accounts.csv")).Status);
        Assert.Equal(404, (await Get(web.Analyst, "/export/csv/audit_log.csv")).Status);
    }

    [Fact]
    public async Task Downloads_have_their_types_and_the_Popolo_sources_link_to_the_sites_pages()
    {
        var (_, popolo, popoloType) = await Get(web.Visitor, "/export/popolo.json");
        var (_, graph, graphType) = await Get(web.Visitor, "/export/relations.graphml");
        var (_, csv, csvType) = await Get(web.Visitor, "/export/csv/quotes.csv");
        var (_, annotation, _) = await Get(web.Visitor, "/export/sources/1/annotation.json");

        Assert.Equal("application/json", popoloType);
        var url = JsonDocument.Parse(popolo).RootElement.GetProperty("persons")[0].GetProperty("sources")[0].GetProperty("url").GetString();
        Assert.Equal(new Uri(web.BaseAddress, "/en/sources/1").ToString(), url);
        Assert.Equal("application/graphml+xml", graphType);
        Assert.Equal(2, XDocument.Parse(graph).Descendants(XName.Get("edge", "http://graphml.graphdrawing.org/xmlns")).Count());
        Assert.Equal("text/csv", csvType);
        Assert.StartsWith("id,source_id,start,end,text,", csv, StringComparison.Ordinal);
        Assert.Equal("daftar-annotation/1", JsonDocument.Parse(annotation).RootElement.GetProperty("format").GetString());
    }
}
