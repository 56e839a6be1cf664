using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Daftar.Extraction.Quotes;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, digits and marks, with internal apostrophes, hyphens and abbreviation dots ("al-Sadr", "U.S.", "don't").</summary>
    Word,

    /// <summary>Any other visible character, one per token.</summary>
    Punct,
}

/// <summary>Token properties read from its characters.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalised = 1,

    /// <summary>Ends with a possessive ’s, 's, or s’ (<see cref="Token.StemEnd"/> excludes it).</summary>
    Possessive = 2,

    /// <summary>The first character of a paragraph or line break follows the previous token.</summary>
    LineStart = 4,

    /// <summary>With <see cref="Possessive"/>: the plural form s’ (one apostrophe to drop, not ’s).</summary>
    PluralPossessive = 8,
}

/// <summary>A word or punctuation mark of the text (12 bytes: a million characters make about 250,000 tokens).</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>End of the word without a possessive ending (equal to End otherwise).</summary>
    public int StemEnd => (Flags & TokenFlags.Possessive) == 0 ? End : (Flags & TokenFlags.PluralPossessive) != 0 ? End - 1 : End - 2;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPossessive => (Flags & TokenFlags.Possessive) != 0;

    public bool IsCapitalised => (Flags & TokenFlags.Capitalised) != 0;
}

/// <summary>Splits text into word and punctuation tokens in one pass, without allocating per token.</summary>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>: an array (possibly longer) and the number of tokens in it.</summary>
    /// <param name="reuse">An array to fill if it is large enough (it grows otherwise).</param>
    public static (Token[] Tokens, int Count) Tokenize(string text, Token[]? reuse = null)
    {
        var capacity = text.Length / 4 + 16;
        var tokens = new TokenBuffer(reuse is not null && reuse.Length >= capacity ? reuse : GC.AllocateUninitializedArray<Token>(capacity));
        Tokenize(text, ref tokens);
        return (tokens.Items, tokens.Count);
    }

    private struct TokenBuffer(Token[] items)
    {
        public Token[] Items = items;
        public int Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(Token token)
        {
            if (Count == Items.Length)
                Array.Resize(ref Items, Items.Length * 2);
            Items[Count++] = token;
        }
    }

    private static void Tokenize(string text, ref TokenBuffer tokens)
    {
        var span = text.AsSpan();
        var i = 0;
        var lineStart = true;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                    lineStart = true;
                i++;
                continue;
            }

            var flags = lineStart ? TokenFlags.LineStart : TokenFlags.None;
            lineStart = false;
            if (IsWordChar(span, i))
            {
                var start = i;
                i = WordEnd(span, i);
                var end = i;

                // Possessive: ’s / 's at the end of the word, or a plural s’ / s' followed by a non-letter.
                if (end - start >= 3 && (span[end - 1] is 's' or 'S') && IsApostrophe(span[end - 2]))
                {
                    flags |= TokenFlags.Possessive;
                }
                else if (end < span.Length && IsApostrophe(span[end]) && end - start >= 2 && (span[end - 1] is 's' or 'S')
                         && (end + 1 >= span.Length || !char.IsLetterOrDigit(span[end + 1])))
                {
                    end++;
                    i = end;
                    flags |= TokenFlags.Possessive | TokenFlags.PluralPossessive;
                }

                if (char.IsUpper(span[start]))
                    flags |= TokenFlags.Capitalised;
                tokens.Add(new Token(start, end, TokenKind.Word, flags));
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]) ? 2 : 1;
            tokens.Add(new Token(i, i + width, TokenKind.Punct, flags));
            i += width;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>True when a word starts at <paramref name="i"/>: a letter, digit or (surrogate-pair) letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (c < '\u0080')
            return char.IsAsciiLetterOrDigit(c);
        if (char.IsHighSurrogate(c))
            return i + 1 < s.Length && Rune.TryCreate(c, s[i + 1], out var rune) && Rune.IsLetterOrDigit(rune);
        return char.IsLetterOrDigit(c) || IsMark(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMark(char c)
    {
        if (c < '\u0300')
            return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>The end of the word starting at <paramref name="i"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        var segmentStart = i;
        var dots = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || IsMark(c))
            {
                i++;
                continue;
            }

            if (char.IsHighSurrogate(c) && IsWordChar(s, i))
            {
                i += 2;
                continue;
            }

            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var nextIsWord = i + 1 < s.Length && IsWordChar(s, i + 1);

            // Internal apostrophes and hyphens: don't, Asa’ib, al-Sadr, U.S.-led.
            if ((IsApostrophe(c) || c is '\u2018' or '-' or '\u2010' or '\u2011') && nextIsWord)
            {
                i++;
                segmentStart = i;
                continue;
            }

            // Abbreviation dots: U.S., e.g., i.e. — a dot after a segment of one or two letters, before a letter or at the end.
            if (c == '.' && i - segmentStart is >= 1 and <= 2 && char.IsLetter(s[i - 1]))
            {
                if (char.IsLetter(next) && (i + 2 >= s.Length || !char.IsLetter(s[i + 2]) || s[i + 2] == '.'))
                {
                    dots = true;
                    i++;
                    segmentStart = i;
                    continue;
                }

                if (dots)
                {
                    i++;
                    break;
                }
            }

            break;
        }

        return i;
    }
}
