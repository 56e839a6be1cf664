using Daftar.Domain;

namespace Daftar.Extraction.Actors;

/// <summary>
/// Step 2b: Arabic personal names the gazetteer lacks. Arabic has no capitals, so a name is found from what
/// announces it: a title (السيد، النائب، المحافظ …) or a known given name, followed by the name's words — more
/// given names, a particle and its word (عبد الرحمن، أبو علي، بن سلمان), and a family name or nisba (النوري،
/// الجبوري), which ends the name. Without a title a name needs two words, so a lone given name that is also a common
/// word (كريم، أمل، حسن) names nobody. Later in the document the family name alone (وأضاف النوري) names the same person.
/// </summary>
internal sealed partial class ActorDocument
{
    private const int MaxArabicNameWords = 5;
    private const int MaxArabicFoldedWord = 40;

    /// <summary>An Arabic word of the text: its span, where the word proper starts after proclitics, and what stops a name at it.</summary>
    private readonly record struct ArabicWord(int Start, int End, bool BreakBefore, bool Covered, bool AdjectiveCover);

    private readonly Dictionary<string, int> arabicFamilyNames = new(StringComparer.Ordinal);

    private void ScanArabicNames()
    {
        if (!lexicon.HasArabicNames)
            return;
        var words = ArabicWords();
        if (words.Count == 0)
            return;
        var foundAny = false;
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Covered)
                continue;
            var titleWords = ArabicTitleAt(words, k);
            int first;
            int nameStart;
            if (titleWords > 0)
            {
                first = k + titleWords;

                // A state's adjective may sit between title and name: الرئيس الإيراني مسعود بزشكيان.
                while (first < words.Count && words[first].AdjectiveCover && !words[first].BreakBefore)
                    first++;
                if (first >= words.Count || words[first].BreakBefore || words[first].Covered)
                    continue;
                nameStart = words[first].Start;
            }
            else
            {
                first = k;
                var proclitic = GivenNameProclitic(words[k]);
                if (proclitic < 0)
                    continue;
                nameStart = words[k].Start + proclitic;
            }

