using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Daftar.Ingest;

/// <summary>
/// Whitespace and Unicode hygiene shared by the readers: line ends become <c>\n</c>, runs of horizontal
/// whitespace (spaces, tabs, non-breaking and other Unicode spaces, stray control characters) become
/// one space, lines are trimmed, the result is NFC. Every other character is kept as written.
/// </summary>
internal static class TextCleaner
{
    // Characters that need the slow path: anything treated as horizontal space except the plain space.
    private static readonly SearchValues<char> Special = SearchValues.Create(BuildSpecial());

    private static string BuildSpecial()
    {
        var sb = new StringBuilder();
        for (var c = '\0'; c < '\u0020'; c++)
        {
            if (c != '\n')
            {
                sb.Append(c);
            }
        }

        for (var c = '\u007F'; c <= '\u00A0'; c++)
        {
            sb.Append(c);
        }

        sb.Append("\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\uFEFF");
        return sb.ToString();
    }

    /// <summary>True for characters a paragraph treats as a plain space (never <c>\n</c>).</summary>
    /// <remarks>Inlined into the scanning loops; only the rare characters outside the cheap ranges pay a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHorizontalSpace(char c) =>
        // Printable ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic…: the common case, decided cheaply.
        c is not (> ' ' and < '\u007F' or > '\u00A0' and < '\u1680') && IsOtherHorizontalSpace(c);

    private static bool IsOtherHorizontalSpace(char c) =>
        c == ' ' || (c != '\n' && (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF'));

    /// <summary>Replaces CRLF, CR, NEL and LINE SEPARATOR by LF and PARAGRAPH SEPARATOR by a blank line.</summary>
    public static string NormalizeLineEnds(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\u0085', '\u2028') < 0 && !text.Contains('\u2029', StringComparison.Ordinal))
        {
            return text;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u0085', '\n')
            .Replace('\u2028', '\n')
            .Replace("\u2029", "\n\n", StringComparison.Ordinal);
    }

    /// <summary>Trims horizontal space from both ends of <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> TrimSpace(ReadOnlySpan<char> s)
    {
        var start = 0;
        while (start < s.Length && IsHorizontalSpace(s[start]))
        {
            start++;
        }

        var end = s.Length;
        while (end > start && IsHorizontalSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>True when the line holds nothing but horizontal space and invisible format characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsBlank(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsHorizontalSpace(c) && c != '\n' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends one line (no <c>\n</c> inside) trimmed, with horizontal space runs collapsed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendLine(StringBuilder sb, ReadOnlySpan<char> line)
    {
        line = TrimSpace(line);
        if (IsCleanLine(line))
        {
            sb.Append(line);
            return;
        }

        var pendingSpace = false;
        var start = -1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (IsHorizontalSpace(c))
            {
                if (start >= 0)
                {
                    sb.Append(line[start..i]);
                    start = -1;
                }

                pendingSpace = true;
                continue;
            }

            if (start < 0)
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                start = i;
            }
        }

        if (start >= 0)
        {
            sb.Append(line[start..]);
        }
    }

    /// <summary>
    /// Cleans a paragraph that may hold <c>\n</c> line breaks: each line cleaned, blank lines dropped.
    /// Returns "" when nothing visible is left.
    /// </summary>
    public static string CleanParagraph(ReadOnlySpan<char> text, StringBuilder scratch)
    {
        scratch.Clear();
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (IsBlank(line))
            {
                continue;
            }

            if (scratch.Length > 0)
            {
                scratch.Append('\n');
            }

            AppendLine(scratch, line);
        }

        return scratch.ToString();
    }

    /// <summary>True when <see cref="AppendLine"/> would copy the (trimmed) line unchanged.</summary>
    public static bool IsCleanLine(ReadOnlySpan<char> trimmedLine) =>
        trimmedLine.IndexOfAny(Special) < 0 && trimmedLine.IndexOf("  ", StringComparison.Ordinal) < 0;

    /// <summary>Joins paragraphs with a blank line and normalises to NFC.</summary>
    public static string JoinParagraphs(IReadOnlyList<ReadOnlyMemory<char>> paragraphs)
    {
        var length = 0;
        foreach (var p in paragraphs)
        {
            if (!p.IsEmpty)
            {
                length += p.Length + (length > 0 ? 2 : 0);
            }
        }

        var joined = string.Create(length, paragraphs, static (destination, parts) =>
        {
            var position = 0;
            foreach (var p in parts)
            {
                if (p.IsEmpty)
                {
                    continue;
                }

                if (position > 0)
                {
                    destination[position++] = '\n';
                    destination[position++] = '\n';
                }

                p.Span.CopyTo(destination[position..]);
                position += p.Length;
            }
        });
        return ToNfc(joined);
    }

    public static string ToNfc(string s)
    {
        if (IsNfcByItsCharacters(s))
        {
            return s;
        }

        try
        {
            return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Only an unpaired surrogate (e.g. from a numeric character reference) gets here.
            return ReplaceLoneSurrogates(s).Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>
    /// True when every character is one that NFC never changes, reorders or combines with what precedes it
    /// (quick-check Yes, combining class 0): Latin up to U+02FF, the Arabic letters, Arabic punctuation and digits,
    /// general punctuation. Such text is NFC as it stands, so the ICU check (the readers' largest fixed cost per
    /// Arabic document) is skipped. Anything else, a combining mark included, goes through ICU.
    /// </summary>
    internal static bool IsNfcByItsCharacters(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && s.Length >= Vector256<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            var latinEnd = Vector256.Create((ushort)0x0300);
            var arabicFirst = Vector256.Create((ushort)'\u0621');
            var arabicCount = Vector256.Create((ushort)('\u064A' - '\u0621' + 1));
            var last = s.Length - Vector256<ushort>.Count;
            for (; i <= last; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                // Unsigned lane comparisons: a wrapped-around difference is large.
                var safe = Vector256.LessThan(v, latinEnd) | Vector256.LessThan(v - arabicFirst, arabicCount);
                if (safe != Vector256<ushort>.AllBitsSet && !AllNfcSafe(s.Slice(i, Vector256<ushort>.Count)))
                {
                    return false;
                }
            }
        }

        return AllNfcSafe(s[i..]);
    }

    private static bool AllNfcSafe(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsNfcSafe(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters of <see cref="IsNfcByItsCharacters"/> (the tests check each against ICU).</summary>
    internal static bool IsNfcSafe(char c) =>
        c is < '\u0300'
            or (>= '\u0621' and <= '\u064A') or '\u060C' or '\u061B' or '\u061F' or (>= '\u0660' and <= '\u0669')
            or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E');

    private static string ReplaceLoneSurrogates(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
