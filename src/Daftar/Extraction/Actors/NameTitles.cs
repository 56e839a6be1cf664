namespace Daftar.Extraction.Actors;

/// <summary>Titles written before a name ("Iran’s Supreme Leader Ayatollah Ali Khamenei"), shared by the actor and relation layers.</summary>
internal static class NameTitles
{
    /// <summary>
    /// The titles directly before <paramref name="position"/>, separated from it and from each other by spaces only,
    /// stacked as in "Supreme Leader Ayatollah": where the first starts (-1 if none) and whether one is a leader
    /// title. A title written with a capital in the lexicon must have one in the text unless
    /// <paramref name="anyCase"/> ("Hezbollah leader Hassan Nasrallah").
    /// </summary>
    public static (int Start, bool Leader) Before(string text, int position, NameLexicon lexicon, bool anyCase = false)
    {
        // Most names follow a lower-case word or punctuation: no title then.
        var previous = WordBefore(text, position);
        if (previous.End == 0 || !anyCase && !char.IsUpper(text[previous.Start]) && !text.AsSpan(previous.Start).StartsWith("former", StringComparison.Ordinal))
            return (-1, false);
        var max = Math.Min(lexicon.MaxTitleWords, 8);
        Span<(int Start, int End)> words = stackalloc (int, int)[8];
        var start = -1;
        var leader = false;
        while (true)
        {
            // The words just before the position (or the last title found), nearest first.
            var count = 0;
            var p = position;
            for (var n = 0; n < max; n++)
            {
                var word = WordBefore(text, p);
                if (word.End == 0)
                    break;
                words[count++] = word;
                p = word.Start;
            }

            var found = false;
            for (; count >= 1 && !found; count--)
            {
                var first = words[count - 1];
                var phrase = NameFolding.FoldName(text.AsSpan(first.Start, words[0].End - first.Start));
                if (!lexicon.TitlePhrases.TryGetValue(phrase, out var isLeader))
                    continue;
                if (!anyCase && char.IsLower(text[first.Start]) && !phrase.StartsWith("former", StringComparison.Ordinal))
                    continue;
                found = true;
                start = first.Start;
                leader |= isLeader;
                position = first.Start;
            }

            if (!found)
                return (start, leader);
        }
    }

    /// <summary>The word ending just before <paramref name="position"/> across spaces only (periods and hyphens inside it); (0, 0) if none.</summary>
    internal static (int Start, int End) WordBefore(string text, int position)
    {
        var p = position - 1;
        var spaces = 0;
        while (p >= 0 && text[p] is ' ' or '\u00A0')
        {
            p--;
            spaces++;
        }

        if (spaces == 0 && p >= 0 && p == position - 1 && NameFolding.IsWordChar(text[p]))
            return (0, 0);
        var end = p + 1;
        while (p >= 0 && (NameFolding.IsWordChar(text[p]) || NameFolding.ClassOf(text[p]) is NameCharClass.Silent or NameCharClass.Period || text[p] == '-'))
            p--;
        var start = p + 1;
        while (start < end && !NameFolding.IsWordChar(text[start]))
            start++;
        return start < end && spaces > 0 ? (start, end) : (0, 0);
    }
}
