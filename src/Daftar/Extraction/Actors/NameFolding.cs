using System.Globalization;
using System.Text;

namespace Daftar.Extraction.Actors;

/// <summary>What a UTF-16 code unit is to the name matcher.</summary>
internal enum NameCharClass : byte
{
    /// <summary>Punctuation, symbols, controls: ends a name.</summary>
    Other = 0,

    /// <summary>A Latin (or Greek, Cyrillic…) letter.</summary>
    Letter = 1,

    /// <summary>An Arabic-script letter.</summary>
    ArabicLetter = 2,

    /// <summary>A decimal digit of any script.</summary>
    Digit = 3,

    /// <summary>Vanishes inside a word: combining marks, harakat, tatweel, joiners, soft hyphen, bidi controls.</summary>
    Silent = 4,

    /// <summary>' ’ ‘ ʼ ʿ ʾ ` ´: ignored inside a name (Sha'abi = Shaabi); a possessive after it is not part of the name.</summary>
    Apostrophe = 5,

    /// <summary>Hyphens and dashes: equal to a space inside a name (al-Sadr = al Sadr).</summary>
    Dash = 6,

    /// <summary>White space.</summary>
    Space = 7,

    /// <summary>A full stop: kept inside a name (U.S., Gen.).</summary>
    Period = 8,

    /// <summary>An ampersand, kept inside a name.</summary>
    Ampersand = 9,
}

/// <summary>
/// The character folding behind name matching, one table lookup per UTF-16 code unit. Latin letters are
/// lower-cased and lose their diacritics; Arabic letters are unified as search does (أ إ آ ٱ → ا, ى ی → ي, ة → ه,
/// ؤ ئ → ء, ک → ك); digits of every script become ASCII; dashes and white space fold to one space; apostrophes,
/// harakat, tatweel and other silent marks vanish. Gazetteer names and document text go through the same table, so
/// a name matches whatever spelling variant of these kinds the text uses.
/// </summary>
internal static class NameFolding
{
    /// <summary>The folded value of a character that vanishes (silent marks, apostrophes).</summary>
    public const char Skip = '\uFFFF';

    /// <summary>The folded value of a character that ends a name.</summary>
    public const char Break = '\0';

    private static readonly char[] FoldTable = new char[65536];
    private static readonly NameCharClass[] ClassTable = new NameCharClass[65536];

#pragma warning disable CA1810 // The tables are built once, eagerly: the constructor is the clearest place.
    static NameFolding()
#pragma warning restore CA1810
    {
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            var (cls, fold) = Classify(c);
            ClassTable[i] = cls;
            FoldTable[i] = fold;
        }
    }

    /// <summary>The folded character: a lower-case letter, an ASCII digit, ' ', '.', '&amp;', <see cref="Skip"/> or <see cref="Break"/>.</summary>
    public static char Fold(char c) => FoldTable[c];

    public static NameCharClass ClassOf(char c) => ClassTable[c];

    /// <summary>True for a letter or digit of any script (what a word is made of).</summary>
    public static bool IsWordChar(char c) => ClassTable[c] is NameCharClass.Letter or NameCharClass.ArabicLetter or NameCharClass.Digit;

    /// <summary>True for an Arabic-script letter.</summary>
    public static bool IsArabic(char c) => ClassTable[c] == NameCharClass.ArabicLetter;

    /// <summary>True for a Latin-like letter (not Arabic).</summary>
    public static bool IsLetter(char c) => ClassTable[c] == NameCharClass.Letter;

    /// <summary>
    /// The folded form of a whole name, as the matcher sees it: folded characters, runs of spaces and dashes as one
    /// space, no leading or trailing space. Characters that end a name (other punctuation) become spaces too.
    /// </summary>
    public static string FoldName(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var f = FoldTable[c];
            if (f == Skip)
                continue;
            if (f == Break)
                f = ' ';
            if (f == ' ' && (builder.Length == 0 || builder[^1] == ' '))
                continue;
            builder.Append(f);
        }

        while (builder.Length > 0 && builder[^1] == ' ')
            builder.Length--;
        return builder.ToString();
    }

    private static (NameCharClass Class, char Fold) Classify(char c)
    {
        if (char.IsSurrogate(c))
            return (NameCharClass.Other, Break);
        switch (c)
        {
            case '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4' or '\u2032' or '\u201B':
                return (NameCharClass.Apostrophe, Skip);
            case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D':
                return (NameCharClass.Dash, ' ');
            case '.':
                return (NameCharClass.Period, '.');
            case '&':
                return (NameCharClass.Ampersand, '&');
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u0640':
                return (NameCharClass.Silent, Skip);
            default:
                break;
        }

        if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            return (NameCharClass.Silent, Skip);
        if (char.IsWhiteSpace(c))
            return (NameCharClass.Space, ' ');

        var category = char.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                return (NameCharClass.Silent, Skip);
            case UnicodeCategory.DecimalDigitNumber:
                var value = (int)char.GetNumericValue(c);
                return value is >= 0 and <= 9 ? (NameCharClass.Digit, (char)('0' + value)) : (NameCharClass.Other, Break);
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter:
                break;
            default:
                return (NameCharClass.Other, Break);
        }

        if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            return (NameCharClass.ArabicLetter, FoldArabic(c));
        return (NameCharClass.Letter, FoldLatin(c));
    }

    private static char FoldArabic(char c)
    {
        switch (c)
        {
            case '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' or '\u0675':
                return '\u0627'; // alef forms → ا
            case '\u0649' or '\u06CC' or '\u06D2':
                return '\u064A'; // ى ی ے → ي
            case '\u0629':
                return '\u0647'; // ة → ه
            case '\u0624' or '\u0626':
                return '\u0621'; // ؤ ئ → ء
            case '\u06A9':
                return '\u0643'; // ک → ك
            case '\u06C1' or '\u06D5':
                return '\u0647'; // ہ ە → ه
            default:
                break;
        }

        if (c >= '\uFB50')
        {
            // Presentation forms (from PDFs): their compatibility decomposition is the plain letter.
            var plain = c.ToString().Normalize(NormalizationForm.FormKC);
            return plain.Length == 1 && plain[0] != c ? FoldArabic(plain[0]) : c;
        }

        return c;
    }

    private static char FoldLatin(char c)
    {
        if (c < 128)
            return char.ToLowerInvariant(c);
        switch (c)
        {
            case '\u0131' or '\u0130':
                return 'i'; // Turkish dotless and dotted i
            case '\u00F8' or '\u00D8':
                return 'o';
            case '\u0111' or '\u0110':
                return 'd';
            case '\u0142' or '\u0141':
                return 'l';
            default:
                break;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF')
        {
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 0 && decomposed[0] < 128 && char.IsLetter(decomposed[0]))
                return decomposed[0];
        }

        return lower;
    }
}
