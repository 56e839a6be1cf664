using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Sentences;

namespace Daftar.Extraction.Quotes;

/// <summary>
/// Finds quotations, classifies them (speech, fragment, term) and attributes them to speakers.
/// </summary>
/// <remarks>
/// <para><b>Marks.</b> “…” „…“ «…» ‹…› ‘…’ and straight "…" '…', nested to any depth (only the outermost quotation is
/// reported; inner marks stay in its text); apostrophes inside words are not marks; a quotation of several paragraphs
/// continues where the next paragraph opens with the same mark. The text excludes the marks, surrounding white space
/// and a trailing comma or full stop; brackets and ellipses inside stay.</para>
/// <para><b>Speakers</b>, first rule that applies:
/// (1) right after the quotation: "…," X said / said X / according to X / (in the words of X);
/// (2) a reporting cue before it in the sentence: X said: "…" / As X noted: / According to X, … / X told me that … /
///     adding that … (an -ing cue without a subject continues the sentence's speaker) / I was told that (unnamed) /
///     X's statement;
/// (3) a later quotation of the sentence attributed right after it, with no cue between;
/// (4) the previous quotation of the sentence, attributed by one of the above;
/// (5) a verb of belief before it (X believes …);
/// (6) a list item after an introduction ending with a colon and naming the speaker: each item's first quotation;
/// (7) a quotation that is a sentence of its own continues the previous speaker of the paragraph;
/// (8) otherwise a speech quotation is given to the group the author's interlocutors speak for, if the text says.
/// Pronouns and definite descriptions resolve to the last compatible speaker; anonymous descriptions keep their words
/// and speak for the group named inside them (a member word, adjective or name; for "one of Moqtada’s officials" the
/// group the leader heads); the author's contacts ("one interviewee", "a source") without one speak for the group the
/// author says they interviewed ("interviews with Sadrists"), other people without one for nobody.
/// "I was told that", a bare "one told me" and unattributed speech go to the group of the last anonymous speaker or of
/// the interviews, whichever the text gave last. The speaker's noun phrase may be separated from its verb by an
/// apposition ("X, a spokesman for Y, said"); in Arabic a verb without one carries its subject ("وقال" = he said).</para>
/// <para><b>Indirect speech</b> in languages whose data lists complementizers (Arabic: "قال المتحدث إن …") is reported
/// as speech too, without marks, when it has a speaker; English "he said that …" is not a quotation.</para>
/// <para><b>Arabic</b> verbs carry their subject when they open a clause ("وأضافت" — she, or a body named by a feminine
/// noun; "يرون" — they); a participle ("مضيفاً") continues the sentence's speaker; "وجاء في البيان" is the words of
/// whoever issued the statement; descriptions are reported without their accusative ending ("مصدراً مطلعاً" → "مصدر
/// مطلع"); "الحركة" inside a description is the movement last named; "زعيم التيار" is the leader the text names; the
/// first person named in a sentence (the subject after its verb) is who a later verb of the sentence carries; a family
/// name alone ("وتابع الكعبي") is the person named in full before; "مساعد وزير الخزانة" speaks for the ministry named
/// with that portfolio, "مصدر في مكتب رئيس الوزراء" for the state whose government the text named.</para>
/// <para><b>Languages.</b> The word tables (reporting-cues.tsv, speaker-nouns.tsv, function-words.tsv, term-markers.tsv)
/// are keyed by language; each sentence is read with the table of its script (Arabic or else English), and Arabic
/// reads the speaker after the verb first (قال مصدر مطلع), its head noun before its adjectives, and words through
/// their proclitics.</para>
/// <para><b>Kinds.</b> A term marker right before it ("the term", "so-called", "meant by"), or a short quotation joined to
/// such a term by "or"/"and", is a term; a short quotation with no speaker is a term; a quotation with a speaker is
/// speech when it has five words or more, is a whole sentence, follows a colon, is a list item or is followed by
/// ", X said"; otherwise a fragment. A long quotation with no speaker is speech.</para>
/// </remarks>
public static class QuoteFinder
{
    /// <summary>The quotations of <paramref name="text"/>, in text order, not overlapping.</summary>
    /// <param name="text">The document's clean text.</param>
    /// <param name="sentences">Its sentences (<see cref="SentenceSplitter.Split"/>).</param>
    /// <param name="actors">The actor layer's result (mentions of names, member words and adjectives).</param>
    public static ImmutableArray<QuoteAnnotation> Find(string text, ImmutableArray<TextSpan> sentences, ActorLayerResult actors)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = QuoteMarks.Find(text);
        if (spans.Count == 0 && text.AsSpan().IndexOfAnyInRange('\u0600', '\u06FF') < 0)
            return [];
        TextAnalysis.ReleaseKept();
        var analysis = new TextAnalysis(text, sentences, actors ?? ActorLayerResult.Empty);
        spans = IndirectSpeech.Merge(analysis, spans);
        var result = new QuoteAttributor(analysis, spans).Run();
        analysis.Keep();
        return result;
    }
}

