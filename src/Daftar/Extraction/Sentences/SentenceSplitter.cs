using System.Collections.Frozen;
using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Quotes;

namespace Daftar.Extraction.Sentences;

/// <summary>Splits clean text into sentences (spans into the text, trimmed, in order, not overlapping).</summary>
/// <remarks>
/// Rules, in order:
/// <list type="bullet">
/// <item>A paragraph break (a blank line) always ends a sentence; so does a line break before a numbered or bulleted
/// list item ("1.", "2)", "a.", "•", "-"), and each list item is its own sentence: its marker ("1.") never ends one.</item>
/// <item>Otherwise a sentence ends at . ! ? … ؟ (and runs of them), with any closing quotation marks and brackets
/// after it, when white space and a sentence start follow: an upper-case or caseless (Arabic) letter, a digit, or an
/// opening quotation mark or bracket.</item>
/// <item>Not after a title or other abbreviation that never ends a sentence (Mr., Dr., Gen., Lt., St., No., e.g.,
/// i.e., …; data file abbreviations.tsv), nor after an initial ("J. Smith").</item>
/// <item>After an abbreviation that may end a sentence (U.S., U.K., etc., Inc., Jr.) only when the next word is one
/// that usually starts a sentence ("The", "He", "But" …).</item>
/// <item>Not inside brackets that close within the paragraph, so "(i.e. … . …)" stays whole.</item>
/// </list>
/// Quotations are not respected: a sentence may end inside one (the quotation layer joins them again).
/// </remarks>
public static class SentenceSplitter
{
    private const int MaxBracketLength = 400;

    private static readonly Lazy<Abbreviations> Data = new(Abbreviations.Load);

    /// <summary>The sentences of <paramref name="text"/>.</summary>
    public static ImmutableArray<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var abbreviations = Data.Value;
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var s = text.AsSpan();
        var start = 0;
        var bracketUntil = -1;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                var j = i + 1;
                var blank = false;
                while (j < s.Length && char.IsWhiteSpace(s[j]))
                {
                    if (s[j] == '\n')
                        blank = true;
                    j++;
                }

                if (blank || (j < s.Length && ListMarkerLength(s, j) > 0))
                {
                    Add(s, sentences, start, i);
                    start = j;
                    bracketUntil = -1;
                    i = j + (blank || j >= s.Length ? 0 : ListMarkerLength(s, j));
                    continue;
                }

