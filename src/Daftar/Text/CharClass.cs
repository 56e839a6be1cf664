using System.Globalization;
using System.Text;

namespace Daftar.Text;

/// <summary>What a UTF-16 code unit (or a supplementary code point) is to the word scanner.</summary>
internal enum CharKind : byte
{
    /// <summary>Ends a word and is not part of any (punctuation, symbols, spaces, controls, lone surrogates).</summary>
    Separator = 0,

    /// <summary>A letter that folds to exactly one output character.</summary>
    Letter = 1,

    /// <summary>A decimal digit of any script; folds to an ASCII digit.</summary>
    Digit = 2,

    /// <summary>Part of a word but contributes nothing: combining marks, tatweel, joiners, bidi controls.</summary>
    Silent = 3,

    /// <summary>An apostrophe: joins a Latin word only when another letter follows (or after a final s).</summary>
    Apostrophe = 4,

    /// <summary>A letter that folds to several output characters (ligatures, presentation forms, ǅ).</summary>
    Multi = 5,

    /// <summary>A high surrogate: the scanner classifies the whole code point instead.</summary>
    HighSurrogate = 6,
}

/// <summary>Script facts about a letter or digit that the scanner needs.</summary>
[Flags]
internal enum CharFlags : byte
{
    None = 0,

    /// <summary>The output is Arabic script: words split where Arabic and non-Arabic letters meet.</summary>
    Arabic = 1,

    /// <summary>A Latin letter: the word gets the possessive rule and the S-stemmer.</summary>
    Latin = 2,
}

/// <summary>
/// The per-character folding table behind <see cref="SearchAnalyzer"/>. Every BMP code unit is classified once,
/// lazily, a 256-character page at a time (a page is immutable once published, so concurrent readers are safe), and
/// the hot loop then costs two array reads per character. Supplementary code points are classified on the fly.
/// </summary>
/// <remarks>
/// Invariant: the folded output of any character consists only of characters that are themselves letters or ASCII
/// digits, are unchanged by <see cref="Rune.ToLowerInvariant(Rune)"/>, and fold to themselves again (so normalising
/// an already normalised term is the identity).
/// </remarks>
internal static class CharClass
{
    public const char ArabicAlef = '\u0627';
    public const char ArabicLam = '\u0644';

    private static readonly Page?[] Pages = new Page?[256];

    private sealed class Page(uint[] entries, string[] multi)
    {
        public readonly uint[] Entries = entries;
        public readonly string[] Multi = multi;
    }

    /// <summary>The packed entry of a BMP code unit: bits 0–15 output char (or index of a multi string), 16–23 kind, 24–31 flags.</summary>
    public static uint Lookup(char c)
    {
        var page = Pages[c >> 8] ?? BuildPage(c >> 8);
        return page.Entries[c & 0xFF];
    }

    /// <summary>The output string of a code unit whose entry has <see cref="CharKind.Multi"/>.</summary>
    public static string MultiOf(char c, uint entry)
    {
        var page = Pages[c >> 8] ?? BuildPage(c >> 8);
        return page.Multi[(int)(entry & 0xFFFF)];
    }

    /// <summary>The <see cref="CharFlags.Arabic"/> bit of a packed entry.</summary>
    public const uint ArabicBit = (uint)CharFlags.Arabic << 24;

    /// <summary>The <see cref="CharFlags.Latin"/> bit of a packed entry.</summary>
    public const uint LatinBit = (uint)CharFlags.Latin << 24;

    private const uint KindMask = 0xFFu << 16;

    /// <summary>True for a one-character letter or digit whose Arabic bit is <paramref name="arabicBit"/>.</summary>
    public static bool IsSimple(uint entry, uint arabicBit)
    {
        var masked = entry & (KindMask | ArabicBit);
        return masked == (((uint)CharKind.Letter << 16) | arabicBit) || masked == (((uint)CharKind.Digit << 16) | arabicBit);
    }

    public static CharKind KindOf(uint entry) => unchecked((CharKind)(byte)(entry >> 16));

    public static CharFlags FlagsOf(uint entry) => unchecked((CharFlags)(byte)(entry >> 24));

    public static char CharOf(uint entry) => unchecked((char)entry);

    /// <summary>Classifies a supplementary code point (not cached: such characters are rare in this corpus).</summary>
    public static (CharKind Kind, CharFlags Flags, string Output) ClassifySupplementary(int codePoint)
    {
        var (kind, flags, output) = Classify(codePoint);
        return (kind, flags, output ?? string.Empty);
    }

