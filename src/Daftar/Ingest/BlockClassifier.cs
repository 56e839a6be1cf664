using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Daftar.Ingest;

/// <summary>
/// Labels blocks as prose, datelines, bylines, "also available in" notices or page chrome.
/// The phrase lists live in the embedded data file <c>chrome.tsv</c>; the structural rules are here:
/// taglines (several one-to-three-word fragments, each closed by a full stop), menus (several short items
/// on separate lines or split by | • ·), short section names that occur more than once, copyright lines.
/// </summary>
internal static class BlockClassifier
{
    /// <summary>Blocks longer than this are never furniture, dates or bylines.</summary>
    private const int ShortBlock = 300;

    /// <summary>Words counted at most; a block this long is prose whatever its punctuation.</summary>
    public const int LongProseWords = 40;

    public const int MinProseWords = 8;

    private const int MaxPrefixRuleWords = 14;

    private const int MaxContainsRuleWords = 30;

    private static readonly Lazy<ChromePhrases> Phrases = new(ChromePhrases.Load);

    private static readonly string[] EnglishBylinePrefixes = ["By ", "BY ", "Written by ", "Posted by ", "Author: ", "Authors: ", "Author ", "Authors "];

    private static readonly string[] ArabicBylinePrefixes = ["بقلم:", "بقلم", "كتب:", "كتبه:", "كتبت:", "الكاتب:", "الكاتبة:", "المؤلف:", "إعداد:", "اعداد:", "تأليف:"];

