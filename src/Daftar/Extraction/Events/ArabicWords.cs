using Daftar.Extraction.Actors;

namespace Daftar.Extraction.Events;

/// <summary>
/// How the event layer compares Arabic words: folded as names are (<see cref="NameFolding"/>: أ إ آ → ا, ى → ي, ة → ه,
/// ؤ ئ → ء, harakat and tatweel dropped), so the lexicon holds one key per spelling family.
/// </summary>
internal static class ArabicWords
{
    public const int MaxLength = 32;

    /// <summary>True when the word starts with an Arabic letter (the only words folded).</summary>
    public static bool IsArabic(ReadOnlySpan<char> word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';

    /// <summary>Writes the folded word into <paramref name="buffer"/>; returns its length, or -1 when it does not fit.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            var f = NameFolding.Fold(c);
            if (f == NameFolding.Skip)
                continue;
            if (f == NameFolding.Break || f == ' ')
                f = c;
            if (n == buffer.Length)
                return -1;
            buffer[n++] = f;
        }

        return n;
    }

    /// <summary>The folded form of every Arabic word of <paramref name="text"/> (other words as they are).</summary>
    public static string FoldToString(string text)
    {
        var words = text.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (!IsArabic(words[w]))
                continue;
            var buffer = new char[words[w].Length];
            var n = Fold(words[w], buffer);
            words[w] = new string(buffer, 0, n);
        }

        return string.Join(' ', words);
    }

    /// <summary>Whether a folded word carries the article, after a conjunction or a preposition (الـ، والـ، بالـ، للـ).</summary>
    public static bool IsDefinite(ReadOnlySpan<char> folded)
    {
        var s = folded;
        if (s.Length > 3 && s[0] is 'و' or 'ف')
            s = s[1..];
        if (s.Length > 3 && s[0] == 'ل' && s[1] == 'ل')
            return true;
        if (s.Length > 3 && s[0] is 'ب' or 'ك' && s[1] == 'ا' && s[2] == 'ل')
            return true;
        return s.Length > 2 && s[0] == 'ا' && s[1] == 'ل';
    }

    /// <summary>The stem of a folded word: without the conjunction (و ف), a preposition (ب ل ك) and the article.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> folded)
    {
        var s = folded;
        if (s.Length > 3 && s[0] is 'و' or 'ف')
            s = s[1..];
        if (s.Length > 3 && s[0] == 'ل' && s[1] == 'ل')
            return s[2..];
        if (s.Length > 4 && s[0] is 'ب' or 'ل' or 'ك' && s[1] == 'ا' && s[2] == 'ل')
            s = s[1..];
        if (s.Length > 3 && s[0] == 'ا' && s[1] == 'ل')
            s = s[2..];
        return s;
    }
}
