using System.Reflection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Names the API operations ("GET /api/v1/sources/{id}") a test calls, for <see cref="ApiDocumentTests"/>'s guard.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ExercisesAttribute(string operation) : Attribute
{
    public string Operation { get; } = operation;
}

/// <summary>The OpenAPI document: served, valid, describing every endpoint, and every endpoint it describes tested.</summary>
public sealed class ApiDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<OpenApiDocument> Document()
    {
        using var visitor = api.Client();
        var answer = await ApiFixture.Get(visitor, "/openapi/v1.json");
        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
        var read = OpenApiDocument.Parse(answer.Body, "json", new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        return read.Document!;
    }

    private static IEnumerable<(string Operation, OpenApiOperation Description)> Operations(OpenApiDocument document) =>
        from path in document.Paths
        from operation in path.Value.Operations ?? []
        select ($"{operation.Key.Method.ToUpperInvariant()} {path.Key}", operation.Value);

    [Fact]
    public async Task The_document_is_served_and_parses_as_OpenAPI_with_the_API_s_paths_only()
    {
        var document = await Document();

        var operations = Operations(document).Select(o => o.Operation).ToList();
        Assert.Contains("GET /api/v1/sources", operations);
        Assert.Contains("POST /api/v1/reviews", operations);
        Assert.All(document.Paths.Keys, path => Assert.StartsWith("/api/v1/", path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_operation_has_a_name_a_summary_and_its_error_answers()
    {
        var document = await Document();

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (operation, description) in Operations(document))
        {
            Assert.False(string.IsNullOrWhiteSpace(description.OperationId), operation);
            Assert.True(names.Add(description.OperationId!), $"{operation}: its name is taken");
            Assert.False(string.IsNullOrWhiteSpace(description.Summary), operation);
            Assert.True(description.Responses?.ContainsKey("401"), $"{operation}: no 401");
            foreach (var (status, response) in description.Responses!.Where(r => r.Key[0] is '4' or '5'))
                Assert.True(response.Content?.ContainsKey("application/problem+json"), $"{operation} {status}: not problem details");
        }
    }

    [Fact]
    public async Task The_bearer_scheme_is_documented_and_required_by_the_writes()
    {
        var document = await Document();

        var scheme = Assert.IsType<OpenApiSecurityScheme>(document.Components?.SecuritySchemes?["bearer"]);
        Assert.Equal(SecuritySchemeType.Http, scheme.Type);
        Assert.Equal("bearer", scheme.Scheme);
        foreach (var (operation, description) in Operations(document))
        {
            var requirements = description.Security ?? [];
            Assert.Contains(requirements, r => r.Keys.Any(k => k.Reference.Id == "bearer"));
            // Reads may also be called without a token (an empty requirement); writes may not.
            Assert.Equal(operation.StartsWith("GET", StringComparison.Ordinal), requirements.Any(r => r.Count == 0));
        }
    }

    [Fact]
    public async Task Query_parameters_carry_their_types_and_values()
    {
        var document = await Document();
        var list = document.Paths["/api/v1/quotations"].Operations![HttpMethod.Get];

        var limit = list.Parameters!.Single(p => p.Name == "limit").Schema!;
        Assert.Equal(JsonSchemaType.Integer, limit.Type);
        Assert.Equal("200", limit.Maximum);
        Assert.Equal("date", list.Parameters!.Single(p => p.Name == "from").Schema!.Format);
        var kinds = list.Parameters!.Single(p => p.Name == "kind").Schema!.Enum!.Select(v => v.GetValue<string>());
        Assert.Equal(["speech", "fragment", "term"], kinds);
    }

    /// <summary>The guard: an endpoint added to the API without a test calling it fails here.</summary>
    [Fact]
    public async Task Every_documented_operation_is_exercised_by_a_test()
    {
        var document = await Document();
        var exercised = typeof(ApiDocumentTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .SelectMany(m => m.GetCustomAttributes<ExercisesAttribute>())
            .Select(a => a.Operation)
            .ToHashSet(StringComparer.Ordinal);

        var untested = Operations(document).Select(o => o.Operation).Where(o => !exercised.Contains(o)).ToList();
        Assert.True(untested.Count == 0, "no test calls: " + string.Join(", ", untested));
        var undocumented = exercised.Where(o => !Operations(document).Any(d => d.Operation == o)).ToList();
        Assert.True(undocumented.Count == 0, "tests name operations the document does not have: " + string.Join(", ", undocumented));
    }
}