/// <summary>How a quotation got its speaker.</summary>
internal enum Attribution : byte
{
    None,
    Adjacent,
    Cue,
    Later,
    Continuation,
    Weak,
    List,
    Standalone,
    Context,
}

/// <summary>The attribution of the quotations of one document, in text order.</summary>
internal sealed class QuoteAttributor
{
    private const int ShortQuoteWords = 5;
    private const int MaxTermWords = 12;

    /// <summary>How many later quotations of a sentence are searched for an attribution (keeps long sentences linear).</summary>
    private const int MaxLaterQuotes = 8;

    /// <summary>How far back in a sentence its subject is looked for.</summary>
    private const int MaxSubjectDistance = 80;

    private readonly TextAnalysis a;
    private readonly List<QuoteSpan> spans;
    private readonly SpeakerResolver resolver;
    private readonly int[] open;
    private readonly int[] close;
    private readonly Result[] results;
    private readonly Dictionary<int, (SpeakerRef? Speaker, string? Cue)> lists = [];

    private sealed class Result
    {
        public SpeakerRef? Speaker { get; set; }

        public string? Cue { get; set; }

        public Attribution How { get; set; }

        public bool Term { get; set; }

        public QuoteKind Kind { get; set; }
    }

    public QuoteAttributor(TextAnalysis analysis, List<QuoteSpan> quotes)
    {
        a = analysis;
        spans = quotes;
        resolver = new SpeakerResolver(analysis);
        open = new int[quotes.Count];
        close = new int[quotes.Count];
        results = new Result[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            open[i] = a.TokenAt(quotes[i].Open);
            close[i] = Math.Min(a.TokenAt(quotes[i].Close), Math.Max(a.Count - 1, 0));
            for (var t = open[i]; t <= close[i]; t++)
                a.QuoteOf[t] = i;
        }
    }