    private static Page BuildPage(int pageIndex)
    {
        var entries = new uint[256];
        var multi = new List<string>();
        for (var i = 0; i < 256; i++)
        {
            var cp = (pageIndex << 8) | i;
            CharKind kind;
            var flags = CharFlags.None;
            uint payload = 0;
            if (cp is >= 0xD800 and <= 0xDBFF)
            {
                kind = CharKind.HighSurrogate;
            }
            else if (cp is >= 0xDC00 and <= 0xDFFF)
            {
                kind = CharKind.Separator;
            }
            else
            {
                (kind, flags, var output) = Classify(cp);
                if (kind is CharKind.Letter or CharKind.Digit)
                {
                    payload = output![0];
                }
                else if (kind == CharKind.Multi)
                {
                    payload = (uint)multi.Count;
                    multi.Add(output!);
                }
            }

            entries[i] = payload | ((uint)kind << 16) | ((uint)flags << 24);
        }

        var page = new Page(entries, [.. multi]);
        // Benign race: two threads may build the same page; both results are identical and immutable.
        Volatile.Write(ref Pages[pageIndex], page);
        return page;
    }

    /// <summary>Classifies one code point (never a surrogate). Output is null for separators.</summary>
    private static (CharKind Kind, CharFlags Flags, string? Output) Classify(int cp)
    {
        if (IsApostrophe(cp))
            return (CharKind.Apostrophe, CharFlags.None, null);
        if (IsSilentJoiner(cp))
            return (CharKind.Silent, CharFlags.None, string.Empty);

        var output = Fold(cp);
        if (output is null)
            return (CharKind.Separator, CharFlags.None, null);
        if (output.Length == 0)
            return (CharKind.Silent, CharFlags.None, string.Empty);

        if (Rune.GetUnicodeCategory(new Rune(cp)) == UnicodeCategory.DecimalDigitNumber && output.Length == 1 && char.IsAsciiDigit(output[0]))
            return (CharKind.Digit, CharFlags.None, output);

        var flags = CharFlags.None;
        if (output.AsSpan().ContainsAnyInRange('\u0600', '\u08FF'))
            flags |= CharFlags.Arabic;
        else if (IsLatin(cp) || IsAsciiLetters(output))
            flags |= CharFlags.Latin;
        return (output.Length == 1 ? CharKind.Letter : CharKind.Multi, flags, output);
    }

    /// <summary>
    /// The folded form of one code point: null for a separator, empty for a character that vanishes inside a word
    /// (combining marks, tatweel), else lower-case letters and ASCII digits. Iterated to a fixed point so that the
    /// output folds to itself.
    /// </summary>
    private static string? Fold(int cp)
    {
        var output = FoldOnce(cp);
        for (var round = 0; round < 4 && !string.IsNullOrEmpty(output); round++)
        {
            var again = new StringBuilder(output.Length);
            foreach (var r in output.EnumerateRunes())
            {
                if (r.Value == cp)
                {
                    // The character maps to itself (possibly among others): it is already final.
                    again.Append(r.ToString());
                    continue;
                }

                var part = FoldOnce(r.Value);
                if (part is null)
                    return null;
                again.Append(part);
            }

            var next = again.ToString();
            if (string.Equals(next, output, StringComparison.Ordinal))
                break;
            output = next;
        }

        return output;
    }

