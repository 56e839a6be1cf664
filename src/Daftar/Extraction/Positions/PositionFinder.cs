using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;

namespace Daftar.Extraction.Positions;

/// <summary>
/// Finds actors' stated positions: their claimed objectives, demands and conditions, each with an issue label and a
/// stance.
/// </summary>
/// <remarks>
/// <para><b>Where.</b> (1) Numbered or bulleted list items attributed to a speaker: the first quotation of each item
/// (or, in a list without quotations introduced by a sentence ending with a colon that names a speaker, the item's
/// first sentence) is a position of the speaker's actor. (2) First-person statements in a speaker's quotation: "We
/// completely reject …". (3) Reported statements: "X wants / calls for / demands / seeks / supports / rejects /
/// opposes Y", X a name, group or speaker the actor layer or the quotation layer knows.</para>
/// <para><b>Arabic.</b> Verbs carry their subject, so every clause of a speaker's quotation or reported clause is read
/// for a stance (a stance word, "يجب أن", "بحاجة إلى", a condition "ما لم", a negated issue, an issue as the clause's
/// topic); a reported stance verb names its subject after it ("دعا السيستاني إلى …") or continues the sentence's
/// subject ("، مطالباً بـ…"), and a verbal noun after it decides ("طالب بإلغاء …").</para>
/// <para><b>Issue.</b> The longest keyword of the issue lexicon (issues.tsv) in the statement's object gives the label;
/// a list item without one is labelled by its object noun phrase ("balance with neighboring states"); other
/// statements need a keyword.</para>
/// <para><b>Stance.</b> From the verb (stance-words.tsv): support verbs (establish, bring, fight …), oppose verbs
/// (abolish, remove, end …), regulate verbs (regulate, rationalize → conditional), times the keyword's polarity
/// (fighting "corruption" supports "anti-corruption"); "wants the withdrawal of Y" opposes Y; a negation turns it round;
/// a condition ("unless", "only if", "provided that") makes it conditional; no verb leaves it unclear.</para>
/// </remarks>
public static class PositionFinder
{
    private const int MaxObjectTokens = 30;
    private const int MaxLabelWords = 6;

    /// <summary>The positions stated in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">The document's clean text.</param>
    /// <param name="sentences">Its sentences (<see cref="SentenceSplitter.Split"/>).</param>
    /// <param name="actors">The actor layer's result.</param>
    /// <param name="quotes">The quotation layer's result (<see cref="QuoteFinder.Find"/>).</param>
    public static ImmutableArray<PositionAnnotation> Find(string text, ImmutableArray<TextSpan> sentences, ActorLayerResult actors, ImmutableArray<QuoteAnnotation> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            return [];
        var a = TextAnalysis.Reuse(text, sentences, actors ?? ActorLayerResult.Empty);
        var q = Sanitize(quotes, text.Length);
        var finder = new Finder(a, q);
        var positions = finder.Run();
        a.Release();
        return positions;
    }

    private static List<QuoteAnnotation> Sanitize(ImmutableArray<QuoteAnnotation> quotes, int length)
    {
        var list = new List<QuoteAnnotation>();
        if (quotes.IsDefault)
            return list;
        var end = 0;
        foreach (var quote in quotes.OrderBy(x => x.Start))
        {
            if (quote is null || quote.Start < end || quote.End > length || quote.Start >= quote.End)
                continue;
            list.Add(quote);
            end = quote.End;
        }

        return list;
    }

    private sealed class Finder
    {
        private readonly TextAnalysis a;
        private readonly List<QuoteAnnotation> quotes;
        private readonly int[] first;
        private readonly int[] end;
        private readonly SpeakerResolver resolver;
        private readonly List<PositionAnnotation> found = [];
        private readonly HashSet<(string, string, Stance, int)> seen = [];

        public Finder(TextAnalysis analysis, List<QuoteAnnotation> quoteList)
        {
            a = analysis;
            quotes = quoteList;
            first = new int[quotes.Count];
            end = new int[quotes.Count];
            resolver = new SpeakerResolver(a);
            for (var i = 0; i < quotes.Count; i++)
            {
                var from = a.TokenAt(quotes[i].Start);
                var to = a.TokenAt(quotes[i].End);
                first[i] = from;
                end[i] = to;

                // The quotation's tokens and its marks (punctuation right around it).
                var lo = from;
                while (lo > 0 && a.IsPunct(lo - 1) && a.Tokens[lo - 1].End >= quotes[i].Start - 2 && lo > from - 2)
                    lo--;
                var hi = to;
                while (hi < a.Count && a.IsPunct(hi) && a.Tokens[hi].Start <= quotes[i].End + 2 && hi < to + 2)
                    hi++;
                for (var t = lo; t < hi; t++)
                    a.QuoteOf[t] = i;
                if (Seed(quotes[i]) is { } speaker)
                    resolver.Remember(speaker);
            }
        }

