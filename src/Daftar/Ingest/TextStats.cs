using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Daftar.Ingest;

/// <summary>Cheap span measurements used to tell prose from page furniture.</summary>
internal static class TextStats
{
    /// <summary>Whitespace-separated tokens holding at least one letter or digit, counting at most <paramref name="cap"/>.</summary>
    /// <remarks>
    /// Reads 64 characters at a time as bit masks while they are all ASCII or core Arabic letters (nearly all of the
    /// prose this counts), and character by character otherwise; both give the count of the plain loop
    /// <see cref="WordCountScalar"/>, which the tests hold it to.
    /// </remarks>
    public static int WordCount(ReadOnlySpan<char> s, int cap = int.MaxValue)
    {
        var state = new WordState(Math.Max(cap, 1));
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            while (s.Length - i >= 64 && !state.Done)
            {
                var block = s.Slice(i, 64);
                if (Masks(block, out var separators, out var alnum))
                {
                    state.Add(separators, alnum);
                }
                else
                {
                    state.Add(block);
                }

                i += 64;
            }
        }

        if (!state.Done)
        {
            state.Add(s[i..]);
        }

        return state.Result;
    }

    /// <summary>The plain definition of <see cref="WordCount"/>, one character at a time.</summary>
    internal static int WordCountScalar(ReadOnlySpan<char> s, int cap = int.MaxValue)
    {
        var state = new WordState(Math.Max(cap, 1));
        state.Add(s);
        return state.Result;
    }

    /// <summary>
    /// For 64 characters that are all ASCII or core Arabic letters (U+0620–U+064A): which are separators (the
    /// space, controls and DEL) and which are letters or digits. False, with no masks, for any other block.
    /// </summary>
    private static bool Masks(ReadOnlySpan<char> block, out ulong separators, out ulong alnum)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(block));
        var asciiEnd = Vector256.Create((ushort)0x80);
        var arabicFirst = Vector256.Create((ushort)LanguageDetector.ArabicCoreFirst);
        var arabicCount = Vector256.Create((ushort)(LanguageDetector.ArabicCoreLast - LanguageDetector.ArabicCoreFirst + 1));
        var space = Vector256.Create((ushort)' ');
        var delete = Vector256.Create((ushort)0x7F);
        var caseBit = Vector256.Create((ushort)0x20);
        var lowerA = Vector256.Create((ushort)'a');
        var alphabet = Vector256.Create((ushort)26);
        var zero = Vector256.Create((ushort)'0');
        var ten = Vector256.Create((ushort)10);
        separators = 0;
        alnum = 0;
        for (var k = 0; k < 4; k++)
        {
            var v = Vector256.LoadUnsafe(ref start, (nuint)(k * Vector256<ushort>.Count));
            // Unsigned lane comparisons throughout: a wrapped-around difference is large.
            var arabic = Vector256.LessThan(v - arabicFirst, arabicCount);
            if ((Vector256.LessThan(v, asciiEnd) | arabic) != Vector256<ushort>.AllBitsSet)
            {
                return false;
            }

            var separator = Vector256.LessThanOrEqual(v, space) | Vector256.Equals(v, delete);
            var letterOrDigit = Vector256.LessThan((v | caseBit) - lowerA, alphabet) | Vector256.LessThan(v - zero, ten) | arabic;
            separators |= (ulong)separator.ExtractMostSignificantBits() << (k * 16);
            alnum |= (ulong)letterOrDigit.ExtractMostSignificantBits() << (k * 16);
        }

        return true;
    }

    /// <summary>The running count: words ended so far, and whether the current word has begun and holds a letter.</summary>
    private struct WordState(int cap)
    {
        private int count;
        private bool inWord;
        private bool wordHasLetter;

        public readonly bool Done => count >= cap;

        public readonly int Result => Math.Min(count + (inWord && wordHasLetter ? 1 : 0), cap);

        public void Add(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                // Every character up to the space is a separator (tab, LF, controls); above it, the cheap ranges of
                // IsHorizontalSpace answer without a call.
                if (c <= ' ' || TextCleaner.IsHorizontalSpace(c))
                {
                    if (inWord && wordHasLetter && ++count >= cap)
                    {
                        return;
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
        }

        /// <summary>Adds 64 characters given as masks (bit i for character i).</summary>
        public void Add(ulong separators, ulong alnum)
        {
            var inside = ~separators;
            if (inWord)
            {
                if ((inside & 1) == 0)
                {
                    // The word before the block ends at its first character.
                    count += wordHasLetter ? 1 : 0;
                }
                else if (wordHasLetter)
                {
                    // The block's first run continues a word that already has a letter.
                    alnum |= 1;
                }
            }

            // Carry "has a letter" forward along each run of non-separators (a parallel prefix OR within runs).
            var has = alnum;
            var link = inside & (inside << 1);
            has |= link & (has << 1);
            link &= link << 1;
            has |= link & (has << 2);
            link &= link << 2;
            has |= link & (has << 4);
            link &= link << 4;
            has |= link & (has << 8);
            link &= link << 8;
            has |= link & (has << 16);
            link &= link << 16;
            has |= link & (has << 32);

            // Runs that end inside the block (the last character's run may go on into the next block).
            var ends = inside & ~(inside >> 1) & (ulong.MaxValue >> 1);
            count += BitOperations.PopCount(has & ends);
            inWord = (inside >> 63) != 0;
            wordHasLetter = inWord && (has >> 63) != 0;
        }
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
