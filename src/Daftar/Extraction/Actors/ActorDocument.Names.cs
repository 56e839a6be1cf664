using System.Buffers;
using Daftar.Domain;

namespace Daftar.Extraction.Actors;

internal sealed partial class ActorDocument
{
    private const int MaxPersonWords = 6;

    private readonly TokenBuffer tokens = new();

    /// <summary>The words of the current run, accessed by reference (a token is too big to copy at every look).</summary>
    private sealed class TokenBuffer
    {
        private Token[] items = new Token[16];

        public int Count { get; private set; }

        public ref Token this[int index] => ref items[index];

        public void Add(in Token token)
        {
            if (Count == items.Length)
                Array.Resize(ref items, items.Length * 2);
            items[Count++] = token;
        }

        public void Clear() => Count = 0;

        public void Truncate(int count) => Count = Math.Min(Count, count);
    }

    /// <summary>A Latin-script word of a sentence, as the name recogniser sees it.</summary>
    private struct Token
    {
        public int Start;

        /// <summary>End of the word without a possessive ’s.</summary>
        public int End;

        /// <summary>End including a possessive ’s.</summary>
        public int Next;

        public bool Possessive;

        /// <summary>Starts with a capital (after an article written into it: al-Tamimi).</summary>
        public bool Capital;

        /// <summary>Two or more letters, all capitals (an acronym).</summary>
        public bool Capitals;

        /// <summary>First word of its sentence, or after an opening quote, colon or bracket.</summary>
        public bool Initial;

        /// <summary>Only spaces separate it from the previous word.</summary>
        public bool JoinedToPrevious;

        /// <summary>What a gazetteer match makes of the word, if one covers it.</summary>
        public CoverKind? Cover;

        /// <summary>The folded word (computed for capitalised words and connectors).</summary>
        public string? Folded;
    }

    /// <summary>Where a run of name words may start: a capital letter, or a hyphen (of "al-Tamimi").</summary>
    private static readonly SearchValues<char> RunStarts = SearchValues.Create(
        [.. Enumerable.Range(0, 0x250).Select(i => (char)i).Where(c => char.IsUpper(c) || c == '-')]);