        private SpeakerRef? Seed(QuoteAnnotation quote)
        {
            if (quote.Kind == QuoteKind.Term || (quote.Speaker.Actor is null && quote.Speaker.Description is null))
                return null;
            var person = quote.Speaker.Description is not null || (quote.Speaker.Actor is { } id && a.TypeOf(id) == ActorType.Person);
            return new SpeakerRef(quote.Speaker.Actor, quote.Speaker.Description, quote.Speaker.Anonymous,
                person ? SpeakerNature.Person : SpeakerNature.Group, !person, quote.Start, null);
        }

        public ImmutableArray<PositionAnnotation> Run()
        {
            ListItems();
            QuotedStatements();
            ReportedStatements();
            return [.. found.OrderBy(p => p.Evidence.Start).ThenBy(p => p.Evidence.End)];
        }

        private readonly PositionLexicon english = PositionLexicon.For("en");
        private readonly PositionLexicon arabic = PositionLexicon.For("ar");

        private PositionLexicon LexiconAt(int t) => a.LexiconAt(t).SubjectFirst ? english : arabic;

        private void Add(string? actor, string? issue, Stance stance, int start, int stop)
        {
            if (actor is null || issue is null || stop <= start)
                return;
            if (!seen.Add((actor, issue, stance, start)))
                return;
            found.Add(new PositionAnnotation(actor, issue, stance, a.Text[start..stop], new TextSpan(start, stop)));
        }

        // ---- (1) List items ---------------------------------------------------------------------------------------

        private void ListItems()
        {
            var quoted = new HashSet<int>();
            for (var i = 0; i < quotes.Count; i++)
            {
                var quote = quotes[i];
                var line = LineStart(first[i]);
                if (!IsListMarker(line))
                    continue;
                quoted.Add(line);
                if (quote.Kind != QuoteKind.Speech || quote.Speaker.Actor is null || (i > 0 && first[i - 1] >= line))
                    continue;
                var (issue, stance) = Statement(first[i], end[i], fallback: true, ListOfObjectives(line));
                Add(quote.Speaker.Actor, issue, stance, quote.Start, quote.End);
            }

            // Lists without quotations, introduced by a sentence ending with a colon that names a speaker.
            for (var t = 0; t < a.Count; t++)
            {
                if (!IsListMarker(t) || quoted.Contains(t) || t == 0 || !a.IsPunct(t - 1, ':'))
                    continue;
                var actor = IntroActor(t);
                var item = t;
                while (actor is not null && item < a.Count && IsListMarker(item))
                {
                    var next = NextLine(item);
                    if (!quoted.Contains(item))
                    {
                        var from = item + MarkerTokens(item);
                        var sentenceEnd = Math.Min(next, a.SentenceEnd(a.SentenceOf[Math.Min(from, a.Count - 1)]));
                        var to = sentenceEnd;
                        while (to > from && a.IsPunct(to - 1))
                            to--;
                        if (to > from)
                        {
                            var (issue, stance) = Statement(from, to, fallback: true, ListOfObjectives(item));
                            Add(actor, issue, stance, a.Tokens[from].Start, a.Tokens[to - 1].End);
                        }
                    }

                    item = next;
                }
            }
        }

        /// <summary>The actor of the speaker an introduction names (a reporting cue's speaker, else its first group).</summary>
        private string? IntroActor(int item)
        {
            var intro = a.SentenceOf[item - 1];
            var from = a.SentenceFirst[intro];
            var to = item - 1;
            for (var k = to - 1; k >= from; k--)
            {
                var length = a.MatchPhrase(k, to, static kind => kind is PhraseKind.Verb or PhraseKind.Source or PhraseKind.Weak, out var phrase);
                if (length == 0 || phrase is null)
                    continue;
                var (f, e) = phrase.Kind == PhraseKind.Source ? resolver.PhraseAfter(k + length, to) : resolver.PhraseBefore(k, from);
                if (resolver.Resolve(f, e, useContext: false) is { Actor: { } actor, Nature: not SpeakerNature.Author })
                    return actor;
            }

            for (var k = from; k < to; k++)
            {
                if (a.MentionAt(k) is { } m && resolver.GroupOfMention(m) is { } group)
                    return group;
            }

            return null;
        }

