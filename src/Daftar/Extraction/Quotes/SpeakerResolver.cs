using Daftar.Domain;
using Daftar.Extraction.Actors;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Extraction.Quotes;

/// <summary>What kind of speaker a reference is.</summary>
internal enum SpeakerNature : byte
{
    /// <summary>A person, named or described ("Moqtada al-Sadr", "a senior Sadrist").</summary>
    Person,

    /// <summary>A body speaking as one ("the ministry", "Iran", "the Sadr movement").</summary>
    Group,

    /// <summary>The document's author ("I", "we" outside quotations): their own words are not reported speech.</summary>
    Author,

    /// <summary>Someone the text leaves unnamed and undescribed ("I was told that …"); the actor is the context's group.</summary>
    Unnamed,
}

/// <summary>A speaker as the text refers to them.</summary>
/// <param name="Actor">Actor id: the person or group; for an anonymous speaker the group they speak for.</param>
/// <param name="Description">The words naming an unnamed speaker ("a senior Sadrist"), or null.</param>
/// <param name="Position">Where the text refers to them (for recency).</param>
/// <param name="Head">The lexicon key of the description's head noun ("official", "sadrist"), to match "the official".</param>
internal sealed record SpeakerRef(string? Actor, string? Description, bool Anonymous, SpeakerNature Nature, bool Plural, int Position, string? Head)
{
    /// <summary>The actor was not named in the description but taken from the context's group.</summary>
    public bool ActorFromContext { get; init; }

    public SpeakerAnnotation ToAnnotation() =>
        Nature == SpeakerNature.Author ? SpeakerAnnotation.Unknown : new SpeakerAnnotation(Actor, Description, Anonymous);
}

