using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Daftar.Tests.Publishing;

/// <summary>
/// Validates a Popolo export against the vendored Popolo schemas (draft-03, translated when loaded) and Daftar's own
/// document schema over them (see PopoloSchemas/README.md).
/// </summary>
internal static class PopoloSchemaValidator
{
    private static readonly Lazy<JsonSchema> Document = new(Load);

    /// <summary>The errors found, as "location: message" lines; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Document.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private static JsonSchema Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Publishing", "PopoloSchemas");
        var popolo = Directory.GetFiles(folder, "*.json").Where(f => Path.GetFileName(f) != "export-document.json")
            .Select(f => FromDraft3(JsonNode.Parse(File.ReadAllText(f))!.AsObject()))
            .ToDictionary(s => s["$id"]!.GetValue<string>(), s => s.ToJsonString(), StringComparer.Ordinal);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };

        // Popolo's schemas refer to each other by their published addresses: answer those from the files, never the network.
        options.SchemaRegistry.Fetch = (uri, _) => popolo.TryGetValue(uri.GetLeftPart(UriPartial.Path), out var text) ? JsonSchema.FromText(text, options) : null;
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "export-document.json")), options);
    }

    /// <summary>The same schema in JSON Schema 2020-12: <c>id</c> becomes <c>$id</c> (first, as the library needs), a
    /// property's <c>"required": true</c> joins its object's <c>required</c> list.</summary>
    private static JsonObject FromDraft3(JsonObject draft3)
    {
        var schema = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema" };
        if (draft3["id"] is JsonValue id)
            schema["$id"] = id.GetValue<string>().TrimEnd('#');
        foreach (var (key, value) in draft3)
        {
            if (key is not ("id" or "$schema"))
                schema[key] = value?.DeepClone();
        }

        Translate(schema);
        return schema;
    }

    private static void Translate(JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            var required = new JsonArray();
            foreach (var (name, value) in properties)
            {
                if (value is not JsonObject property)
                    continue;
                if (property["required"] is JsonValue flag && flag.GetValue<bool>())
                    required.Add(name);
                property.Remove("required");
                Translate(property);
            }

            if (required.Count > 0)
                schema["required"] = required;
        }

        if (schema["items"] is JsonObject items)
            Translate(items);
    }
}