        /// <summary>
        /// The stance of a list item with no verb: support when the paragraph introducing the list speaks of objectives,
        /// demands or goals ("the movement's objectives …, he listed four:"), else unclear.
        /// </summary>
        private Stance ListOfObjectives(int item)
        {
            var first = item;
            while (first > 0)
            {
                var previous = LineStart(first - 1);
                if (!IsListMarker(previous))
                    break;
                first = previous;
            }

            if (first == 0 || !a.IsPunct(first - 1, ':'))
                return Stance.Unclear;
            var paragraph = a.ParagraphOf[first - 1];
            for (var k = first - 1; k >= 0 && a.ParagraphOf[k] == paragraph && k > first - 200; k--)
            {
                if (a.QuoteOf[k] < 0 && LexiconAt(k).Stance.Match(a, k, first, out var cls) > 0 && cls is StanceClass.Objective or StanceClass.Want)
                    return Stance.Support;
            }

            return Stance.Unclear;
        }

        private int LineStart(int t) => t <= 0 ? 0 : a.LineStartOf[Math.Min(t, a.Count - 1)];

        private int NextLine(int t)
        {
            t++;
            while (t < a.Count && (a.Tokens[t].Flags & TokenFlags.LineStart) == 0)
                t++;
            return t;
        }

        private bool IsListMarker(int t) =>
            t < a.Count && (a.Tokens[t].Flags & TokenFlags.LineStart) != 0 && SentenceSplitter.ListMarkerLength(a.Text, a.Tokens[t].Start) > 0;

        private int MarkerTokens(int t)
        {
            var stop = a.Tokens[t].Start + SentenceSplitter.ListMarkerLength(a.Text, a.Tokens[t].Start);
            var k = t;
            while (k < a.Count && a.Tokens[k].Start < stop)
                k++;
            return k - t;
        }

        // ---- (2) First-person statements in quotations ---------------------------------------------------------------

        private void QuotedStatements()
        {
            for (var i = 0; i < quotes.Count; i++)
            {
                var quote = quotes[i];
                if (quote.Kind != QuoteKind.Speech || quote.Speaker.Actor is not { } actor)
                    continue;
                if (first[i] < a.Count && !a.LexiconAt(first[i]).SubjectFirst)
                {
                    ArabicQuotation(actor, first[i], end[i]);
                    continue;
                }

                for (var t = first[i]; t < end[i]; t++)
                {
                    // "we", "I", "نحن", "أنا": short words only, before any lookup.
                    if (a.Tokens[t].End - a.Tokens[t].Start > 3 || !a.Has(t, WordRole.We | WordRole.I))
                        continue;
                    var k = t + 1;
                    var negated = false;
                    while (k < end[i] && (a.Has(k, WordRole.Skip) || IsAdverb(k)))
                    {
                        negated |= IsNegation(k);
                        k++;
                    }

                    var lexicon = LexiconAt(k);
                    var length = lexicon.Stance.Match(a, k, end[i], out var cls);
                    if (length == 0 || cls is StanceClass.EndNoun or StanceClass.Negation or StanceClass.Condition)
                        continue;
                    var stop = Math.Min(end[i], a.SentenceEnd(a.SentenceOf[k]));
                    var (issue, stance) = Object(k + length, stop, cls, negated, fallback: false);
                    if (issue is null)
                        continue;
                    while (stop > k && a.IsPunct(stop - 1))
                        stop--;
                    Add(actor, issue, stance, a.Tokens[t].Start, a.Tokens[stop - 1].End);
                }
            }
        }

        /// <summary>
        /// The positions in an Arabic quotation (or reported clause) of <paramref name="actor"/>: Arabic verbs carry their
        /// subject, so no pronoun is needed. Each clause (between commas) is read on its own (<see cref="ArabicClause"/>);
        /// the statement is the whole sentence of the quotation that holds it.
        /// </summary>
        private void ArabicQuotation(string actor, int from, int to)
        {
            var s = from;
            while (s < to)
            {
                var sentenceStop = Math.Min(to, a.SentenceEnd(a.SentenceOf[s]));
                var last = sentenceStop;
                while (last > s && a.IsPunct(last - 1))
                    last--;
                var clause = s;
                for (var k = s; k <= sentenceStop; k++)
                {
                    if (k < sentenceStop && !IsClauseBreak(k))
                        continue;
                    if (k > clause && last > s)
                    {
                        foreach (var (issue, stance) in ArabicClause(clause, k))
                            Add(actor, issue, stance, a.Tokens[s].Start, a.Tokens[last - 1].End);
                    }

                    clause = k + 1;
                }

                s = Math.Max(sentenceStop, s + 1);
            }
        }

