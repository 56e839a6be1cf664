using System.Runtime.CompilerServices;

namespace Daftar.Ingest;

/// <summary>Decides a body's language by the dominant script of its letters: Arabic script → "ar", Latin → "en".</summary>
internal static class LanguageDetector
{
    public const string Undetermined = "und";

    private const byte None = 0;
    private const byte Latin = 1;
    private const byte Arabic = 2;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Detect(ReadOnlySpan<char> text)
    {
        long arabic = 0;
        long latin = 0;
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

        return arabic > latin ? "ar" : latin > arabic ? "en" : null;
    }
}