    private static readonly FrozenSet<string> NameConnectors = FrozenSet.Create(
        StringComparer.Ordinal, "and", "&", "de", "del", "da", "di", "al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "la", "le", "du", "y", "abu", "al-", "el-");

    private static readonly string[] AlsoPrefixes =
    [
        "this article is also available in", "this page is also available in", "this post is also available in",
        "also available in", "also in", "available in", "read this article in", "read this in", "read in",
        "هذا المقال متوفر أيضاً", "هذا المقال متوفر أيضا", "متوفر أيضاً", "متوفر أيضا", "متوفرة أيضاً", "متوفرة أيضا",
        "متاح أيضاً", "متاح أيضا", "متاحة أيضاً", "متاحة أيضا", "اقرأ هذا المقال", "اقرأ",
    ];

    private static readonly string[] AlsoPrefixKeys = [.. AlsoPrefixes.Select(p => Lexicon.Key(p))];

    /// <summary>The first characters of <see cref="AlsoPrefixKeys"/>: a key starting otherwise is no notice.</summary>
    private static readonly SearchValues<char> AlsoFirstCharacters = SearchValues.Create([.. AlsoPrefixKeys.Select(k => k[0]).Distinct()]);

    /// <summary>
    /// The ASCII characters an English byline can start with (its prefixes' first letters in either case); a line
    /// starting with another ASCII character is no English byline.
    /// </summary>
    private static readonly SearchValues<char> EnglishBylineFirstCharacters = SearchValues.Create(
        [.. EnglishBylinePrefixes.SelectMany(p => new[] { char.ToLowerInvariant(p[0]), char.ToUpperInvariant(p[0]) }).Distinct()]);

    private static readonly SearchValues<char> ArabicBylineFirstCharacters = SearchValues.Create([.. ArabicBylinePrefixes.Select(p => p[0]).Distinct()]);

    private static readonly FrozenSet<string> AlsoFillers = new[]
    {
        "in", "and", "also", "language", "languages", "version", "باللغة", "اللغة", "بلغة", "في", "ب", "بـ", "و", "النسخة", "نسخة", "أيضاً", "أيضا",
    }.Select(p => Lexicon.Key(p)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Classifies every block, then marks short labels that recur on the page as chrome.</summary>
    public static void Classify(IReadOnlyList<PageBlock> blocks)
    {
        Dictionary<string, int>? counts = null;
        foreach (var block in blocks)
        {
            ClassifyOne(block);
            if (MayRepeatAsChrome(block))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[block.Text] = counts.GetValueOrDefault(block.Text) + 1;
            }
        }

        if (counts is null)
        {
            return;
        }

        foreach (var block in blocks)
        {
            if (MayRepeatAsChrome(block) && counts.GetValueOrDefault(block.Text) > 1)
            {
                block.Kind = BlockKind.Chrome;
                block.Headline = false;
            }
        }
    }

    /// <summary>A section name or label ("Policy Notes"): short, no sentence, not a list item.</summary>
    private static bool MayRepeatAsChrome(PageBlock block) =>
        block.Kind == BlockKind.Other && block.Words <= 4 && !block.IsListItem && !TextStats.EndsSentence(block.Span);

    public static void ClassifyOne(PageBlock block)
    {
        var text = block.Span;
        block.Words = TextStats.WordCount(text, LongProseWords);
        if (text.Length <= ShortBlock && Furniture(block))
        {
            return;
        }

        if ((block.Words >= MinProseWords && TextStats.EndsSentence(text)) || block.Words >= LongProseWords)
        {
            block.Kind = BlockKind.Prose;
            return;
        }

        block.Kind = BlockKind.Other;
        block.Headline = !block.IsListItem
            && block.Words is >= 3 and <= 30
            && text.Length <= 250
            && !text.Contains('\n')
            && !TextStats.EndsWithFullStop(text);
    }

    /// <summary>Sets the kind when the block is a date, byline, notice or chrome; false for anything else.</summary>
    private static bool Furniture(PageBlock block)
    {
        var text = block.Text;
        if (!block.IsListItem && HasDigit(text) && DatelineParser.TryParseDateline(text, out var date))
        {
            block.Kind = BlockKind.Date;
            block.Date = date;
            return true;
        }

        // One look-up key per block serves the notice and chrome rules (blocks here are short).
        Span<char> buffer = stackalloc char[ShortBlock];
        var keyLength = Lexicon.WriteKey(text.AsSpan().Trim(), buffer);
        ReadOnlySpan<char> key = keyLength < 0 ? Lexicon.Key(text.AsSpan().Trim()) : buffer[..keyLength];
        if (block.Words <= 12 && TryAlsoKey(key, out var languages))
        {
            block.Kind = BlockKind.Also;
            block.Languages = languages;
            return true;
        }

        if (!block.IsListItem && TryByline(text, out var author))
        {
            block.Kind = BlockKind.Byline;
            block.Author = author;
            return true;
        }

        if (!block.IsListItem && TryMeta(block))
        {
            block.Kind = BlockKind.Meta;
            return true;
        }

        if (IsChromeKey(text, key, block.Words))
        {
            block.Kind = BlockKind.Chrome;
            return true;
        }

        return false;
    }

    private static bool HasDigit(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('0', '9') >= 0 || text.IndexOfAnyInRange('\u0660', '\u0669') >= 0 || text.IndexOfAnyInRange('\u06F0', '\u06F9') >= 0;

    /// <summary>True for page chrome: a known phrase, a tagline, a menu, or a line of chrome words.</summary>
    public static bool IsChrome(string text, int words) => IsChromeKey(text, Lexicon.Key(text.AsSpan().Trim()), words);

    private static bool IsChromeKey(string text, ReadOnlySpan<char> key, int words)
    {
        var phrases = Phrases.Value;
        var exactKey = TrimPunctuation(key);
        if (exactKey.IsEmpty)
        {
            return false;
        }

        if (phrases.ExactLookup.Contains(exactKey))
        {
            return true;
        }

        if (words <= MaxPrefixRuleWords && phrases.PrefixesByFirst.TryGetValue(key[0], out var candidates))
        {
            foreach (var prefix in candidates)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal)
                    && (key.Length == prefix.Length || !char.IsLetter(prefix[^1]) || !char.IsLetter(key[prefix.Length])))
                {
                    return true;
                }
            }
        }

        if (words <= MaxContainsRuleWords && key.IndexOfAny(phrases.AnyContained) >= 0)
        {
            return true;
        }