        private bool IsClauseBreak(int k) =>
            a.IsPunct(k, ',') || a.IsPunct(k, '\u060C') || a.IsPunct(k, ';') || a.IsPunct(k, '\u061B') || a.IsPunct(k, ':');

        /// <summary>
        /// The stances one Arabic clause [from, to) of a speaker's own words states. The longest issue keyword decides
        /// the issue. (1) A condition (ما لم، شريطة …): an issue before it is held conditionally ("أي قانون للحشد لن يمرّ
        /// ما لم …"), an issue after it is demanded ("لن نعود ما لم تُشكَّل حكومة أغلبية"). (2) The nearest stance word
        /// before the keyword (a verb or verbal noun, "يجب", "بحاجة إلى"), turned round by a negation right before it.
        /// (3) With none: a negated keyword ("لا حكومات الأغلبية"), an exception ("لا سلاح إلا بيد الدولة"), or the keyword
        /// as the clause's topic ("الانتخابات استحقاق دستوري"; a negated predicate, "… غير مطروح", turns it round). Else nothing.
        /// </summary>
        private List<(string Issue, Stance Stance)> ArabicClause(int from, int to)
        {
            var result = new List<(string Issue, Stance Stance)>();
            var lexicon = arabic;
            for (var k = from; k < to; k++)
            {
                var length = lexicon.Stance.Match(a, k, to, out var cls);
                if (length == 0 || cls != StanceClass.Condition)
                    continue;
                var held = lexicon.Issues.FindLongest(a, from, k);
                if (held.Start >= 0)
                    result.Add((held.Value.Label, Stance.Conditional));
                var demanded = lexicon.Issues.FindLongest(a, k + length, to);
                if (demanded.Start >= 0)
                {
                    var sign = demanded.Value.Polarity * (NegatedBefore(demanded.Start, k + length) ? -1 : 1);
                    result.Add((demanded.Value.Label, sign > 0 ? Stance.Support : Stance.Oppose));
                }

                return result;
            }

            var keyword = lexicon.Issues.FindLongest(a, from, to);
            if (keyword.Start < 0)
                return result;
            var label = keyword.Value.Label;
            var polarity = keyword.Value.Polarity;
            var keywordEnd = keyword.Start + keyword.Length;
            for (var k = keyword.Start - 1; k >= from; k--)
            {
                var length = lexicon.Stance.Match(a, k, keyword.Start, out var cls);
                if (length == 0 || cls is StanceClass.Negation or StanceClass.Objective or StanceClass.Condition or StanceClass.Topic)
                    continue;
                if (cls == StanceClass.Regulate)
                {
                    result.Add((label, Stance.Conditional));
                    return result;
                }

                var sign = (cls is StanceClass.Oppose or StanceClass.Reject or StanceClass.EndNoun ? -1 : 1) * polarity;
                if (NegatedBefore(k, from))
                    sign = -sign;
                if (NegationBetween(k + length, keyword.Start))
                    sign = -sign;
                if (Departs(keywordEnd, to))
                    sign = -sign;
                result.Add((label, sign > 0 ? Stance.Support : Stance.Oppose));
                return result;
            }

            int stated;
            if (keyword.Start > from && a.WordIs(keyword.Start - 1, "\u0627\u0644\u0627") && NegationBetween(Math.Max(from, keyword.Start - 4), keyword.Start - 1))
                stated = polarity; // "لا … إلا بيد الدولة": nothing but
            else if (NegatedBefore(keyword.Start, from))
                stated = -polarity;
            else if (IsTopic(keyword.Start, from))
                stated = NegatedPredicate(keywordEnd, to) ? -polarity : polarity;
            else
                return result;
            if (Departs(keywordEnd, to))
                stated = -stated;
            result.Add((label, stated > 0 ? Stance.Support : Stance.Oppose));
            return result;
        }

