using System.Buffers;
using System.Reflection;
using System.Text;

namespace Daftar.Ingest;

/// <summary>
/// Names the publisher of a document from its page chrome: a list of well-known publishers kept in the
/// embedded data file <c>publishers.tsv</c>, plus a generic rule for institution names
/// ("The X Institute for …", "The X Center", "مركز …").
/// </summary>
internal static class Publishers
{
    private sealed record Alias(string Key, string Canonical, bool CaseSensitive, string Original);

    private static readonly Lazy<PublisherTable> Table = new(Load);

    /// <summary>
    /// Aliases indexed by their first two key characters (longest first), so a line is scanned once per
    /// word start instead of once per alias; acronyms (case-sensitive) are kept apart.
    /// </summary>
    /// <param name="AnyAcronym">Finds any acronym's text at all, so a line holding none skips the word-bounded checks.</param>
    private sealed record PublisherTable(
        Dictionary<(char, char), Alias[]> ByPrefix,
        Alias[] Acronyms,
        SearchValues<string> AnyAcronym,
        Dictionary<string, string> Exact);

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "Institute", "Institution", "Center", "Centre", "Council", "Forum", "Foundation", "Endowment",
        "Initiative", "Programme", "Program", "Society", "Academy", "Project", "Observatory", "Network",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "for", "of", "on", "in", "and", "&", "the", "de", "al",
    };

    private static readonly string[] ArabicInstitutionWords =
        ["مركز", "معهد", "مجلس", "منتدى", "مؤسسة", "مبادرة", "مرصد", "شبكة", "جمعية", "أكاديمية", "منظمة", "المركز", "المعهد", "المجلس", "المنتدى", "المرصد"];

    private static PublisherTable Load()
    {
        var assembly = typeof(Publishers).Assembly;
        using var stream = assembly.GetManifestResourceStream("Daftar.Ingest.publishers.tsv")
            ?? throw new InvalidOperationException("The embedded resource Daftar.Ingest.publishers.tsv is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var byPrefix = new Dictionary<(char, char), List<Alias>>();
        var acronyms = new List<Alias>();
        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (cols.Length == 0)
            {
                continue;
            }

            var canonical = cols[0];
            foreach (var name in cols)
            {
                var key = Lexicon.Key(name);
                exact.TryAdd(key, canonical);
                if (!name.Any(char.IsLower) && name.Any(char.IsUpper))
                {
                    acronyms.Add(new Alias(key, canonical, true, name));
                }
                else if (key.Length >= 2)
                {
                    var prefix = (key[0], key[1]);
                    if (!byPrefix.TryGetValue(prefix, out var list))
                    {
                        byPrefix[prefix] = list = [];
                    }

                    list.Add(new Alias(key, canonical, false, name));
                }
            }
        }

        return new PublisherTable(
            byPrefix.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(a => a.Key.Length).ToArray()),
            [.. acronyms.OrderByDescending(a => a.Key.Length)],
            SearchValues.Create([.. acronyms.Select(a => a.Original).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal),
            exact);
    }

    /// <summary>The canonical name when <paramref name="name"/> is exactly a known publisher or alias; else the name as given.</summary>
    public static string? Canonicalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        return Table.Value.Exact.TryGetValue(Lexicon.Key(trimmed), out var canonical) ? canonical : trimmed;
    }

    /// <summary>The longest well-known publisher named in <paramref name="lines"/>, by its canonical name.</summary>
    public static string? FindKnown(IEnumerable<string> lines)
    {
        var table = Table.Value;
        string? best = null;
        var bestLength = 0;
        foreach (var line in lines)
        {
            var key = Lexicon.Key(line);
            for (var i = 0; i + 1 < key.Length; i++)
            {
                if ((i > 0 && char.IsLetterOrDigit(key[i - 1])) || !table.ByPrefix.TryGetValue((key[i], key[i + 1]), out var candidates))
                {
                    continue;
                }

                foreach (var alias in candidates)
                {
                    if (alias.Key.Length <= bestLength)
                    {
                        break;
                    }

                    var end = i + alias.Key.Length;
                    if (key.AsSpan(i).StartsWith(alias.Key, StringComparison.Ordinal)
                        && (end == key.Length || !char.IsLetterOrDigit(key[end])))
                    {
                        best = alias.Canonical;
                        bestLength = alias.Key.Length;
                        break;
                    }
                }
            }

            if (line.AsSpan().IndexOfAny(table.AnyAcronym) < 0)
            {
                continue;
            }

            foreach (var alias in table.Acronyms)
            {
                if (alias.Key.Length > bestLength && ContainsWord(line, alias.Original, StringComparison.Ordinal))
                {
                    best = alias.Canonical;
                    bestLength = alias.Key.Length;
                }
            }
        }

        return best;
    }

    /// <summary>The holder named by a copyright line ("© 2024 Levant Policy Forum. All rights reserved."), or null.</summary>
    public static string? FindCopyrightHolder(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var span = line.AsSpan();
            var at = span.IndexOf('©');
            var markLength = 1;
            if (at < 0)
            {
                at = span.IndexOf("Copyright", StringComparison.OrdinalIgnoreCase);
                markLength = 9;
            }

            if (at < 0)
            {
                at = span.IndexOf("(c)", StringComparison.OrdinalIgnoreCase);
                markLength = 3;
            }

            if (at < 0)
            {
                continue;
            }

            var rest = span[(at + markLength)..].TrimStart(" ©:");
            var i = 0;
            while (i < rest.Length && (char.IsDigit(rest[i]) || rest[i] is ' ' or '-' or '–' or ',' or '،'))
            {
                i++;
            }

            rest = rest[i..];
            var cut = rest.IndexOfAny(".|؛;");
            if (cut >= 0)
            {
                rest = rest[..cut];
            }

            foreach (var stop in (ReadOnlySpan<string>)["All rights", "all rights", "جميع الحقوق", "حقوق"])
            {
                var s = rest.IndexOf(stop, StringComparison.Ordinal);
                if (s >= 0)
                {
                    rest = rest[..s];
                }
            }

            var name = rest.Trim().TrimEnd(" ,،-–").ToString();
            var words = TextStats.WordCount(name);
            if (words is >= 1 and <= 10 && name.Any(char.IsLetter))
            {
                return Canonicalize(name);
            }
        }

        return null;
    }

    /// <summary>
    /// An institution named in a chrome line by the generic rule, or null: a short capitalised name ending
    /// in Institute, Center, Council, Forum… ("The Tigris Institute for Regional Studies", "Levant Policy
    /// Forum"), or an Arabic line opening with مركز/معهد/منتدى/… followed by the name.
    /// </summary>
    public static string? FindInstitution(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (FindEnglishInstitution(line) is { } english)
            {
                return english;
            }

            if (FindArabicInstitution(line) is { } arabic)
            {
                return arabic;
            }
        }

        return null;
    }

    private static string Bare(string word) => word.TrimEnd(':', ',', '.', ';', '|', '·', '»', '!', '?');

    private static bool EndsPhrase(string word) => Bare(word).Length != word.Length;

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static string? FindEnglishInstitution(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length; k++)
        {
            if (!InstitutionWords.Contains(Bare(words[k])))
            {
                continue;
            }

            // Back over at most three capitalised words (or to "The"), never across a phrase end.
            var start = k;
            var before = 0;
            while (start > 0 && before < 3 && !EndsPhrase(words[start - 1]) && IsCapitalised(words[start - 1]))
            {
                start--;
                if (words[start] == "The")
                {
                    break;
                }

                before++;
            }

            // Forward through "for/of/on/in" and the capitalised words after it.
            var end = k;
            if (!EndsPhrase(words[k]) && k + 2 < words.Length && Bare(words[k + 1]) is "for" or "of" or "on" or "in"
                && IsCapitalised(words[k + 2]))
            {
                end = k + 1;
                for (var j = k + 2; j < words.Length; j++)
                {
                    var bare = Bare(words[j]);
                    if (bare == "The" || bare.Length == 0 || !(IsCapitalised(bare) || Connectors.Contains(bare)))
                    {
                        break;
                    }

                    end = j;
                    if (EndsPhrase(words[j]))
                    {
                        break;
                    }
                }

                while (end > k && Connectors.Contains(Bare(words[end])))
                {
                    end--;
                }
            }

            if (before >= 1 || end > k)
            {
                return Bare(string.Join(' ', words, start, end - start + 1));
            }
        }

        return null;
    }

    private static string? FindArabicInstitution(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || Array.IndexOf(ArabicInstitutionWords, words[0]) < 0 || !IsArabicWord(words[1]))
        {
            return null;
        }

        // The institution word, the proper name, then words with the article: مركز دجلة للدراسات الإقليمية.
        var end = 1;
        while (end + 1 < words.Length && IsArabicWord(words[end + 1])
            && words[end + 1].AsSpan().TrimStart('و') is var w
            && (w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal) || w.StartsWith("بال", StringComparison.Ordinal)))
        {
            end++;
        }

        return Bare(string.Join(' ', words, 0, end + 1)).TrimEnd('،');
    }

    private static bool IsArabicWord(string word) => word.Length > 0 && word[0] is >= '\u0621' and <= '\u064A';

    private static bool ContainsWord(string haystack, string needle, StringComparison comparison)
    {
        var offset = 0;
        while (offset <= haystack.Length - needle.Length)
        {
            var i = haystack.IndexOf(needle, offset, comparison);
            if (i < 0)
            {
                return false;
            }

            var before = i == 0 || !char.IsLetterOrDigit(haystack[i - 1]);
            var afterIndex = i + needle.Length;
            var after = afterIndex == haystack.Length || !char.IsLetterOrDigit(haystack[afterIndex]);
            if (before && after)
            {
                return true;
            }

            offset = i + 1;
        }

        return false;
    }
}