/// <summary>
/// Finds the noun phrase that names a speaker next to a reporting cue and resolves it: names through the actor layer's
/// mentions, pronouns and definite descriptions to the last compatible speaker, anonymous descriptions to the group
/// they speak for (a name, member word or adjective inside the description, else the group of the context).
/// Keeps the history of speakers and the context group as the text is read in order.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxPhraseWords = 10;

    /// <summary>The longest apposition between a subject and its verb ("X, a spokesman for the ministry, said").</summary>
    private const int MaxAppositionTokens = 16;

    /// <summary>How many speakers back a definite description ("this Sadrist") may refer.</summary>
    private const int MaxAntecedentDistance = 30;

    /// <summary>How many tokens back a pronoun's referent is looked for (at most this paragraph and the one before).</summary>
    private const int MaxPronounDistance = 600;
    private readonly TextAnalysis a;
    private readonly List<SpeakerRef> history = [];
    private readonly Dictionary<string, string> leaderGroups = new(StringComparer.Ordinal);
    private int contactMention;
    private bool withContext = true;

    public SpeakerResolver(TextAnalysis analysis) => a = analysis;

    private string? interviewGroup;
    private int interviewAt = -1;
    private string? speakerGroup;
    private int speakerAt = -1;

    /// <summary>
    /// The group the author's unnamed interlocutors speak for, as far as the text has been read: the group of the
    /// people the author says they interviewed or asked ("interviews with Sadrists"), or of the last anonymous speaker
    /// whose description named a group ("a Sadrist"), whichever the text gave last.
    /// </summary>
    public string? ContextGroup => speakerAt > interviewAt ? speakerGroup ?? interviewGroup : interviewGroup ?? speakerGroup;

    /// <summary>The group of the people the author says they interviewed or asked, as far as the text has been read.</summary>
    public string? InterviewGroup => interviewGroup;

    public IReadOnlyList<SpeakerRef> History => history;

    /// <summary>Records a speaker (in text order) and lets it set the context group.</summary>
    public void Remember(SpeakerRef speaker)
    {
        history.Add(speaker);

        // An anonymous speaker whose description names their group ("a Sadrist", "one of Moqtada's officials") shows
        // whom the author has been talking to; named speakers and groups speaking for themselves do not.
        if (speaker is { Actor: { } actor, Anonymous: true, ActorFromContext: false, Nature: SpeakerNature.Person })
        {
            speakerGroup = actor;
            speakerAt = speaker.Position;
        }
    }

    /// <summary>
    /// Reads the text up to token <paramref name="until"/> for the author's contacts: "interviews with Sadrists",
    /// "I asked Sadrists", "in conversation with a senior Sadrist" set the context group.
    /// </summary>
    public void ScanContacts(int until)
    {
        // From each group mention back to a contact word: "interviews with Sadrists", "spoke to X", "asked X" —
        // not "asked about X" (a topic).
        var m = contactMention;
        for (; m < a.Mentions.Length && a.Mentions[m].Span.Start < (until < a.Count ? a.Tokens[until].Start : int.MaxValue); m++)
        {
            if (GroupOfMention(a.Mentions[m]) is not { } group)
                continue;
            var first = a.TokenAt(a.Mentions[m].Span.Start);
            if (first >= a.Count || a.QuoteOf[first] >= 0)
                continue;
            for (var k = first - 1; k >= 0 && k >= first - 5; k--)
            {
                if (a.IsPunct(k) || a.QuoteOf[k] >= 0)
                    break;
                if (a.Has(k, WordRole.Contact))
                {
                    interviewGroup = group;
                    interviewAt = a.Tokens[first].Start;
                    break;
                }

                if (a.Has(k, WordRole.Preposition) && !a.WordIs(k, "with") && !a.WordIs(k, "to") && !a.WordIs(k, "among") && !a.WordIs(k, "of"))
                    break;
            }
        }

        contactMention = m;
    }

    // ---- Noun phrases ------------------------------------------------------------------------------------------

    /// <summary>Is token <paramref name="t"/> a possible head of a speaker description?</summary>
    public bool IsHead(int t) =>
        a.Has(t, WordRole.PersonNoun | WordRole.GroupNoun | WordRole.Title) || a.MentionAt(t) is { Kind: MentionKind.Member };

    private bool IsAdverb(int t)
    {
        if (t < 0 || !a.Tokens[t].IsWord || a.Tokens[t].IsCapitalised || a.MentionAt(t) is not null)
            return false;
        var w = a.Word(t);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !a.Has(t, WordRole.PersonNoun);
    }

    /// <summary>
    /// The noun phrase ending right before token <paramref name="end"/> (adverbs and auxiliaries between it and the
    /// cue skipped), not reaching before <paramref name="floor"/>: [first, last).
    /// </summary>
    public (int First, int End) PhraseBefore(int end, int floor)
    {
        var j = end - 1;
        while (j >= floor && (a.Has(j, WordRole.Skip) || IsAdverb(j)) && !a.Has(j, WordRole.Pronoun))
            j--;
        var phraseEnd = j + 1;
        var k = j;
        var words = 0;
        while (k >= floor)
        {
            if (a.IsPunct(k) || a.QuoteOf[k] >= 0)
                break;
            if (a.Has(k, WordRole.Pronoun))
            {
                if (k == j)
                    k--;
                break;
            }

            if (a.Has(k, WordRole.Determiner) && !(a.Has(k, WordRole.Boundary) && !IsHead(k + 1)))
            {
                // A determiner opens the phrase, unless it follows a partitive ("one of the officials") or a
                // preposition after a head ("a leader in the movement", "one protester in the square").
                k--;
                if (k - 1 >= floor && a.WordIs(k, "of") && a.Has(k - 1, WordRole.Quantifier | WordRole.Indefinite))
                {
                    k -= 2;
                    break;
                }

                if (k - 1 >= floor && a.Has(k, WordRole.Preposition) && (IsHead(k - 1) || a.MentionAt(k - 1) is { Kind: MentionKind.Name }))
                {
                    k -= 1;
                    continue;
                }

                break;
            }

            if (a.Has(k, WordRole.Boundary))
                break;
            if (a.Has(k, WordRole.Preposition))
            {
                if (k - 1 >= floor && (IsHead(k - 1) || a.Has(k - 1, WordRole.Quantifier) || a.MentionAt(k - 1) is { Kind: MentionKind.Name } || ArabicHeadBefore(k, floor)) && k + 1 < phraseEnd)
                {
                    k--;
                    continue;
                }

                break;
            }

            if (++words > MaxPhraseWords)
                break;
            k--;
        }

        return (k + 1, phraseEnd);
    }

    /// <summary>How far back (in tokens) the statement "البيان" refers to is looked for.</summary>
    private const int MaxStatementDistance = 400;

    /// <summary>
    /// Who issued the statement a definite speech noun at <paramref name="noun"/> refers back to ("وجاء في البيان"): the
    /// first actor named in the sentence that last spoke of such a statement ("أصدرت جبهة الإصلاح بياناً"), this paragraph
    /// or the one before.
    /// </summary>
    public SpeakerRef? StatementIssuer(int noun)
    {
        var stem = Key(noun);
        var paragraph = a.ParagraphOf[noun];
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        for (var t = noun - 1; t >= 0 && noun - t <= MaxStatementDistance && a.ParagraphOf[t] >= paragraph - 1; t--)
        {
            var word = a.Word(t);
            if (!a.Tokens[t].IsWord || a.QuoteOf[t] >= 0 || word.Length > WordKey.MaxLength)
                continue;
            var n = WordKey.Write(word, buffer);
            if (n <= 0 || buffer[..n].IndexOf(stem.AsSpan()) < 0)
                continue;
            for (var k = a.SentenceFirst[a.SentenceOf[t]]; k < t; k++)
            {
                if (a.MentionAt(k) is not { Kind: MentionKind.Name } m || a.QuoteOf[k] >= 0)
                    continue;
                return a.TypeOf(m.ActorId) == ActorType.Person
                    ? new SpeakerRef(m.ActorId, null, false, SpeakerNature.Person, false, a.Tokens[k].Start, null)
                    : new SpeakerRef(m.ActorId, null, false, SpeakerNature.Group, true, a.Tokens[k].Start, null);
            }

            return null;
        }

        return null;
    }

    /// <summary>An Arabic head noun among the three words before a preposition: its adjectives come between ("قيادياً بارزاً في").</summary>
    private bool ArabicHeadBefore(int preposition, int floor)
    {
        if (a.LexiconAt(preposition).SubjectFirst)
            return false;
        for (var j = preposition - 1; j >= floor && j >= preposition - 3 && a.Tokens[j].IsWord && !a.Has(j, WordRole.Boundary | WordRole.Preposition); j--)
        {
            if (IsHead(j))
                return true;
        }

        return false;
    }

    /// <summary>The noun phrase starting at token <paramref name="start"/>, not reaching <paramref name="limit"/>: [first, end).</summary>
    public (int First, int End) PhraseAfter(int start, int limit)
    {
        var k = start;
        while (k < limit && a.Has(k, WordRole.Skip) && !a.Has(k, WordRole.Pronoun | WordRole.Determiner))
            k++;
        var first = k;
        var words = 0;
        var lastHead = -1;
        while (k < limit)
        {
            if (a.IsPunct(k) || a.QuoteOf[k] >= 0)
                break;
            if (a.Has(k, WordRole.Boundary) && !(k == first && a.Has(k, WordRole.Determiner) && IsHead(k + 1)))
                break;
            if (IsHead(k))
                lastHead = k;
            if (k > first && a.Has(k, WordRole.Preposition))
            {
                // Arabic adjectives follow their noun ("مصدر مطلع في الوفد العراقي"), and the preposition leads to a
                // group or person ("قيادي في التيار", not "منتقدين إلى التشكيك").
                var arabic = !a.LexiconAt(k).SubjectFirst;
                if ((IsHead(k - 1) || a.Has(k - 1, WordRole.Quantifier) || a.MentionAt(k - 1) is not null || (arabic && lastHead >= 0 && k - lastHead <= 3))
                    && (!arabic || (k + 1 < limit && (IsHead(k + 1) || a.MentionAt(k + 1) is not null))))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (k > first && a.MatchPhrase(k, limit, static kind => kind is PhraseKind.Verb or PhraseKind.Weak, out _) > 0)
                break;
            if (k > first && IsArabicToPhrase(k))
                break;
            if (++words > MaxPhraseWords)
                break;
            k++;
            if (k - 1 == first && a.Has(first, WordRole.Pronoun))
                break;
        }

        // No dangling preposition or determiner at the end.
        while (k > first && a.Has(k - 1, WordRole.Preposition | WordRole.Determiner | WordRole.Skip) && !a.Has(k - 1, WordRole.Pronoun))
            k--;
        return (first, k);
    }

    /// <summary>
    /// An Arabic word carrying the preposition ل ("to"): "للصحفيين" (to the journalists), "لرسالة النهرين" — the addressee
    /// after a speaker, not part of the speaker's description (names the actor layer knows, such as لبنان, excepted).
    /// </summary>
    private bool IsArabicToPhrase(int k)
    {
        if (a.LexiconAt(k).SubjectFirst || !a.Tokens[k].IsWord || a.MentionAt(k) is not null)
            return false;
        var w = a.Word(k);
        return w.Length > 3 && w[0] == '\u0644' && (w[1] == '\u0644' || a.InfoAt(k) is null);
    }

    /// <summary>
    /// Resolves the phrase [first, end) to a speaker, or null if it names none. Without <paramref name="useContext"/>
    /// a description that names no group gets no actor (rather than the context's group).
    /// </summary>
    public SpeakerRef? Resolve(int first, int end, bool useContext = true)
    {
        var saved = withContext;
        withContext = useContext;
        try
        {
            return ResolvePhrase(first, end);
        }
        finally
        {
            withContext = saved;
        }
    }

    private string? Context => withContext ? ContextGroup : null;

    /// <summary>
    /// The context group a description with head <paramref name="head"/> and no group of its own takes: for the author's
    /// contacts ("one interviewee", "a source"), the group the author says they interviewed; for anyone else ("a Western
    /// diplomat", "one protester") none — they are not the interviewees, nor the officials quoted before them.
    /// </summary>
    private string? ContextForDescription(int head) => withContext && a.Has(head, WordRole.Interlocutor) ? InterviewGroup : null;

    private SpeakerRef? ResolvePhrase(int first, int end)
    {
        while (end > first && (a.IsPunct(end - 1) || (a.Has(end - 1, WordRole.Skip | WordRole.Preposition) && !a.Has(end - 1, WordRole.Pronoun))))
            end--;
        while (first < end && (a.IsPunct(first) || a.Has(first, WordRole.Boundary) && !a.Has(first, WordRole.Determiner | WordRole.Pronoun)))
            first++;
        if (end <= first)
            return null;
        var position = a.Tokens[first].Start;

        if (end - first == 1 && a.Has(first, WordRole.Pronoun))
            return ResolvePronoun(first);
        if (end - first == 1 && a.Has(first, WordRole.Quantifier) && a.MentionAt(first) is null)
            return ResolveOne(first);

        // The head region ends at the first preposition that is not partitive ("one of …").
        var headEnd = end;
        for (var k = first + 1; k < end; k++)
        {
            if (a.Has(k, WordRole.Preposition) && !a.Has(k - 1, WordRole.Quantifier | WordRole.Indefinite))
            {
                headEnd = k;
                break;
            }
        }

        var head = headEnd - 1;
        if (!a.LexiconAt(first).SubjectFirst)
        {
            // Head-first languages (Arabic): a title comes before the name ("رئيس الوزراء محمد شياع السوداني"), the noun
            // before its adjectives ("مصدر مطلع").
            for (var k = first; k < headEnd; k++)
            {
                if (a.MentionAt(k) is { Kind: MentionKind.Name } named && a.Covers(named, k) && !a.Tokens[k].IsPossessive
                    && a.TypeOf(named.ActorId) == ActorType.Person)
                {
                    // "المكتب الخاص للصدر": a body of the person's own, speaking for them.
                    if (k > first && a.Has(first, WordRole.GroupNoun))
                        return new SpeakerRef(named.ActorId, a.Slice(first, end), false, SpeakerNature.Group, false, position, Key(first));
                    return new SpeakerRef(named.ActorId, null, false, SpeakerNature.Person, false, position, null);
                }
            }

            for (var k = first; k < headEnd; k++)
            {
                if (IsHead(k) || a.MentionAt(k) is not null)
                {
                    head = k;
                    break;
                }
            }

            // "زعيم التيار الصدري": the leader of a group the text names, when the text names the person who leads it.
            if (a.Has(head, WordRole.Leadership) && LeaderNamedAfter(head, end) is { } leader)
                return new SpeakerRef(leader, null, false, SpeakerNature.Person, false, position, null);
        }

        var mention = a.MentionAt(head) is { } over && a.Covers(over, head) ? over : (ActorMention?)null;
        var possessive = a.Tokens[head].IsPossessive;

        if (mention is { Kind: MentionKind.Name } name && !possessive)
        {
            var type = a.TypeOf(name.ActorId);
            if (type == ActorType.Person)
                return new SpeakerRef(name.ActorId, null, false, SpeakerNature.Person, false, position, null);

            // "a senior official in Iran" is caught by the head region; here the name is the head: "Iran", "the Sadr movement".
            var nounBefore = LastNoun(first, head, WordRole.PersonNoun);
            if (nounBefore < 0)
                return new SpeakerRef(name.ActorId, null, false, SpeakerNature.Group, true, position, null);

            // "Sadrist spokesman Hassan X" with X unknown but a name-like mention of a group after the noun: keep the description.
            return Described(first, end, nounBefore, position, named: false);
        }

        if (a.Has(head, WordRole.PersonNoun | WordRole.Title) || mention is { Kind: MentionKind.Member })
            return Described(first, end, head, position, named: !a.LexiconAt(first).SubjectFirst && HasUnknownName(head, end));

        // A person noun followed by a name the actor layer does not know: "spokesman Salah Obeidi".
        var noun = LastNoun(first, headEnd, WordRole.PersonNoun);
        if (noun >= 0 && noun < head && AllCapitalised(noun + 1, headEnd))
            return Described(first, end, noun, position, named: true);

        if (a.Has(head, WordRole.GroupNoun))
        {
            // "the ministry": a group named in the description, else the last group named with that word.
            var definite = a.LexiconAt(first).SubjectFirst ? a.Has(first, WordRole.Definite | WordRole.Possessive) : LanguageLexicon.IsArabicDefinite(a.Word(head));
            var group = GroupIn(first, end) ?? (definite ? GroupNamedBefore(head, first) : null);
            return new SpeakerRef(group, group is null ? a.Slice(first, end) : null, false, SpeakerNature.Group, true, position, Key(head));
        }

        if (end - first == 1 && !a.LexiconAt(first).SubjectFirst && PersonByFamilyName(first) is { } person)
            return new SpeakerRef(person, null, false, SpeakerNature.Person, false, position, null);
        return null;
    }

    /// <summary>
    /// An Arabic description that ends with a title and a name the actor layer does not know: "قائد عمليات سامراء
    /// الفريق الركن صلاح عبد الجبار" (a title, perhaps more definite words, then unknown words without the article).
    /// </summary>
    private bool HasUnknownName(int head, int end)
    {
        for (var k = head; k < end - 1; k++)
        {
            if (!a.Has(k, WordRole.Title))
                continue;
            var n = k + 1;
            while (n < end - 1 && LanguageLexicon.IsArabicDefinite(a.Word(n)) && a.InfoAt(n) is null && a.MentionAt(n) is null)
                n++;
            if (a.Tokens[n].IsWord && !LanguageLexicon.IsArabicDefinite(a.Word(n)) && a.InfoAt(n) is null && a.MentionAt(n) is null)
                return true;
        }

        return false;
    }

    private int LastNoun(int from, int to, WordRole role)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (a.Has(k, role) || (role == WordRole.PersonNoun && a.MentionAt(k) is { Kind: MentionKind.Member }))
                return k;
        }

        return -1;
    }

    private bool AllCapitalised(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!a.Tokens[k].IsWord || !a.Tokens[k].IsCapitalised)
                return false;
        }

        return to > from;
    }

    private SpeakerRef Described(int first, int end, int head, int position, bool named)
    {
        var description = Normalised(first, end, head);
        var plural = a.Has(head, WordRole.Plural) || (a.MentionAt(head) is { Kind: MentionKind.Member } && EndsWithPluralS(head));
        var group = GroupIn(first, end)
            ?? (a.LexiconAt(first).SubjectFirst ? null : GroupNounIn(head + 1, end, first) ?? PortfolioGroup(first, end) ?? GovernmentState(first, end));
        var headKey = Key(head);
        var definite = a.LexiconAt(first).SubjectFirst
            ? a.Has(first, WordRole.Definite | WordRole.Possessive) && !a.Has(first, WordRole.Indefinite | WordRole.Quantifier)
            : LanguageLexicon.IsArabicDefinite(a.Word(head));
        string? actor;
        bool anonymous;
        SpeakerRef? antecedent = null;
        if (definite)
        {
            antecedent = Antecedent(headKey, group);

            // "المرجع" after "المرجع الديني الأعلى علي السيستاني": the person the text named with that title.
            if (antecedent is null && group is null && !a.LexiconAt(first).SubjectFirst && TitledPersonBefore(headKey, first) is { } titled)
                return new SpeakerRef(titled, null, false, SpeakerNature.Person, false, position, null);
            actor = group ?? antecedent?.Actor ?? ContextForDescription(head);
            anonymous = antecedent?.Anonymous ?? true;
        }
        else
        {
            actor = group ?? ContextForDescription(head);
            anonymous = true;
        }

        var fromContext = group is null && (antecedent is null ? actor is not null : antecedent.ActorFromContext);
        return new SpeakerRef(actor, description, anonymous && !named, SpeakerNature.Person, plural, position, headKey) { ActorFromContext = fromContext };
    }

    /// <summary>
    /// The last person named (this paragraph or the one before, before token <paramref name="before"/>) right after a
    /// title whose key is <paramref name="title"/>: "المرجع الديني الأعلى علي السيستاني" for "المرجع".
    /// </summary>
    private string? TitledPersonBefore(string title, int before)
    {
        var paragraph = a.ParagraphOf[before];
        for (var m = FirstMentionAtOrAfter(a.Tokens[before].Start) - 1; m >= 0; m--)
        {
            var mention = a.Mentions[m];
            var t = a.TokenAt(mention.Span.Start);
            if (t >= a.Count || a.ParagraphOf[t] < paragraph - 1)
                break;
            if (mention.Kind != MentionKind.Name || a.TypeOf(mention.ActorId) != ActorType.Person)
                continue;
            for (var k = t - 1; k >= 0 && k >= t - 4 && !a.IsPunct(k); k--)
            {
                if (IsHead(k) && string.Equals(Key(k), title, StringComparison.Ordinal))
                    return mention.ActorId;
            }
        }

        return null;
    }

    private bool EndsWithPluralS(int t)
    {
        var token = a.Tokens[t];
        var w = a.Text.AsSpan(token.Start, token.StemEnd - token.Start);
        return w.Length > 3 && w[^1] is 's' && w[^2] is not 's';
    }

    /// <summary>The lexicon key of a head word: in Arabic without proclitics, article or case ending ("المصدر", "مصدراً" → مصدر).</summary>
    private string Key(int t)
    {
        var word = a.Text.AsSpan(a.Tokens[t].Start, a.Tokens[t].StemEnd - a.Tokens[t].Start);
        var lexicon = a.LexiconAt(t);
        return lexicon.StripsProclitics ? lexicon.StemKey(word) : WordKey.Of(word);
    }

    /// <summary>
    /// The words of a description [first, end) as the text has them, except that an Arabic description in the accusative
    /// ("مصدراً مطلعاً مقرباً من الحركة", the object of "إن" or of a verb) is given in the nominative ("مصدر مطلع مقرب من
    /// الحركة"): the case ending (alef with or without tanween) of its indefinite words up to the first preposition is
    /// dropped, so that the same speaker has the same description in every sentence.
    /// </summary>
    private string Normalised(int first, int end, int head)
    {
        var lexicon = a.LexiconAt(first);
        if (lexicon.SubjectFirst || !lexicon.IsAccusativeNoun(a.Word(head)))
            return a.Slice(first, end);
        var builder = new System.Text.StringBuilder(a.Tokens[end - 1].End - a.Tokens[first].Start);
        var at = a.Tokens[first].Start;
        var inHead = true;
        for (var k = first; k < end; k++)
        {
            var token = a.Tokens[k];
            builder.Append(a.Text.AsSpan(at, token.Start - at));
            at = token.End;
            if (k > head && a.Has(k, WordRole.Preposition))
                inHead = false;
            var word = a.Word(k);
            builder.Append(inHead && token.IsWord && !LanguageLexicon.IsArabicDefinite(word) ? WithoutAccusative(word) : word);
        }

        return builder.ToString();
    }

    /// <summary>An Arabic word without its accusative ending: "مطلعاً", "مطلعًا", "مطلعا" → مطلع; "مسؤولةً" → مسؤولة.</summary>
    private static ReadOnlySpan<char> WithoutAccusative(ReadOnlySpan<char> word)
    {
        var w = word;
        var tanween = false;
        if (w.Length > 1 && w[^1] == '\u064B')
        {
            w = w[..^1];
            tanween = true;
        }

        if (w.Length > 3 && w[^1] == '\u0627')
        {
            w = w[..^1];
            if (!tanween && w.Length > 1 && w[^1] == '\u064B')
                w = w[..^1];
            return w;
        }

        return tanween ? w : word;
    }

    /// <summary>
    /// The group a definite group noun inside an Arabic description stands for: "مصدر مقرب من الحركة" speaks for the
    /// movement last named (<see cref="GroupNamedBefore"/>).
    /// </summary>
    private string? GroupNounIn(int from, int end, int before)
    {
        for (var k = from; k < end; k++)
        {
            if (a.Has(k, WordRole.GroupNoun) && LanguageLexicon.IsArabicDefinite(a.Word(k)))
                return GroupNamedBefore(k, before);
        }

        return null;
    }

    /// <summary>
    /// The ministry an Arabic description names by its portfolio: "مساعد وزير الخزانة" speaks for the organisation the
    /// text named before with that word ("وزارة الخزانة الأمريكية"), or null.
    /// </summary>
    private string? PortfolioGroup(int first, int end)
    {
        for (var k = first; k + 1 < end; k++)
        {
            if (!a.Has(k, WordRole.Portfolio) || !a.Tokens[k + 1].IsWord)
                continue;
            var portfolio = WithoutArticle(WordKey.Of(a.Word(k + 1)));
            if (portfolio.Length < 3)
                continue;
            for (var m = FirstMentionAtOrAfter(a.Tokens[first].Start) - 1; m >= 0; m--)
            {
                var mention = a.Mentions[m];
                if (mention.Kind != MentionKind.Name || a.TypeOf(mention.ActorId) != ActorType.Organization)
                    continue;
                foreach (var word in a.Text.AsSpan(mention.Span.Start, mention.Span.Length).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (string.Equals(WithoutArticle(WordKey.Of(word)), portfolio, StringComparison.Ordinal))
                        return mention.ActorId;
                }
            }
        }

        return null;
    }

    private static string WithoutArticle(string key) =>
        key.Length > 4 && key[0] == '\u0627' && key[1] == '\u0644' ? key[2..] : key;

    /// <summary>
    /// The state an Arabic description names by its government ("مصدر في مكتب رئيس الوزراء", "مسؤول حكومي"): the last
    /// state the text named with a word of government before it ("الحكومة العراقية"), or null.
    /// </summary>
    private string? GovernmentState(int first, int end)
    {
        var governed = false;
        for (var k = first; k < end && !governed; k++)
            governed = a.Has(k, WordRole.Government);
        if (!governed)
            return null;
        for (var m = FirstMentionAtOrAfter(a.Tokens[first].Start) - 1; m >= 0; m--)
        {
            var mention = a.Mentions[m];
            if (a.TypeOf(mention.ActorId) != ActorType.State)
                continue;
            var t = a.TokenAt(mention.Span.Start);
            for (var k = Math.Max(0, t - 1); k < a.Count && a.Tokens[k].Start < mention.Span.End; k++)
            {
                if (a.Has(k, WordRole.Government))
                    return mention.ActorId;
            }
        }

        return null;
    }

    /// <summary>
    /// An Arabic family name alone ("وتابع الكعبي") naming the person the text named in full before: the last person
    /// mention whose last word is this word, or null.
    /// </summary>
    private string? PersonByFamilyName(int t)
    {
        var word = a.Word(t);
        if (!LanguageLexicon.IsArabicDefinite(word) || a.InfoAt(t) is not null)
            return null;
        var key = WithoutArticle(WordKey.Of(word));
        for (var m = FirstMentionAtOrAfter(a.Tokens[t].Start) - 1; m >= 0; m--)
        {
            var mention = a.Mentions[m];
            if (mention.Kind != MentionKind.Name || a.TypeOf(mention.ActorId) != ActorType.Person)
                continue;
            var surface = a.Text.AsSpan(mention.Span.Start, mention.Span.Length);
            var space = surface.LastIndexOf(' ');
            if (space > 0 && string.Equals(WithoutArticle(WordKey.Of(surface[(space + 1)..])), key, StringComparison.Ordinal))
                return mention.ActorId;
        }

        return null;
    }

    /// <summary>The group a description speaks for: a member word, adjective or group name in it; a leader's group for a person named in it.</summary>
    public string? GroupIn(int first, int end)
    {
        string? person = null;
        for (var k = first; k < end; k++)
        {
            // A name inside a compound ("Iran-backed", "U.S.-led", "pro-Iran") relates to the group, it is not it.
            if (a.MentionAt(k) is not { } m || !a.Covers(m, k))
                continue;
            if (m.Kind is MentionKind.Member or MentionKind.Adjective)
                return m.ActorId;
            if (a.TypeOf(m.ActorId) == ActorType.Person)
                person ??= m.ActorId;
            else
                return m.ActorId;
        }

        return person is null ? null : LeaderGroup(person);
    }

    /// <summary>
    /// The last group named before token <paramref name="before"/> (this paragraph or the one before) whose name
    /// holds the word of token <paramref name="head"/>: "the Foreign Ministry … the ministry".
    /// </summary>
    private string? GroupNamedBefore(int head, int before)
    {
        var lexicon = a.LexiconAt(head);
        var headWord = a.Text.AsSpan(a.Tokens[head].Start, a.Tokens[head].StemEnd - a.Tokens[head].Start);
        var word = lexicon.StripsProclitics ? lexicon.StemKey(headWord).AsSpan() : headWord;
        var paragraph = a.ParagraphOf[before];
        var position = a.Tokens[before].Start;
        string? lastUnnamed = null;
        var m = FirstMentionAtOrAfter(position) - 1;
        for (; m >= 0; m--)
        {
            var mention = a.Mentions[m];
            var t = a.TokenAt(mention.Span.Start);
            if (t < a.Count && a.ParagraphOf[t] < paragraph - 1)
                break;
            if (mention.Kind != MentionKind.Name || a.TypeOf(mention.ActorId) == ActorType.Person)
                continue;

            if (a.Text.AsSpan(mention.Span.Start, mention.Span.Length).Contains(word, StringComparison.OrdinalIgnoreCase))
                return mention.ActorId;

            // Arabic calls a group by a noun its name lacks ("عصائب أهل الحق … الحركة"): the last organisation named
            // whose name holds no other group noun (an author calls "التيار الصدري" التيار, not الحركة).
            if (!lexicon.SubjectFirst && lastUnnamed is null && a.TypeOf(mention.ActorId) == ActorType.Organization && !HoldsGroupNoun(mention))
                lastUnnamed = mention.ActorId;
        }

        return lastUnnamed;
    }

    private bool HoldsGroupNoun(ActorMention mention)
    {
        for (var t = a.TokenAt(mention.Span.Start); t < a.Count && a.Tokens[t].Start < mention.Span.End; t++)
        {
            if (a.Has(t, WordRole.GroupNoun))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The person the text names who leads the group named right after a leadership word at <paramref name="lead"/>
    /// ("زعيم التيار الصدري", "الأمين العام لعصائب أهل الحق"), or null.
    /// </summary>
    private string? LeaderNamedAfter(int lead, int end)
    {
        for (var k = lead + 1; k < end && k <= lead + 2; k++)
        {
            if (a.MentionAt(k) is { Kind: MentionKind.Name } m && a.TypeOf(m.ActorId) is ActorType.Organization)
                return LeaderOf(m.ActorId);
        }

        return null;
    }

    private Dictionary<string, string?>? leaders;

    /// <summary>The person named in the text whose group (<see cref="LeaderGroup"/>) is <paramref name="group"/>: the first named, or null.</summary>
    private string? LeaderOf(string group)
    {
        leaders ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (leaders.TryGetValue(group, out var cached))
            return cached;
        string? found = null;
        foreach (var mention in a.Mentions)
        {
            if (mention.Kind == MentionKind.Name && a.TypeOf(mention.ActorId) == ActorType.Person
                && string.Equals(LeaderGroup(mention.ActorId), group, StringComparison.Ordinal))
            {
                found = mention.ActorId;
                break;
            }
        }

        leaders[group] = found;
        return found;
    }

    private int FirstMentionAtOrAfter(int position)
    {
        int lo = 0, hi = a.Mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a.Mentions[mid].Span.Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    /// <summary>The group a mention stands for (its actor unless it names a person).</summary>
    public string? GroupOfMention(ActorMention m) =>
        m.Kind is MentionKind.Member or MentionKind.Adjective || a.TypeOf(m.ActorId) != ActorType.Person ? m.ActorId : null;

    /// <summary>The last speaker a definite description ("this Sadrist", "the official") can refer back to.</summary>
    private SpeakerRef? Antecedent(string head, string? group)
    {
        for (var i = history.Count - 1; i >= 0 && i >= history.Count - MaxAntecedentDistance; i--)
        {
            var s = history[i];
            if (s.Nature != SpeakerNature.Person)
                continue;
            if (string.Equals(s.Head, head, StringComparison.Ordinal) || (group is not null && string.Equals(s.Actor, group, StringComparison.Ordinal)))
                return s;
        }

        return null;
    }

    /// <summary>
    /// The speaker named by the subject of the verb at <paramref name="verb"/>: the noun phrase right before it, or,
    /// across an apposition, the one before that ("Ali Hassan, a spokesman for the ministry, said"; "A senior official,
    /// speaking on condition of anonymity, said"). Sets <paramref name="first"/> to where the subject starts.
    /// </summary>
    public SpeakerRef? SubjectOf(int verb, int floor, out int first)
    {
        var (start, end) = PhraseBefore(verb, floor);
        first = start;
        if (Resolve(start, end) is { } direct)
            return direct;

        var comma = end - 1;
        if (start != end || !a.IsPunct(comma, ','))
            return null;
        var open = comma - 1;
        while (open >= floor && open > comma - MaxAppositionTokens && !a.IsPunct(open))
            open--;
        if (open < floor || !a.IsPunct(open, ',') || open == comma - 1)
            return null;
        var (subjectStart, subjectEnd) = PhraseBefore(open, floor);
        var subject = Resolve(subjectStart, subjectEnd);
        first = subjectStart;
        var (appositionStart, appositionEnd) = PhraseAfter(open + 1, comma);
        var apposition = appositionEnd == comma ? Resolve(appositionStart, appositionEnd) : null;

        // "Hadi’s spokesman, Ali Jaber, said": the name in the apposition; "Ali Hassan, a spokesman …, said": the name before it.
        if (apposition is { Nature: SpeakerNature.Person, Description: null } && subject is not { Description: null })
            return apposition;
        return subject ?? apposition;
    }

    // ---- Pronouns -----------------------------------------------------------------------------------------------

    /// <summary>
    /// Resolves a pronoun at token <paramref name="t"/>. He/she: the most recent of the speakers, the people the author
    /// spoke with (indefinite descriptions) and the people who are subjects of their sentences, in this paragraph and
    /// the one before; failing these, the most recent person named there. They: the most recent plural speaker or
    /// group. I/we (outside quotations): the author.
    /// </summary>
    public SpeakerRef? ResolvePronoun(int t) =>
        ResolvePronounAs(t, a.Has(t, WordRole.I) ? WordRole.I : a.Has(t, WordRole.We) ? WordRole.We : a.Has(t, WordRole.They) ? WordRole.They : WordRole.He);

    /// <summary>Resolves the word at <paramref name="t"/> as the pronoun <paramref name="role"/> ("his" as he).</summary>
    public SpeakerRef? ResolvePronounAs(int t, WordRole role)
    {
        var position = a.Tokens[t].Start;
        if (role is WordRole.I or WordRole.We)
            return new SpeakerRef(null, null, false, SpeakerNature.Author, role == WordRole.We, position, null);
        var plural = role == WordRole.They;

        // Arabic "وأضافت" carries "she": a woman, or a body named by a feminine noun (الوزارة، الحكومة).
        var groupAsShe = role == WordRole.She && !a.LexiconAt(t).SubjectFirst;
        var paragraph = a.ParagraphOf[t];
        var floor = t;
        while (floor > 0 && a.ParagraphOf[floor - 1] >= paragraph - 1 && t - floor < MaxPronounDistance)
            floor--;
        var floorPosition = a.Tokens[floor].Start;

        SpeakerRef? strong = null;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            // The history is in text order (by quotation), so the scan stops at the window's start.
            var s = history[i];
            if (s.Position < floorPosition)
                break;
            if (s.Position >= position || s.Nature is SpeakerNature.Author)
                continue;
            var fits = plural ? s.Plural || s.Nature == SpeakerNature.Group : (s.Nature == SpeakerNature.Person && !s.Plural) || (groupAsShe && s.Nature == SpeakerNature.Group);
            if (fits && (strong is null || s.Position >= strong.Position))
                strong = s;
        }

        SpeakerRef? weak = null;
        for (var k = t - 1; k >= floor; k--)
        {
            if (strong is not null && a.Tokens[k].Start < strong.Position)
                break;
            if (a.QuoteOf[k] >= 0)
                continue;
            var candidate = Referent(k, plural, out var isStrong);
            if (candidate is null)
                continue;
            if (isStrong)
            {
                strong = candidate;
                break;
            }

            weak ??= candidate;
        }

        return strong ?? weak;
    }

    /// <summary>A referent a pronoun can take at token <paramref name="k"/>; strong when it is a described person or a subject.</summary>
    private SpeakerRef? Referent(int k, bool plural, out bool strong)
    {
        strong = false;
        var mention = a.MentionAt(k);
        if (mention is { Kind: MentionKind.Name } m && (k + 1 >= a.Count || a.MentionOf[k + 1] != a.MentionOf[k]))
        {
            // The last token of a name.
            var type = a.TypeOf(m.ActorId);
            var first = k;
            while (first > 0 && a.MentionOf[first - 1] == a.MentionOf[k])
                first--;
            if (!plural && type == ActorType.Organization && !a.LexiconAt(k).SubjectFirst && first > 0
                && a.Has(first - 1, WordRole.Leadership) && LeaderOf(m.ActorId) is { } leader)
            {
                // "رحّب زعيم التيار الصدري …، قبل أن يضيف": the leader is the subject of his clause.
                strong = !a.Has(first - 2, WordRole.Preposition);
                return new SpeakerRef(leader, null, false, SpeakerNature.Person, false, a.Tokens[first - 1].Start, null);
            }

            if (!plural && type == ActorType.Person)
            {
                strong = !a.Tokens[k].IsPossessive && (IsSentenceSubject(first) || FollowsContact(first) || IsArabicClauseSubject(first));
                return new SpeakerRef(m.ActorId, null, false, SpeakerNature.Person, false, a.Tokens[first].Start, null);
            }

            if (plural && type is not ActorType.Person)
                return new SpeakerRef(m.ActorId, null, false, SpeakerNature.Group, true, a.Tokens[first].Start, null);
            return null;
        }

        if (!a.LexiconAt(k).SubjectFirst)
        {
            // Arabic has no indefinite article: a bare person noun ("منتقدين", "مصدر مطلع") introduces someone new.
            if (!a.Has(k, WordRole.PersonNoun) || LanguageLexicon.IsArabicDefinite(a.Word(k)) || (k > 0 && a.MentionAt(k - 1) is not null))
                return null;
            var (from, to) = PhraseAfter(k, Math.Min(a.Count, k + MaxPhraseWords));
            if (from != k || Resolve(from, to) is not { Nature: SpeakerNature.Person } someone || someone.Plural != plural)
                return null;
            strong = true;
            return someone;
        }

        if (!IsHead(k) || a.Has(k, WordRole.GroupNoun) || (k + 1 < a.Count && a.Tokens[k + 1].IsWord && !a.Has(k + 1, WordRole.Boundary | WordRole.Preposition | WordRole.Skip) && a.InfoAt(k + 1) is null))
            return null; // not a person head, or used as an adjective ("Sadrist discourse")
        var (start, _) = PhraseBefore(k + 1, Math.Max(0, k - 6));
        if (start > k || !a.Has(start, WordRole.Indefinite | WordRole.Quantifier))
            return null;
        var described = Resolve(start, k + 1);
        if (described is null || described.Plural != plural)
            return null;
        strong = true;
        return described;
    }

    private bool IsSentenceSubject(int first)
    {
        var sentenceStart = a.SentenceFirst[a.SentenceOf[first]];
        var k = sentenceStart;
        var skipped = 0;
        while (k < first && skipped < 3 && (a.IsPunct(k) || a.Has(k, WordRole.Boundary | WordRole.Skip | WordRole.Starter)))
        {
            k++;
            skipped++;
        }

        return k == first;
    }

    /// <summary>
    /// Arabic puts the subject after its verb ("رفض الأمين العام للحركة الشيخ فلان القرار، وأكد …"): the first person
    /// named in the sentence, not governed by a preposition (بالصدر، في حديث للصدر), is its subject.
    /// </summary>
    private bool IsArabicClauseSubject(int first)
    {
        if (a.LexiconAt(first).SubjectFirst || a.Has(first - 1, WordRole.Preposition))
            return false;
        if (a.MentionAt(first) is { } m && m.Span.Start > a.Tokens[first].Start && a.Text[m.Span.Start - 1] is '\u0628' or '\u0644' or '\u0643')
            return false;
        for (var k = a.SentenceFirst[a.SentenceOf[first]]; k < first; k++)
        {
            if (a.MentionAt(k) is { Kind: MentionKind.Name } before && a.TypeOf(before.ActorId) == ActorType.Person && a.QuoteOf[k] < 0)
                return false;
        }

        return true;
    }

    private bool FollowsContact(int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            if (a.Has(k, WordRole.Contact))
                return true;
            if (a.IsPunct(k))
                return false;
        }

        return false;
    }

    /// <summary>"one told me": one of the plural speakers just named ("Moqtada’s officials" → "one of Moqtada’s officials").</summary>
    private SpeakerRef ResolveOne(int t)
    {
        var position = a.Tokens[t].Start;
        var paragraph = a.ParagraphOf[t];
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var s = history[i];
            if (s.Position >= position)
                continue;
            var first = Math.Min(a.TokenAt(s.Position), a.Count - 1);
            if (a.ParagraphOf[first] < paragraph - 1)
                break;
            if (s.Nature == SpeakerNature.Person && s.Plural && s.Description is { } description)
            {
                if (a.Has(first, WordRole.Indefinite))
                    description = "the " + description[Math.Min(description.Length, a.Tokens[first].End - a.Tokens[first].Start)..].TrimStart();
                return new SpeakerRef(s.Actor, a.Word(t).ToString() + " of " + description, true, SpeakerNature.Person, false, position, s.Head);
            }
        }

        return new SpeakerRef(Context, a.Word(t).ToString(), true, SpeakerNature.Person, false, position, null) { ActorFromContext = true };
    }

    // ---- Leaders ------------------------------------------------------------------------------------------------

    /// <summary>
    /// The group a person leads, if the text or the names say so: a sentence naming the person, a group and a word of
    /// leadership ("his role at the head of the Sadrists"), or a group named after the person (Sadr → Sadrist movement);
    /// else the person.
    /// </summary>
    public string LeaderGroup(string person)
    {
        if (leaderGroups.TryGetValue(person, out var cached))
            return cached;
        var group = LeaderGroupInText(person) ?? LeaderGroupByName(person) ?? person;
        leaderGroups[person] = group;
        return group;
    }

    private Dictionary<string, string>? ledInText;

    /// <summary>
    /// Reads the text once for sentences that name a person, a group and a word of leadership; each person is given
    /// the group nearest the leadership word in the first such sentence.
    /// </summary>
    private string? LeaderGroupInText(string person)
    {
        if (ledInText is null)
        {
            ledInText = new Dictionary<string, string>(StringComparer.Ordinal);
            var sentence = -1;
            for (var m = 0; m < a.Mentions.Length; m++)
            {
                var t = a.TokenAt(a.Mentions[m].Span.Start);
                if (t >= a.Count || a.SentenceOf[t] == sentence)
                    continue;
                sentence = a.SentenceOf[t];
                ReadLeadership(sentence);
            }
        }

        return ledInText.TryGetValue(person, out var group) ? group : null;
    }

    private void ReadLeadership(int sentence)
    {
        var from = a.SentenceFirst[sentence];
        var to = a.SentenceEnd(sentence);
        var lead = -1;
        for (var k = from; k < to && lead < 0; k++)
        {
            if (a.MentionAt(k) is null && a.QuoteOf[k] < 0 && a.Has(k, WordRole.Leadership))
                lead = k;
        }

        if (lead < 0)
            return;
        string? best = null;
        var distance = int.MaxValue;
        var people = new List<string>();
        for (var k = from; k < to; k++)
        {
            if (a.MentionAt(k) is not { } m)
                continue;
            if (m.Kind == MentionKind.Name && a.TypeOf(m.ActorId) == ActorType.Person)
                people.Add(m.ActorId);
            else if (GroupOfMention(m) is { } id && a.TypeOf(id) is not ActorType.State && Math.Abs(k - lead) < distance)
            {
                best = id;
                distance = Math.Abs(k - lead);
            }
        }

        if (best is null)
            return;
        foreach (var person in people)
            ledInText!.TryAdd(person, best);
    }

    private string? LeaderGroupByName(string person)
    {
        var actor = a.Actors.Find(person);
        if (actor is null || a.Actors.Actors.IsDefault)
            return null;
        var last = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (last is null)
            return null;
        var dash = last.IndexOf('-', StringComparison.Ordinal);
        var stem = dash is > 0 and <= 3 ? last[(dash + 1)..] : last;
        if (stem.Length < 3)
            return null;
        foreach (var group in a.Actors.Actors)
        {
            if (group.Type != ActorType.Organization)
                continue;
            foreach (var name in group.Aliases.IsDefault ? [group.Name] : group.Aliases.Add(group.Name))
            {
                foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                        return group.Id;
                }
            }
        }

        return null;
    }
}