        /// <summary>
        /// The issue at <paramref name="keyword"/> opens its clause, after conjunctions ("بل", "لكن") and a topic noun
        /// ("الحديث عن"): it is what the clause comments on.
        /// </summary>
        private bool IsTopic(int keyword, int from)
        {
            var k = from;
            while (k < keyword && (a.Has(k, WordRole.Boundary) || a.WordIs(k, "\u0628\u0644")))
                k++;
            if (k < keyword && arabic.Stance.Match(a, k, keyword, out var cls) is > 0 and var length && cls == StanceClass.Topic)
                k += length;
            return k == keyword;
        }

        /// <summary>A nominal predicate negated right after the topic: "… غير مطروح", "… ليس حلاً".</summary>
        private bool NegatedPredicate(int after, int to) =>
            after < to && (a.WordIs(after, "\u063A\u064A\u0631") || a.WordIs(after, "\u0644\u064A\u0633") || a.WordIs(after, "\u0644\u064A\u0633\u062A"));

        private bool NegationBetween(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (IsNegation(k))
                    return true;
            }

            return false;
        }

        // ---- (3) Reported statements -----------------------------------------------------------------------------

        private void ReportedStatements()
        {
            for (var t = 0; t < a.Count; t++)
            {
                if (!a.Tokens[t].IsWord || a.QuoteOf[t] >= 0)
                    continue;
                var lexicon = LexiconAt(t);
                var length = lexicon.Stance.Match(a, t, a.Count, out var cls);
                if (length == 0 || cls is not (StanceClass.Want or StanceClass.Reject))
                    continue;
                var sentence = a.SentenceOf[t];
                var sentenceFirst = a.SentenceFirst[sentence];
                var sentenceEnd = a.SentenceEnd(sentence);
                var objectStart = t + length;
                var subject = lexicon == arabic ? ArabicSubject(t, length, sentenceFirst, sentenceEnd, out var negated, out objectStart)
                    : Subject(t, sentenceFirst, out negated);
                if (subject is not { Actor: { } actor } || subject.Nature == SpeakerNature.Author)
                {
                    t += length - 1;
                    continue;
                }

                var stop = ClauseEnd(objectStart, sentenceEnd);
                var (issue, stance) = Object(objectStart, stop, cls, negated, fallback: false);
                stop = StatementEnd(objectStart, stop);
                if (issue is not null)
                {
                    var last = stop;
                    while (last > t && a.IsPunct(last - 1))
                        last--;
                    Add(actor, issue, stance, a.Tokens[t].Start, a.Tokens[last - 1].End);
                }

                t += length - 1;
            }
        }

        /// <summary>
        /// The subject of an Arabic stance verb: the name after it (verb first: "دعا آية الله علي السيستاني إلى …"), the
        /// phrase before it ("والسيستاني يدعو إلى …"), or, for a verb or participle with neither ("مطالباً بـ…"), the
        /// subject of its sentence. <paramref name="objectStart"/> is where the object begins (after the subject and a
        /// parenthesis set off by commas: "، في بيان من النجف، إلى …").
        /// </summary>
        private SpeakerRef? ArabicSubject(int verb, int length, int sentenceFirst, int sentenceEnd, out bool negated, out int objectStart)
        {
            objectStart = verb + length;
            var after = verb + length;
            if (after < sentenceEnd && (resolver.IsHead(after) || a.MentionAt(after) is not null) && !Governed(after))
            {
                var (from, to) = resolver.PhraseAfter(after, sentenceEnd);
                if (from == after && resolver.Resolve(from, to, useContext: false) is { Actor: { } actor, Nature: not SpeakerNature.Author } named)
                {
                    var last = -1;
                    for (var k = from; k < to; k++)
                    {
                        if (a.MentionAt(k) is { } m && (m.ActorId == actor || a.TypeOf(m.ActorId) == ActorType.Person))
                            last = k;
                    }

                    objectStart = last >= 0 ? last + 1 : to;
                    if (objectStart < sentenceEnd && IsClauseBreak(objectStart))
                    {
                        var close = objectStart + 1;
                        while (close < sentenceEnd && close < objectStart + 12 && !IsClauseBreak(close))
                            close++;
                        if (close < sentenceEnd && IsClauseBreak(close))
                            objectStart = close + 1;
                    }

                    negated = false;
                    return named;
                }
            }

            if (Subject(verb, sentenceFirst, out negated) is { Actor: not null } before)
                return before;

            // Only a verb that opens its own clause ("وطالب", "، مطالباً") continues the sentence's subject.
            var word = a.Word(verb);
            return word.Length > 3 && word[0] is '\u0648' or '\u0641' || IsClauseBreak(verb - 1) ? SentenceActor(verb, sentenceFirst) : null;
        }

