using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Daftar.Ingest;

/// <summary>
/// Small word lists shared by the readers, and the key normalisation used to look words up: lower case,
/// Arabic alef forms unified (أ إ آ ٱ → ا), Persian yeh/kaf folded, harakat and tatweel removed.
/// </summary>
internal static class Lexicon
{
    /// <summary>Writes the lookup key of <paramref name="word"/> into <paramref name="buffer"/>; returns its length, or -1 if too long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WriteKey(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            char k;
            switch (c)
            {
                case '\u0623' or '\u0625' or '\u0622' or '\u0671':
                    k = '\u0627';
                    break;
                case '\u06CC':
                    k = '\u064A';
                    break;
                case '\u06A9':
                    k = '\u0643';
                    break;
                case '\u0640':
                    continue;
                case >= '\u064B' and <= '\u065F':
                case '\u0670':
                    continue;
                case < '\u0080':
                    k = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    break;
                case >= '\u0600' and <= '\u06FF':
                    k = c;
                    break;
                default:
                    k = char.ToLowerInvariant(c);
                    break;
            }

            if (n == buffer.Length)
            {
                return -1;
            }

            buffer[n++] = k;
        }

        return n;
    }

    public static string Key(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[128];
        var n = WriteKey(word, buffer);
        return n < 0 ? word.ToString().ToLowerInvariant() : new string(buffer[..n]);
    }

    /// <summary>Builds a frozen dictionary whose keys are already normalised with <see cref="Key"/>.</summary>
    public static FrozenDictionary<string, T> Build<T>(IEnumerable<(string Word, T Value)> entries)
    {
        var d = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in entries)
        {
            d.TryAdd(Key(word), value);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static bool TryLookup<T>(FrozenDictionary<string, T> dictionary, ReadOnlySpan<char> word, out T value)
    {
        Span<char> buffer = stackalloc char[64];
        var n = WriteKey(word, buffer);
        if (n <= 0)
        {
            value = default!;
            return false;
        }

        return dictionary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..n], out value!);
    }

    /// <summary>True when the key of <paramref name="text"/> is in <paramref name="set"/> (keys built with <see cref="Key"/>).</summary>
    public static bool ContainsKey(FrozenSet<string> set, ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[128];
        var n = WriteKey(text, buffer);
        return n > 0 && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..n]);
    }

    /// <summary>Language names (English, Arabic, endonyms) → ISO 639-1 codes.</summary>
    public static readonly FrozenDictionary<string, string> LanguageNames = Build<string>(
    [
        ("Arabic", "ar"), ("العربية", "ar"), ("عربي", "ar"), ("عربية", "ar"), ("بالعربية", "ar"), ("باللغة العربية", "ar"),
        ("English", "en"), ("الإنجليزية", "en"), ("الإنكليزية", "en"), ("إنجليزي", "en"), ("بالإنجليزية", "en"), ("بالإنكليزية", "en"),
        ("French", "fr"), ("Français", "fr"), ("Francais", "fr"), ("الفرنسية", "fr"), ("بالفرنسية", "fr"),
        ("Persian", "fa"), ("Farsi", "fa"), ("فارسی", "fa"), ("فارسي", "fa"), ("الفارسية", "fa"), ("بالفارسية", "fa"),
        ("Kurdish", "ku"), ("کوردی", "ku"), ("كوردي", "ku"), ("الكردية", "ku"), ("بالكردية", "ku"),
        ("Turkish", "tr"), ("Türkçe", "tr"), ("التركية", "tr"), ("بالتركية", "tr"),
        ("Hebrew", "he"), ("עברית", "he"), ("العبرية", "he"), ("بالعبرية", "he"),
        ("German", "de"), ("Deutsch", "de"), ("الألمانية", "de"),
        ("Spanish", "es"), ("Español", "es"), ("الإسبانية", "es"),
        ("Russian", "ru"), ("Русский", "ru"), ("الروسية", "ru"),
        ("Urdu", "ur"), ("اردو", "ur"), ("الأردية", "ur"),
        ("Chinese", "zh"), ("中文", "zh"), ("الصينية", "zh"),
    ]);

    /// <summary>Reduces a language tag ("en-US", "AR_iq") to its primary subtag in lower case, or null.</summary>
    public static string? PrimaryLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var span = tag.AsSpan().Trim();
        var cut = span.IndexOfAny('-', '_');
        if (cut >= 0)
        {
            span = span[..cut];
        }

        if (span.Length is < 2 or > 3)
        {
            return null;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c))
            {
                return null;
            }
        }

        var code = span.ToString().ToLowerInvariant();
        return code == "und" ? null : code;
    }

    /// <summary>A language code or name ("ar", "Arabic", "العربية") as a code, or null.</summary>
    public static string? LanguageCode(string? nameOrCode)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }

        var trimmed = nameOrCode.Trim();
        if (TryLookup(LanguageNames, trimmed, out var code))
        {
            return code;
        }

        return PrimaryLanguage(trimmed);
    }
}
