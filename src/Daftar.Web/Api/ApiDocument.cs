using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Daftar.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Daftar.Web.Api;

/// <summary>The values a query parameter of one endpoint takes, for its OpenAPI description.</summary>
public sealed record ApiParameterValues(string Name, IReadOnlyList<string> Values)
{
    /// <summary>The review states a list may be filtered by.</summary>
    public static ApiParameterValues Review { get; } = new("review", ApiDocument.CodesOf<Domain.ReviewState>());
}

/// <summary>
/// The API's OpenAPI document (<c>/openapi/v1.json</c>): only the <c>/api/v1/</c> endpoints, the bearer-token scheme,
/// and the true types of the query parameters, which the endpoints take as text to name a bad one in their 400 answer.
/// </summary>
public static class ApiDocument
{
    /// <summary>The document's name, and the API's version.</summary>
    public const string Name = "v1";

    /// <summary>The security scheme's name in the document.</summary>
    public const string BearerScheme = "bearer";

    /// <summary>The JSON settings, the OpenAPI document and the JSON API's services.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            // Arabic and every other script as themselves, not as \u escapes; the API answers JSON only, never HTML, so
            // the characters HTML holds special need no escaping either.
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // Numbers are numbers: "7" is not an id (and the document's schemas say "integer", not "integer or string").
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(Name, o =>
        {
            o.ShouldInclude = description => description.GroupName == Name;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Daftar",
                    Version = Name,
                    Description = "The ledger of who said what, who did what, and when, from English and Arabic sources. "
                        + "Without a token the API answers what the public may see (accepted entries of non-confidential sources); "
                        + "an analyst's token sees everything and may ingest and review. Errors are RFC 9457 problem details.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "dft_…",
                    Description = "An account's API token (daftar token add ACCOUNT --label NAME), as \"Authorization: Bearer dft_…\".",
                };
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type == typeof(ReviewRequest) && schema.Properties is { } properties)
                {
                    if (properties.TryGetValue("kind", out var kind) && kind is OpenApiSchema kindSchema)
                        kindSchema.Enum = Strings(ApiEndpoints.ReviewKindNames);
                    if (properties.TryGetValue("state", out var state) && state is OpenApiSchema stateSchema)
                        stateSchema.Enum = Strings(CodesOf<Domain.ReviewState>());
                }

                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (metadata.OfType<ApiParameterValues>().FirstOrDefault(v => v.Name == parameter.Name) is { } values)
                        parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Strings(values.Values) };
                    else if (SchemaOf(parameter.Name) is { } schema)
                        parameter.Schema = schema;
                }

                // The ingest body is the document's bytes as they are, not base64.
                foreach (var content in operation.RequestBody?.Content?.Values ?? [])
                {
                    if (content.Schema is OpenApiSchema { Format: "byte" } raw)
                        raw.Format = "binary";
                }

                // Writes need a token; reads take one (and then answer as the token's account) or none.
                var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] };
                operation.Security = metadata.OfType<IAuthorizeData>().Any() ? [bearer] : [new OpenApiSecurityRequirement(), bearer];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Serves the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    /// <summary>An enum's values as the API writes them.</summary>
    public static IReadOnlyList<string> CodesOf<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Codes.Name)];

    private static List<JsonNode> Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    private static OpenApiSchema? SchemaOf(string? parameter) => parameter switch
    {
        "limit" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = ApiArguments.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = ApiArguments.DefaultLimit },
        "offset" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Default = 0 },
        "from" or "to" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        "source" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" },
        _ => null,
    };
}