        /// <summary>An Arabic word governed by a preposition written into it (بالحشد، للصدر): not a subject.</summary>
        private bool Governed(int t)
        {
            var word = a.Word(t);
            return word.Length > 3 && word[0] is '\u0628' or '\u0644' or '\u0643' && a.MentionAt(t) is { } m && m.Span.Start > a.Tokens[t].Start;
        }

        /// <summary>
        /// Who an Arabic sentence is about before token <paramref name="t"/>: the speaker of its last quotation, else the
        /// first actor named in it that no preposition governs.
        /// </summary>
        private SpeakerRef? SentenceActor(int t, int sentenceFirst)
        {
            for (var i = quotes.Count - 1; i >= 0; i--)
            {
                if (end[i] > t || end[i] <= sentenceFirst)
                    continue;
                if (quotes[i].Speaker.Actor is { } speaker && quotes[i].Kind != QuoteKind.Term)
                    return new SpeakerRef(speaker, null, false, SpeakerNature.Person, false, quotes[i].Start, null);
                break;
            }

            for (var k = sentenceFirst; k < t; k++)
            {
                if (a.QuoteOf[k] >= 0 || a.MentionAt(k) is not { Kind: MentionKind.Name } m)
                    continue;
                if (a.Has(k - 1, WordRole.Preposition) || Governed(k))
                    return null;
                return new SpeakerRef(m.ActorId, null, false, SpeakerNature.Person, false, a.Tokens[k].Start, null);
            }

            return null;
        }

        /// <summary>The subject of the verb at <paramref name="verb"/>, skipping a parenthesis between them ("No partner—including X—wants").</summary>
        private SpeakerRef? Subject(int verb, int sentenceFirst, out bool negated)
        {
            negated = false;
            var k = verb - 1;

            // Arabic negates right before the verb, after the subject: "العراق لم يعد بحاجة إلى …".
            var arabicNegation = !a.LexiconAt(verb).SubjectFirst;
            while (k >= sentenceFirst && (a.Has(k, WordRole.Skip) || IsAdverb(k) || (arabicNegation && IsNegation(k))))
            {
                negated |= IsNegation(k);
                k--;
            }

            if (k >= sentenceFirst && a.IsPunct(k) && a.Text[a.Tokens[k].Start] is '\u2014' or '\u2013' or ')')
            {
                var opener = a.Text[a.Tokens[k].Start] == ')' ? '(' : a.Text[a.Tokens[k].Start];
                var j = k - 1;
                while (j >= sentenceFirst && !(a.IsPunct(j) && a.Text[a.Tokens[j].Start] == opener))
                    j--;
                if (j >= sentenceFirst)
                    k = j - 1;
            }

            var (from, to) = resolver.PhraseBefore(k + 1, sentenceFirst);
            if (from < to && IsNegation(from))
            {
                negated = !negated;
                from++;
            }

            return resolver.Resolve(from, to, useContext: false);
        }

        private int ClauseEnd(int from, int limit)
        {
            for (var k = from; k < limit && k < from + MaxObjectTokens; k++)
            {
                if (a.QuoteOf[k] >= 0 || a.IsPunct(k, ';') || a.IsPunct(k, ':'))
                    return k;
            }

            return Math.Min(limit, from + MaxObjectTokens);
        }

        // ---- Statements, objects, labels ---------------------------------------------------------------------------

