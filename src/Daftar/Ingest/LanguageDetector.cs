using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Daftar.Ingest;

/// <summary>Decides a body's language by the dominant script of its letters: Arabic script → "ar", Latin → "en".</summary>
internal static class LanguageDetector
{
    public const string Undetermined = "und";

    private const byte None = 0;
    private const byte Latin = 1;
    private const byte Arabic = 2;

    /// <summary>
    /// The Arabic letters that make up nearly all Arabic text (hamza, alef … yeh, with tatweel): every code unit from
    /// here up to <see cref="ArabicCoreLast"/> is a letter of the Arabic block.
    /// </summary>
    internal const char ArabicCoreFirst = '\u0620';

    internal const char ArabicCoreLast = '\u064A';

    /// <summary>Script of each letter below U+0800 (Latin, Latin-1, Latin Extended, Arabic, Arabic Supplement).</summary>
    private static readonly byte[] Scripts = BuildScripts();

    private static byte[] BuildScripts()
    {
        var table = new byte[0x800];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (!char.IsLetter(ch))
            {
                continue;
            }

            if (c < 0x0250)
            {
                table[c] = Latin;
            }
            else if (c is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F)
            {
                table[c] = Arabic;
            }
        }

        return table;
    }

    /// <summary>"ar", "en", or null when neither script dominates (tie or no letters).</summary>
    /// <remarks>
    /// Counts a vector of characters at a time while they are all ASCII or core Arabic letters (the bulk of both
    /// languages' prose), and falls back to the per-character table for any vector holding something else.
    /// </remarks>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        long arabic = 0;
        long latin = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var last = text.Length - Vector256<ushort>.Count;
            var caseBit = Vector256.Create((ushort)0x20);
            var lowerA = Vector256.Create((ushort)'a');
            var alphabet = Vector256.Create((ushort)26);
            var asciiEnd = Vector256.Create((ushort)0x80);
            var arabicFirst = Vector256.Create((ushort)ArabicCoreFirst);
            var arabicCount = Vector256.Create((ushort)(ArabicCoreLast - ArabicCoreFirst + 1));
            while (i <= last)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                // Unsigned comparisons: (c | 0x20) - 'a' < 26 holds exactly for the ASCII letters.
                var asciiLetter = Vector256.LessThan((v | caseBit) - lowerA, alphabet);
                var arabicLetter = Vector256.LessThan(v - arabicFirst, arabicCount);
                var known = Vector256.LessThan(v, asciiEnd) | arabicLetter;
                if (known == Vector256<ushort>.AllBitsSet)
                {
                    latin += BitOperations.PopCount(asciiLetter.ExtractMostSignificantBits());
                    arabic += BitOperations.PopCount(arabicLetter.ExtractMostSignificantBits());
                }
                else
                {
                    Count(text.Slice(i, Vector256<ushort>.Count), ref arabic, ref latin);
                }

                i += Vector256<ushort>.Count;
            }
        }

        Count(text[i..], ref arabic, ref latin);
        return arabic > latin ? "ar" : latin > arabic ? "en" : null;
    }

    private static void Count(ReadOnlySpan<char> text, ref long arabic, ref long latin)
    {
        var scripts = Scripts;
        foreach (var c in text)
        {
            if (c < 0x800)
            {
                switch (scripts[c])
                {
                    case Latin:
                        latin++;
                        break;
                    case Arabic:
                        arabic++;
                        break;
                }
            }
            else if (c is >= '\u1E00' and <= '\u1EFF')
            {
                if (char.IsLetter(c))
                {
                    latin++;
                }
            }
            else if (c is >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                if (char.IsLetter(c))
                {
                    arabic++;
                }
            }
        }
    }
}
