using System.Net;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Every page through the real HTTP pipeline, in both interface languages.</summary>
public sealed class PageTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task Every_page_answers_in_its_language_and_direction(string lang, string dir)
    {
        foreach (var page in new[] { "", "sources", $"sources/{web.EnglishId}", $"sources/{web.ArabicId}", "actors", "actors/moqtada-al-sadr", "timeline", "search?q=Sadr", "graph", "review" })
        {
            var (status, html) = await web.Get($"/{lang}/{page}");

            Assert.True(status == 200, $"/{lang}/{page}: {status}");
            Assert.Contains($"<html lang=\"{lang}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&#x", html, StringComparison.Ordinal); // Arabic is written as itself
        }
    }

    [Fact]
    public async Task The_root_goes_to_the_English_ledger()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.Client.BaseAddress };

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_actor_page_draws_the_actor_s_neighbourhood()
    {
        var (_, html) = await web.Get("/en/actors/saraya-al-salam");

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/actors/sadrist-movement\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Stated positions</h2>", html, StringComparison.Ordinal);
        var (_, sadr) = await web.Get("/en/actors/moqtada-al-sadr");
        Assert.Contains("class=\"bars\"", sadr, StringComparison.Ordinal); // quotations by month
    }

    [Theory]
    [InlineData("/en/sources/999999", "Not found")]
    [InlineData("/ar/sources/999999", "غير موجود")]
    [InlineData("/en/actors/no-such-actor", "Not found")]
    [InlineData("/ar/no-such-page", "غير موجود")]
    [InlineData("/fr/sources", "Not found")]
    public async Task Unknown_addresses_get_a_404_page_in_their_language(string path, string heading)
    {
        var (status, html) = await web.Get(path);

        Assert.Equal(404, status);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reader_draws_actors_quotations_and_dates_in_place_with_paragraph_directions()
    {
        var (_, html) = await web.Get($"/en/sources/{web.ArabicId}");

        Assert.Contains("<p dir=\"auto\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/actors/moqtada-al-sadr\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"quote speaker-", html, StringComparison.Ordinal);
        Assert.Contains("ما جرى في سامراء يجب أن يجري في كل مكان", html, StringComparison.Ordinal);
        Assert.Contains("<time class=\"date\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actor_page_holds_names_in_both_scripts_and_both_sources()
    {
        var (_, html) = await web.Get("/ar/actors/moqtada-al-sadr");

        Assert.Contains("مقتدى الصدر", html, StringComparison.Ordinal);
        Assert.Contains("Muqtada al-Sadr", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/ar/sources/{web.EnglishId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/ar/sources/{web.ArabicId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_in_Arabic_finds_a_clitic_form_and_highlights_it()
    {
        var (status, html) = await web.Get("/ar/search?q=" + Uri.EscapeDataString("الموقف"));

        Assert.Equal(200, status);
        Assert.Contains($"href=\"/ar/sources/{web.ArabicId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>بالموقف</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_by_a_name_finds_the_sources_in_the_other_script_through_the_actor()
    {
        var (_, html) = await web.Get("/en/search?q=" + Uri.EscapeDataString("مقتدى الصدر"));

        Assert.Contains($"href=\"/en/sources/{web.EnglishId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/en/sources/{web.ArabicId}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/actors/moqtada-al-sadr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_facets_narrow_the_results_and_say_what_they_could_not_use()
    {
        var q = Uri.EscapeDataString("مقتدى الصدر");
        var (_, arabicOnly) = await web.Get($"/en/search?q={q}&language=ar&kind=source");
        var (_, quotesOnly) = await web.Get($"/en/search?q=Samarra&kind=quote");
        var (_, bad) = await web.Get($"/en/search?q=Samarra&from=yesterday&actor=Nobody");

        Assert.Contains($"href=\"/en/sources/{web.ArabicId}\"", arabicOnly, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/en/sources/{web.EnglishId}\"", arabicOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Sources</h2>", quotesOnly, StringComparison.Ordinal);
        Assert.Contains("<h2>Quotations</h2>", quotesOnly, StringComparison.Ordinal);
        Assert.Contains("was left out", bad, StringComparison.Ordinal);
        Assert.Contains("No actor has that name", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"yesterday\"", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_filter_by_language_and_title_words()
    {
        var (_, arabicOnly) = await web.Get("/en/sources?language=ar");
        var (_, byTitle) = await web.Get("/en/sources?q=" + Uri.EscapeDataString("samarra militia"));
        var (_, none) = await web.Get("/en/sources?q=budget");

        Assert.Contains($"/en/sources/{web.ArabicId}\"", arabicOnly, StringComparison.Ordinal);
        Assert.DoesNotContain($"/en/sources/{web.EnglishId}\"", arabicOnly, StringComparison.Ordinal);
        Assert.Contains($"/en/sources/{web.EnglishId}\"", byTitle, StringComparison.Ordinal);
        Assert.Contains("No sources match.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_draws_an_svg_and_filters_by_type_and_dates()
    {
        var (_, all) = await web.Get("/en/timeline");
        var (_, none) = await web.Get("/en/timeline?from=2030-01-01");
        var (_, bad) = await web.Get("/en/timeline?from=not-a-date&type=nonsense");

        Assert.Contains("<svg", all, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/en/sources/\\d+#event-\\d+\"><title>", all); // each mark opens its evidence
        Assert.Contains("No dated events match.", none, StringComparison.Ordinal);
        Assert.Contains("No dated events match.", bad, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/timeline?from=9999-12")]
    [InlineData("/en/timeline?from=9999-W52&to=0001-01-01")]
    [InlineData("/en/search?q=x&from=9999-12-31&to=-1")]
    public async Task Dates_at_the_calendar_s_edges_are_not_errors(string path) => Assert.Equal(200, (await web.Get(path)).Status);

    [Fact]
    public async Task Requests_for_another_host_name_are_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/en/sources", UriKind.Relative));
        request.Headers.Host = "attacker.example";

        using var response = await web.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_language_switch_keeps_the_page()
    {
        var (_, html) = await web.Get($"/en/sources/{web.EnglishId}");

        Assert.Contains($"href=\"/ar/sources/{web.EnglishId}\" hreflang=\"ar\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_served_and_unknown_assets_are_not()
    {
        Assert.Equal(200, (await web.Get("/assets/site.css")).Status);
        Assert.Equal(404, (await web.Get("/assets/nothing.css")).Status);
    }

    [Fact]
    public async Task The_graph_draws_the_relations_and_downloads_as_GraphML()
    {
        var (_, html) = await web.Get("/en/graph");
        var (_, filtered) = await web.Get("/en/graph?kind=backed_by");
        using var response = await web.Client.GetAsync(new Uri("/en/graph.graphml", UriKind.Relative));
        var graphml = await response.Content.ReadAsStringAsync();

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("armed wing of", html, StringComparison.Ordinal);
        Assert.Contains("No relations match.", filtered, StringComparison.Ordinal);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<graphml", graphml, StringComparison.Ordinal);
        Assert.Contains("saraya-al-salam", graphml, StringComparison.Ordinal);
    }
}