    /// <summary>
    /// Step 2: capitalised names the gazetteer lacks, sentence by sentence. Only the words around capitals are
    /// looked at: a vectorised search jumps from one capital to the next.
    /// </summary>
    private void ScanUnknownNames()
    {
        var coverIndex = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.End > text.Length)
                break;
            if (IsTitleLine(sentence))
                continue;
            var p = sentence.Start;
            while (p < sentence.End)
            {
                var hit = text.AsSpan(p, sentence.End - p).IndexOfAny(RunStarts);
                if (hit < 0)
                    break;
                var at = p + hit;
                var start = RunStartAt(at, sentence.Start);
                if (start < 0)
                {
                    p = at + 1;
                    continue;
                }

                p = ReadRun(start, sentence, ref coverIndex);
                if (tokens.Count > 0)
                    ClassifyRun(0, tokens.Count - 1);
            }
        }
    }

    /// <summary>The start of a word that may begin a name at a search hit (a capital starting a word, or al- before a capital), or -1.</summary>
    private int RunStartAt(int at, int sentenceStart)
    {
        if (text[at] == '-')
        {
            // al-Tamimi: an article of two or three letters starting a word, then a capital.
            if (at + 1 >= text.Length || !char.IsUpper(text[at + 1]) || at - 2 < sentenceStart)
                return -1;
            var wordStart = at - 1;
            while (wordStart > sentenceStart && char.IsAsciiLetterLower(text[wordStart - 1]) && at - wordStart < 3)
                wordStart--;
            if (wordStart > sentenceStart && NameFolding.IsWordChar(text[wordStart - 1]))
                return -1;
            return CompiledGazetteer.IsArticleWord(text.Substring(wordStart, at - wordStart)) ? wordStart : -1;
        }

        return at == sentenceStart || !NameFolding.IsWordChar(text[at - 1]) && NameFolding.ClassOf(text[at - 1]) != NameCharClass.Apostrophe ? at : -1;
    }

    /// <summary>Reads the words of a possible name from <paramref name="start"/> into <see cref="tokens"/>; returns where to search next.</summary>
    private int ReadRun(int start, TextSpan sentence, ref int coverIndex)
    {
        tokens.Clear();
        var i = start;
        var previousEnd = -1;
        while (i < sentence.End)
        {
            var token = ReadToken(i, sentence.End, previousEnd, sentence.Start, ref coverIndex);
            var joined = tokens.Count == 0 || token.JoinedToPrevious;
            if (!joined)
                break;
            tokens.Add(token);
            var k = tokens.Count - 1;
            var continues = !token.Possessive && IsFree(k) && (token.Capital || IsParticle(k) || IsConnector(k));
            if (!continues || tokens.Count > 16)
                break;
            previousEnd = token.Next;

            // The next word.
            var n = token.Next;
            while (n < sentence.End && text[n] is ' ' or '\u00A0')
                n++;
            if (n >= sentence.End || !NameFolding.IsLetter(text[n]) && !char.IsAsciiDigit(text[n]))
                break;
            i = n;
        }

        // Trailing connectors and particles (not followed by a capitalised word) are not part of the run.
        while (tokens.Count > 0 && !tokens[^1].Capital)
            tokens.Truncate(tokens.Count - 1);

        // The first token must be free and start the run: a capital, or a particle before one.
        if (tokens.Count > 0 && (!IsFree(0) || !tokens[0].Capital && !IsParticle(0)))
        {
            var next = tokens[0].Next;
            tokens.Clear();
            return Math.Max(next, start + 1);
        }

        // A covered word inside ends the run before it.
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!IsFree(k) || tokens[k - 1].Possessive)
            {
                tokens.Truncate(k);
                break;
            }
        }

        var resume = tokens.Count > 0 ? tokens[^1].Next : start + 1;
        return Math.Max(resume, start + 1);
    }

    private Token ReadToken(int start, int end, int previousEnd, int sentenceStart, ref int coverIndex)
    {
        var j = start + 1;
        while (j < end)
        {
            var cls = NameFolding.ClassOf(text[j]);
            if (cls is NameCharClass.Letter or NameCharClass.Digit or NameCharClass.Silent)
            {
                j++;
            }
            else if ((cls == NameCharClass.Apostrophe || text[j] is '-' or '\u2010' or '\u2011')
                && j + 1 < end && NameFolding.ClassOf(text[j + 1]) is NameCharClass.Letter or NameCharClass.Digit)
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        var wordEnd = j;
        var next = j;
        var possessive = false;
        if (wordEnd - start > 2 && text[wordEnd - 1] is 's' or 'S' && NameFolding.ClassOf(text[wordEnd - 2]) == NameCharClass.Apostrophe)
        {
            possessive = true;
            wordEnd -= 2;
        }
        else if (j < end && text[j] == '.' && IsAbbreviation(start, j))
        {
            wordEnd = next = j + 1;
        }

        var token = new Token
        {
            Start = start,
            End = wordEnd,
            Next = next,
            Possessive = possessive,
            JoinedToPrevious = previousEnd >= 0 && OnlySpaces(previousEnd, start),
            Initial = previousEnd < 0 && IsInitialPosition(sentenceStart, start),
        };
        var first = text[start];
        if (char.IsUpper(first))
            token.Capital = true;
        else if (first is 'a' or 'e' && wordEnd - start > 3)
            token.Capital = FirstLetter(start, wordEnd) is var letter && letter > start && char.IsUpper(text[letter]);
        token.Capitals = token.Capital && IsCapitalsWord((start, wordEnd));

        while (coverIndex < covers.Count && covers[coverIndex].End <= start)
            coverIndex++;
        for (var ci = coverIndex; ci < covers.Count && covers[ci].Start < next; ci++)
        {
            var cover = covers[ci];
            if (cover.End <= start)
                continue;
            if (token.Cover is null || cover.Kind < token.Cover)
                token.Cover = cover.Kind;
        }

        return token;
    }

    /// <summary>The first letter of a word, after an article written into it ("al-Tamimi" → T); -1 if none.</summary>
    private int FirstLetter(int start, int end)
    {
        var hyphen = text.IndexOf('-', start, end - start);
        if (hyphen > start && hyphen - start <= 3 && hyphen + 1 < end)
        {
            var article = NameFolding.FoldName(text.AsSpan(start, hyphen - start));
            if (CompiledGazetteer.IsArticleWord(article))
                return hyphen + 1;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
                return i;
        }

        return -1;
    }

    /// <summary>A title abbreviation (Gen., Dr., Lt.) or an initial (George W. Bush).</summary>
    private bool IsAbbreviation(int start, int end)
    {
        if (end - start == 1)
            return char.IsUpper(text[start]);
        if (end - start > 5)
            return false;
        var folded = NameFolding.FoldName(text.AsSpan(start, end - start + 1));
        return lexicon.TitlesByFirst.ContainsKey(folded) || lexicon.Titles.ContainsKey(folded);
    }

    private bool OnlySpaces(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0'))
                return false;
        }

        return true;
    }

    /// <summary>After an opening quote, colon, bracket or dash, or a list number: a position where any word is capitalised.</summary>
    private bool IsInitialPosition(int sentenceStart, int start)
    {
        for (var i = start - 1; i >= sentenceStart; i--)
        {
            var c = text[i];
            if (c is ' ' or '\u00A0')
                continue;
            if (char.IsAsciiDigit(c))
                continue; // a list number: "2. Bring…"
            return c is '"' or '\u201C' or '\u2018' or '\'' or ':' or '(' or '[' or '\u00AB' or '\u2014' or '\u2013' or ';' or '\n' or '.' or '!' or '?' or '\u2026';
        }

        return true;
    }

    /// <summary>A headline or chrome line: three or more words, mostly capitalised, no final punctuation.</summary>
    private bool IsTitleLine(TextSpan sentence)
    {
        var last = text[sentence.End - 1];
        if (last is '.' or '!' or '?' or ':' or '"' or '\u201D' or '\u2026' or ')' or ',' or ';' || sentence.Length > 400)
            return false;
        int words = 0, capitals = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (!NameFolding.IsLetter(text[i]) || i > sentence.Start && NameFolding.IsWordChar(text[i - 1]))
                continue;
            words++;
            if (char.IsUpper(text[i]))
                capitals++;
        }

        return words >= 3 && capitals * 10 >= words * 7;
    }

    private string FoldedOf(int k)
    {
        ref var token = ref tokens[k];
        return token.Folded ??= Folded(token.Start, token.End);
    }

    private bool IsFree(int k) => tokens[k].Cover is null or CoverKind.Transparent;

    private static readonly string[] Connectors = ["of", "for", "and", "the", "de", "du", "la", "le", "von", "van", "der"];

    /// <summary>A stand-alone name particle: al, bin, ibn, Abu, Abd, Umm.</summary>
    private bool IsParticle(int k)
    {
        ref var token = ref tokens[k];
        var length = token.End - token.Start;
        if (length > 6 || char.ToLowerInvariant(text[token.Start]) is not ('a' or 'b' or 'i' or 'u' or 'e' or 'o'))
            return false;
        if (token.Folded is not null)
            return lexicon.Particles.Contains(token.Folded);
        Span<char> lower = stackalloc char[length];
        for (var i = 0; i < length; i++)
            lower[i] = NameFolding.Fold(text[token.Start + i]) is var f && f is not (NameFolding.Skip or NameFolding.Break) ? f : '?';
        return lexicon.ParticleLookup.Contains(lower);
    }

    private bool IsConnector(int k)
    {
        ref var token = ref tokens[k];
        if (token.End - token.Start > 3)
            return false;
        var word = text.AsSpan(token.Start, token.End - token.Start);
        foreach (var connector in Connectors)
        {
            if (word.Equals(connector, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>True when the word has an article written into it ("al-Tamimi").</summary>
    private bool HasArticle(int k)
    {
        var token = tokens[k];
        return FirstLetter(token.Start, token.End) > token.Start && text.IndexOf('-', token.Start, token.End - token.Start) > 0;
    }

    private void ClassifyRun(int from, int to)
    {
        // Sentence-initial common words ("The", "Though") are not names.
        // (A lone word is checked against the rest of the document only if it would name an actor: see
        // ResolvePartials.)
        while (from <= to && tokens[from].Initial && (to > from ? IsCommonInitial(from) : lexicon.CommonWords.Contains(FoldedOf(from))))
            from++;

        // Months and weekdays split the run; sects and peoples ("Shia", "Kurdish") split a person's name but may
        // stand in an organisation's ("Islamic Action Front").
        var start = from;
        for (var k = from; k <= to + 1; k++)
        {
            if (k <= to && !IsCalendar(k))
                continue;
            if (k > start)
                ClassifyWithoutCalendar(start, k - 1);
            start = k + 1;
        }
    }

    private void ClassifyWithoutCalendar(int from, int to)
    {
        var (start, end) = OrganisationAt(from, to);
        if (start < 0)
        {
            ClassifyPeople(from, to);
            return;
        }

        // Words before the organisation's name ("Sheikh X al-Y of the …") and after it ("… Commander Z").
        var before = start - 1;
        while (before >= from && IsConnector(before))
            before--;
        if (before >= from)
            ClassifyPeople(from, before);
        AddUnknownOrganisation(start, end);
        var after = end + 1;
        while (after <= to && IsConnector(after))
            after++;
        if (after <= to)
            ClassifyWithoutCalendar(after, to);
    }

    /// <summary>Splits at sects and peoples ("Shia", "Kurdish"), which are not part of a person's name.</summary>
    private void ClassifyPeople(int from, int to)
    {
        var start = from;
        for (var k = from; k <= to + 1; k++)
        {
            if (k <= to && !IsNotName(k))
                continue;
            if (k > start)
                ClassifyPart(start, k - 1);
            start = k + 1;
        }
    }

    /// <summary>
    /// The words of an organisation's name in [from, to], or (-1, -1): a head first with "of" after it ("Ministry of
    /// Defense"), or capitalised words ending in a head ("Green Dawn Movement"), with a complement after the head
    /// ("Islamic Supreme Council of Iraq") but not a title and a name after it.
    /// </summary>
    private (int Start, int End) OrganisationAt(int from, int to)
    {
        for (var h = from; h <= to; h++)
        {
            if (!tokens[h].Capital || tokens[h].Capitals)
                continue;
            var word = FoldedOf(h);
            int start;
            if (IsConnector(h))
                continue;
            if (h + 2 <= to && lexicon.OrgHeadsFirst.Contains(word) && FoldedOf(h + 1) == "of")
            {
                start = h;
            }
            else if (h > from && lexicon.OrgHeads.Contains(word) && tokens[h - 1].Capital && !IsConnector(h - 1))
            {
                start = h - 1;
                while (start > from && tokens[start - 1].Capital && !IsConnector(start - 1) && TitleAt(start - 1, to) == 0)
                    start--;
            }
            else
            {
                continue;
            }

            var end = h;
            while (end < to)
            {
                if (IsConnector(end + 1))
                {
                    // "… Council of Iraq", "… Front for the Liberation of …"; "and" joins another name.
                    if (FoldedOf(end + 1) is "of" or "for")
                    {
                        end = to;
                        for (var c = h + 1; c <= to; c++)
                        {
                            if (FoldedOf(c) == "and")
                            {
                                end = c - 1;
                                break;
                            }
                        }
                    }

                    break;
                }

                if (TitleAt(end + 1, to) > 0)
                    break;
                end++;
            }

            if (IsOrganisation(start, end))
                return (start, end);
        }

        return (-1, -1);
    }

    private bool IsCalendar(int k) => tokens[k].Capital && lexicon.IsCalendarWord(FoldedOf(k));

    private bool IsNotName(int k) => tokens[k].Capital && lexicon.NotNames.Contains(FoldedOf(k));

    private bool IsCommonInitial(int k)
    {
        var word = FoldedOf(k);
        if (lexicon.CommonWords.Contains(word))
            return true;
        if (lexicon.GivenNames.Contains(word) || lexicon.TitlesByFirst.ContainsKey(word) || lexicon.Particles.Contains(word) || HasArticle(k))
            return false;
        return IsWrittenInLowerCase(tokens[k].Start, tokens[k].End);
    }

    /// <summary>How far around a word the lower-case look-up searches, in characters each way.</summary>
    private const int LowerCaseWindow = 16 * 1024;

    /// <summary>
    /// True when the document also writes this capitalised word in lower case near it (within
    /// <see cref="LowerCaseWindow"/>), so it is a common word. The window keeps the cost bounded on long documents;
    /// the answer is cached per word.
    /// </summary>
    private bool IsWrittenInLowerCase(int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        lowerCaseSeen ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (lowerCaseSeen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var seen))
            return seen;
        var capitalised = word.ToString();
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > lower.Length)
        {
            lowerCaseSeen[capitalised] = false;
            return false;
        }

        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(lower[0]);
        var from = Math.Max(0, start - LowerCaseWindow);
        var window = text.AsSpan(from, Math.Min(text.Length, end + LowerCaseWindow) - from);
        seen = false;
        var offset = 0;
        while (!seen)
        {
            var hit = window[offset..].IndexOf(lower, StringComparison.Ordinal);
            if (hit < 0)
                break;
            var at = from + offset + hit;
            var before = at == 0 || !NameFolding.IsWordChar(text[at - 1]);
            var after = at + lower.Length >= text.Length || !NameFolding.IsWordChar(text[at + lower.Length]);
            seen = before && after;
            offset += hit + 1;
        }

        lowerCaseSeen[capitalised] = seen;
        return seen;
    }

    /// <summary>Classifies capitalised words [from, to] of one sentence: organisation, person, one-word name, or nothing.</summary>
    private void ClassifyPart(int from, int to)
    {
        // Leading titles ("Grand Ayatollah", "Prime Minister", "Gen.").
        var nameStart = from;
        while (nameStart <= to)
        {
            var length = TitleAt(nameStart, to);
            if (length == 0)
                break;
            nameStart += length;
        }

        var hasTitle = nameStart > from;
        if (nameStart > to)
            return;

        // Persons never contain "of", "and", "for": split there.
        var pieceStart = nameStart;
        for (var k = nameStart; k <= to + 1; k++)
        {
            if (k <= to && !IsConnector(k))
                continue;
            if (k > pieceStart)
                ClassifyPerson(pieceStart, k - 1, hasTitle && pieceStart == nameStart ? from : -1);
            pieceStart = k + 1;
        }
    }

    /// <summary>The number of words of the longest title starting at token k (0 if none).</summary>
    private int TitleAt(int k, int to)
    {
        var folded = FoldedOf(k);
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        if (!lexicon.TitlesByFirst.TryGetValue(space < 0 ? folded : folded[..space], out var titles))
            return 0;
        foreach (var title in titles)
        {
            if (!title.LowerCase && !tokens[k].Capital)
                continue;
            var phrase = folded;
            var t = k;
            while (phrase.Length < title.Phrase.Length && t + 1 <= to && tokens[t + 1].JoinedToPrevious)
            {
                t++;
                phrase = phrase + " " + FoldedOf(t);
            }

            if (string.Equals(phrase, title.Phrase, StringComparison.Ordinal))
                return t - k + 1;
        }

        return 0;
    }

    /// <summary>Two or more words, at least one neither a head nor a function word ("The Committee" is no name).</summary>
    private bool IsOrganisation(int from, int to)
    {
        if (to <= from)
            return false;
        for (var k = from; k <= to; k++)
        {
            var word = FoldedOf(k);
            if (!lexicon.OrgHeads.Contains(word) && !IsConnector(k) && word is not ("a" or "an" or "this" or "that" or "our" or "their" or "its" or "his" or "her"))
                return true;
        }

        return false;
    }

    private void AddUnknownOrganisation(int from, int to)
    {
        var start = tokens[from].Start;

        // A state's adjective just before belongs to the name: "Iraqi Security Forces", "Iraqi Ministry of Defense".
        if (AdjectiveBefore(from) is var adjective && adjective >= 0)
            start = adjective;

        var end = tokens[to].End;
        var lookup = unknownOrganisations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text.AsSpan(start, end - start), out var actor))
        {
            var name = Surface(start, end);
            actor = ActorForUnknown("o:" + NameFolding.FoldName(name), name, ActorType.Organization);
            unknownOrganisations[text.Substring(start, end - start)] = actor;
        }

        candidates.Add(new Candidate(start, end, actor, MentionKind.Name, PriorityUnknown, Full: true));
    }

    /// <summary>The start of a state's adjective just before token k, across spaces ("Iraqi" before "Army"), or -1.</summary>
    private int AdjectiveBefore(int k)
    {
        var start = tokens[k].Start;
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0')
            before--;
        return before < start - 1 && before >= 0 && AdjectiveEndingAt(before + 1) is { } adjective ? adjective : -1;
    }

    /// <summary>The start of an adjective mention ending at <paramref name="end"/> ("Iraqi" before "Security Forces"), or null.</summary>
    private int? AdjectiveEndingAt(int end)
    {
        var lo = 0;
        var hi = covers.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (covers[mid].Start < end)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        var k = lo - 1;
        return k >= 0 && covers[k].End == end && covers[k].Kind == CoverKind.Adjective ? covers[k].Start : null;
    }

    /// <summary>A person's name (after any title at <paramref name="titleStart"/>), a one-word name to resolve, or nothing.</summary>
    private void ClassifyPerson(int from, int to, int titleStart)
    {
        // A name does not end in a particle, and acronyms are not names.
        while (to >= from && (IsParticle(to) || tokens[to].Capitals))
            to--;
        while (from <= to && tokens[from].Capitals)
            from++;
        if (from > to || to - from + 1 > MaxPersonWords)
            return;

        var words = to - from + 1;
        var hasParticle = false;
        var nameWords = 0;
        for (var k = from; k <= to; k++)
        {
            if (IsParticle(k) || HasArticle(k))
                hasParticle = true;
            var word = lexicon.StripArticle(FoldedOf(k));
            if (!lexicon.PlaceWords.Contains(word) && !lexicon.CommonWords.Contains(word) && !lexicon.NotNames.Contains(word))
                nameWords++;
        }

        if (nameWords == 0)
            return;
        var given = lexicon.GivenNames.Contains(FoldedOf(from));
        var titled = titleStart >= 0;
        if (titled || words >= 2 && (hasParticle || given))
        {
            AddUnknownPerson(from, to, titleStart);
            return;
        }

        if (words == 1)
        {
            var token = tokens[from];
            var word = FoldedOf(from);

            // "the Iraqi Army": a state's adjective and a head word.
            if (token.Capital && !token.Capitals && lexicon.OrgHeads.Contains(word) && AdjectiveBefore(from) >= 0)
            {
                AddUnknownOrganisation(from, from);
                return;
            }

            if (token.Capital && !lexicon.CommonWords.Contains(word) && !lexicon.PlaceWords.Contains(word) && !lexicon.IsCalendarWord(word))
                partials.Add(new PartialCandidate(token.Start, token.End, lexicon.StripArticle(word), [], token.Initial));
            return;
        }

        unnamedRuns.Add(new UnnamedRun(tokens[from].Start, tokens[to].End, [.. Enumerable.Range(from, words).Select(k => text[tokens[k].Start..tokens[k].End])]));
    }

    private readonly Dictionary<string, int> unknownPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> unknownOrganisations = new(StringComparer.Ordinal);

    private void AddUnknownPerson(int from, int to, int titleStart)
    {
        var start = tokens[from].Start;
        var end = tokens[to].End;
        var lookup = unknownPersons.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text.AsSpan(start, end - start), out var actor))
        {
            var name = Surface(start, end);
            var entry = compiled.PersonNamed(name);
            actor = entry >= 0 ? ActorForEntry(entry) : ActorForUnknown("p:" + NameKey.Latin(name), name, ActorType.Person);
            unknownPersons[text.Substring(start, end - start)] = actor;
        }

        candidates.Add(new Candidate(start, end, actor, MentionKind.Name, PriorityUnknown, Full: true));
        if (titleStart >= 0)
            actors[actor].AddTitledForm(Surface(tokens[titleStart].Start, end));
    }
}
