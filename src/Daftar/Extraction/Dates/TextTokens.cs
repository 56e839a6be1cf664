using System.Buffers;
using System.Globalization;

namespace Daftar.Extraction.Dates;

/// <summary>What a <see cref="TextToken"/> is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>A run of letters and combining marks (any script).</summary>
    Word,

    /// <summary>A run of decimal digits (any script: 2020, ٢٠٢٠, ۲۰۲۰).</summary>
    Number,

    /// <summary>One code unit that is neither: punctuation, a symbol, a lone surrogate.</summary>
    Symbol,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>White space lies between this token and the one before it.</summary>
    SpaceBefore = 1,

    /// <summary>A line break lies between this token and the one before it.</summary>
    LineBefore = 2,

    /// <summary>A word whose first letter is upper case.</summary>
    Capitalized = 4,
}

/// <summary>A token: <c>text[Start..End]</c>. Tokens never overlap, are in text order and skip white space.</summary>
internal readonly record struct TextToken(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;

    public bool SpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;

    public bool LineBefore => (Flags & TokenFlags.LineBefore) != 0;

    public bool Capitalized => (Flags & TokenFlags.Capitalized) != 0;

    /// <summary>Touches the token before it (no white space between).</summary>
    public bool Joined => (Flags & TokenFlags.SpaceBefore) == 0;
}

/// <summary>
/// The tokens of a text in a pooled buffer: one pass, no per-token allocation. Dispose returns the buffer.
/// Shared by the date and event layers, which both read words, numbers and punctuation by position.
/// </summary>
internal sealed class TokenList : IDisposable
{
    private TextToken[] items;

    private TokenList(string text, TextToken[] items, int count)
    {
        Text = text;
        this.items = items;
        Count = count;
    }

    public string Text { get; }

    public int Count { get; }

    public ReadOnlySpan<TextToken> Span => items.AsSpan(0, Count);

    public ref readonly TextToken this[int index] => ref items[index];

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Chars(int index) => Text.AsSpan(items[index].Start, items[index].Length);

    /// <summary>True when token <paramref name="index"/> exists and is the single character <paramref name="c"/>.</summary>
    public bool IsSymbol(int index, char c) =>
        index >= 0 && index < Count && items[index].Kind == TokenKind.Symbol && Text[items[index].Start] == c;

    /// <summary>True when token <paramref name="index"/> exists and is one of <paramref name="chars"/>.</summary>
    public bool IsSymbolIn(int index, string chars) =>
        index >= 0 && index < Count && items[index].Kind == TokenKind.Symbol && chars.Contains(Text[items[index].Start], StringComparison.Ordinal);

    public bool IsKind(int index, TokenKind kind) => index >= 0 && index < Count && items[index].Kind == kind;

    /// <summary>The numeric value of a Number token of at most nine digits, else -1.</summary>
    public int NumberValue(int index)
    {
        if (index < 0 || index >= Count || items[index].Kind != TokenKind.Number || items[index].Length > 9)
            return -1;
        var value = 0;
        foreach (var c in Chars(index))
            value = (value * 10) + Math.Max(0, CharUnicodeInfo.GetDecimalDigitValue(c));
        return value;
    }

    /// <summary>The index of the first token that ends after <paramref name="offset"/> (binary search).</summary>
    public int IndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (items[mid].End <= offset)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (binary search).</summary>
    public int IndexStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (items[mid].Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    public void Dispose()
    {
        var array = items;
        items = [];
        if (array.Length > 0)
            ArrayPool<TextToken>.Shared.Return(array);
    }

    /// <summary>Splits <paramref name="text"/> into words, numbers and symbols.</summary>
    public static TokenList Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<TextToken>.Shared.Rent(Math.Max(16, (text.Length / 4) + 16));
        var count = 0;
        var flags = TokenFlags.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' : char.IsWhiteSpace(c))
            {
                flags |= TokenFlags.SpaceBefore;
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                    flags |= TokenFlags.LineBefore;
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (IsLetter(c))
            {
                kind = TokenKind.Word;
                if (char.IsUpper(c))
                    flags |= TokenFlags.Capitalized;
                i++;
                while (i < text.Length && IsLetter(text[i]))
                    i++;
            }
            else if (IsDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < text.Length && IsDigit(text[i]))
                    i++;
            }
            else
            {
                kind = TokenKind.Symbol;
                i++;
            }

            if (count == buffer.Length)
            {
                var bigger = ArrayPool<TextToken>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(bigger);
                ArrayPool<TextToken>.Shared.Return(buffer);
                buffer = bigger;
            }

            buffer[count++] = new TextToken(start, i, kind, flags);
            flags = TokenFlags.None;
        }

        return new TokenList(text, buffer, count);
    }

    private static bool IsLetter(char c)
    {
        if (c < 128)
            return unchecked((uint)((c | 0x20) - 'a')) <= 'z' - 'a';
        if (char.IsSurrogate(c))
            return false;
        if (char.IsLetter(c))
            return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsDigit(char c) => c < 128 ? unchecked((uint)(c - '0')) <= 9 : char.IsDigit(c);
}