            var last = ArabicNameEnd(words, first, titled: titleWords > 0);
            if (last < first)
                continue;
            AddArabicPerson(nameStart, words[last].End, titleWords > 0 ? TitleStart(words[k]) : -1, words[last]);
            foundAny = true;
            k = last;
        }

        if (foundAny && arabicFamilyNames.Count > 0)
            AddArabicFamilyNameMentions(words);
    }

    /// <summary>The Arabic words of the text, with what separates each from the one before and whether a gazetteer match covers it.</summary>
    private List<ArabicWord> ArabicWords()
    {
        var words = new List<ArabicWord>();
        var coverIndex = 0;
        var previousEnd = 0;
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (!NameFolding.IsArabic(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < n && NameFolding.ClassOf(text[i]) is NameCharClass.ArabicLetter or NameCharClass.Silent)
                i++;
            var end = i;
            var breakBefore = words.Count == 0;
            for (var j = previousEnd; j < start && !breakBefore; j++)
            {
                if (NameFolding.ClassOf(text[j]) is not (NameCharClass.Space or NameCharClass.Silent) || text[j] is '\n' or '\r')
                    breakBefore = true;
            }

            while (coverIndex < covers.Count && covers[coverIndex].End <= start)
                coverIndex++;
            var covered = false;
            var adjective = false;
            for (var c = coverIndex; c < covers.Count && covers[c].Start < end; c++)
            {
                if (covers[c].Kind == CoverKind.Adjective)
                    adjective = true;
                else
                    covered = true;
            }

            words.Add(new ArabicWord(start, end, breakBefore, covered && !adjective, adjective));
            previousEnd = end;
        }

        return words;
    }

    /// <summary>How many words of a title start at word k (after a proclitic و، ف، ل، ب), or 0.</summary>
    private int ArabicTitleAt(List<ArabicWord> words, int k)
    {
        Span<char> buffer = stackalloc char[MaxArabicFoldedWord + 1];
        if (!TitleFirstWord(words[k], buffer, out _, out var phrases))
            return 0;
        foreach (var phrase in phrases)
        {
            if (k + phrase.Length > words.Count)
                continue;
            var matches = true;
            for (var t = 1; t < phrase.Length && matches; t++)
            {
                var word = words[k + t];
                matches = !word.BreakBefore && FoldArabic(word.Start, word.End, buffer).SequenceEqual(phrase[t]);
            }

            if (matches)
                return phrase.Length;
        }

        return 0;
    }

    /// <summary>The last word of the name that starts at word <paramref name="first"/>, or first − 1 when there is none.</summary>
    private int ArabicNameEnd(List<ArabicWord> words, int first, bool titled)
    {
        Span<char> buffer = stackalloc char[MaxArabicFoldedWord];
        var last = first - 1;
        var nameWords = 0;
        var j = first;
        while (j < words.Count && nameWords < MaxArabicNameWords && !words[j].Covered && !words[j].AdjectiveCover
               && (j == first || !words[j].BreakBefore))
        {
            var start = j == first && !titled ? words[j].Start + Math.Max(0, GivenNameProclitic(words[j])) : words[j].Start;
            var word = FoldArabic(start, words[j].End, buffer);
            if (lexicon.ArabicParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                // عبد الرحمن، أبو مهدي، بن سلمان: the particle takes the next word with it.
                if (j + 1 >= words.Count || words[j + 1].BreakBefore || words[j + 1].Covered)
                    break;
                last = j + 1;
                nameWords += 2;
                j += 2;
                continue;
            }

            if (IsGivenName(word, words[j]))
            {
                last = j;
                nameWords++;
                j++;
                continue;
            }

            if (IsFamilyName(word))
            {
                last = j;
                nameWords++;
                break;
            }

            // A word the lists do not know, followed by a family name: محمد شياع السوداني.
            if (nameWords > 0 && j + 1 < words.Count && !words[j + 1].BreakBefore && !words[j + 1].Covered
                && !lexicon.ArabicStopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                && IsFamilyName(FoldArabic(words[j + 1].Start, words[j + 1].End, buffer)))
            {
                last = j + 1;
                nameWords += 2;
                break;
            }

            break;
        }

        if (nameWords == 0)
            return first - 1;

        // Untitled, a name needs two words (given names, a particle and its word, a family name), so that a given name
        // that is also a common word names nobody alone.
        return !titled && nameWords < 2 ? first - 1 : last;
    }

    private bool IsGivenName(ReadOnlySpan<char> folded, ArabicWord word)
    {
        if (!lexicon.ArabicGivenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded))
            return false;

        // على (on) folds to علي (Ali): only the spelling with ي is the name (looking past any marks after the letter).
        if (!folded.SequenceEqual("علي"))
            return true;
        var last = word.End - 1;
        while (last > word.Start && NameFolding.ClassOf(text[last]) == NameCharClass.Silent)
            last--;
        return text[last] != '\u0649';
    }

    /// <summary>A nisba or family name: the article, at least two letters, and the nisba's final ي (النوري، الجبوري).</summary>
    private bool IsFamilyName(ReadOnlySpan<char> folded) =>
        folded.Length >= 5 && folded.StartsWith("ال", StringComparison.Ordinal) && folded[^1] == '\u064A'
        && !lexicon.ArabicStopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>
    /// Whether the word, without its proclitics, is the first word of titles (<paramref name="phrases"/>, longest
    /// first); <paramref name="proclitic"/> is how many letters precede the title.
    /// </summary>
    private bool TitleFirstWord(ArabicWord word, Span<char> buffer, out int proclitic, out string[][] phrases)
    {
        var titles = lexicon.ArabicTitlesByFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        for (proclitic = 0; proclitic <= 2 && word.Start + proclitic < word.End - 1; proclitic++)
        {
            if (proclitic > 0 && !IsProclitic(text[word.Start + proclitic - 1], proclitic))
                break;
            var folded = FoldArabic(word.Start + proclitic, word.End, buffer[1..]);
            if (titles.TryGetValue(folded, out phrases!))
                return true;

            // لل + noun is ل + ال + noun: للنائب = ل + النائب.
            if (proclitic == 1 && text[word.Start] == '\u0644' && folded.StartsWith("ل", StringComparison.Ordinal))
            {
                buffer[0] = '\u0627';
                if (titles.TryGetValue(buffer[..(folded.Length + 1)], out phrases!))
                    return true;
            }
        }

        phrases = [];
        return false;
    }

    /// <summary>
    /// The length of the proclitics before a given name (و or ف: وكريم، فعلي), 0 when the word is one as it stands,
    /// −1 when it is none.
    /// </summary>
    private int GivenNameProclitic(ArabicWord word)
    {
        Span<char> buffer = stackalloc char[MaxArabicFoldedWord];
        for (var length = 0; length <= 1 && word.Start + length < word.End - 1; length++)
        {
            if (length > 0 && text[word.Start] is not ('\u0648' or '\u0641'))
                return -1;
            if (IsGivenName(FoldArabic(word.Start + length, word.End, buffer), word))
                return length;
        }

        return -1;
    }

    /// <summary>Where the title in the word starts, or −1 when the text does not spell it out (للنائبة: ل + النائبة).</summary>
    private int TitleStart(ArabicWord word)
    {
        Span<char> buffer = stackalloc char[MaxArabicFoldedWord + 1];
        if (!TitleFirstWord(word, buffer, out var proclitic, out _))
            return -1;
        return proclitic == 1 && text[word.Start] == '\u0644' && text[word.Start + 1] == '\u0644' ? -1 : word.Start + proclitic;
    }

    private static bool IsProclitic(char c, int position) => position == 1
        ? c is '\u0648' or '\u0641' or '\u0644' or '\u0628'
        : c is '\u0644' or '\u0628';

    /// <summary>The folded letters of text[start..end) in <paramref name="buffer"/> (empty when too long for it).</summary>
    private ReadOnlySpan<char> FoldArabic(int start, int end, Span<char> buffer)
    {
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var f = NameFolding.Fold(text[i]);
            if (f == NameFolding.Skip)
                continue;
            if (length == buffer.Length)
                return [];
            buffer[length++] = f;
        }

        return buffer[..length];
    }

    private void AddArabicPerson(int start, int end, int titleStart, ArabicWord lastWord)
    {
        var name = Surface(start, end);
        var key = "p:ar:" + NameFolding.FoldName(name);
        var actor = ActorForUnknown(key, name, ActorType.Person);
        candidates.Add(new Candidate(start, end, actor, MentionKind.Name, PriorityUnknown, Full: true));
        if (titleStart >= 0 && titleStart < start)
            actors[actor].AddTitledForm(Surface(titleStart, end));

        Span<char> buffer = stackalloc char[MaxArabicFoldedWord];
        var family = FoldArabic(lastWord.Start, lastWord.End, buffer);
        if (start < lastWord.Start && IsFamilyName(family))
            arabicFamilyNames.TryAdd(family.ToString(), actor);
    }

    /// <summary>The family name alone, after the full name was seen (وأضاف النوري، للجبوري), names the same person.</summary>
    private void AddArabicFamilyNameMentions(List<ArabicWord> words)
    {
        var lookup = arabicFamilyNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstFull = new Dictionary<int, int>();
        foreach (var c in candidates)
        {
            if (c.Priority == PriorityUnknown && c.Full && (!firstFull.TryGetValue(c.Actor, out var at) || c.Start < at))
                firstFull[c.Actor] = c.Start;
        }

        Span<char> buffer = stackalloc char[MaxArabicFoldedWord + 1];
        foreach (var word in words)
        {
            if (word.Covered || word.AdjectiveCover)
                continue;
            for (var length = 0; length <= 2 && word.Start + length < word.End - 2; length++)
            {
                if (length > 0 && !IsProclitic(text[word.Start + length - 1], length))
                    break;
                var folded = FoldArabic(word.Start + length, word.End, buffer[1..]);

                // لل + name is ل + ال + name: للنوري = ل + النوري.
                var withArticle = length == 1 && text[word.Start] == '\u0644' && folded.StartsWith("ل", StringComparison.Ordinal);
                if (withArticle)
                {
                    buffer[0] = '\u0627';
                    folded = buffer[..(folded.Length + 1)];
                }

                if (lookup.TryGetValue(folded, out var actor) && firstFull.TryGetValue(actor, out var seen) && seen < word.Start)
                {
                    candidates.Add(new Candidate(word.Start + (withArticle ? 1 : length), word.End, actor, MentionKind.Name, PriorityUnknown, Full: false));
                    break;
                }
            }
        }
    }
}