    public ImmutableArray<QuoteAnnotation> Run()
    {
        var output = ImmutableArray.CreateBuilder<QuoteAnnotation>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            resolver.ScanContacts(open[i]);
            var r = results[i] = Attribute(i);
            var words = WordCount(i);
            var sentenceLike = spans[i].Terminal && StartsUpper(i) && (words >= 2 || r.Speaker is not null);
            var speechLike = words >= ShortQuoteWords || sentenceLike;

            if (spans[i].Indirect)
            {
                // Reported speech: always speech, with the speaker its verb names.
                r.Kind = QuoteKind.Speech;
            }
            else if (r.Term && words <= MaxTermWords)
            {
                r.Kind = QuoteKind.Term;
                r.Speaker = null;
                r.Cue = null;
            }
            else if (r.Speaker is { Nature: SpeakerNature.Author })
            {
                r.Kind = words >= 8 || sentenceLike ? QuoteKind.Speech : QuoteKind.Term;
                r.Speaker = null;
                r.Cue = null;
                r.Term = r.Kind == QuoteKind.Term;
            }
            else if (r.Speaker is not null)
            {
                // A quotation that is the whole clause after "قال إن", to the end of the sentence, is a statement, like
                // one after a colon.
                var colon = a.IsPunct(open[i] - 1, ':') || (a.Has(open[i] - 1, WordRole.Complementizer) && EndsSentence(i));
                r.Kind = speechLike || colon || r.How == Attribution.List || (r.How == Attribution.Adjacent && spans[i].TrimmedComma)
                    ? QuoteKind.Speech
                    : QuoteKind.Fragment;
            }
            else if (speechLike)
            {
                r.Kind = QuoteKind.Speech;
                if (resolver.ContextGroup is { } group)
                {
                    r.Speaker = new SpeakerRef(group, null, true, SpeakerNature.Unnamed, false, spans[i].Open, null);
                    r.How = Attribution.Context;
                }
            }
            else
            {
                r.Kind = QuoteKind.Term;
                r.Term = true;
            }

            if (r.Speaker is { } speaker && r.How != Attribution.Context)
                resolver.Remember(r.How is Attribution.Continuation or Attribution.Standalone or Attribution.List ? speaker with { Position = spans[i].Open } : speaker);

            // Indirect speech is reported only as someone's: unmarked words with nobody to say them are the author's.
            var q = spans[i];
            if (q.Indirect && r.Speaker is null)
                continue;
            output.Add(new QuoteAnnotation(
                a.Text[q.Start..q.End],
                q.Start,
                q.End,
                r.Kind,
                r.Speaker?.ToAnnotation() ?? SpeakerAnnotation.Unknown,
                r.Cue));
        }

