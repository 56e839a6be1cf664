using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Daftar.Storage;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Ingest and review through the API: analysts' tokens only, recorded in the audit log.</summary>
public sealed class ApiWriteTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Report =
        "Kataib Hezbollah suspends attacks\n\nBAGHDAD, February 1, 2024 - Kataib Hezbollah announced on Tuesday that it suspends its operations against US forces. "
        + "A spokesman said: \"We do not want to embarrass the Iraqi government.\"";

    private static async Task<ApiAnswer> Ingest(HttpClient client, string text, string? name = "report.txt", string mediaType = "text/plain")
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var path = "/api/v1/sources" + (name is null ? "" : "?name=" + Uri.EscapeDataString(name));
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        var answer = await ApiAnswer.Read(response);
        return answer with { Location = response.Headers.Location?.OriginalString };
    }

    private static async Task<(ApiAnswer Answer, HttpResponseMessage Response)> Review(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(new Uri("/api/v1/reviews", UriKind.Relative), body);
        return (await ApiAnswer.Read(response), response);
    }

    private long SourceCount()
    {
        using var ledger = SqliteLedger.Open(api.Web.LedgerPath);
        return ledger.Counts().Sources;
    }

    [Fact]
    [Exercises("POST /api/v1/sources")]
    [Exercises("GET /api/v1/sources/{id}")]
    public async Task An_analyst_s_token_ingests_a_document_as_the_upload_does()
    {
        using var analyst = api.Client(api.AnalystToken);

        var added = await Ingest(analyst, Report, "kh-suspends.txt");

        Assert.Equal(201, added.Status);
        Assert.Equal("added", added.Json.GetProperty("status").GetString());
        var source = added.Json.GetProperty("source");
        var id = source.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/sources/{id}", added.Location);
        Assert.Equal("Kataib Hezbollah suspends attacks", source.GetProperty("title").GetString());
        Assert.Equal("en", source.GetProperty("language").GetString());
        Assert.True(source.GetProperty("candidates").GetInt32() > 0); // extracted, waiting for review
        var read = await ApiFixture.Get(analyst, added.Location!);
        Assert.Equal("kh-suspends.txt", read.Json.GetProperty("name").GetString());
        using var ledger = SqliteLedger.Open(api.Web.LedgerPath);
        Assert.Equal(Encoding.UTF8.GetBytes(Report), ledger.GetOriginal(read.Json.GetProperty("sha256").GetString()!));
    }

    [Fact]
    [Exercises("POST /api/v1/sources")]
    public async Task The_same_document_again_answers_200_with_the_source_that_holds_it()
    {
        using var analyst = api.Client(api.AnalystToken);
        const string text = "A second note\n\nThe council met on Sunday and agreed to meet again in a month, its chair said in a statement.";
        var first = await Ingest(analyst, text, "note.txt");
        var count = SourceCount();

        var again = await Ingest(analyst, text, "note-copy.txt");

        Assert.Equal(201, first.Status);
        Assert.Equal(200, again.Status);
        Assert.Equal("duplicate", again.Json.GetProperty("status").GetString());
        Assert.Equal(first.Json.GetProperty("source").GetProperty("id").GetInt64(), again.Json.GetProperty("source").GetProperty("id").GetInt64());
        Assert.Equal(count, SourceCount());
    }

    [Fact]
    [Exercises("POST /api/v1/sources")]
    public async Task Without_a_name_the_content_type_picks_the_reader()
    {
        using var admin = api.Client(api.AdminToken); // admins are analysts too
        const string html = "<html><head><title>Council meets</title></head><body><article><h1>Council meets</h1>"
            + "<p>The provincial council of Basra met on Sunday and elected a new governor after weeks of talks between the blocs.</p></article></body></html>";

        var added = await Ingest(admin, html, name: null, mediaType: "text/html");

        Assert.Equal(201, added.Status);
        var source = added.Json.GetProperty("source");
        Assert.Equal("html", source.GetProperty("format").GetString());
        Assert.Equal("Council meets", source.GetProperty("title").GetString());
    }

    [Theory]
    [Exercises("POST /api/v1/sources")]
    [InlineData("", "report.txt", 422)]
    [InlineData("   \n  ", "report.txt", 422)]
    [InlineData("Some words of a report that is long enough to be read as one.", "../", 400)]
    public async Task An_unusable_document_is_a_problem_and_adds_nothing(string text, string name, int status)
    {
        using var analyst = api.Client(api.AnalystToken);
        var count = SourceCount();

        var answer = await Ingest(analyst, text, name);

        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(count, SourceCount());
    }

    [Fact]
    [Exercises("POST /api/v1/sources")]
    public async Task A_document_over_the_limit_is_a_413_before_its_bytes_are_sent()
    {
        using var analyst = api.Client(api.AnalystToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/sources?name=big.txt", UriKind.Relative))
        {
            Content = new DeclaredLength(Daftar.Ingest.IngestOptions.DefaultMaxBytes + 1),
        };
        request.Headers.ExpectContinue = true;

        using var response = await analyst.SendAsync(request);
        var answer = await ApiAnswer.Read(response);

        Assert.Equal(413, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
    }

    [Fact]
    [Exercises("POST /api/v1/reviews")]
    [Exercises("GET /api/v1/quotations")]
    public async Task A_review_through_the_API_is_applied_and_recorded_as_the_token_s_account_on_channel_api()
    {
        using var analyst = api.Client(api.AnalystToken);
        var added = await Ingest(analyst, Report.Replace("Tuesday", "Wednesday", StringComparison.Ordinal), "kh-review.txt");
        var sourceId = added.Json.GetProperty("source").GetProperty("id").GetInt64();
        var candidates = await ApiFixture.Get(analyst, $"/api/v1/quotations?source={sourceId}&review=candidate");
        var quote = candidates.Items[0];
        var (id, version) = (quote.GetProperty("id").GetInt64(), quote.GetProperty("version").GetInt64());

        var (answer, _) = await Review(analyst, new { kind = "quotation", id, state = "accepted", expectedVersion = version });

        Assert.Equal(200, answer.Status);
        Assert.Equal(("accepted", version + 1), (answer.Json.GetProperty("state").GetString(), answer.Json.GetProperty("version").GetInt64()));
        using var ledger = SqliteLedger.Open(api.Web.LedgerPath);
        var record = ledger.AuditLog(entryKind: "quote", entryId: id.ToString(System.Globalization.CultureInfo.InvariantCulture))[0];
        Assert.Equal((WebFixture.AnalystName, "api", "review"), (record.Account, record.Channel, record.Action));
        Assert.Contains("accepted", record.After, StringComparison.Ordinal);
        var accepted = await ApiFixture.Get(analyst, $"/api/v1/quotations?source={sourceId}&review=accepted");
        Assert.Contains(id, accepted.Ids);
    }

    [Fact]
    [Exercises("POST /api/v1/reviews")]
    [Exercises("GET /api/v1/events")]
    public async Task A_review_from_an_old_version_is_a_409_with_the_current_one_and_changes_nothing()
    {
        using var analyst = api.Client(api.AnalystToken);
        var events = await ApiFixture.Get(analyst, $"/api/v1/events?source={api.Web.EnglishId}");
        var item = events.Items[0];
        var (id, version) = (item.GetProperty("id").GetInt64(), item.GetProperty("version").GetInt64());
        var (rejected, _) = await Review(analyst, new { kind = "event", id, state = "rejected", expectedVersion = version });
        Assert.Equal(200, rejected.Status);

        var (stale, _) = await Review(analyst, new { kind = "event", id, state = "accepted", expectedVersion = version });

        Assert.Equal(409, stale.Status);
        Assert.Equal("application/problem+json", stale.MediaType);
        Assert.Equal(version + 1, stale.Json.GetProperty("currentVersion").GetInt64());
        using var ledger = SqliteLedger.Open(api.Web.LedgerPath);
        Assert.Equal(version + 1, ledger.VersionOf(EntryKind.Event, id));
        var (restored, _) = await Review(analyst, new { kind = "event", id, state = "accepted", expectedVersion = version + 1 });
        Assert.Equal(200, restored.Status);
    }

    [Theory]
    [Exercises("POST /api/v1/reviews")]
    [InlineData("quotation", 987654, "accepted", 0, 404, null)]
    [InlineData("mention", 1, "accepted", 0, 400, "kind")]
    [InlineData("quotation", 1, "approved", 0, 400, "state")]
    [InlineData("quotation", 0, "accepted", 0, 400, "id")]
    [InlineData("quotation", 1, "accepted", -1, 400, "expectedVersion")]
    public async Task A_review_of_nothing_or_with_bad_fields_is_a_problem(string kind, long id, string state, long version, int status, string? field)
    {
        using var analyst = api.Client(api.AnalystToken);

        var (answer, _) = await Review(analyst, new { kind, id, state, expectedVersion = version });

        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        if (field is not null)
            Assert.Equal([field], answer.Json.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [Exercises("POST /api/v1/reviews")]
    [InlineData("not json at all", "application/json")]
    [InlineData("{\"kind\": \"quotation\", \"id\": \"1\", \"state\": \"accepted\", \"expectedVersion\": 0}", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("{}", "text/plain")]
    public async Task An_unreadable_review_body_is_a_problem(string body, string mediaType)
    {
        using var analyst = api.Client(api.AnalystToken);
        using var content = new StringContent(body, Encoding.UTF8, mediaType);

        using var response = await analyst.PostAsync(new Uri("/api/v1/reviews", UriKind.Relative), content);
        var answer = await ApiAnswer.Read(response);

        Assert.True(answer.Status is 400 or 415, $"{answer.Status}");
        Assert.Equal("application/problem+json", answer.MediaType);
    }

    [Fact]
    [Exercises("POST /api/v1/sources")]
    [Exercises("POST /api/v1/reviews")]
    public async Task A_reader_s_token_may_not_write_403()
    {
        using var reader = api.Client(api.ReaderToken);
        var count = SourceCount();
        var quote = QuoteOf(api.Web.EnglishId);

        var ingest = await Ingest(reader, Report + " Reader's copy.", "reader.txt");
        var (review, _) = await Review(reader, new { kind = "quotation", id = quote.Id, state = "rejected", expectedVersion = quote.Version });

        Assert.Equal((403, "application/problem+json"), (ingest.Status, ingest.MediaType));
        Assert.Equal((403, "application/problem+json"), (review.Status, review.MediaType));
        Assert.Equal(count, SourceCount());
        Assert.Equal(quote, QuoteOf(api.Web.EnglishId));
    }

    [Fact]
    [Exercises("POST /api/v1/sources")]
    [Exercises("POST /api/v1/reviews")]
    public async Task Without_a_token_writes_are_a_401_problem()
    {
        using var visitor = api.Client();
        var quote = QuoteOf(api.Web.EnglishId);

        var ingest = await Ingest(visitor, Report + " Visitor's copy.", "visitor.txt");
        var (review, response) = await Review(visitor, new { kind = "quotation", id = quote.Id, state = "rejected", expectedVersion = quote.Version });

        Assert.Equal((401, "application/problem+json"), (ingest.Status, ingest.MediaType));
        Assert.Equal((401, "application/problem+json"), (review.Status, review.MediaType));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(quote, QuoteOf(api.Web.EnglishId));
    }

    /// <summary>A signed-in browser's cookie goes with any site's request: the API's writes do not take it.</summary>
    [Fact]
    [Exercises("POST /api/v1/sources")]
    [Exercises("POST /api/v1/reviews")]
    public async Task A_signed_in_analyst_s_cookie_cannot_write_through_the_API()
    {
        var count = SourceCount();
        var quote = QuoteOf(api.Web.EnglishId);

        var ingest = await Ingest(api.Web.Client, Report + " Cookie copy.", "cookie.txt");
        var (review, _) = await Review(api.Web.Client, new { kind = "quotation", id = quote.Id, state = "rejected", expectedVersion = quote.Version });

        Assert.Equal(401, ingest.Status);
        Assert.Equal(401, review.Status);
        Assert.Equal(count, SourceCount());
        Assert.Equal(quote, QuoteOf(api.Web.EnglishId));
    }

    private (long Id, long Version, Domain.ReviewState Review) QuoteOf(long sourceId)
    {
        using var ledger = SqliteLedger.Open(api.Web.LedgerPath);
        var quote = ledger.EntriesOf(sourceId).Quotes[0];
        return (quote.Id, ledger.VersionOf(EntryKind.Quote, quote.Id)!.Value, quote.Review);
    }

    /// <summary>A body that says how long it is and is never asked for: the server refuses it on its length alone.</summary>
    private sealed class DeclaredLength(long declared) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var zeros = new byte[81920];
            for (var left = declared; left > 0; left -= zeros.Length)
                await stream.WriteAsync(zeros.AsMemory(0, (int)Math.Min(zeros.Length, left)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = declared;
            return true;
        }
    }
}
