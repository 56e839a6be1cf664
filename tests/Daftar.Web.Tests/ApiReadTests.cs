using System.Text.Json;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>The API's lists and entries as the public reads them: paging, filters, JSON as documented.</summary>
public sealed class ApiReadTests(ApiFixture api) : IClassFixture<ApiFixture>, IDisposable
{
    private readonly HttpClient visitor = api.Client();

    public void Dispose() => visitor.Dispose();

    private Task<ApiAnswer> Get(string path) => ApiFixture.Get(visitor, path);

    [Fact]
    [Exercises("GET /api/v1/sources")]
    public async Task Sources_come_in_pages_with_the_total_and_a_link_to_the_next()
    {
        var first = await Get("/api/v1/sources?limit=2");
        Assert.Equal(200, first.Status);
        Assert.Equal("application/json", first.MediaType);
        Assert.Equal(3, first.Json.GetProperty("total").GetInt64()); // the confidential one is not counted
        Assert.Equal([api.Web.EnglishId, api.Web.ArabicId], first.Ids);

        var next = first.Json.GetProperty("next").GetString()!;
        Assert.Contains("offset=2", next, StringComparison.Ordinal);
        var second = await Get(next);
        Assert.Equal([api.TermsId], second.Ids);
        Assert.Equal(JsonValueKind.Null, second.Json.GetProperty("next").ValueKind);
    }

    [Theory]
    [Exercises("GET /api/v1/sources")]
    [InlineData("language=ar", new[] { 2L })]
    [InlineData("from=2024-04-21", new[] { 2L, 3L })]
    [InlineData("to=2024-04-20", new[] { 1L })]
    [InlineData("from=2024-04-20&to=2024-04-21&language=en", new[] { 1L })]
    [InlineData("actor=saraya-al-salam", new[] { 1L, 2L })]
    [InlineData("actor=مقتدى الصدر", new[] { 1L, 2L, 3L })]
    public async Task Sources_filter_by_language_dates_and_actor(string query, long[] ids)
    {
        var answer = await Get("/api/v1/sources?" + query);

        Assert.Equal(200, answer.Status);
        Assert.Equal(ids, answer.Ids);
        Assert.Equal(ids.Length, answer.Json.GetProperty("total").GetInt64());
    }

