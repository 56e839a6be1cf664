using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>The answers are what the OpenAPI document says they are: each body valid against its documented schema.</summary>
public sealed class ApiSchemaTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>The JSON Schema the document gives an operation's answer of this status and media type.</summary>
    private static JsonSchema SchemaOf(JsonNode document, string method, string template, int status, string mediaType)
    {
        var schema = document["paths"]![template]![method]!["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]![mediaType]!["schema"]!;

        // One self-contained JSON Schema (2020-12, as OpenAPI 3.1's schemas are) with the document's components as $defs.
        var whole = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://daftar.invalid/{Guid.NewGuid():N}",
            ["$defs"] = document["components"]!["schemas"]!.DeepClone(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        var text = whole.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions());
    }

    private static void AssertValid(JsonSchema schema, ApiAnswer answer, string what)
    {
        var result = schema.Evaluate(answer.Json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        Assert.True(result.IsValid, $"{what} does not match its schema: {string.Join("; ", errors)}\n{answer.Body}");
    }

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
    public async Task Every_read_answers_as_documented(bool analyst)
    {
        using var client = api.Client(analyst ? api.AnalystToken : null);
        var document = JsonNode.Parse((await ApiFixture.Get(client, "/openapi/v1.json")).Body)!;
        var reads = new (string Path, string Template, int Status)[]
        {
            ("/api/v1/sources?limit=2", "/api/v1/sources", 200),
            ($"/api/v1/sources/{api.Web.ArabicId}", "/api/v1/sources/{id}", 200),
            ("/api/v1/sources/987654", "/api/v1/sources/{id}", 404),
            ("/api/v1/sources?limit=x", "/api/v1/sources", 400),
            ("/api/v1/actors", "/api/v1/actors", 200),
            ("/api/v1/actors/moqtada-al-sadr", "/api/v1/actors/{id}", 200),
            ("/api/v1/actors/nobody", "/api/v1/actors/{id}", 404),
            ("/api/v1/quotations", "/api/v1/quotations", 200),
            ("/api/v1/events", "/api/v1/events", 200),
            ("/api/v1/relations", "/api/v1/relations", 200),
            ("/api/v1/positions", "/api/v1/positions", 200),
            ("/api/v1/search?q=Samarra&limit=1", "/api/v1/search", 200),
            ("/api/v1/search", "/api/v1/search", 400),
        };

        foreach (var (path, template, status) in reads)
        {
            var answer = await ApiFixture.Get(client, path);
            Assert.True(answer.Status == status, $"{path}: {answer.Status}");
            AssertValid(SchemaOf(document, "get", template, status, status < 400 ? "application/json" : "application/problem+json"), answer, path);
        }
    }

    [Fact]
    [Exercises("POST /api/v1/sources")]
    [Exercises("POST /api/v1/reviews")]
    public async Task Writes_answer_as_documented()
    {
        using var analyst = api.Client(api.AnalystToken);
        var document = JsonNode.Parse((await ApiFixture.Get(analyst, "/openapi/v1.json")).Body)!;

        using var content = new StringContent("A schema note\n\nThe council met on Monday and the chair said that it would meet again soon.", System.Text.Encoding.UTF8, "text/plain");
        using var ingested = await analyst.PostAsync(new Uri("/api/v1/sources?name=schema.txt", UriKind.Relative), content);
        var added = await ApiAnswer.Read(ingested);
        Assert.Equal(201, added.Status);
        AssertValid(SchemaOf(document, "post", "/api/v1/sources", 201, "application/json"), added, "ingest");

        var quote = (await ApiFixture.Get(analyst, $"/api/v1/quotations?source={api.Web.EnglishId}")).Items[0];
        var body = new { kind = "quotation", id = quote.GetProperty("id").GetInt64(), state = "accepted", expectedVersion = quote.GetProperty("version").GetInt64() };
        using var applied = await analyst.PostAsync(new Uri("/api/v1/reviews", UriKind.Relative), JsonContent(body));
        AssertValid(SchemaOf(document, "post", "/api/v1/reviews", 200, "application/json"), await ApiAnswer.Read(applied), "review");
        using var stale = await analyst.PostAsync(new Uri("/api/v1/reviews", UriKind.Relative), JsonContent(body));
        var conflict = await ApiAnswer.Read(stale);
        Assert.Equal(409, conflict.Status);
        AssertValid(SchemaOf(document, "post", "/api/v1/reviews", 409, "application/problem+json"), conflict, "conflict");
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