        /// <summary>
        /// A statement in the imperative or first person ("Abolish the quota system", "We reject …"): issue and stance.
        /// A statement with no stance verb ("Early elections") takes <paramref name="verbless"/> (support in a list of
        /// objectives), turned round by a negation ("No foreign bases").
        /// </summary>
        private (string? Issue, Stance Stance) Statement(int from, int to, bool fallback, Stance verbless = Stance.Unclear)
        {
            var k = from;
            var negated = false;
            while (k < to && (a.IsPunct(k) || a.Has(k, WordRole.Skip | WordRole.Pronoun | WordRole.Determiner) || IsAdverb(k) || IsNegation(k) || a.WordIs(k, "to")))
            {
                negated |= IsNegation(k);
                k++;
            }

            var length = LexiconAt(k).Stance.Match(a, k, to, out var cls);
            if (cls == StanceClass.EndNoun)
                cls = StanceClass.Oppose; // "An end to the quota system"
            if (length > 0 && cls is StanceClass.Support or StanceClass.Oppose or StanceClass.Regulate or StanceClass.Want or StanceClass.Reject)
                return Object(k + length, to, cls, negated, fallback);

            // No verb: the whole statement may name the issue ("Ministries for the competent, not shares for the parties").
            var window = KeywordWindow(k, to);
            var keyword = LexiconAt(from).Issues.FindLongest(a, k, to);
            var label = keyword.Start >= 0 ? keyword.Value.Label : fallback ? Label(k, window) : null;
            if (label is null)
                return (null, Stance.Unclear);
            if (Conditional(from, to))
                return (label, Stance.Conditional);
            if (verbless == Stance.Unclear)
                return (label, Stance.Unclear);
            var sign = verbless == Stance.Support ? 1 : -1;
            if (keyword.Start >= 0)
                sign *= keyword.Value.Polarity * (NegatedBefore(keyword.Start, k) ? -1 : 1) * (Departs(keyword.Start + keyword.Length, to) ? -1 : 1)
                    * (EndNounBetween(k, keyword.Start) ? -1 : 1);
            return (label, (negated ? -sign : sign) > 0 ? Stance.Support : Stance.Oppose);
        }

        /// <summary>
        /// What the keyword names is to go: "the last foreign soldier to leave", "foreign troops must withdraw" — an
        /// oppose verb or a noun of ending within three words after it.
        /// </summary>
        private bool Departs(int after, int to)
        {
            var lexicon = LexiconAt(Math.Min(after, a.Count - 1));
            for (var k = after; k < to && k < after + 3; k++)
            {
                if (a.IsPunct(k))
                    return false;
                if (lexicon.Stance.Match(a, k, to, out var cls) > 0 && cls is StanceClass.Oppose or StanceClass.EndNoun)
                    return true;
            }

            return false;
        }

        /// <summary>A noun of ending before the keyword: "a date for the departure of the last foreign soldier" opposes what it names.</summary>
        private bool EndNounBetween(int from, int keyword)
        {
            var lexicon = LexiconAt(from);
            for (var k = from; k < keyword; k++)
            {
                if (lexicon.Stance.Match(a, k, keyword, out var cls) > 0 && cls == StanceClass.EndNoun)
                    return true;
            }

            return false;
        }

        /// <summary>A negation right before a keyword: "not shares for the parties".</summary>
        private bool NegatedBefore(int keyword, int floor)
        {
            for (var k = keyword - 1; k >= floor && k >= keyword - 2; k--)
            {
                if (IsNegation(k))
                    return true;
            }

            return false;
        }

        /// <summary>The issue and stance of a verb of class <paramref name="cls"/> on the object [from, to).</summary>
        private (string? Issue, Stance Stance) Object(int from, int to, StanceClass cls, bool negated, bool fallback)
        {
            var lexicon = LexiconAt(from);
            var window = KeywordWindow(from, to);

            // "want to remove …", "reject to …": the infinitive's verb decides.
            if (cls is StanceClass.Want or StanceClass.Reject)
            {
                var k = from;
                var arabicObject = !lexicon.Equals(english) && k < window && (a.WordIs(k, "\u0627\u0644\u0649") || lexicon.Stance.Match(a, k, window, out _) > 0);
                if (k < window && (a.WordIs(k, "to") || arabicObject))
                {
                    // "دعا إلى إلغاء …", "طالب بإلغاء …": the verbal noun decides.
                    if (a.WordIs(k, "to") || a.WordIs(k, "\u0627\u0644\u0649"))
                        k++;
                    while (k < window && IsAdverb(k))
                        k++;
                    var length = lexicon.Stance.Match(a, k, window, out var inner);
                    if (length > 0 && inner is StanceClass.Support or StanceClass.Oppose or StanceClass.Regulate or StanceClass.Want or StanceClass.Reject)
                    {
                        var (issue, stance) = Object(k + length, to, inner, negated, fallback);
                        return cls == StanceClass.Reject ? (issue, Invert(stance)) : (issue, stance);
                    }
                }
            }

            var keyword = lexicon.Issues.FindLongest(a, from, window);
            var label = keyword.Start >= 0 ? keyword.Value.Label : fallback ? Label(from, window) : null;
            if (label is null)
                return (null, Stance.Unclear);

            int sign;
            var conditional = false;
            switch (cls)
            {
                case StanceClass.Support:
                    sign = 1;
                    break;
                case StanceClass.Oppose:
                    sign = -1;
                    break;
                case StanceClass.Regulate:
                    sign = 0;
                    conditional = true;
                    break;
                case StanceClass.Reject:
                    sign = -1;
                    break;
                default:
                    sign = 1;
                    for (var k = from; k < window; k++)
                    {
                        if (keyword.Start >= 0 && k >= keyword.Start)
                            break;
                        var length = lexicon.Stance.Match(a, k, window, out var inner);
                        if (length > 0 && inner == StanceClass.EndNoun)
                        {
                            sign = -1;
                            break;
                        }
                    }

                    for (var k = from; k < window && !conditional; k++)
                        conditional = lexicon.Stance.Match(a, k, window, out var inner) > 0 && inner == StanceClass.Regulate;
                    break;
            }

            if (conditional || Conditional(from, to))
                return (label, Stance.Conditional);
            if (keyword.Start >= 0)
                sign *= keyword.Value.Polarity * (NegatedBefore(keyword.Start, from) ? -1 : 1) * (Departs(keyword.Start + keyword.Length, to) ? -1 : 1);
            if (negated)
                sign = -sign;
            return (label, sign > 0 ? Stance.Support : sign < 0 ? Stance.Oppose : Stance.Unclear);
        }

