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

    /// <summary>The keys read and their values, as <see cref="Get"/> and <see cref="GetAll"/> see them.</summary>
    internal IReadOnlyDictionary<string, List<string>> Values => _values;

    private static FrontMatter Parse(string yaml) => TryParsePlain(yaml) ?? ParseYaml(yaml);

    /// <summary>
    /// Front matter made only of one-line <c>key: value</c> pairs, the value plain (letters, digits, spaces and a
    /// little punctuation, starting with a letter or digit) or double-quoted without escapes, is read here directly:
    /// YamlDotNet gives exactly these values for such lines (the tests compare the two), at several times the cost.
    /// Null for anything else (comments, nesting, lists, other quoting, escapes), which YamlDotNet reads.
    /// </summary>
    internal static FrontMatter? TryParsePlain(string yaml)
    {
        var meta = new FrontMatter();
        var text = yaml.AsSpan();
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.IsEmpty)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsPlainKey(line[..colon]) || colon + 1 >= line.Length || line[colon + 1] != ' ')
            {
                return null;
            }

            var rest = line[(colon + 1)..].TrimStart(' ').TrimEnd(' ');
            string value;
            if (rest.Length >= 2 && rest[0] == '"' && rest[^1] == '"' && IsPlainQuoted(rest[1..^1]))
            {
                value = rest[1..^1].ToString();
            }
            else if (IsPlainValue(rest))
            {
                value = rest.ToString();
            }
            else
            {
                return null;
            }

            meta._values.TryAdd(line[..colon].ToString(), [value]);
        }

        return meta;
    }

    private static bool IsPlainKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The inside of a one-line double-quoted scalar that has no escapes, so it means itself.</summary>
    private static bool IsPlainQuoted(ReadOnlySpan<char> inside)
    {
        foreach (var c in inside)
        {
            if (c is '"' or '\\' || !IsPrintable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A plain scalar that needs no YAML rule beyond trimming: no indicator, no colon, no comment mark.</summary>
    private static bool IsPlainValue(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || !char.IsLetterOrDigit(value[0]))
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in value)
        {
            var ok = c < '\u0080'
                ? char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or '+' or '(' or ')' or ',' or '\''
                    || (c == ' ' && previous != ' ')
                : IsPrintable(c) && (char.IsLetterOrDigit(c) || c is >= '\u0600' and <= '\u06FF');
            if (!ok)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>YAML's printable characters, less the line breaks and the byte order mark, for one line.</summary>
    private static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');

    internal static FrontMatter ParseYaml(string yaml)
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