    [Fact]
    [Exercises("GET /api/v1/sources/{id}")]
    public async Task A_source_holds_its_metadata_and_text_with_Arabic_as_UTF8()
    {
        var answer = await Get($"/api/v1/sources/{api.Web.ArabicId}");

        Assert.Equal(200, answer.Status);
        Assert.Equal(WebFixture.Arabic, answer.Json.GetProperty("text").GetString());
        Assert.Equal("2024-04-21", answer.Json.GetProperty("published").GetString());
        Assert.Equal("ar", answer.Json.GetProperty("language").GetString());
        Assert.Contains("سرايا السلام", answer.Body, StringComparison.Ordinal); // as itself, not \u escapes
        Assert.DoesNotContain("\\u", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    [Exercises("GET /api/v1/actors")]
    public async Task Actors_list_by_name_with_their_names_in_both_scripts()
    {
        var answer = await Get("/api/v1/actors?limit=200");

        Assert.Equal(200, answer.Status);
        var names = answer.Items.Select(a => a.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        var sadr = answer.Items.Single(a => a.GetProperty("id").GetString() == "moqtada-al-sadr");
        var scripts = sadr.GetProperty("names").EnumerateArray().ToLookup(n => n.GetProperty("script").GetString(), n => n.GetProperty("text").GetString());
        Assert.Contains("مقتدى الصدر", scripts["arabic"]);
        Assert.Contains("Muqtada al-Sadr", scripts["latin"]);
    }

    [Theory]
    [Exercises("GET /api/v1/actors")]
    [InlineData("name=الصدر", "moqtada-al-sadr")]
    [InlineData("name=Muqtada%20al-Sadr", "moqtada-al-sadr")]
    [InlineData("type=state", "iraq")]
    public async Task Actors_filter_by_a_name_in_either_script_and_by_type(string query, string id)
    {
        var answer = await Get("/api/v1/actors?" + query);

        var actor = Assert.Single(answer.Items);
        Assert.Equal(id, actor.GetProperty("id").GetString());
        Assert.Equal(1, answer.Json.GetProperty("total").GetInt64());
    }

    [Fact]
    [Exercises("GET /api/v1/actors/{id}")]
    public async Task An_actor_holds_its_names_and_what_the_ledger_holds_of_it()
    {
        var answer = await Get("/api/v1/actors/moqtada-al-sadr");

        Assert.Equal(200, answer.Status);
        Assert.Equal("person", answer.Json.GetProperty("type").GetString());
        Assert.Contains(answer.Json.GetProperty("names").EnumerateArray(), n => n.GetProperty("text").GetString() == "مقتدى الصدر");
        Assert.Equal(3, answer.Json.GetProperty("sources").GetInt32());
        Assert.True(answer.Json.GetProperty("quotations").GetInt32() >= 3);
        Assert.True(answer.Json.GetProperty("events").GetInt32() >= 1);
    }

    [Fact]
    [Exercises("GET /api/v1/quotations")]
    public async Task Quotations_filter_by_speaker_source_dates_and_kind()
    {
        var bySadr = await Get("/api/v1/quotations?actor=moqtada-al-sadr&limit=200");
        Assert.NotEmpty(bySadr.Items);
        Assert.All(bySadr.Items, q => Assert.Equal("moqtada-al-sadr", q.GetProperty("speaker").GetProperty("actorId").GetString()));

        var arabic = await Get($"/api/v1/quotations?source={api.Web.ArabicId}");
        Assert.Contains(arabic.Items, q => q.GetProperty("text").GetString() == "ما جرى في سامراء يجب أن يجري في كل مكان");
        Assert.All(arabic.Items, q => Assert.Equal(api.Web.ArabicId, q.GetProperty("sourceId").GetInt64()));

        var april = await Get("/api/v1/quotations?from=2024-04-21&to=2024-04-30");
        Assert.Equal(arabic.Ids, april.Ids);

        var terms = await Get("/api/v1/quotations?kind=term");
        Assert.All(terms.Items, q => Assert.Equal("term", q.GetProperty("kind").GetString()));
        var speech = await Get("/api/v1/quotations?kind=speech&limit=200");
        Assert.Equal(speech.Json.GetProperty("total").GetInt64() + terms.Json.GetProperty("total").GetInt64()
            + (await Get("/api/v1/quotations?kind=fragment")).Json.GetProperty("total").GetInt64(), (await Get("/api/v1/quotations")).Json.GetProperty("total").GetInt64());
    }

    [Fact]
    [Exercises("GET /api/v1/quotations")]
    public async Task Quotations_page_through_the_whole_list_once()
    {
        var all = (await Get("/api/v1/quotations?limit=200")).Ids;
        var paged = new List<long>();
        string? next = "/api/v1/quotations?limit=2";
        while (next is not null)
        {
            var page = await Get(next);
            paged.AddRange(page.Ids);
            next = page.Json.GetProperty("next").GetString();
        }

        Assert.True(all.Count > 2);
        Assert.Equal(all, paged);
    }

    [Fact]
    [Exercises("GET /api/v1/events")]
    public async Task Events_come_by_date_and_filter_by_actor_type_and_dates()
    {
        var all = await Get("/api/v1/events?limit=200");
        var dates = all.Items.Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        var retreats = await Get("/api/v1/events?type=retreat&actor=saraya-al-salam");
        var retreat = Assert.Single(retreats.Items);
        Assert.Equal("iraq", retreat.GetProperty("targetId").GetString());

        var asTarget = await Get("/api/v1/events?actor=iraq");
        Assert.Contains(retreat.GetProperty("id").GetInt64(), asTarget.Ids);
        Assert.Empty((await Get("/api/v1/events?to=2024-04-19")).Items);
        Assert.Equal(all.Ids.Count, (await Get("/api/v1/events?from=2024-01-01&to=2024-12-31&limit=200")).Ids.Count);
    }

    [Fact]
    [Exercises("GET /api/v1/relations")]
    public async Task Relations_filter_by_either_side_predicate_and_source()
    {
        var wing = await Get("/api/v1/relations?actor=sadrist-movement&predicate=armed_wing_of");
        var relation = Assert.Single(wing.Items);
        Assert.Equal("saraya-al-salam", relation.GetProperty("subjectId").GetString());
        Assert.Equal(api.Web.ArabicId, relation.GetProperty("sourceId").GetInt64());

        Assert.Equal(wing.Ids, (await Get("/api/v1/relations?actor=saraya-al-salam")).Ids);
        Assert.Empty((await Get("/api/v1/relations?predicate=leads&actor=saraya-al-salam")).Items);
        Assert.Empty((await Get($"/api/v1/relations?source={api.Web.EnglishId}&predicate=armed_wing_of")).Items);
        Assert.Empty((await Get("/api/v1/relations?to=2024-04-20&predicate=armed_wing_of")).Items); // the Arabic report is of the 21st
    }

    [Fact]
    [Exercises("GET /api/v1/positions")]
    public async Task Positions_filter_by_actor_stance_issue_and_dates()
    {
        var sadr = await Get("/api/v1/positions?actor=moqtada-al-sadr");
        Assert.NotEmpty(sadr.Items);
        var position = sadr.Items[0];
        Assert.Equal(api.TermsId, position.GetProperty("sourceId").GetInt64());
        var (stance, issue) = (position.GetProperty("stance").GetString(), position.GetProperty("issueId").GetString());

        var same = await Get($"/api/v1/positions?stance={stance}&issue={issue}");
        Assert.Contains(position.GetProperty("id").GetInt64(), same.Ids);
        Assert.All(same.Items, p => Assert.Equal(issue, p.GetProperty("issueId").GetString()));
        Assert.Empty((await Get("/api/v1/positions?to=2024-05-01")).Items);
        Assert.Equal(sadr.Ids, (await Get("/api/v1/positions?actor=moqtada-al-sadr&from=2024-05-02&to=2024-05-02")).Ids);
    }

    [Fact]
    [Exercises("GET /api/v1/search")]
    public async Task Search_finds_both_scripts_and_takes_the_facets()
    {
        var sadr = await Get("/api/v1/search?q=" + Uri.EscapeDataString("مقتدى الصدر"));
        Assert.Equal(200, sadr.Status);
        var sources = sadr.Items.Where(h => h.GetProperty("kind").GetString() == "source").Select(h => h.GetProperty("sourceId").GetInt64()).ToList();
        Assert.Contains(api.Web.ArabicId, sources);
        Assert.Contains(api.Web.EnglishId, sources); // named in the other script

        var quotes = await Get("/api/v1/search?q=Samarra&kind=quotation");
        Assert.NotEmpty(quotes.Items);
        Assert.All(quotes.Items, h => Assert.Equal("quotation", h.GetProperty("kind").GetString()));

        var arabicOnly = await Get("/api/v1/search?q=" + Uri.EscapeDataString("سامراء") + "&language=ar&from=2024-04-21&to=2024-04-21");
        Assert.All(arabicOnly.Items, h => Assert.Equal(api.Web.ArabicId, h.GetProperty("sourceId").GetInt64()));
        Assert.NotEmpty(arabicOnly.Items);
        Assert.Empty((await Get("/api/v1/search?q=Samarra&actor=iraq&kind=quotation")).Items);
    }

    [Fact]
    [Exercises("GET /api/v1/search")]
    public async Task Search_pages_with_a_next_link_and_no_total()
    {
        var all = await Get("/api/v1/search?q=Samarra&limit=200");
        Assert.True(all.Items.Count > 1);
        Assert.Equal(JsonValueKind.Null, all.Json.GetProperty("total").ValueKind);

        var first = await Get("/api/v1/search?q=Samarra&limit=1");
        Assert.Single(first.Items);
        var second = await Get(first.Json.GetProperty("next").GetString()!);
        Assert.Equal(all.Items[1].GetProperty("id").GetInt64(), second.Items[0].GetProperty("id").GetInt64());
    }

    [Fact]
    [Exercises("GET /api/v1/search")]
    [Exercises("GET /api/v1/sources")]
    [Exercises("GET /api/v1/events")]
    public async Task Bad_parameters_get_a_400_problem_naming_each_of_them()
    {
        var answer = await Get("/api/v1/sources?limit=500&offset=-1&from=2024-13-01&actor=nobody-at-all&language=EN!");
        Assert.Equal(400, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(400, answer.Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(answer.Json.GetProperty("title").GetString()));
        var errors = answer.Json.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["actor", "from", "language", "limit", "offset"], errors);

        var search = await Get("/api/v1/search?kind=everything");
        Assert.Equal(["kind", "q"], search.Json.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var range = await Get("/api/v1/events?from=2024-05-01&to=2024-04-01&type=party");
        Assert.Equal(["to", "type"], range.Json.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v1/sources/abc")]
    [InlineData("/api/v2/sources")]
    [InlineData("/api")]
    public async Task Unknown_API_addresses_get_problem_details_not_the_HTML_page(string path)
    {
        var answer = await Get(path);

        Assert.Equal(404, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(404, answer.Json.GetProperty("status").GetInt32());
        Assert.DoesNotContain("<html", answer.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Exercises("GET /api/v1/sources")]
    public async Task A_method_the_address_does_not_take_is_a_405_problem()
    {
        using var response = await visitor.DeleteAsync(new Uri("/api/v1/sources", UriKind.Relative));
        var answer = await ApiAnswer.Read(response);

        Assert.Equal(405, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
    }
}