        return output.ToImmutable();
    }

    private Result Attribute(int i)
    {
        var r = new Result();
        var sentence = a.SentenceOf[open[i]];
        var sentenceFirst = a.SentenceFirst[sentence];
        var previousInSentence = i > 0 && close[i - 1] >= sentenceFirst;
        var contextStart = previousInSentence ? close[i - 1] + 1 : sentenceFirst;

        if (spans[i].Indirect)
        {
            var verb = spans[i].Cue;
            if (a.MatchPhrase(verb, open[i], static kind => kind == PhraseKind.Verb, out var phrase) > 0 && phrase is not null
                && SpeakerForCue(verb, spans[i].CueLength, phrase, Math.Min(contextStart, verb), open[i], i) is { } speaker)
            {
                return Set(r, speaker, Attribution.Cue);
            }

            return r;
        }

        if (IsTermMarked(i, contextStart, previousInSentence))
        {
            r.Term = true;
            return r;
        }

        (SpeakerRef Speaker, string? Cue)? found;
        if ((found = Adjacent(i)) is { } adjacent)
            return Set(r, adjacent, Attribution.Adjacent);
        if ((found = CueBefore(i, contextStart, weak: false)) is { } cue)
            return Set(r, cue, Attribution.Cue);
        if ((found = LaterAdjacent(i)) is { } later)
            return Set(r, later, Attribution.Later);
        if (previousInSentence && results[i - 1] is { Speaker: { } previous, How: Attribution.Adjacent or Attribution.Cue or Attribution.Later or Attribution.Continuation })
            return Set(r, (previous, null), Attribution.Continuation);
        if ((found = CueBefore(i, contextStart, weak: true)) is { } weakCue)
            return Set(r, weakCue, Attribution.Weak);
        if ((found = ListItem(i)) is { } item)
            return Set(r, item, Attribution.List);
        if ((found = Standalone(i)) is { } standalone)
            return Set(r, standalone, Attribution.Standalone);
        return r;
    }

    private static Result Set(Result r, (SpeakerRef Speaker, string? Cue) found, Attribution how)
    {
        r.Speaker = found.Speaker;
        r.Cue = found.Cue;
        r.How = how;
        return r;
    }

    /// <summary>Only punctuation follows the quotation in its sentence.</summary>
    private bool EndsSentence(int i)
    {
        var end = a.SentenceEnd(a.SentenceOf[close[i]]);
        for (var t = close[i] + 1; t < end; t++)
        {
            if (a.Tokens[t].IsWord)
                return false;
        }

        return true;
    }

    private int WordCount(int i)
    {
        var n = 0;
        for (var t = open[i] + 1; t < close[i]; t++)
        {
            if (a.Tokens[t].IsWord)
                n++;
        }

        return n;
    }

    private bool StartsUpper(int i)
    {
        var q = spans[i];
        for (var k = q.Start; k < q.End; k++)
        {
            var c = a.Text[k];
            if (char.IsLetter(c))
                return char.IsUpper(c) || !char.IsLower(c);
            if (char.IsDigit(c))
                return true;
        }

        return false;
    }

    /// <summary>"the term “…”", "what they meant by “…”", or joined by "or"/"and" to such a term.</summary>
    private bool IsTermMarked(int i, int contextStart, bool previousInSentence)
    {
        var k = open[i] - 1;
        if (k >= contextStart && (a.IsPunct(k, ',') || a.IsPunct(k, ':')))
            k--;
        if (k >= contextStart && a.MatchPhraseEndingAt(k, contextStart, PhraseKind.Term) is >= 0 and var marker
            && !(a.LexiconAt(k).StripsProclitics && a.WordIs(marker - 1, "\u0641\u064A")))
        {
            // Not "قال في كلمة: «…»" (in a speech), which is a speech noun.
            return true;
        }

        if (!previousInSentence || !results[i - 1].Term)
            return false;
        var between = open[i] - close[i - 1] - 1;
        if (between is < 1 or > 3 || WordCount(i) > ShortQuoteWords)
            return false;
        for (var t = close[i - 1] + 1; t < open[i]; t++)
        {
            if (!(a.IsPunct(t, ',') || a.WordIs(t, "or") || a.WordIs(t, "and") || a.WordIs(t, "nor") || a.WordIs(t, "\u0623\u0648") || a.WordIs(t, "\u0648")))
                return false;
        }

        return true;
    }

    /// <summary>Right after the quotation: "…," X said · said X · according to X · (in the words of X).</summary>
    private (SpeakerRef, string?)? Adjacent(int i)
    {
        var c = close[i];
        var sentence = a.SentenceOf[c];
        var limit = a.SentenceEnd(sentence);
        if (i + 1 < spans.Count)
            limit = Math.Min(limit, open[i + 1]);
        var p = c + 1;
        if (p < limit && (a.IsPunct(p, ',') || a.IsPunct(p, '\u060C')))
            p++;
        if (p >= limit)
        {
            // "“…stop.” He said." — the attribution alone in a short next sentence.
            if (sentence + 1 >= a.SentenceSpans.Length)
                return null;
            var nextFirst = a.SentenceFirst[sentence + 1];
            var nextEnd = a.SentenceEnd(sentence + 1);
            if (nextEnd - nextFirst > 7 || (i + 1 < spans.Count && open[i + 1] < nextEnd) || a.ParagraphOf[Math.Min(nextFirst, a.Count - 1)] != a.ParagraphOf[c])
                return null;
            p = nextFirst;
            limit = nextEnd;
        }

        if (a.IsPunct(p, '('))
            p++;
        if (p >= limit)
            return null;

        var length = a.MatchPhrase(p, limit, static k => k == PhraseKind.Source, out _);
        if (length > 0)
            return SourceSpeaker(p, length, limit) is { } speaker ? (speaker, a.Slice(p, p + length)) : null;

        length = a.MatchPhrase(p, limit, static k => k == PhraseKind.Verb, out _);
        if (length > 0)
        {
            var after = p + length;
            var cueEnd = after < limit && a.Has(after, WordRole.Object) && !a.Has(after, WordRole.He | WordRole.She) ? after + 1 : after;
            var (first, end) = resolver.PhraseAfter(cueEnd, limit);
            return resolver.Resolve(first, end) is { } speaker ? (speaker, a.Slice(p, cueEnd)) : null;
        }

        var commas = 0;
        for (var v = p + 1; v < limit && v <= p + 16; v++)
        {
            // "…," X said · "…," X, a spokesman for the ministry, said
            if (a.IsPunct(v, ',') && ++commas <= 2)
                continue;
            if (a.IsPunct(v))
                return null;
            length = a.MatchPhrase(v, limit, static k => k == PhraseKind.Verb, out _);
            if (length == 0)
                continue;
            var speaker = resolver.SubjectOf(v, p, out var first);
            if (first != p || speaker is null)
                return null;
            var cueEnd = v + length < limit && a.Has(v + length, WordRole.Object) ? v + length + 1 : v + length;
            return (speaker, a.Slice(v, cueEnd));
        }

        return null;
    }

    /// <summary>A reporting cue before the quotation in its sentence (the nearest that names a speaker).</summary>
    private (SpeakerRef, string?)? CueBefore(int i, int contextStart, bool weak)
    {
        var o = open[i];
        (SpeakerRef, string?)? statement = null;
        for (var k = o - 1; k >= contextStart; k--)
        {
            var length = weak
                ? a.MatchCovering(k, contextStart, o, static kind => kind == PhraseKind.Weak, out var start, out var phrase)
                : a.MatchCovering(k, contextStart, o, static kind => kind is PhraseKind.Verb or PhraseKind.Source or PhraseKind.Unnamed or PhraseKind.SpeechNoun, out start, out phrase);
            if (length == 0 || phrase is null)
                continue;
            if (SpeakerForCue(start, length, phrase, contextStart, o, i) is { } found)
            {
                // "وأكد الصدر في البيان نفسه أن …": the verb before an Arabic speech noun is the cue.
                if (phrase.Kind != PhraseKind.SpeechNoun || a.LexiconAt(start).SubjectFirst)
                    return found;
                statement ??= found;
            }

            k = start;
        }

        return statement;
    }

    /// <summary>The speaker a cue at <paramref name="k"/> names, looking no further than [floor, limit).</summary>
    internal (SpeakerRef, string?)? SpeakerForCue(int k, int length, Phrase phrase, int floor, int limit, int quote)
    {
        var cueEnd = k + length;
        if (cueEnd < limit && a.Has(cueEnd, WordRole.Object) && phrase.Kind is PhraseKind.Verb && !a.Has(cueEnd, WordRole.He | WordRole.She | WordRole.They))
            cueEnd++;
        var position = a.Tokens[k].Start;
        switch (phrase.Kind)
        {
            case PhraseKind.Unnamed:
            {
                if (cueEnd < limit && a.WordIs(cueEnd, "that"))
                    cueEnd++;
                var speaker = new SpeakerRef(resolver.ContextGroup, null, true, SpeakerNature.Unnamed, false, position, null);
                return (speaker, a.Slice(k, cueEnd));
            }

            case PhraseKind.Source:
                return SourceSpeaker(k, length, limit) is { } source ? (source, a.Slice(k, k + length)) : null;

            case PhraseKind.SpeechNoun:
                return SpeechNounOwner(k, length, floor, limit) is { } owner ? (owner, a.Slice(k, k + length)) : null;

            default:
            {
                var cue = a.Slice(k, cueEnd);
                var subjectFirst = a.LexiconAt(k).SubjectFirst;
                if (subjectFirst && Subject(k, floor) is { } subject)
                    return (subject, cue);
                if (phrase.Participle || a.Has(k - 1, WordRole.Boundary))
                {
                    if (quote > 0 && results[quote - 1] is { Speaker: { } previous } && close[quote - 1] >= a.SentenceFirst[a.SentenceOf[k]] && close[quote - 1] < k)
                        return (previous, cue);
                    // "adding that …", "X welcomed …, but warned that “…”": the verb shares the sentence's subject.
                    if ((phrase.Participle || (subjectFirst && IsCoordinator(k - 1) && OnlyThatBefore(cueEnd, limit))) && SentenceSubject(k) is { } sentenceSubject)
                        return (sentenceSubject, cue);
                }

                return VerbSpeaker(k, cueEnd, phrase, floor, limit) is { } speaker ? (speaker, cue) : null;
            }
        }
    }

    private bool IsCoordinator(int t) => a.WordIs(t, "and") || a.WordIs(t, "but");

    /// <summary>Nothing but "that" or punctuation in [from, limit): the verb's object is the quotation itself.</summary>
    private bool OnlyThatBefore(int from, int limit)
    {
        for (var t = from; t < limit; t++)
        {
            if (a.Tokens[t].IsWord && !a.WordIs(t, "that"))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The speaker of the verb at <paramref name="k"/> (its phrase ending at <paramref name="cueEnd"/>): the noun phrase
    /// after it (inverted, the Arabic order), the subject before it, or the subject an Arabic verb carries.
    /// </summary>
    private SpeakerRef? VerbSpeaker(int k, int cueEnd, Phrase phrase, int floor, int limit)
    {
        var (first, end) = resolver.PhraseAfter(cueEnd, limit);
        if (resolver.Resolve(first, end) is { } inverted && inverted.Nature != SpeakerNature.Author)
            return inverted;
        if (!a.LexiconAt(k).SubjectFirst && Subject(k, floor) is { } before)
            return before;
        if (!a.LexiconAt(k).DropsSubjects)
            return null;

        // "وجاء في البيان أن …": the words of the statement's owner.
        if (first < end && a.MatchPhrase(first, end, static kind => kind == PhraseKind.SpeechNoun, out _) is > 0 and var noun)
            return SpeechNounOwner(first, noun, floor, limit);

        // "وقال في بيان: …", "وأضافت أمس": a verb that opens its clause carries its subject — he, she or they, last
        // named ("عدم ذكر اسمه" is a noun).
        if (!phrase.Participle && !OpensClause(k))
            return null;
        if (first == end || !a.Tokens[first].IsWord || a.Has(first, WordRole.Preposition) || !NamesSomeone(first, end))
            return resolver.ResolvePronounAs(k, phrase.Agreement is WordRole.She or WordRole.They ? phrase.Agreement : WordRole.He);
        return null;
    }

    /// <summary>
    /// True when the Arabic verb at <paramref name="k"/> opens a clause: it carries a conjunction (وقال، فأضاف), or
    /// follows punctuation, a conjunction or subordinator (قبل أن يضيف), or starts its sentence.
    /// </summary>
    private bool OpensClause(int k)
    {
        var word = a.Word(k);
        if (word.Length > 3 && word[0] is '\u0648' or '\u0641')
            return true;
        return k == a.SentenceFirst[a.SentenceOf[k]] || a.IsPunct(k - 1) || a.Has(k - 1, WordRole.Boundary);
    }

    /// <summary>True when a word of [first, end) could name a speaker (a speaker noun or an actor's name).</summary>
    private bool NamesSomeone(int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (resolver.IsHead(t) || a.MentionAt(t) is not null)
                return true;
        }

        return false;
    }

    private SpeakerRef? Subject(int verb, int floor) => resolver.SubjectOf(verb, floor, out _);

    /// <summary>The subject of the sentence's first reporting verb before <paramref name="k"/>, or its opening pronoun or name.</summary>
    private SpeakerRef? SentenceSubject(int k)
    {
        var sentenceFirst = a.SentenceFirst[a.SentenceOf[k]];
        if (k - sentenceFirst > MaxSubjectDistance)
            return null;
        var subjectFirst = a.LexiconAt(k).SubjectFirst;
        for (var v = sentenceFirst; v < k; v++)
        {
            if (a.QuoteOf[v] >= 0)
                continue;
            var length = a.MatchPhrase(v, k, static kind => kind is PhraseKind.Verb or PhraseKind.Weak, out var verb);
            if (length == 0 || verb is null)
                continue;
            // Arabic names the subject after its verb ("قال الصدر … مضيفاً"); a participle has none of its own.
            var subject = subjectFirst ? Subject(v, sentenceFirst) : verb.Participle ? null : VerbSpeaker(v, v + length, verb, sentenceFirst, k);
            if (subject is not null)
                return subject;
        }

        var f = sentenceFirst;
        while (f < k && (a.IsPunct(f) || (a.Has(f, WordRole.Boundary | WordRole.Skip) && !a.Has(f, WordRole.Pronoun | WordRole.Determiner))))
            f++;
        if (f < k && (a.Has(f, WordRole.Pronoun) || a.MentionAt(f) is not null))
        {
            var (first, end) = resolver.PhraseAfter(f, k);
            return resolver.Resolve(first, end);
        }

        return null;
    }

    /// <summary>
    /// The speaker after a source phrase: "according to X"; "according to a statement from X" (the owner of a speech
    /// noun).
    /// </summary>
    private SpeakerRef? SourceSpeaker(int k, int length, int limit)
    {
        // Arabic "في تدوينة لـX" / "في تصريح للمتحدث": the owner follows with ل; "في تدوينة لم يذكر فيها …" names nobody.
        if (!a.LexiconAt(k).SubjectFirst && a.WordIs(k, "\u0641\u064A") && !a.WordIs(k + length - 1, "\u0644")
            && (k + length >= limit || !a.Tokens[k + length].IsWord || a.Word(k + length)[0] != '\u0644' || a.WordIs(k + length, "\u0644\u0645")))
        {
            return null;
        }

        var (first, end) = resolver.PhraseAfter(k + length, limit);
        if (resolver.Resolve(first, end) is { } speaker)
            return speaker;
        for (var t = first; t < end && t < first + 4; t++)
        {
            var noun = a.MatchPhrase(t, limit, static kind => kind == PhraseKind.SpeechNoun, out _);
            if (noun > 0)
                return SpeechNounOwner(t, noun, k + length, limit);
        }

        return null;
    }

    /// <summary>"X’s (most recent) statement", "a statement by X".</summary>
    private SpeakerRef? SpeechNounOwner(int k, int length, int floor, int limit)
    {
        if (!a.LexiconAt(k).SubjectFirst)
            return ArabicStatementOwner(k, length, limit);
        for (var j = k - 1; j >= floor && j >= k - 4; j--)
        {
            if (a.IsPunct(j))
                break;
            if (a.MentionAt(j) is { Kind: MentionKind.Name } owner && a.Tokens[j].IsPossessive)
            {
                var type = a.TypeOf(owner.ActorId);
                return type == ActorType.Person
                    ? new SpeakerRef(owner.ActorId, null, false, SpeakerNature.Person, false, a.Tokens[j].Start, null)
                    : new SpeakerRef(owner.ActorId, null, false, SpeakerNature.Group, true, a.Tokens[j].Start, null);
            }

            if (a.Has(j, WordRole.Possessive))
            {
                // "his statement": the pronoun's referent.
                var pronoun = a.WordIs(j, "their") ? WordRole.They : a.WordIs(j, "her") ? WordRole.She : WordRole.He;
                return resolver.ResolvePronounAs(j, pronoun);
            }

            if (a.Tokens[j].IsPossessive)
            {
                var (first, _) = resolver.PhraseBefore(j + 1, floor);
                return resolver.Resolve(first, j + 1);
            }
        }

        var after = k + length;
        if (after < limit && (a.WordIs(after, "by") || a.WordIs(after, "from") || a.WordIs(after, "of")))
        {
            var (first, end) = resolver.PhraseAfter(after + 1, limit);
            return resolver.Resolve(first, end);
        }

        return null;
    }

    /// <summary>
    /// The owner of an Arabic speech noun: its pronoun suffix ("بيانه" his, "بيانها" hers or the ministry's, "بيانهم"),
    /// the noun phrase it is joined to ("بيان وزارة الخارجية", "بيان للمكتب", "بيان صادر عن …"), or, for "البيان" with
    /// none, whoever issued the statement the text spoke of before, else the speaker or person last named.
    /// </summary>
    private SpeakerRef? ArabicStatementOwner(int k, int length, int limit)
    {
        var noun = k + length - 1;
        var word = a.Word(noun);
        if (word.Length > 4 && word.EndsWith("\u0647\u0645", StringComparison.Ordinal))
            return resolver.ResolvePronounAs(noun, WordRole.They);
        if (word.Length > 4 && word.EndsWith("\u0647\u0627", StringComparison.Ordinal))
            return resolver.ResolvePronounAs(noun, WordRole.She);
        if (word.Length > 3 && word[^1] == '\u0647')
            return resolver.ResolvePronounAs(noun, WordRole.He);

        var after = k + length;
        if (after + 1 < limit && (a.WordIs(after, "\u0635\u0627\u062F\u0631") || a.WordIs(after, "\u0627\u0644\u0635\u0627\u062F\u0631")) && a.WordIs(after + 1, "\u0639\u0646"))
            after += 2;
        var (first, end) = resolver.PhraseAfter(after, limit);
        if (resolver.Resolve(first, end) is { } owner)
            return owner;
        if (!LanguageLexicon.IsArabicDefinite(word) || (first < end && NamesSomeone(first, end)))
            return null;
        return resolver.StatementIssuer(noun) ?? resolver.ResolvePronounAs(noun, WordRole.He);
    }

    /// <summary>A later quotation of the same sentence attributed right after it, with no cue in between.</summary>
    private (SpeakerRef, string?)? LaterAdjacent(int i)
    {
        var sentence = a.SentenceOf[close[i]];
        var end = a.SentenceEnd(sentence);
        for (var j = i + 1; j < spans.Count && open[j] < end && j <= i + MaxLaterQuotes; j++)
        {
            for (var t = close[j - 1] + 1; t < open[j]; t++)
            {
                if (a.MatchPhrase(t, open[j], static kind => kind is PhraseKind.Verb or PhraseKind.Source or PhraseKind.Unnamed, out _) > 0)
                    return null;
            }

            if (Adjacent(j) is { } found)
                return found;
        }

        return null;
    }

    /// <summary>The first quotation of a list item whose list is introduced by a sentence ending with a colon that names a speaker.</summary>
    private (SpeakerRef, string?)? ListItem(int i)
    {
        var line = LineStart(open[i]);
        if (!IsListMarker(line) || (i > 0 && open[i - 1] >= line) || a.SentenceOf[open[i]] != a.SentenceOf[line])
            return null;

        // Back over the items of the list to the introduction.
        var first = line;
        while (first > 0)
        {
            var previous = LineStart(first - 1);
            if (!IsListMarker(previous))
                break;
            first = previous;
        }

        if (lists.TryGetValue(first, out var cached))
            return cached.Speaker is null ? null : (cached.Speaker, cached.Cue);

        (SpeakerRef? Speaker, string? Cue) found = (null, null);
        var intro = a.SentenceOf[first] - 1;
        if (first > 0 && intro >= 0 && a.IsPunct(first - 1, ':'))
        {
            var from = a.SentenceFirst[intro];
            var to = first - 1;
            for (var k = to - 1; k >= from && found.Speaker is null; k--)
            {
                if (a.QuoteOf[k] >= 0)
                    continue;
                var length = a.MatchCovering(k, from, to, static kind => kind is PhraseKind.Verb or PhraseKind.Source or PhraseKind.Unnamed or PhraseKind.SpeechNoun or PhraseKind.Weak, out var start, out var phrase);
                if (length == 0 || phrase is null)
                    continue;
                if (SpeakerForCue(start, length, phrase, from, to, -1) is { } cue)
                    found = cue;
                k = start;
            }
        }

        lists[first] = found;
        return found.Speaker is null ? null : (found.Speaker, found.Cue);
    }

    private int LineStart(int t) => t <= 0 ? 0 : a.LineStartOf[Math.Min(t, a.Count - 1)];

    private bool IsListMarker(int t) =>
        t < a.Count && (a.Tokens[t].Flags & TokenFlags.LineStart) != 0 && SentenceSplitter.ListMarkerLength(a.Text, a.Tokens[t].Start) > 0;

    /// <summary>A quotation that stands as a sentence of its own continues the paragraph's previous speaker.</summary>
    private (SpeakerRef, string?)? Standalone(int i)
    {
        if (i == 0 || results[i - 1] is not { Speaker: { } previous } before || before.How is Attribution.Context or Attribution.None)
            return null;
        if (a.ParagraphOf[open[i]] != a.ParagraphOf[close[i - 1]] || previous.Nature == SpeakerNature.Author)
            return null;
        var sentenceFirst = a.SentenceFirst[a.SentenceOf[open[i]]];
        if (open[i] != sentenceFirst)
            return null;
        var words = WordCount(i);
        return words >= ShortQuoteWords || (spans[i].Terminal && StartsUpper(i)) ? (previous, null) : null;
    }
}