        private static Stance Invert(Stance stance) => stance switch
        {
            Stance.Support => Stance.Oppose,
            Stance.Oppose => Stance.Support,
            _ => stance,
        };

        private bool Conditional(int from, int to)
        {
            var lexicon = LexiconAt(from);
            for (var k = from; k < to; k++)
            {
                if (lexicon.Stance.Match(a, k, to, out var cls) > 0 && cls == StanceClass.Condition)
                    return true;
            }

            return false;
        }

        /// <summary>The end of a reported statement: its object up to a comma or subordinate clause ("…, while signaling …").</summary>
        private int StatementEnd(int from, int to)
        {
            var window = KeywordWindow(from, to);
            if (window < to && a.WordIs(window, "to"))
            {
                // "wants X to be regulated and invited to …": an infinitive continues the object.
                return to;
            }

            return window;
        }

        /// <summary>Where the object's keyword may be: up to a comma, semicolon, colon or subordinate clause.</summary>
        private int KeywordWindow(int from, int to)
        {
            for (var k = from; k < to && k < from + MaxObjectTokens; k++)
            {
                if (a.IsPunct(k, ',') || a.IsPunct(k, ';') || a.IsPunct(k, ':') || a.IsPunct(k, '\u060C'))
                    return k;
                if (k > from && a.Has(k, WordRole.Boundary) && !a.WordIs(k, "and") && !a.WordIs(k, "or") && !a.WordIs(k, "as") && !a.WordIs(k, "than")
                    && !a.Has(k, WordRole.Determiner))
                {
                    return k;
                }
            }

            return Math.Min(to, from + MaxObjectTokens);
        }

        /// <summary>The object noun phrase as a label: determiners dropped, at most six words, no dangling preposition.</summary>
        private string? Label(int from, int to)
        {
            var k = from;
            while (k < to && (a.IsPunct(k) || a.Has(k, WordRole.Determiner) || a.WordIs(k, "all") || a.WordIs(k, "any") || a.WordIs(k, "every")))
                k++;
            var stop = k;
            var words = 0;
            while (stop < to && words < MaxLabelWords && !a.IsPunct(stop) && !(stop > k && a.Has(stop, WordRole.Boundary)))
            {
                stop++;
                words++;
            }

            while (stop > k && a.Has(stop - 1, WordRole.Preposition | WordRole.Determiner))
                stop--;
            if (stop <= k)
                return null;
            var label = a.Slice(k, stop);
            return a.Tokens[k].IsCapitalised && !(stop - k > 1 && a.Tokens[k + 1].IsCapitalised) && a.MentionAt(k) is null
                ? char.ToLowerInvariant(label[0]) + label[1..]
                : label;
        }

        private bool IsNegation(int t) => LexiconAt(t).Stance.Match(a, t, t + 1, out var cls) > 0 && cls == StanceClass.Negation;

        private bool IsAdverb(int t)
        {
            if (t < 0 || t >= a.Count || !a.Tokens[t].IsWord || a.Tokens[t].IsCapitalised || a.MentionAt(t) is not null)
                return false;
            var w = a.Word(t);
            return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal);
        }
    }
}
