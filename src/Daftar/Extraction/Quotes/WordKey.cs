using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Daftar.Extraction.Quotes;

/// <summary>
/// The lookup key of a word in the extraction lexicons: lower case, typographic apostrophes folded to ',
/// Arabic alef forms unified (أ إ آ ٱ → ا), alef maqsura kept, Persian yeh/kaf folded, harakat and tatweel removed.
/// Lexicon entries are stored under their key, so a lookup never allocates.
/// </summary>
internal static class WordKey
{
    /// <summary>The longest word looked up; longer words are never in a lexicon.</summary>
    public const int MaxLength = 48;

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="buffer"/>; returns its length, or -1 if too long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            char k;
            if (c < '\u0080')
            {
                k = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else
            {
                switch (c)
                {
                    case '\u2019' or '\u2018' or '\u02BC' or '\u02BF' or '\u02BE' or '`' or '\u00B4':
                        k = '\'';
                        break;
                    case '\u2010' or '\u2011':
                        k = '-';
                        break;
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
                    case >= '\u0600' and <= '\u06FF':
                        k = c;
                        break;
                    default:
                        k = char.ToLowerInvariant(c);
                        break;
                }
            }

            if (n == buffer.Length)
                return -1;
            buffer[n++] = k;
        }

        return n;
    }

    /// <summary>The key of <paramref name="word"/> as a string (for building lexicons).</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[256];
        var n = Write(word, buffer);
        return n < 0 ? word.ToString().ToLowerInvariant() : new string(buffer[..n]);
    }

    /// <summary>Looks <paramref name="word"/> up by its key without allocating.</summary>
    public static bool TryGet<T>(FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, out T value)
    {
        if (word.Length > MaxLength)
        {
            value = default!;
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var n = Write(word, buffer);
        if (n <= 0)
        {
            value = default!;
            return false;
        }

        return lookup.TryGetValue(buffer[..n], out value!);
    }
}