                i++;
                continue;
            }

            if (c is '(' or '[' && i > bracketUntil)
            {
                bracketUntil = BracketEnd(s, i);
                i++;
                continue;
            }

            if (i == bracketUntil && i > 0 && s[i - 1] is '.' or '!' or '?' or '\u2026' or '\u061F')
            {
                // "(The party denied it.) Nobody …": the bracket closes a sentence of its own.
                var after = i + 1;
                while (after < s.Length && s[after] is ' ' or '\t' or '\u00A0')
                    after++;
                if (after > i + 1 && after < s.Length && IsSentenceStart(s, after))
                {
                    Add(s, sentences, start, i + 1);
                    start = i + 1;
                }

                i++;
                continue;
            }

            if (i < bracketUntil || c is not ('.' or '!' or '?' or '\u2026' or '\u061F' or '\u06D4' or '\u3002'))
            {
                i++;
                continue;
            }

            // A run of terminal marks ("?!", "...", "…"), then closing quotes and brackets.
            var runStart = i;
            var k = i;
            while (k < s.Length && s[k] is '.' or '!' or '?' or '\u2026' or '\u061F' or '\u06D4' or '\u3002')
                k++;
            var runEnd = k;
            while (k < s.Length && s[k] is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']' or '\u00BB' or '\u203A')
                k++;

            if (k < s.Length && !char.IsWhiteSpace(s[k]))
            {
                i = Math.Max(runEnd, i + 1);
                continue;
            }

            var next = k;
            while (next < s.Length && s[next] is ' ' or '\t' or '\u00A0')
                next++;

            var ends = next >= s.Length || s[next] == '\n' || (IsSentenceStart(s, next) && !Abbreviated(s, runStart, runEnd, next, start, abbreviations));
            if (ends)
            {
                Add(s, sentences, start, k);
                start = k;
            }

            i = Math.Max(k, i + 1);
        }

        Add(s, sentences, start, s.Length);
        return sentences.ToImmutable();
    }

    /// <summary>
    /// The length of a list marker at <paramref name="i"/> (after white space at a line start): "1." "12)" "a." "iv."
    /// "(3)" "•" "-" "*" "–" followed by a space; 0 if none.
    /// </summary>
    internal static int ListMarkerLength(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length)
            return 0;
        var c = s[i];
        if (c is '\u2022' or '\u25AA' or '\u25E6' or '\u00B7' or '*' or '-' or '\u2013' or '\u2014' or '\u2043' or '\u25CF')
            return i + 1 < s.Length && s[i + 1] is ' ' or '\t' ? 1 : 0;

        var j = i;
        var paren = c == '(';
        if (paren)
            j++;
        var digits = 0;
        while (j < s.Length && char.IsDigit(s[j]) && digits < 3)
        {
            j++;
            digits++;
        }

        if (digits == 0)
        {
            // a. b. or i. ii. iv. (roman numerals up to four letters), lower case only: "A." is an initial.
            var letters = 0;
            while (j < s.Length && s[j] is >= 'a' and <= 'z' && letters < 4)
            {
                if (letters > 0 && s[j] is not ('i' or 'v' or 'x'))
                    return 0;
                j++;
                letters++;
            }

            if (letters == 0 || (letters > 1 && s[i + (paren ? 1 : 0)] is not ('i' or 'v' or 'x')))
                return 0;
        }

        if (j >= s.Length)
            return 0;
        if (paren ? s[j] != ')' : s[j] is not ('.' or ')'))
            return 0;
        j++;
        return j < s.Length && s[j] is ' ' or '\t' ? j - i : 0;
    }

    private static bool IsSentenceStart(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (char.IsUpper(c) || char.IsDigit(c))
            return true;
        if (char.IsLetter(c))
            return !char.IsLower(c); // caseless scripts: Arabic, Hebrew, CJK
        if (c is '\u201C' or '\u2018' or '"' or '\'' or '\u00AB' or '(' or '[' or '\u2039' or '\u201E')
            return i + 1 >= s.Length || !char.IsLower(s[i + 1]);
        return c is '\u2022' or '\u00BF' or '\u00A1';
    }

    /// <summary>True when the single full stop at <paramref name="runStart"/> ends an abbreviation, not the sentence.</summary>
    private static bool Abbreviated(ReadOnlySpan<char> s, int runStart, int runEnd, int next, int sentenceStart, Abbreviations abbreviations)
    {
        if (runEnd - runStart != 1 || s[runStart] != '.')
            return false;

        // The word before the full stop, with its inner dots: "U.S", "e.g", "Mr", "J".
        var w = runStart;
        while (w > sentenceStart && (char.IsLetterOrDigit(s[w - 1]) || s[w - 1] == '.'))
            w--;
        var word = s[w..runStart];
        if (word.IsEmpty)
            return false;

        // A list marker ("1." at the start of the sentence) is part of its item.
        if (w == sentenceStart && ListMarkerLength(s, w) > 0)
            return true;

        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial: "J. Smith"

        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = word.Length <= WordKey.MaxLength ? WordKey.Write(word, buffer) : -1;
        if (n > 0)
        {
            var key = buffer[..n];
            if (abbreviations.Never.Contains(key))
                return true;
            if (abbreviations.Sometimes.Contains(key) || IsDottedAcronym(word))
                return !StartsSentence(s, next, abbreviations);
        }

        return false;
    }

    /// <summary>"U.S", "U.A.E", "D.C": one- or two-letter segments joined by dots.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
            return false;
        var segment = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (segment == 0)
                    return false;
                segment = 0;
            }
            else if (char.IsLetter(c) && ++segment <= 2)
            {
                continue;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsSentence(ReadOnlySpan<char> s, int i, Abbreviations abbreviations)
    {
        if (i < s.Length && s[i] is '\u201C' or '"' or '\u00AB' or '(')
            return true;
        var e = i;
        while (e < s.Length && char.IsLetter(s[e]))
            e++;
        if (e == i || e - i > WordKey.MaxLength)
            return false;
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = WordKey.Write(s[i..e], buffer);
        return n > 0 && abbreviations.Starters.Contains(buffer[..n]);
    }

    /// <summary>The index of the bracket closing the one at <paramref name="i"/> within the paragraph, or -1.</summary>
    private static int BracketEnd(ReadOnlySpan<char> s, int i)
    {
        var open = s[i];
        var close = open == '(' ? ')' : ']';
        var depth = 0;
        var limit = Math.Min(s.Length, i + MaxBracketLength);
        for (var k = i; k < limit; k++)
        {
            var c = s[k];
            if (c == open)
            {
                depth++;
            }
            else if (c == close)
            {
                if (--depth == 0)
                    return k;
            }
            else if (c == '\n' && k + 1 < s.Length && s[k + 1] == '\n')
            {
                return -1;
            }
        }

        return -1;
    }

    private static void Add(ReadOnlySpan<char> s, ImmutableArray<TextSpan>.Builder sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start]))
            start++;
        while (end > start && char.IsWhiteSpace(s[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new TextSpan(start, end));
    }

    /// <summary>The abbreviation lists of abbreviations.tsv, as lexicon keys without the final dot.</summary>
    private sealed class Abbreviations
    {
        public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Never { get; init; }

        public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sometimes { get; init; }

        public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters { get; init; }

        public static Abbreviations Load()
        {
            var never = new HashSet<string>(StringComparer.Ordinal);
            var sometimes = new HashSet<string>(StringComparer.Ordinal);
            var starters = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in DataTable.Rows("Daftar.Extraction.Sentences.abbreviations.tsv"))
            {
                if (row.Length < 3)
                    continue;
                var set = row[1] switch
                {
                    "never" => never,
                    "sometimes" => sometimes,
                    "starter" => starters,
                    _ => null,
                };
                if (set is null)
                    continue;
                foreach (var word in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    set.Add(WordKey.Of(word.TrimEnd('.')));
            }

            return new Abbreviations
            {
                Never = never.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                Sometimes = sometimes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                Starters = starters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            };
        }
    }
}