    private static string? FoldOnce(int cp)
    {
        if (ArabicFold(cp) is { } arabic)
            return arabic;
        if (IsApostrophe(cp) || IsSilentJoiner(cp))
            return string.Empty;
        switch (cp)
        {
            case 0x03C2: // ς final sigma → σ, as unicode61 folds it
                return "\u03C3";
            case 0x0401 or 0x0451: // Ё ё → е (Russian writes ё as е most of the time)
                return "\u0435";
            default:
                break;
        }

        var rune = new Rune(cp);
        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return string.Empty;
            case UnicodeCategory.DecimalDigitNumber:
                var value = (int)Rune.GetNumericValue(rune);
                return value is >= 0 and <= 9 ? ((char)('0' + value)).ToString() : null;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return FoldLetter(rune);
            default:
                return null;
        }
    }

    private static string? FoldLetter(Rune rune)
    {
        var text = rune.ToString();
        var compat = text.Normalize(NormalizationForm.FormKC);
        if (!string.Equals(compat, text, StringComparison.Ordinal))
        {
            // A compatibility character (ligature, presentation form, full-width, modifier letter): fold its parts.
            var parts = new StringBuilder();
            foreach (var r in compat.EnumerateRunes())
            {
                var part = r.Value == rune.Value ? FoldBase(r) : FoldOnce(r.Value);
                if (part is null)
                    return null; // e.g. ﷺ expands to several words: treat as punctuation
                parts.Append(part);
            }

            return parts.ToString();
        }

        return FoldBase(rune);
    }

    /// <summary>Lower-cases a letter; in Latin and Greek also drops its diacritics (canonical decomposition, marks removed).</summary>
    private static string FoldBase(Rune rune)
    {
        if (!IsLatin(rune.Value) && !IsGreek(rune.Value))
            return Rune.ToLowerInvariant(rune).ToString();

        var builder = new StringBuilder(2);
        foreach (var r in rune.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(r);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            builder.Append(Rune.ToLowerInvariant(r).ToString());
        }

        return builder.ToString();
    }

    /// <summary>The Arabic orthographic folds; null when the code point is not one of them.</summary>
    private static string? ArabicFold(int cp)
    {
        switch (cp)
        {
            // أ إ آ ٱ ٲ ٳ ٵ → ا (hamza and madda seats on alef, wasla)
            case 0x0622 or 0x0623 or 0x0625 or 0x0671 or 0x0672 or 0x0673 or 0x0675:
                return "\u0627";
            // ى alef maqsura, ی Persian yeh → ي
            case 0x0649 or 0x06CC:
                return "\u064A";
            // ة teh marbuta, ۀ, ۃ → ه
            case 0x0629 or 0x06C0 or 0x06C3:
                return "\u0647";
            // ؤ ئ → ء: unifies the two current spellings مسؤول / مسئول, شؤون / شئون
            case 0x0624 or 0x0626:
                return "\u0621";
            // ک Persian keheh, ڪ swash kaf → ك
            case 0x06A9 or 0x06AA:
                return "\u0643";
            // tatweel
            case 0x0640:
                return string.Empty;
            // harakat, superscript alef, Quranic annotation marks (incl. small waw / small yeh)
            case >= 0x064B and <= 0x065F:
            case 0x0670:
            case >= 0x0610 and <= 0x061A:
            case >= 0x06D6 and <= 0x06DC:
            case >= 0x06DF and <= 0x06E8:
            case >= 0x06EA and <= 0x06ED:
                return string.Empty;
            // Arabic-Indic and Eastern Arabic-Indic digits
            case >= 0x0660 and <= 0x0669:
                return ((char)('0' + (cp - 0x0660))).ToString();
            case >= 0x06F0 and <= 0x06F9:
                return ((char)('0' + (cp - 0x06F0))).ToString();
            default:
                return null;
        }
    }

    /// <summary>Apostrophe-like characters: ' ’ ‘ ` ´ ʼ and full-width '.</summary>
    private static bool IsApostrophe(int cp) => cp is 0x0027 or 0x2019 or 0x2018 or 0x02BC or 0x0060 or 0x00B4 or 0xFF07;

    /// <summary>
    /// Characters that vanish without splitting a word: soft hyphen, zero-width (non-)joiners, word joiner, bidi
    /// marks and embeddings, the Arabic letter mark, and the transliteration marks ʻ ʽ ʾ ʿ (for ʿayn and hamza).
    /// Also the New Tai Lue and Vedic vowel signs that Unicode 8 re-classed from spacing marks to letters: SQLite's
    /// unicode61 still splits words at them, so they are dropped like the marks they are.
    /// </summary>
    private static bool IsSilentJoiner(int cp) =>
        cp is 0x00AD or 0x200C or 0x200D or 0x200E or 0x200F or 0x2060 or 0x061C or 0x034F
            or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069)
            or 0x02BB or 0x02BD or 0x02BE or 0x02BF
            or (>= 0x19B0 and <= 0x19C0) or 0x19C8 or 0x19C9 or 0x1CF2 or 0x1CF3;

    private static bool IsLatin(int cp) =>
        cp is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or 0x00AA or 0x00BA
            or (>= 0x00C0 and <= 0x024F and not 0x00D7 and not 0x00F7)
            or (>= 0x0250 and <= 0x02AF)
            or (>= 0x1D00 and <= 0x1DBF)
            or (>= 0x1E00 and <= 0x1EFF)
            or 0x2071 or 0x207F or (>= 0x2090 and <= 0x209C)
            or (>= 0x2C60 and <= 0x2C7F)
            or (>= 0xA720 and <= 0xA7FF)
            or (>= 0xAB30 and <= 0xAB6F)
            or (>= 0xFB00 and <= 0xFB06)
            or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A);

    private static bool IsGreek(int cp) => cp is (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF);

    private static bool IsAsciiLetters(string s)
    {
        var letter = false;
        foreach (var c in s)
        {
            if (char.IsAsciiLetter(c))
                letter = true;
            else if (!char.IsAsciiDigit(c))
                return false;
        }

        return letter;
    }
}
