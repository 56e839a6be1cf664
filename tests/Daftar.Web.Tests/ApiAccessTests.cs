using System.Text.Json;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Who reads what through the API: the public never sees a confidential thing; a bad token gets nothing.</summary>
public sealed class ApiAccessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>Every read the API offers, with the parameters that would find the canaries if anything could.</summary>
    private IEnumerable<string> Reads() =>
    [
        "/api/v1/sources?limit=200",
        $"/api/v1/sources?from=2024-03-18&to=2024-03-18",
        $"/api/v1/sources/{api.SecretId}",
        $"/api/v1/sources/{api.Web.EnglishId}",
        "/api/v1/actors?limit=200",
        $"/api/v1/actors/{ApiFixture.SecretActor}",
        $"/api/v1/actors/{ApiFixture.InformantId}",
        "/api/v1/actors?name=" + Uri.EscapeDataString("Hadi al-Amiri"),
        "/api/v1/quotations?limit=200",
        $"/api/v1/quotations?source={api.SecretId}",
        $"/api/v1/quotations?actor={ApiFixture.InformantId}",
        $"/api/v1/quotations?actor={ApiFixture.SecretActor}",
        "/api/v1/events?limit=200",
        $"/api/v1/events?source={api.SecretId}",
        "/api/v1/relations?limit=200",
        "/api/v1/positions?limit=200",
        "/api/v1/search?q=" + ApiFixture.SecretWord,
        "/api/v1/search?q=" + Uri.EscapeDataString("Quillwort memo"),
        "/api/v1/search?q=" + Uri.EscapeDataString("هادي العامري"),
        "/api/v1/search?q=Notecanary",
        "/api/v1/search?q=Samarra&limit=200",
    ];

    [Theory]
    [Exercises("GET /api/v1/sources")]
    [Exercises("GET /api/v1/sources/{id}")]
    [Exercises("GET /api/v1/actors")]
    [Exercises("GET /api/v1/actors/{id}")]
    [Exercises("GET /api/v1/quotations")]
    [Exercises("GET /api/v1/events")]
    [Exercises("GET /api/v1/relations")]
    [Exercises("GET /api/v1/positions")]
    [Exercises("GET /api/v1/search")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_public_answer_holds_a_confidential_title_text_speaker_actor_or_note(bool readerToken)
    {
        using var client = api.Client(readerToken ? api.ReaderToken : null);
        foreach (var path in Reads())
        {
            var answer = await ApiFixture.Get(client, path);

            Assert.True(answer.Status is 200 or 400 or 404, $"{path}: {answer.Status}");
            foreach (var canary in ApiFixture.Canaries)
                Assert.False(answer.Body.Contains(canary, StringComparison.OrdinalIgnoreCase), $"{path} shows \"{canary}\": {answer.Body}");
        }
    }

    [Fact]
    [Exercises("GET /api/v1/sources/{id}")]
    [Exercises("GET /api/v1/quotations")]
    public async Task The_public_sees_the_informant_s_words_and_description_but_not_who_it_is()
    {
        using var visitor = api.Client();
        var quotes = await ApiFixture.Get(visitor, $"/api/v1/quotations?source={api.Web.EnglishId}");

        var described = quotes.Items.Single(q => q.GetProperty("id").GetInt64() == api.InformantQuoteId);
        var speaker = described.GetProperty("speaker");
        Assert.Equal(JsonValueKind.Null, speaker.GetProperty("actorId").ValueKind);
        Assert.Equal("A senior Sadrist", speaker.GetProperty("description").GetString());
        Assert.False(speaker.GetProperty("confidential").GetBoolean());
    }

    [Fact]
    [Exercises("GET /api/v1/sources/{id}")]
    public async Task A_confidential_source_is_a_404_like_a_missing_one()
    {
        using var visitor = api.Client();
        var secret = await ApiFixture.Get(visitor, $"/api/v1/sources/{api.SecretId}");
        var missing = await ApiFixture.Get(visitor, "/api/v1/sources/987654");

        Assert.Equal((404, "application/problem+json"), (secret.Status, secret.MediaType));
        Assert.Equal(missing.Json.GetProperty("title").GetString(), secret.Json.GetProperty("title").GetString());
        Assert.Equal(missing.Json.GetProperty("type").GetString(), secret.Json.GetProperty("type").GetString());
        Assert.Equal("No source 987654.", missing.Json.GetProperty("detail").GetString());
        Assert.Equal($"No source {api.SecretId}.", secret.Json.GetProperty("detail").GetString());
        Assert.Equal(missing.Json.EnumerateObject().Select(p => p.Name), secret.Json.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    [Exercises("GET /api/v1/actors")]
    [Exercises("GET /api/v1/quotations")]
    public async Task A_private_actor_as_a_filter_is_refused_as_an_unknown_one_is()
    {
        using var visitor = api.Client();
        var secret = await ApiFixture.Get(visitor, $"/api/v1/quotations?actor={ApiFixture.InformantId}");
        var unknown = await ApiFixture.Get(visitor, "/api/v1/quotations?actor=nobody-known");

        Assert.Equal(400, secret.Status);
        Assert.Equal(unknown.Body, secret.Body);
        Assert.Empty((await ApiFixture.Get(visitor, "/api/v1/actors?name=" + Uri.EscapeDataString(ApiFixture.InformantName))).Items);
    }

    [Fact]
    [Exercises("GET /api/v1/sources")]
    [Exercises("GET /api/v1/sources/{id}")]
    [Exercises("GET /api/v1/quotations")]
    [Exercises("GET /api/v1/search")]
    public async Task An_analyst_s_token_reads_everything()
    {
        using var analyst = api.Client(api.AnalystToken);

        var sources = await ApiFixture.Get(analyst, "/api/v1/sources");
        Assert.Contains(api.SecretId, sources.Ids);
        var secret = await ApiFixture.Get(analyst, $"/api/v1/sources/{api.SecretId}");
        Assert.Equal(200, secret.Status);
        Assert.True(secret.Json.GetProperty("confidential").GetBoolean());
        Assert.Equal(ApiFixture.SecretTitle, secret.Json.GetProperty("title").GetString());
        var quotes = await ApiFixture.Get(analyst, $"/api/v1/quotations?actor={ApiFixture.InformantId}");
        var speaker = Assert.Single(quotes.Items).GetProperty("speaker");
        Assert.True(speaker.GetProperty("confidential").GetBoolean());
        Assert.NotEmpty((await ApiFixture.Get(analyst, "/api/v1/search?q=" + ApiFixture.SecretWord)).Items);
    }

    [Theory]
    [Exercises("GET /api/v1/sources")]
    [Exercises("GET /api/v1/quotations")]
    [InlineData("dft_not-a-token-at-all")]
    [InlineData("something")]
    public async Task An_unknown_token_is_a_401_problem_and_no_data(string token)
    {
        using var client = api.Client(token);
        foreach (var path in new[] { "/api/v1/sources", "/api/v1/quotations", $"/api/v1/sources/{api.Web.EnglishId}" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var answer = await ApiAnswer.Read(response);

            Assert.Equal(401, answer.Status);
            Assert.Equal("application/problem+json", answer.MediaType);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
            Assert.False(answer.Json.TryGetProperty("items", out _));
            Assert.DoesNotContain("Samarra", answer.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Exercises("GET /api/v1/sources")]
    public async Task A_revoked_token_reads_no_more()
    {
        string token;
        using (var ledger = Storage.SqliteLedger.Open(api.Web.LedgerPath))
            token = ledger.AddApiToken(WebFixture.AnalystName, "revoked-soon");
        using var client = api.Client(token);
        Assert.Equal(200, (await ApiFixture.Get(client, "/api/v1/sources")).Status);

        using (var ledger = Storage.SqliteLedger.Open(api.Web.LedgerPath))
            ledger.RevokeApiTokens(WebFixture.AnalystName, "revoked-soon");

        Assert.Equal(401, (await ApiFixture.Get(client, "/api/v1/sources")).Status);
    }

    [Fact]
    [Exercises("GET /api/v1/sources")]
    public async Task A_signed_in_analyst_s_browser_reads_what_the_analyst_may()
    {
        var answer = await ApiFixture.Get(api.Web.Client, "/api/v1/sources");

        Assert.Contains(api.SecretId, answer.Ids);
    }
}
