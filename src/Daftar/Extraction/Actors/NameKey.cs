using System.Text;

namespace Daftar.Extraction.Actors;

/// <summary>
/// Transliteration keys: spellings of one Arabic or Persian name in Latin script (Moqtada, Muqtada, Moktada;
/// Qassem, Qasem, Qasim; Abd al-Mahdi, Abdul-Mahdi) get the same key, and <see cref="Consonants"/> also gives an
/// Arabic-script name (مقتدى الصدر) the key of its transliterations, so names can be linked across scripts.
/// </summary>
/// <remarks>
/// <para><see cref="Latin"/>: folded (lower case, no diacritics, no apostrophes); hyphens split words; articles (al,
/// el, as, ad, …) dropped and Abdul/Abdel/Abdal read as Abd; digraphs unified (kh → x, sh/ch → $, gh → g,
/// th/dh → t/d, ph → f); q, c, ck → k; vowels reduced to four classes (a; i, y, ee, ei, ey, ai, ay → i; o, u, w,
/// ou, oo → u; a lone e stays e) and a word's final vowels dropped; doubled letters collapsed. Two keys name the
/// same person when <see cref="SameName"/> holds: equal, except that e may stand for a or i (Qassem = Qasim,
/// Mahdi = Mehdi). Hassan and Hussein stay apart (hasan, husin); Soleimani, Suleimani and Sulaimani meet
/// (suliman).</para>
/// <para><see cref="Consonants"/>: the consonant skeleton of either script (vowels and the letters that write them
/// in Arabic, ا و ي ى ء ع, dropped; the Arabic article dropped; emphatic and plain consonants unified). Coarser:
/// use it to propose a link, not to decide one.</para>
/// </remarks>
public static class NameKey
{
    private static readonly string[] Articles = ["al", "el", "as", "ad", "an", "ar", "at", "az", "ash", "adh", "ul", "ud", "us", "the"];

    /// <summary>The Latin transliteration key of a name; empty if the name has no Latin letters.</summary>
    public static string Latin(ReadOnlySpan<char> name)
    {
        var folded = NameFolding.FoldName(name);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Trim('.');
            if (word.Length == 0 || Array.IndexOf(Articles, word) >= 0 && i + 1 < words.Length)
                continue;
            if (word is "abdul" or "abdel" or "abdal" or "abdil" or "abdol")
                word = "abd";
            else if (word.Length > 5 && (word.StartsWith("abdul", StringComparison.Ordinal) || word.StartsWith("abdel", StringComparison.Ordinal) || word.StartsWith("abdal", StringComparison.Ordinal)))
                word = "abd " + word[5..];
            var key = LatinWord(word);
            if (key.Length == 0)
                continue;
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(key);
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when two <see cref="Latin"/> keys name the same person: equal letter by letter, except that e in one
    /// may be a, e or i in the other.
    /// </summary>
    public static bool SameName(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Length != second.Length)
            return false;
        for (var i = 0; i < first.Length; i++)
        {
            var a = first[i];
            var b = second[i];
            if (a != b && !(a == 'e' && b is 'a' or 'i') && !(b == 'e' && a is 'a' or 'i'))
                return false;
        }

        return true;
    }

    /// <summary>The consonant skeleton of a name in Latin or Arabic script, its words run together (نصر الله = Nasrallah).</summary>
    public static string Consonants(ReadOnlySpan<char> name)
    {
        var folded = NameFolding.FoldName(name);
        var isArabic = false;
        foreach (var c in folded)
        {
            if (NameFolding.IsArabic(c))
            {
                isArabic = true;
                break;
            }
        }

        var builder = new StringBuilder(folded.Length);
        if (isArabic)
        {
            foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = word.Length > 3 && word.StartsWith("\u0627\u0644", StringComparison.Ordinal) ? word[2..] : word;
                var before = builder.Length;
                foreach (var c in stem)
                {
                    var latin = ArabicConsonant(c);
                    if (latin != '\0' && (builder.Length == before || builder[^1] != latin))
                        builder.Append(latin);
                }
            }

            return builder.ToString();
        }

        foreach (var word in Latin(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var before = builder.Length;
            foreach (var c in word)
            {
                if (c is 'a' or 'e' or 'i' or 'u')
                    continue;
                if (builder.Length == before || builder[^1] != c)
                    builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string LatinWord(string word)
    {
        var s = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'k' when next == 'h':
                    mapped = 'x';
                    i++;
                    break;
                case 's' or 'c' when next == 'h':
                    mapped = '$';
                    i++;
                    break;
                case 'g' when next == 'h':
                    mapped = 'g';
                    i++;
                    break;
                case 't' or 'd' when next == 'h':
                    mapped = c;
                    i++;
                    break;
                case 'p' when next == 'h':
                    mapped = 'f';
                    i++;
                    break;
                case 'c' when next == 'k':
                    mapped = 'k';
                    i++;
                    break;
                case 'q' or 'c':
                    mapped = 'k';
                    break;
                case 'a' when next is 'i' or 'y':
                    mapped = 'i';
                    i++;
                    break;
                case 'e' when next is 'i' or 'y' or 'e':
                    mapped = 'i';
                    i++;
                    break;
                case 'o' when next is 'u' or 'o':
                    mapped = 'u';
                    i++;
                    break;
                case 'e':
                    mapped = 'e';
                    break;
                case 'i' or 'y':
                    mapped = 'i';
                    break;
                case 'o' or 'u' or 'w':
                    mapped = 'u';
                    break;
                default:
                    mapped = char.IsAsciiLetterOrDigit(c) ? c : '\0';
                    break;
            }

            if (mapped != '\0' && (s.Length == 0 || s[^1] != mapped))
                s.Append(mapped);
        }

        var end = s.Length;
        while (end > 1 && s[end - 1] is 'a' or 'e' or 'i' or 'u')
            end--;
        return s.ToString(0, end);
    }

    private static char ArabicConsonant(char c) => c switch
    {
        '\u0628' => 'b', // ب
        '\u062A' or '\u062B' or '\u0637' => 't', // ت ث ط
        '\u062C' => 'j', // ج
        '\u062D' or '\u0647' => 'h', // ح ه
        '\u062E' => 'x', // خ
        '\u062F' or '\u0630' or '\u0636' => 'd', // د ذ ض
        '\u0631' => 'r', // ر
        '\u0632' or '\u0638' => 'z', // ز ظ
        '\u0633' or '\u0635' => 's', // س ص
        '\u0634' => '$', // ش
        '\u063A' => 'g', // غ
        '\u0641' => 'f', // ف
        '\u0642' or '\u0643' => 'k', // ق ك
        '\u0644' => 'l', // ل
        '\u0645' => 'm', // م
        '\u0646' => 'n', // ن
        '\u067E' => 'p', // پ
        '\u0686' => '$', // چ
        '\u06AF' => 'g', // گ
        '\u0698' => 'z', // ژ
        _ => '\0', // vowels and their letters (ا و ي ى), hamza, ain, taa marbuta folded to ه is kept above
    };
}
