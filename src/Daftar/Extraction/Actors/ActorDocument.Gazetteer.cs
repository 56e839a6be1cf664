using Daftar.Domain;

namespace Daftar.Extraction.Actors;

internal sealed partial class ActorDocument
{
    private const char Alef = '\u0627';
    private const char Lam = '\u0644';

    // The patterns accepted at the best match so far, reused between walks.
    private readonly List<int> matchPatterns = [];
    private readonly List<int> acceptEntries = [];
    private readonly List<int> walkPatterns = [];

    /// <summary>The longest gazetteer match at a word start: its span, whether ’s follows, its patterns in <see cref="matchPatterns"/>.</summary>
    private struct MatchResult
    {
        public int Start;
        public int End;
        public bool Possessive;
    }

    /// <summary>Step 1: every gazetteer and lexicon name, from each word start.</summary>
    private void ScanGazetteer()
    {
        Span<int> positions = stackalloc int[CompiledGazetteer.MaxPatternLength + 4];
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            var cls = NameFolding.ClassOf(c);
            if (cls is not (NameCharClass.Letter or NameCharClass.ArabicLetter or NameCharClass.Digit) || !IsWordStart(i))
            {
                i++;
                continue;
            }

            if (cls == NameCharClass.Letter && char.IsLower(c) && !compiled.LowerCaseStarts[NameFolding.Fold(c)])
            {
                // No name may start here: skip the word.
                i++;
                while (i < n && NameFolding.ClassOf(text[i]) is NameCharClass.Letter or NameCharClass.Digit or NameCharClass.Silent)
                    i++;
                continue;
            }

            var best = new MatchResult { End = -1 };
            matchPatterns.Clear();
            if (cls == NameCharClass.ArabicLetter)
                WalkArabic(i, positions, ref best);
            else
                Walk(i, i, virtualAlef: false, articleStripped: false, positions, ref best);

            if (best.End > 0)
            {
                Accept(best);
                i = best.End;
                continue;
            }

            i++;
            while (i < n && NameFolding.ClassOf(text[i]) is NameCharClass.Letter or NameCharClass.ArabicLetter or NameCharClass.Digit or NameCharClass.Silent)
                i++;
        }
    }

    /// <summary>True when a word starts at <paramref name="i"/> (a letter or digit not preceded by one, nor by a letter and an apostrophe).</summary>
    private bool IsWordStart(int i)
    {
        var p = i - 1;
        while (p >= 0 && NameFolding.ClassOf(text[p]) == NameCharClass.Silent)
            p--;
        if (p < 0)
            return true;
        var cls = NameFolding.ClassOf(text[p]);
        if (cls is NameCharClass.Letter or NameCharClass.ArabicLetter or NameCharClass.Digit)
            return false;
        return !(cls == NameCharClass.Apostrophe && p > 0 && NameFolding.IsWordChar(text[p - 1]));
    }

    /// <summary>
    /// Arabic: the name may follow proclitics — و or ف, then ب ل or ك — and, for adjectives and member words, the
    /// article ال; after ل the article's alef is not written (للصدر = ل + الصدر).
    /// </summary>
    private void WalkArabic(int start, Span<int> positions, ref MatchResult best)
    {
        var n = text.Length;
        Span<int> offsets = stackalloc int[3];
        var count = 0;
        offsets[count++] = start;
        var c0 = NameFolding.Fold(text[start]);
        if (c0 is '\u0648' or '\u0641' && start + 1 < n)
        {
            offsets[count++] = start + 1;
            var c1 = NameFolding.Fold(text[start + 1]);
            if (c1 is '\u0628' or Lam or '\u0643' && start + 2 < n)
                offsets[count++] = start + 2;
        }
        else if (c0 is '\u0628' or Lam or '\u0643' && start + 1 < n)
        {
            offsets[count++] = start + 1;
        }

        for (var k = 0; k < count; k++)
        {
            var at = offsets[k];
            if (!NameFolding.IsArabic(text[at]))
                continue;
            Walk(at, at, virtualAlef: false, articleStripped: false, positions, ref best);

            // لل: a proclitic ل before the article, whose alef is dropped.
            if (at > start && NameFolding.Fold(text[at - 1]) == Lam && NameFolding.Fold(text[at]) == Lam)
                Walk(at, at, virtualAlef: true, articleStripped: false, positions, ref best);

            // The article before an adjective or member word written without it (الإيراني = ال + إيراني).
            if (at + 2 < n && NameFolding.Fold(text[at]) == Alef && NameFolding.Fold(text[at + 1]) == Lam && NameFolding.IsArabic(text[at + 2]))
                Walk(at + 2, at, virtualAlef: false, articleStripped: true, positions, ref best);
        }
    }

    /// <summary>
    /// Walks the trie from <paramref name="start"/> and records in <paramref name="best"/> the longest match whose
    /// end is a word boundary and whose case rules hold (ties keep the earlier record). The match's span starts at
    /// <paramref name="spanStart"/> (before the walk start when an Arabic article is not part of the pattern).
    /// </summary>
    private void Walk(int start, int spanStart, bool virtualAlef, bool articleStripped, Span<int> positions, ref MatchResult best)
    {
        var trie = compiled.Trie;
        var n = text.Length;
        var node = NameTrie.Root;
        var count = 0;
        if (virtualAlef)
        {
            node = trie.Step(node, Alef);
            if (node < 0)
                return;
            positions[count++] = start;
        }

        var lastSpace = false;
        var arabic = NameFolding.IsArabic(text[start]);
        for (var i = start; i < n; i++)
        {
            var c = text[i];
            var f = NameFolding.Fold(c);
            if (f == NameFolding.Skip)
                continue;
            if (f == NameFolding.Break || c is '\n' or '\r')
                return;
            if (f == ' ')
            {
                if (lastSpace)
                    continue;
                lastSpace = true;
            }
            else
            {
                lastSpace = false;
            }

            node = trie.Step(node, f);
            if (node < 0 || count >= positions.Length)
                return;
            positions[count++] = i;
            if (f == ' ' || !trie.IsTerminal(node))
                continue;
            var end = i + 1;
            if (!EndsWord(end, arabic, out var possessive))
                continue;
            var length = end - spanStart;
            if (best.End > 0 && length <= best.End - best.Start)
                continue;
            walkPatterns.Clear();
            foreach (var p in trie.ValuesAt(node))
            {
                var pattern = compiled.Patterns[p];
                if (articleStripped && pattern.Kind is not (PatternKind.Adjective or PatternKind.Member))
                    continue;
                if (CaseHolds(pattern, positions[..count], start, end))
                    walkPatterns.Add(p);
            }

            if (walkPatterns.Count == 0)
                continue;
            best.Start = spanStart;
            best.End = end;
            best.Possessive = possessive;
            matchPatterns.Clear();
            matchPatterns.AddRange(walkPatterns);
        }
    }

    /// <summary>True when a name may end at <paramref name="end"/>: no letter or digit follows, except a possessive ’s.</summary>
    private bool EndsWord(int end, bool arabic, out bool possessive)
    {
        possessive = false;
        var n = text.Length;
        var j = end;
        while (j < n && NameFolding.ClassOf(text[j]) == NameCharClass.Silent)
            j++;
        if (j >= n)
            return true;
        var cls = NameFolding.ClassOf(text[j]);
        if (arabic)
            return cls != NameCharClass.ArabicLetter;
        if (cls is NameCharClass.Letter or NameCharClass.ArabicLetter or NameCharClass.Digit)
            return false;
        if (cls != NameCharClass.Apostrophe)
            return true;
        var k = j + 1;
        if (k < n && text[k] is 's' or 'S' && (k + 1 >= n || !NameFolding.IsWordChar(text[k + 1])))
        {
            possessive = true;
            return true;
        }

        return k >= n || !NameFolding.IsWordChar(text[k]);
    }

    private bool CaseHolds(NamePattern pattern, ReadOnlySpan<int> positions, int start, int end)
    {
        if (pattern.Arabic)
            return true;
        if (pattern.Exact)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (char.IsLetter(c) && !char.IsUpper(c))
                    return false;
            }

            return !(end - start <= 4 && IsShouting(start, end));
        }

        foreach (var at in pattern.Capitals)
        {
            if (at < positions.Length && !char.IsUpper(text[positions[at]]))
                return false;
        }

        return true;
    }

    /// <summary>True when the words on both sides of a short acronym are in capitals too (a headline in capitals: "IRAQ IS BURNING").</summary>
    private bool IsShouting(int start, int end) => IsCapitalsWord(PreviousWord(start)) && IsCapitalsWord(NextWord(end));

    private bool IsCapitalsWord((int Start, int End) word)
    {
        if (word.End - word.Start < 2)
            return false;
        for (var i = word.Start; i < word.End; i++)
        {
            if (char.IsLetter(text[i]) && !char.IsUpper(text[i]))
                return false;
        }

        return true;
    }

    /// <summary>The word before <paramref name="position"/>, across spaces only; (0, 0) if punctuation intervenes.</summary>
    private (int Start, int End) PreviousWord(int position)
    {
        var p = position - 1;
        while (p >= 0 && text[p] is ' ' or '\u00A0')
            p--;
        var end = p + 1;
        while (p >= 0 && (NameFolding.IsWordChar(text[p]) || NameFolding.ClassOf(text[p]) is NameCharClass.Silent or NameCharClass.Apostrophe or NameCharClass.Period || text[p] == '-'))
            p--;
        var start = p + 1;
        while (start < end && !NameFolding.IsWordChar(text[start]))
            start++;
        return start < end ? (start, end) : (0, 0);
    }

    /// <summary>The word after <paramref name="position"/>, across spaces only; (0, 0) if punctuation intervenes.</summary>
    private (int Start, int End) NextWord(int position)
    {
        var n = text.Length;
        var p = position;
        while (p < n && text[p] is ' ' or '\u00A0')
            p++;
        var start = p;
        while (p < n && (NameFolding.IsWordChar(text[p]) || NameFolding.ClassOf(text[p]) == NameCharClass.Silent
            || (text[p] is '-' or '\'' or '\u2019' && p + 1 < n && NameFolding.IsWordChar(text[p + 1]))))
            p++;
        return p > start && NameFolding.IsWordChar(text[start]) ? (start, p) : (0, 0);
    }

    /// <summary>Turns the best match at a word start into a mention, a partial name, a description or a block.</summary>
    private void Accept(MatchResult match)
    {
        var kind = PatternKind.Block;
        foreach (var p in matchPatterns)
        {
            var k = compiled.Patterns[p].Kind;
            if (k < kind)
                kind = k;
        }

        var entries = acceptEntries;
        entries.Clear();
        var words = 0;
        foreach (var p in matchPatterns)
        {
            var pattern = compiled.Patterns[p];
            if (pattern.Kind != kind || entries.Contains(pattern.Entry))
                continue;
            entries.Add(pattern.Entry);
            words = Math.Max(words, pattern.Words);
        }

        var (start, end) = (match.Start, match.End);

        // An article written onto the name belongs to it: "al-Zubaidi" for the name Zubaidi.
        if (start >= 3 && text[start - 1] == '-' && !NameFolding.IsArabic(text[start]))
        {
            var article = start - 2;
            while (article > 0 && char.IsAsciiLetterLower(text[article - 1]) && start - article < 4)
                article--;
            if ((article == 0 || !NameFolding.IsWordChar(text[article - 1])) && CompiledGazetteer.IsArticleWord(text.Substring(article, start - 1 - article)))
                start = article;
        }

        switch (kind)
        {
            case PatternKind.Block:
                covers.Add(new Cover(start, end, CoverKind.Transparent));
                return;
            case PatternKind.Capital:
                if (match.Possessive || IsClauseSubject(start, end))
                    AddGazetteerMention(start, end, entries[0], MentionKind.Name);
                else
                    covers.Add(new Cover(start, end, CoverKind.Transparent));
                return;
            case PatternKind.Description:
                descriptions.Add(new DescriptionCandidate(start, end, [.. entries], words));
                return;
            default:
                break;
        }

        var mentionKind = kind switch
        {
            PatternKind.Member => MentionKind.Member,
            PatternKind.Adjective => MentionKind.Adjective,
            _ => MentionKind.Name,
        };

        // A state's name or adjective with government/administration/regime is one name of the state; with
        // forces/officials/embassy… the name is an adjective.
        var entry = compiled.Gazetteer.Entries[entries[0]];
        if (entries.Count == 1 && entry.Type == ActorType.State && !match.Possessive && mentionKind != MentionKind.Member)
        {
            var next = NextWord(end);
            if (next.End > 0 && NameFolding.IsLetter(text[next.Start]))
            {
                var word = Folded(next.Start, next.End);
                if (lexicon.StateNouns.Contains(word))
                {
                    // "the Iraqi government", "the Iranian Government"
                    end = next.End;
                    mentionKind = MentionKind.Name;
                }
                else if (mentionKind == MentionKind.Name && char.IsLower(text[next.Start]) && (lexicon.Attributives.Contains(word) || IsAttributivePair(next, word)))
                {
                    mentionKind = MentionKind.Adjective;
                }
            }
        }

        // A short form of a person's name ("Abdul Mahdi", "Abbas") followed or preceded by another name word is part
        // of a longer name the gazetteer lacks ("Sheikh Abdul Mahdi al-Karbalai", "Rana Zubaidi"): leave it to step 2.
        if (mentionKind == MentionKind.Name && entries.Count == 1 && entry.Type == ActorType.Person && end == match.End
            && words < compiled.WordsOfName(entries[0]) && StartsLongerName(start, end, match.Possessive))
            return;

        if (mentionKind == MentionKind.Name && words == 1 && end == match.End && entry.Type != ActorType.State)
        {
            // A one-word name: part of a longer unknown name ("Abbas al-Fadhli"), or a short name to resolve
            // against the document (al-Sadr: Moqtada or his father?).
            partials.Add(new PartialCandidate(start, end, PartialKey(start, end), entries.Count == 1 ? SingleEntry(entries[0]) : [.. entries]));
            covers.Add(new Cover(start, end, CoverKind.Name));
            return;
        }

        if (entries.Count > 1)
        {
            partials.Add(new PartialCandidate(start, end, PartialKey(start, end), [.. entries]));
            covers.Add(new Cover(start, end, CoverKind.Name));
            return;
        }

        AddGazetteerMention(start, end, entries[0], mentionKind);
    }

    private bool IsAttributivePair((int Start, int End) first, string firstWord)
    {
        var second = NextWord(first.End);
        if (second.End == 0 || !char.IsLower(text[second.Start]))
            return false;
        return lexicon.Attributives.Contains(firstWord + " " + Folded(second.Start, second.End));
    }

    private readonly Dictionary<int, int[]> singleEntries = [];

    /// <summary>A one-element array of an entry index, shared by all the partial names it holds.</summary>
    private int[] SingleEntry(int entry)
    {
        if (!singleEntries.TryGetValue(entry, out var array))
            singleEntries[entry] = array = [entry];
        return array;
    }

    private void AddGazetteerMention(int start, int end, int entry, MentionKind kind)
    {
        var actor = ActorForEntry(entry);
        candidates.Add(new Candidate(start, end, actor, kind, PriorityGazetteer, Full: kind == MentionKind.Name));
        covers.Add(new Cover(start, end, kind == MentionKind.Adjective ? CoverKind.Adjective : CoverKind.Name));
    }

    /// <summary>The folded one-word key of a short name, without its article ("Al-Sadr" → "sadr").</summary>
    private string PartialKey(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var lookup = partialKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var key))
            return key;
        key = lexicon.StripArticle(NameFolding.FoldName(span));
        partialKeys[span.ToString()] = key;
        return key;
    }

    private readonly Dictionary<string, string> partialKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// True when a short gazetteer name is the start or end of a longer capitalised name the gazetteer lacks:
    /// followed by a capitalised name word (or an article and one: "al-Karbalai"), or preceded by a given name or
    /// another capitalised name word that does not start the sentence.
    /// </summary>
    private bool StartsLongerName(int start, int end, bool possessive)
    {
        if (NameFolding.IsArabic(text[start]))
            return false;
        if (!possessive)
        {
            var next = NextWord(end);
            if (next.End > 0 && IsNameWord(next))
                return true;
        }

        var previous = PreviousWord(start);
        if (previous.End > 0 && previous.End < start && char.IsUpper(text[previous.Start]) && !IsCovered(previous.Start))
        {
            var word = Folded(previous.Start, previous.End);
            if (lexicon.GivenNames.Contains(word))
                return true;
            var sentence = SentenceOf(previous.Start);
            var initial = sentence >= 0 && sentences[sentence].Start == previous.Start;
            if (!initial && IsNameWord(previous))
                return true;
        }

        return false;
    }

    /// <summary>A capitalised word that can continue a person's name: not common, calendar, place, title or covered by another name.</summary>
    private bool IsNameWord((int Start, int End) word)
    {
        var first = text[word.Start];
        var folded = Folded(word.Start, word.End);
        var stripped = lexicon.StripArticle(folded);
        if (!ReferenceEquals(stripped, folded) && !string.Equals(stripped, folded, StringComparison.Ordinal))
        {
            // al-X: a name word when X is capitalised.
            var hyphen = text.IndexOf('-', word.Start, word.End - word.Start);
            return hyphen > 0 && hyphen + 1 < word.End && char.IsUpper(text[hyphen + 1]);
        }

        if (!char.IsUpper(first) || IsCapitalsWord(word))
            return false;
        if (lexicon.CommonWords.Contains(folded) || lexicon.IsCalendarWord(folded) || lexicon.NotNames.Contains(folded)
            || lexicon.PlaceWords.Contains(folded) || lexicon.TitlesByFirst.ContainsKey(folded) || lexicon.OrgHeads.Contains(folded))
            return false;
        return !StartsGazetteerName(word.Start);
    }

    /// <summary>True when some gazetteer name (not a block) matches at <paramref name="start"/>.</summary>
    private bool StartsGazetteerName(int start)
    {
        Span<int> positions = stackalloc int[CompiledGazetteer.MaxPatternLength + 4];
        var saved = matchPatterns.ToArray();
        var best = new MatchResult { End = -1 };
        matchPatterns.Clear();
        Walk(start, start, virtualAlef: false, articleStripped: false, positions, ref best);
        var found = best.End > 0 && matchPatterns.Any(p => compiled.Patterns[p].Kind != PatternKind.Block);
        matchPatterns.Clear();
        matchPatterns.AddRange(saved);
        return found;
    }

    /// <summary>True when a gazetteer name found so far covers <paramref name="position"/> (covers are added in text order).</summary>
    private bool IsCovered(int position)
    {
        for (var k = covers.Count - 1; k >= 0; k--)
        {
            var cover = covers[k];
            if (cover.Start <= position)
                return position < cover.End && cover.Kind != CoverKind.Transparent;
        }

        return false;
    }

    /// <summary>
    /// True when a capital stands at the head of a clause before a lower-case word, as an actor does ("Baghdad
    /// and Erbil agreed", "…, Tehran has said"), rather than after a preposition as a place does.
    /// </summary>
    private bool IsClauseSubject(int start, int end)
    {
        var next = NextWord(end);
        if (next.End == 0 || !char.IsLower(text[next.Start]))
            return false;
        var p = start - 1;
        while (p >= 0 && text[p] is ' ' or '\u00A0')
            p--;
        if (p < 0 || text[p] is '\n' or ',' or ';' or ':' or '(' or '"' or '\u201C' or '\u00AB' or '\u2014')
            return true;
        var sentence = SentenceOf(start);
        if (sentence >= 0 && sentences[sentence].Start == start)
            return true;
        var previous = PreviousWord(start);
        if (previous.End == 0)
            return false;
        var word = NameFolding.FoldName(text.AsSpan(previous.Start, previous.End - previous.Start));
        return word is "and" or "but" or "while" or "that" or "whereas" or "since" or "because" or "when" or "as" or "if" or "both" or "neither" or "either";
    }
}
