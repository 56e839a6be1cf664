using System.Text.Json;

namespace Daftar.Ingest;

/// <summary>The article facts a page states in JSON-LD (schema.org NewsArticle, Article, BlogPosting, …).</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Language);

/// <summary>Reads schema.org article metadata from <c>application/ld+json</c> scripts, including <c>@graph</c> and <c>@id</c> references.</summary>
internal static class JsonLd
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "ScholarlyArticle", "Report", "TechArticle", "LiveBlogPosting",
    };

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(script, Options);
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                var nodes = new List<JsonElement>();
                Collect(document.RootElement, nodes, depth: 0);
                var ids = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var node in nodes)
                {
                    if (Str(node, "@id") is { } id)
                    {
                        ids.TryAdd(id, node);
                    }
                }

                foreach (var node in nodes)
                {
                    if (!IsArticle(node))
                    {
                        continue;
                    }

                    return new JsonLdArticle(
                        Str(node, "headline") ?? Str(node, "name"),
                        Str(node, "datePublished") ?? Str(node, "dateCreated"),
                        NameOf(node, "author", ids),
                        NameOf(node, "publisher", ids),
                        Str(node, "inLanguage"));
                }
            }
        }

        return null;
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, nodes, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                nodes.Add(element);
                if (element.TryGetProperty("@graph", out var graph))
                {
                    Collect(graph, nodes, depth + 1);
                }

                if (element.TryGetProperty("mainEntity", out var main))
                {
                    Collect(main, nodes, depth + 1);
                }

                break;
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return ArticleTypes.Contains(type.GetString() ?? "");
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString() ?? ""))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Str(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => NullIfBlank(value[0].GetString()),
            _ => null,
        };
    }

    /// <summary>author / publisher: a string, an object with a name, an @id reference, or an array of those (the first).</summary>
    private static string? NameOf(JsonElement node, string property, Dictionary<string, JsonElement> ids)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (Name(item, ids) is { } name)
                {
                    return name;
                }
            }

            return null;
        }

        return Name(value, ids);
    }

    private static string? Name(JsonElement value, Dictionary<string, JsonElement> ids)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return NullIfBlank(value.GetString());
            case JsonValueKind.Object:
                if (Str(value, "name") is { } name)
                {
                    return name;
                }

                if (Str(value, "@id") is { } id && ids.TryGetValue(id, out var target))
                {
                    return Str(target, "name");
                }

                return null;
            default:
                return null;
        }
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