        return IsTagline(text, words) || IsMenu(text, words, phrases);
    }

    /// <summary>"Evidence. Debate. Reach." — two or more fragments of one to three words, each ending in a full stop.</summary>
    private static bool IsTagline(ReadOnlySpan<char> text, int words)
    {
        if (words is < 2 or > 12 || text.Contains('\n') || !TextStats.EndsSentence(text))
        {
            return false;
        }

        var fragments = 0;
        foreach (var range in text.SplitAny(".!?؟…"))
        {
            var fragment = text[range].Trim();
            if (fragment.IsEmpty)
            {
                continue;
            }

            var n = TextStats.WordCount(fragment);
            var letters = 0;
            foreach (var c in fragment)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            if (n is < 1 or > 3 || letters < 2)
            {
                return false;
            }

            fragments++;
        }

        return fragments >= 2;
    }

    /// <summary>Several short items: on separate lines, split by | • · ›, or all of them chrome words.</summary>
    private static bool IsMenu(string text, int words, ChromePhrases phrases)
    {
        var span = text.AsSpan();
        if (span.Contains('\n'))
        {
            var lines = 0;
            foreach (var range in span.Split('\n'))
            {
                var line = span[range];
                if (TextStats.WordCount(line) > 4 || TextStats.EndsSentence(line))
                {
                    return false;
                }

                lines++;
            }

            return lines >= 3;
        }

        var parts = 0;
        var allShort = true;
        var allChromeWords = words is >= 2 and <= 8;
        foreach (var range in span.SplitAny("|•·›/"))
        {
            var part = span[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            parts++;
            if (TextStats.WordCount(part) > 4 || TextStats.EndsWithFullStop(part))
            {
                allShort = false;
            }

            if (allChromeWords)
            {
                foreach (var wordRange in part.Split(' '))
                {
                    var word = part[wordRange];
                    if (!word.IsEmpty && !Lexicon.ContainsKey(phrases.Exact, word))
                    {
                        allChromeWords = false;
                        break;
                    }
                }
            }
        }

        return (parts >= 3 && allShort) || (parts >= 1 && allChromeWords);
    }

    /// <summary>True when the text begins like an "also available in" notice (the languages may follow in other elements).</summary>
    public static bool StartsLikeAlso(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        var key = Lexicon.Key(trimmed);
        foreach (var prefixKey in AlsoPrefixKeys)
        {
            if (key.StartsWith(prefixKey, StringComparison.Ordinal)
                && (key.Length == prefixKey.Length || !char.IsLetter(key[prefixKey.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Also available in العربية", "متوفر أيضاً باللغة الإنجليزية", "Read in English | Français".</summary>
    public static bool TryAlso(string text, out IReadOnlyList<string> languages) =>
        TryAlsoKey(Lexicon.Key(text.AsSpan().Trim()), out languages);

    private static bool TryAlsoKey(ReadOnlySpan<char> key, out IReadOnlyList<string> languages)
    {
        languages = [];
        if (key.IsEmpty || !AlsoFirstCharacters.Contains(key[0]))
        {
            return false;
        }

        foreach (var prefixKey in AlsoPrefixKeys)
        {
            if (!key.StartsWith(prefixKey, StringComparison.Ordinal)
                || (key.Length > prefixKey.Length && char.IsLetter(key[prefixKey.Length])))
            {
                continue;
            }

            var found = new List<string>();
            var rest = key[prefixKey.Length..];
            foreach (var range in rest.SplitAny(" ,،|/:;·•()[]-–"))
            {
                var word = rest[range].Trim(".");
                if (word.IsEmpty || AlsoFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    continue;
                }

                if (LanguageOf(word) is { } code)
                {
                    if (!found.Contains(code))
                    {
                        found.Add(code);
                    }

                    continue;
                }

                return false;
            }

            if (found.Count == 0)
            {
                return false;
            }

            languages = found;
            return true;
        }

        return false;
    }

    private static string? LanguageOf(ReadOnlySpan<char> word)
    {
        if (Lexicon.TryLookup(Lexicon.LanguageNames, word, out var code))
        {
            return code;
        }

        // Arabic proclitics: و (and), ب (in), وب.
        foreach (var prefix in (ReadOnlySpan<string>)["و", "ب", "وب"])
        {
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal)
                && Lexicon.TryLookup(Lexicon.LanguageNames, word[prefix.Length..], out code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>"By Jane Doe and John Roe", "بقلم علي حسن", "Author: …": the name(s), or false.</summary>
    public static bool TryByline(string text, out string? author)
    {
        author = null;
        if (text.Length > 120 || text.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        // Most lines start with a character no prefix starts with. (Case-insensitive matching could in principle
        // let a non-ASCII first character match, so those always take the loop.)
        var first = trimmed[0];
        var mayBeEnglish = first >= '\u0080' || EnglishBylineFirstCharacters.Contains(first);
        foreach (var prefix in mayBeEnglish ? EnglishBylinePrefixes : [])
        {
            if (trimmed.StartsWith(prefix, prefix[0] == 'B' && prefix.Length == 3 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                var names = trimmed[prefix.Length..].Trim().TrimStart(':').Trim().TrimEnd('.', ',', ';');
                if (IsLatinNameList(names))
                {
                    author = names;
                    return true;
                }

                return false;
            }
        }

        foreach (var prefix in ArabicBylineFirstCharacters.Contains(first) ? ArabicBylinePrefixes : [])
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal)
                && (prefix[^1] == ':' || trimmed.Length == prefix.Length || !char.IsLetter(trimmed[prefix.Length])))
            {
                var names = trimmed[prefix.Length..].Trim().TrimStart(':').Trim().TrimEnd('.', '،', ',');
                var words = TextStats.WordCount(names);
                if (words is >= 1 and <= 8 && !names.Any(char.IsDigit) && !TextStats.EndsSentence(names))
                {
                    author = names;
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    private static bool IsLatinNameList(string names)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var range in names.AsSpan().SplitAny(" ,"))
        {
            var word = names.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (NameConnectors.Contains(word.ToString().ToLowerInvariant()) && !char.IsUpper(word[0]))
            {
                continue;
            }

            var first = word[0];
            if (char.IsUpper(first) || (char.IsLetter(first) && !IsCased(first)))
            {
                capitalised++;
            }
            else
            {
                return false;
            }

            foreach (var c in word)
            {
                if (char.IsDigit(c))
                {
                    return false;
                }
            }
        }

        return words is >= 1 and <= 10 && capitalised >= 1;
    }

    private static bool IsCased(char c) => char.ToUpperInvariant(c) != char.ToLowerInvariant(c);

    /// <summary>"By Jane Doe | January 27, 2020 | 5 min read": parts split by | · •, holding a date or byline.</summary>
    private static bool TryMeta(PageBlock block)
    {
        var text = block.Text;
        if (text.Length > 160 || text.AsSpan().IndexOfAny("|·•") < 0)
        {
            return false;
        }

        var found = false;
        foreach (var range in text.AsSpan().SplitAny("|·•"))
        {
            var part = text.AsSpan()[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (DatelineParser.TryParseDateline(part, out var date))
            {
                block.Date ??= date;
                found = true;
            }
            else if (TryByline(part.ToString(), out var author))
            {
                block.Author ??= author;
                found = true;
            }
            else if (TextStats.WordCount(part) > 4)
            {
                return false;
            }
        }

        return found;
    }

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> s) =>
        s.Trim(" \t:|»«›‹><-–—•·….+#()[]*\"'“”");

    /// <summary>The phrase lists of <c>chrome.tsv</c>, keys normalised with <see cref="Lexicon.Key"/>.</summary>
    private sealed class ChromePhrases
    {
        public required FrozenSet<string> Exact { get; init; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactLookup => Exact.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The prefix phrases by their first character (keys are never empty).</summary>
        public required FrozenDictionary<char, string[]> PrefixesByFirst { get; init; }

        /// <summary>Finds any of the "contains" phrases.</summary>
        public required SearchValues<string> AnyContained { get; init; }

        public static ChromePhrases Load()
        {
            using var stream = typeof(BlockClassifier).Assembly.GetManifestResourceStream("Daftar.Ingest.chrome.tsv")
                ?? throw new InvalidOperationException("The embedded resource Daftar.Ingest.chrome.tsv is missing.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var exact = new HashSet<string>(StringComparer.Ordinal);
            var prefixes = new List<string>();
            var contains = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0)
                {
                    continue;
                }

                var rule = line[..tab];
                var phrase = line[(tab + 1)..];
                if (rule is "prefix" or "contains" && phrase.Length == 0)
                {
                    // An empty prefix or contained phrase would match every block.
                    throw new InvalidOperationException($"chrome.tsv: empty phrase for rule '{rule}'.");
                }

                switch (rule)
                {
                    case "exact":
                        exact.Add(Lexicon.Key(TrimPunctuation(phrase)));
                        break;
                    case "prefix":
                        prefixes.Add(Lexicon.Key(phrase));
                        break;
                    case "contains":
                        contains.Add(Lexicon.Key(phrase));
                        break;
                    default:
                        throw new InvalidOperationException($"chrome.tsv: unknown rule '{rule}'.");
                }
            }

            return new ChromePhrases
            {
                Exact = exact.ToFrozenSet(StringComparer.Ordinal),
                PrefixesByFirst = ByFirstCharacter(prefixes),
                AnyContained = SearchValues.Create([.. contains.Distinct(StringComparer.Ordinal)], StringComparison.Ordinal),
            };
        }

        /// <summary>Groups phrases by their first character, keeping their order.</summary>
        private static FrozenDictionary<char, string[]> ByFirstCharacter(IEnumerable<string> phrases) =>
            phrases.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }
}
