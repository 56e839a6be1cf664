using System.Runtime.CompilerServices;

namespace Daftar.Ingest;

/// <summary>Cheap span measurements used to tell prose from page furniture.</summary>
internal static class TextStats
{
    /// <summary>Whitespace-separated tokens holding at least one letter or digit, counting at most <paramref name="cap"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WordCount(ReadOnlySpan<char> s, int cap = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        var wordHasLetter = false;
        foreach (var c in s)
        {
            if (c == ' ' || c == '\n' || TextCleaner.IsHorizontalSpace(c))
            {
                if (inWord && wordHasLetter && ++count >= cap)
                {
                    return count;
                }

                inWord = false;
                wordHasLetter = false;
                continue;
            }

            inWord = true;
            if (!wordHasLetter && char.IsLetterOrDigit(c))
            {
                wordHasLetter = true;
            }
        }

        if (inWord && wordHasLetter)
        {
            count++;
        }

        return count;
    }

    /// <summary>The text with trailing closing quotes, brackets and spaces removed.</summary>
    public static ReadOnlySpan<char> WithoutClosers(ReadOnlySpan<char> s)
    {
        var end = s.Length;
        while (end > 0 && s[end - 1] is '”' or '"' or '’' or '\'' or '»' or '›' or ')' or ']' or '*' or '_' or ' ' or '\u200F' or '\u200E')
        {
            end--;
        }

        return s[..end];
    }

    /// <summary>True when the text ends like a sentence (. ! ? … ؟ : ۔), after closing quotes and brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> s)
    {
        var t = WithoutClosers(s);
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or '؟' or ':' or '۔' or '。';
    }

    /// <summary>True when the text ends with a full stop (headlines do not).</summary>
    public static bool EndsWithFullStop(ReadOnlySpan<char> s)
    {
        var t = WithoutClosers(s);
        return t.Length > 0 && t[^1] is '.' or '۔' or '。';
    }

    /// <summary>Length of a list marker ("1. ", "2) ", "• ", "- ", "(3) ") at the start of the line, or 0.</summary>
    public static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i >= line.Length)
        {
            return 0;
        }

        var c = line[i];
        if (c is '•' or '◦' or '▪' or '‣' or '●' or '■' or '-' or '*' or '–' or '—' or '·')
        {
            return i + 1 < line.Length && line[i + 1] == ' ' ? i + 2 : 0;
        }

        var open = c == '(';
        if (open)
        {
            i++;
        }

        var digits = 0;
        while (i < line.Length && digits <= 3 && IsDigit(line[i]))
        {
            digits++;
            i++;
        }

        if (digits is 0 or > 3 || i >= line.Length)
        {
            return 0;
        }

        var close = line[i];
        if (open ? close != ')' : close is not ('.' or ')' or '-' or '–'))
        {
            return 0;
        }

        i++;
        return i < line.Length && line[i] == ' ' ? i + 1 : 0;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9';
}
