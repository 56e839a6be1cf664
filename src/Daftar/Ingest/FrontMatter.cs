using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Daftar.Ingest;

/// <summary>
/// YAML front matter of a Markdown file (between a leading <c>---</c> line and a closing <c>---</c> or
/// <c>...</c> line). Read with YamlDotNet's event parser, which is iterative, so hostile nesting cannot
/// overflow the stack. Malformed YAML yields no metadata rather than an error.
/// </summary>
internal sealed class FrontMatter
{
    private const int MaxLength = 64 * 1024;

    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first value of the first present key.</summary>
    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values) && values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } value)
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>All values of the first present key.</summary>
    public IReadOnlyList<string> GetAll(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values))
            {
                return values;
            }
        }

        return [];
    }

    /// <summary>Splits off front matter: returns the metadata (or null) and the rest of the text.</summary>
    public static (FrontMatter? Meta, string Body) Split(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return (null, text);
        }

        var firstNewline = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstNewline < 0 || !text.AsSpan(3, firstNewline - 3).IsWhiteSpace())
        {
            return (null, text);
        }

        var position = firstNewline + 1;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(position, end - position).TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = text[(firstNewline + 1)..position];
                var body = newline < 0 ? "" : text[(newline + 1)..];
                return (yaml.Length <= MaxLength ? Parse(yaml) : new FrontMatter(), body);
            }

            if (newline < 0)
            {
                break;
            }

            position = newline + 1;
        }

        return (null, text);
    }

    private static FrontMatter Parse(string yaml)
    {
        var meta = new FrontMatter();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                return meta;
            }

            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (parser.TryConsume<Scalar>(out var key))
                {
                    var values = ReadValue(parser);
                    meta._values.TryAdd(key.Value.Trim(), values);
                }
                else
                {
                    parser.SkipThisAndNestedEvents();
                    parser.SkipThisAndNestedEvents();
                }
            }
        }
        catch (YamlException)
        {
            // Keep what was read before the error.
        }
        catch (InvalidOperationException)
        {
            // Unexpected end of the event stream.
        }

        return meta;
    }

    /// <summary>A scalar, a sequence of scalars or of objects with a name, or an object with a name.</summary>
    private static List<string> ReadValue(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return [scalar.Value];
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<string>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (parser.TryConsume<Scalar>(out var item))
                {
                    list.Add(item.Value);
                }
                else if (parser.Accept<MappingStart>(out _))
                {
                    if (ReadName(parser) is { } name)
                    {
                        list.Add(name);
                    }
                }
                else
                {
                    parser.SkipThisAndNestedEvents();
                }
            }

            return list;
        }

        if (parser.Accept<MappingStart>(out _))
        {
            return ReadName(parser) is { } name ? [name] : [];
        }

        parser.SkipThisAndNestedEvents();
        return [];
    }

    private static string? ReadName(IParser parser)
    {
        parser.Consume<MappingStart>();
        string? name = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.TryConsume<Scalar>(out var key))
            {
                if (key.Value == "name" && parser.TryConsume<Scalar>(out var value))
                {
                    name ??= value.Value;
                }
                else
                {
                    parser.SkipThisAndNestedEvents();
                }
            }
            else
            {
                parser.SkipThisAndNestedEvents();
                parser.SkipThisAndNestedEvents();
            }
        }

        return name;
    }
}
