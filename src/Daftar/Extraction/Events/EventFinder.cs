using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Dates;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Extraction.Events;

/// <summary>
/// Finds dated deeds: in a sentence that holds (or inherits) a date, a trigger word from the event lexicon
/// (<see cref="EnglishEventTables"/>), typed with a PLOVER root, with the actor that did it and the actor it was
/// done to.
/// </summary>
/// <remarks>
/// <para><b>Triggers.</b> Verbs in any form ("attacked", "taking charge of", "said in a statement") and nouns ("the
/// invasion", "Moqtada's removal of protection"). Some rows only apply next to certain words ("remove" + protection,
/// troops …; "leave" + a named state). A trigger is not a deed after a negation ("did not attack"), a modal or
/// conditional ("would need to apologise"), "to" ("aims to prove"), in a hyphenated compound ("Iran-backed"), as a
/// noun modifier ("protest camps"), after a demonstrative ("these statements", which point back), as the object of
/// another trigger ("signed an agreement", "statement against attacks"), or as a participle after a possessive ("his
/// stated aim"). A base form after "will" is an expected deed, kept only when its clause has a date.</para>
/// <para><b>Date.</b> Only calendar values: a DATE timex that is not PRESENT_REF …, or the day of a TIME. A verb takes
/// the nearest date in its clause (clauses end at , ; : dashes brackets and quotation marks; a later date that another
/// verb stands before belongs to that verb), else — a participle clause — the date of the clause it hangs on, else —
/// a finite verb — the one date of its sentence, else a date heading the sentence ("On January 24, 2020, …", "Last
/// week his office …"), else — past forms in a sentence with no timex at all — the date of one of the two sentences
/// before it in the same paragraph that dated a deed or headed it ("On Monday X did A. He also did B."). A present
/// passive ("is backed by Iran") takes only its own clause's date. A noun, or a participle used as an adjective
/// ("the bloodily suppressed uprising"), takes a date at most eight words away in its clause with no verb between
/// ("the January 26 rocket attack", "the invasion of Iraq in 2003"); each date dates one noun at most.</para>
/// <para><b>Actor.</b> For a verb, the nearest actor mention or pronoun before it in the sentence, unless a noun phrase
/// that names no actor is nearer ("the bloc will meet"); the name before a parenthesis ("X, the faction that …,
/// said"); the subject after the comma for a fronted gerund ("By taking charge …, he …"); the sentence's subject for a
/// participle clause (", stating …"); the previous verb's subject for a coordinated verb ("condemned … and called
/// on …"); the by-agent for a passive ("was assassinated … by the Saddam regime"). For a noun, a possessor
/// ("Moqtada's removal"), an actor adjective ("U.S. strike"), a by-agent, or the subject after a fronted phrase ("In a
/// statement on Saturday, Sadr …"), else null. he/she and "the cleric", "the leader" … resolve to the last person
/// named; it/they and "the group", "the movement" … to the last organisation or state. A first-person subject (the
/// author, or a quoted speaker) drops the event. <b>Target</b>: the first actor after the trigger in its clause, before
/// the next trigger and any "that"/"which" clause.</para>
/// <para>An event with neither actor nor target is kept only for ASSAULT and PROTEST. One event per deed: a second
/// event with the same type, date and actor (or target, without an actor) is dropped. The lexicon is a table per
/// language (<see cref="EventTables"/>): the rules name no word.</para>
/// </remarks>
public static class EventFinder
{
    /// <summary>The dated events of <paramref name="text"/>, in text order.</summary>
    /// <param name="sentences">Sentence spans (from the sentence splitter), in order.</param>
    /// <param name="actors">The actor layer's output: mentions sorted by start.</param>
    /// <param name="timexes">The date layer's output for the same text.</param>
    public static ImmutableArray<EventAnnotation> Find(
        string text,
        ImmutableArray<TextSpan> sentences,
        ActorLayerResult actors,
        ImmutableArray<TimexAnnotation> timexes) =>
        Find(text, sentences, actors, timexes, EventLexicon.Default);

    internal static ImmutableArray<EventAnnotation> Find(
        string text,
        ImmutableArray<TextSpan> sentences,
        ActorLayerResult actors,
        ImmutableArray<TimexAnnotation> timexes,
        EventLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        actors ??= ActorLayerResult.Empty;
        if (sentences.IsDefaultOrEmpty || text.Length == 0)
            return [];
        using var tokens = TokenList.Create(text);
        using var finder = new Finder(text, tokens, lexicon, actors, timexes.IsDefault ? [] : timexes);
        return finder.Run(sentences);
    }

    private struct Trigger
    {
        public int Start;
        public int End;
        public TriggerCandidate Candidate;
        public bool Future;

        /// <summary>A participle used as an adjective ("the bloodily suppressed intifada"): dated and agented like a noun.</summary>
        public bool Adjectival;
        public string? Date;
        public int DateToken;

        /// <summary>Tells no event of its own: a carrier whose object names the deed, a statement that carried another deed, reported speech.</summary>
        public bool Suppressed;

        /// <summary>The carrier verb whose object this noun is ("أعلن انسحابه"), or -1.</summary>
        public int CarriedBy;
    }

    private sealed class Finder : IDisposable
    {
        private const int NoDateDistance = 8;
        private const string ClauseMarks = ",;:—–()\"“”«»،؛[]";
        private const string Apostrophes = "'’ʼ";

        /// <summary>In a row's required words: any mention of a state.</summary>
        private const string StateRequirement = "@state";

        private readonly string text;
        private readonly TokenList tokens;
        private readonly EventLexicon lexicon;
        private readonly int count;
        private readonly EventEntry?[] entries;
        private readonly int[] mentionOf;
        private readonly int[] timexOf;
        private readonly int[] clause;
        private readonly bool[] consumed;

        /// <summary>Tokens where a trigger of the current sentence starts.</summary>
        private readonly bool[] triggerAt;
        private readonly ImmutableArray<ActorMention> mentions;
        private readonly string?[] dateValues;
        private readonly bool[] anyTimex;
        private readonly Dictionary<string, ActorType> actorTypes = new(StringComparer.Ordinal);
        private int nextClause;
        private readonly List<(int First, int Last)> summaryRuns = [];
        private readonly Dictionary<int, (bool Named, string? Actor)> carrierSubjects = [];
        private readonly StringBuilder summaryText = new();

        public Finder(string text, TokenList tokens, EventLexicon lexicon, ActorLayerResult actors, ImmutableArray<TimexAnnotation> timexes)
        {
            this.text = text;
            this.tokens = tokens;
            this.lexicon = lexicon;
            count = tokens.Count;
            var size = Math.Max(1, count);
            entries = ArrayPool<EventEntry?>.Shared.Rent(size);
            mentionOf = ArrayPool<int>.Shared.Rent(size);
            timexOf = ArrayPool<int>.Shared.Rent(size);
            clause = ArrayPool<int>.Shared.Rent(size);
            consumed = ArrayPool<bool>.Shared.Rent(size);
            triggerAt = ArrayPool<bool>.Shared.Rent(size);
            anyTimex = ArrayPool<bool>.Shared.Rent(size);
            for (var i = 0; i < count; i++)
            {
                var entry = tokens[i].Kind == TokenKind.Word ? lexicon.Find(tokens.Chars(i)) : null;
                entries[i] = entry;
                mentionOf[i] = -1;
                timexOf[i] = -1;
                clause[i] = -1;
                consumed[i] = false;
                triggerAt[i] = false;
                anyTimex[i] = false;
            }

            foreach (var a in actors.Actors.IsDefault ? [] : actors.Actors)
            {
                if (a?.Id is not null)
                    actorTypes[a.Id] = a.Type;
            }

            mentions = UsableMentions(actors.Mentions.IsDefault ? [] : actors.Mentions, text.Length);
            // A name written with a proclitic ("والأمريكية", "لحركة النجباء") starts inside its token: the token is the name's.
            for (var k = 0; k < mentions.Length; k++)
            {
                for (var i = tokens.IndexAtOrAfter(mentions[k].Span.Start); i < count && tokens[i].Start < mentions[k].Span.End; i++)
                    mentionOf[i] = k;
            }

            dateValues = timexes.Length == 0 ? [] : new string?[timexes.Length];
            for (var k = 0; k < timexes.Length; k++)
            {
                var t = timexes[k];
                if (t is null || t.End > text.Length || t.Start < 0 || t.End <= t.Start)
                    continue;
                MarkAny(t.Start, t.End);
                if (DateValue(t) is { } value)
                {
                    dateValues[k] = value;
                    Mark(timexOf, t.Start, t.End, k);
                }
            }
        }

        /// <summary>
        /// The calendar value a timex can date an event with: a DATE with a value that is not a reference
        /// (PRESENT_REF …), or the day of a TIME ("2020-01-24TEV" → "2020-01-24").
        /// </summary>
        private static string? DateValue(TimexAnnotation t)
        {
            var value = t.Value;
            if (string.IsNullOrEmpty(value) || value.EndsWith("_REF", StringComparison.Ordinal))
                return null;
            if (t.Type == TimexType.Date)
                return value;
            return t.Type == TimexType.Time && value.Length > 10 && value[10] == 'T' && char.IsAsciiDigit(value[0]) ? value[..10] : null;
        }

        /// <summary>The mentions as given when they are well formed (the actor layer's contract), else a sorted, filtered copy.</summary>
        private static ImmutableArray<ActorMention> UsableMentions(ImmutableArray<ActorMention> given, int length)
        {
            var ok = true;
            for (var k = 0; k < given.Length && ok; k++)
            {
                var m = given[k];
                ok = m.Span.End <= length && m.Span.Length > 0 && m.ActorId is not null && (k == 0 || given[k - 1].Span.Start <= m.Span.Start);
            }

            if (ok)
                return given;
            var list = new List<ActorMention>();
            foreach (var m in given)
            {
                if (m.Span.End <= length && m.Span.Length > 0 && m.ActorId is not null)
                    list.Add(m);
            }

            list.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
            return [.. list];
        }

        public void Dispose()
        {
            ArrayPool<EventEntry?>.Shared.Return(entries, clearArray: true);
            ArrayPool<int>.Shared.Return(mentionOf);
            ArrayPool<int>.Shared.Return(timexOf);
            ArrayPool<int>.Shared.Return(clause);
            ArrayPool<bool>.Shared.Return(consumed);
            ArrayPool<bool>.Shared.Return(triggerAt);
            ArrayPool<bool>.Shared.Return(anyTimex);
        }

        /// <summary>The closed-class roles of token <paramref name="i"/> (none for a word the lexicon lacks).</summary>
        private EventWord Word(int i) => entries[i]?.Word ?? default;

        private void Mark(int[] map, int start, int end, int value)
        {
            for (var i = tokens.IndexStartingAtOrAfter(start); i < count && tokens[i].Start < end; i++)
                map[i] = value;
        }

        private void MarkAny(int start, int end)
        {
            for (var i = tokens.IndexStartingAtOrAfter(start); i < count && tokens[i].Start < end; i++)
                anyTimex[i] = true;
        }

        // ---- the pass over sentences -----------------------------------------------------------------------------

        public ImmutableArray<EventAnnotation> Run(ImmutableArray<TextSpan> sentences)
        {
            var result = ImmutableArray.CreateBuilder<EventAnnotation>();
            var seen = new HashSet<(EventType, string, string?, string?)>();
            string? anchor1 = null, anchor2 = null;
            var previousEnd = -1;
            var triggers = new List<Trigger>();
            foreach (var sentence in sentences)
            {
                if (sentence.End > text.Length || sentence.Start < previousEnd)
                    continue;
                if (previousEnd >= 0 && text.AsSpan(previousEnd, sentence.Start - previousEnd).Contains('\n'))
                    anchor1 = anchor2 = null;
                previousEnd = sentence.End;

                var a = tokens.IndexStartingAtOrAfter(sentence.Start);
                var b = tokens.IndexStartingAtOrAfter(sentence.End);
                if (a >= b)
                    continue;
                MarkClauses(a, b);
                var front = FrontDate(a, b);
                var hasTimex = false;
                var sentenceDates = 0;
                var onlyDate = -1;
                for (var i = a; i < b; i++)
                {
                    hasTimex |= anyTimex[i];
                    if (timexOf[i] >= 0 && (i == a || timexOf[i - 1] != timexOf[i]))
                    {
                        sentenceDates++;
                        onlyDate = i;
                    }
                }

                var carried = hasTimex ? null : anchor1 ?? anchor2;
                triggers.Clear();
                FindTriggers(a, b, triggers);
                DateTriggers(a, b, triggers, front.Value, front.End, sentenceDates == 1 ? onlyDate : -1, carried);
                LinkCarriersAndStatements(a, b, triggers);
                string? dated = null;
                (bool Found, bool Named, string? Actor) previousSubject = (false, false, null);
                carrierSubjects.Clear();
                for (var k = 0; k < triggers.Count; k++)
                {
                    var t = triggers[k];

                    // What follows the trigger (its object, its summary) ends where the next trigger begins.
                    var limit = k + 1 < triggers.Count ? triggers[k + 1].Start : b;
                    var named = Participants(t, a, limit, previousSubject, out var actor, out var target);
                    if (t.CarriedBy >= 0 && carrierSubjects.TryGetValue(t.CarriedBy, out var carrier))
                        (named, actor) = (carrier.Named, carrier.Actor ?? actor);
                    if (!t.Candidate.IsNoun && !t.Adjectival)
                        previousSubject = (true, named, actor);
                    if (t.Suppressed)
                    {
                        carrierSubjects[k] = (named, actor);
                        continue;
                    }

                    if (t.Date is null || !named)
                        continue;
                    if (actor is null && target is null && t.Candidate.Row.Type is not (EventType.Assault or EventType.Protest))
                        continue;
                    if (t.DateToken >= 0)
                        dated ??= t.Date;
                    var type = t.Candidate.Row.Type;
                    if (seen.Add((type, t.Date, actor, actor is null ? target : null)))
                        result.Add(new EventAnnotation(t.Date, actor, target, type, Summary(t, a, limit), sentence));
                }

                // The date a following sentence may carry on: one heading this sentence, or one that dated a deed here.
                anchor2 = anchor1;
                anchor1 = front.Value ?? dated;
            }

            return result.ToImmutable();
        }

        /// <summary>Numbers the clauses of a sentence; ids never repeat across sentences, so no rule crosses one.</summary>
        private void MarkClauses(int a, int b)
        {
            nextClause++;
            for (var i = a; i < b; i++)
            {
                clause[i] = nextClause;
                if (IsClauseMark(i))
                    nextClause++;
            }
        }

        private bool IsClauseMark(int i)
        {
            if (tokens[i].Kind != TokenKind.Symbol || mentionOf[i] >= 0 || anyTimex[i])
                return false;
            var c = text[tokens[i].Start];
            if (ClauseMarks.Contains(c, StringComparison.Ordinal))
                return true;
            // A spaced hyphen works as a dash.
            return c == '-' && tokens[i].SpaceBefore && i + 1 < count && tokens[i + 1].SpaceBefore;
        }

        /// <summary>A date heading the sentence: "On January 24, 2020, …", "In 2018, …", "Last week, …".</summary>
        private (string? Value, int End) FrontDate(int a, int b)
        {
            var i = a;
            while (i < b && Word(i).Is(EventRole.DatePreposition) && timexOf[i] < 0)
                i++;
            if (i >= b || timexOf[i] < 0)
                return (null, a);
            var k = timexOf[i];
            while (i < b && timexOf[i] == k)
                i++;

            // With or without its comma: "Last week his office confirmed …".
            if (i < b && tokens[i].Kind == TokenKind.Symbol && IsClauseMark(i))
                i++;
            return (dateValues[k], i);
        }

        // ---- triggers --------------------------------------------------------------------------------------------

        private void FindTriggers(int a, int b, List<Trigger> found)
        {
            for (var i = a; i < b; i++)
                consumed[i] = triggerAt[i] = false;
            var lastEnd = -1;
            TriggerCandidate? last = null;
            for (var i = a; i < b; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || consumed[i] || mentionOf[i] >= 0 || anyTimex[i])
                    continue;
                var candidates = entries[i]?.Triggers ?? [];
                if (candidates.Length == 0)
                    continue;
                TriggerCandidate? best = null;
                var bestEnd = -1;
                var bestRequired = -1;
                var bestSpecific = false;
                foreach (var c in candidates)
                {
                    var end = MatchTokens(i, b, c.Tokens);
                    if (end < 0 || end < bestEnd)
                        continue;
                    var required = -1;
                    if (c.Requires.Length > 0 && (required = FindRequired(i, end, b, c.Requires, c.Row.Window)) < 0
                        && (c.IsNoun || !ArabicWords.IsArabic(tokens.Chars(i)) || (required = FindRequiredInObject(i, end, a, b, c.Requires, c.Row.Window)) < 0))
                        continue;
                    if (c.Excludes.Length > 0 && end < b && StartsWithAny(end, c.Excludes))
                        continue;
                    var specific = c.Requires.Length > 0;
                    if (best is not null && end == bestEnd)
                    {
                        if (bestSpecific && !specific)
                            continue;
                        if (bestSpecific == specific && !PreferOver(c, best, i))
                            continue;
                    }

                    (best, bestEnd, bestRequired, bestSpecific) = (c, end, required, specific);
                }

                if (best is null || !Acceptable(best, i, bestEnd, a, b, last?.Row is { Carrier: false, CarrierOnly: false } ? lastEnd : -1, out var future))
                    continue;

                // "his stated objective": a participle after a possessive describes, it tells no deed.
                if (!best.IsNoun && best.Form == TriggerForm.Past && PrevWord(i) is var pp && pp >= a && Word(pp).Is(EventRole.Possessive))
                    continue;
                if (bestRequired >= 0)
                    consumed[bestRequired] = true;
                // Participles that describe: "the bloodily suppressed uprising", "the militia, backed by Iran, …".
                var adjectival = !best.IsNoun && best.Form == TriggerForm.Past && PrevWord(i) is var pw && pw >= a
                    && (Word(pw).Is(EventRole.Determiner) || (tokens.IsSymbol(pw + 1, ',') && bestEnd < b && Word(bestEnd).Is(EventRole.Agent)));
                triggerAt[i] = true;
                found.Add(new Trigger { Start = i, End = bestEnd, Candidate = best, Future = future, Adjectival = adjectival, DateToken = -1, CarriedBy = -1 });
                lastEnd = bestEnd;
                last = best;
                i = bestEnd - 1;
            }
        }

        private int MatchTokens(int i, int b, string[] pattern)
        {
            for (var k = 1; k < pattern.Length; k++)
            {
                var t = i + k;
                if (t >= b || !SameWord(t, pattern[k]))
                    return -1;
                if (tokens[t].Kind == TokenKind.Symbol && tokens[t].SpaceBefore)
                    return -1;
            }

            return i + pattern.Length;
        }

        /// <summary>Token t is <paramref name="word"/> (a lexicon key: Arabic folded, other words case-insensitively).</summary>
        private bool SameWord(int t, string word)
        {
            var w = tokens.Chars(t);
            if (!ArabicWords.IsArabic(w))
                return w.Equals(word, StringComparison.OrdinalIgnoreCase);
            Span<char> buffer = stackalloc char[ArabicWords.MaxLength];
            var n = w.Length <= ArabicWords.MaxLength ? ArabicWords.Fold(w, buffer) : -1;
            return n > 0 && buffer[..n].SequenceEqual(word);
        }

        /// <summary>A token near the trigger that starts with one of <paramref name="prefixes"/>: up to four words before, ten after, in the clause.</summary>
        private int FindRequired(int start, int end, int b, string[] prefixes, int window)
        {
            var id = clause[start];
            for (var t = end; t < b && t < end + window && clause[t] == id; t++)
            {
                if (Satisfies(t, prefixes))
                    return t;
            }

            // Before the trigger only its modifiers count ("bloodily suppressed"), not a name ("… Forces and sent it").
            for (var t = start - 1; t >= 0 && t >= start - 4 && clause[t] == id && t >= FirstOfClause(start); t--)
            {
                if (mentionOf[t] < 0 && Satisfies(t, prefixes))
                    return t;
            }

            // "بفتوى «الجهاد الكفائي» التي أصدرها": after a relative pronoun, the noun it describes, past a quoted name.
            if (start > 0 && Word(start - 1).Is(EventRole.Relative))
            {
                for (var t = start - 2; t >= 0 && t >= start - 9; t--)
                {
                    if (tokens[t].Kind == TokenKind.Symbol && IsClauseMark(t) && !tokens.IsSymbolIn(t, "\"“”«»"))
                        break;
                    if (mentionOf[t] < 0 && Satisfies(t, prefixes))
                        return t;
                }
            }

            return -1;
        }

        /// <summary>An Arabic verb's required word in its object, past its subject and the asides after it ("سلّمت سرايا السلام، أمس، آخر مواقعها").</summary>
        private int FindRequiredInObject(int start, int end, int a, int b, string[] prefixes, int window)
        {
            var from = ArabicObjectStart(start, end, a, b, out _);
            if (from <= end || from >= b)
                return -1;
            var id = clause[from];
            for (var t = from; t < b && t < from + window && clause[t] == id; t++)
            {
                if (Satisfies(t, prefixes))
                    return t;
            }

            return -1;
        }

        /// <summary>
        /// Whether token <paramref name="t"/> is one of the required words: a word starting with a prefix; inside an
        /// actor's name only the whole word ("Northern Bloc" has "bloc"; "United States" has no "unit"); "@state" is
        /// a state named by its name ("left Iraq", not "left the Turkish embassy").
        /// </summary>
        private bool Satisfies(int t, string[] prefixes)
        {
            if (tokens[t].Kind != TokenKind.Word)
                return false;
            if (mentionOf[t] < 0)
                return StartsWithAny(t, prefixes);
            var w = tokens.Chars(t);
            foreach (var p in prefixes)
            {
                if (p == StateRequirement)
                {
                    var m = mentions[mentionOf[t]];
                    if (m.Kind == MentionKind.Name && actorTypes.TryGetValue(m.ActorId, out var type) && type == ActorType.State)
                        return true;
                    continue;
                }

                if (w.Equals(p, StringComparison.OrdinalIgnoreCase) || (w.Length == p.Length + 1 && w.StartsWith(p, StringComparison.OrdinalIgnoreCase) && (w[^1] | 0x20) == 's'))
                    return true;
            }

            return false;
        }

        private int FirstOfClause(int i)
        {
            var id = clause[i];
            while (i > 0 && clause[i - 1] == id && !(tokens[i - 1].Kind == TokenKind.Symbol && IsClauseMark(i - 1)))
                i--;
            return i;
        }

        private bool StartsWithAny(int t, string[] prefixes)
        {
            var w = tokens.Chars(t);
            if (ArabicWords.IsArabic(w))
            {
                // Arabic: the folded stem, without proclitics and the article ("بتسليم مواقعه" has "مواقع").
                Span<char> buffer = stackalloc char[ArabicWords.MaxLength];
                var n = w.Length <= ArabicWords.MaxLength ? ArabicWords.Fold(w, buffer) : -1;
                if (n <= 0)
                    return false;
                var stem = ArabicWords.Stem(buffer[..n]);

                // A preposition written on a bare noun: "بفتوى".
                var bare = n > 4 && buffer[0] is 'ب' or 'ل' or 'ك' ? buffer[1..n] : [];
                foreach (var p in prefixes)
                {
                    if (stem.StartsWith(p, StringComparison.Ordinal) || buffer[..n].StartsWith(p, StringComparison.Ordinal) || bare.StartsWith(p, StringComparison.Ordinal))
                        return true;
                }

                return false;
            }

            foreach (var p in prefixes)
            {
                if (w.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }

        /// <summary>Between a verb and a noun reading of the same word: the noun after a determiner or modifier.</summary>
        private bool PreferOver(TriggerCandidate candidate, TriggerCandidate current, int i)
        {
            if (candidate.IsNoun == current.IsNoun)
                return false;
            var verb = candidate.IsNoun ? current : candidate;
            var nounWins = verb.Form switch
            {
                // An Arabic past verb and its verbal noun are spelled alike ("دعم"): after a preposition it is the noun.
                TriggerForm.Past => ArabicWords.IsArabic(tokens.Chars(i)) && i > 0 && Word(i - 1).Is(EventRole.Preposition),
                TriggerForm.Gerund => PrevWord(i) is var p && p >= 0 && Word(p).Is(EventRole.Determiner | EventRole.Possessive | EventRole.Demonstrative),
                _ => !VerbContext(i, verb.Form),
            };
            return candidate.IsNoun == nounWins;
        }

        /// <summary>
        /// Words before a base or present form that make it a verb: for a base form "will", "to", a modal or a
        /// pronoun ("they attack"); for a present form a pronoun or an actor's name ("Turkey attacks").
        /// </summary>
        private bool VerbContext(int i, TriggerForm form)
        {
            var p = PrevWord(i);
            if (p < 0)
                return false;
            if (Word(p).Is(EventRole.Pronoun))
                return true;
            if (form == TriggerForm.Base)
                return Word(p).Is(EventRole.Future | EventRole.Modal | EventRole.Infinitive | EventRole.Auxiliary);
            return form == TriggerForm.Present && mentionOf[p] >= 0 && !IsPossessiveAt(p + 1);
        }

        /// <summary>The word before <paramref name="i"/>, skipping adverbs ("also", "-ly"), or -1.</summary>
        private int PrevWord(int i)
        {
            var p = i - 1;
            while (p >= 0 && tokens[p].Kind == TokenKind.Word && IsAdverb(p))
                p--;
            return p >= 0 && tokens[p].Kind == TokenKind.Word ? p : -1;
        }

        private bool IsAdverb(int i)
        {
            if (tokens[i].Kind != TokenKind.Word)
                return false;
            if (Word(i).Is(EventRole.Adverb))
                return true;
            if (tokens[i].Length < 4 || tokens[i].Capitalized)
                return false;
            var w = tokens.Chars(i);
            foreach (var s in lexicon.AdverbSuffixes)
            {
                if (w.EndsWith(s, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }

        private bool IsPastForm(int i)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Length < 4 || tokens[i].Capitalized)
                return false;
            var w = tokens.Chars(i);
            foreach (var s in lexicon.PastSuffixes)
            {
                if (w.EndsWith(s, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }

        private bool Acceptable(TriggerCandidate c, int i, int end, int a, int b, int lastTriggerEnd, out bool future)
        {
            future = false;
            var sentenceStart = i == a || (i > a && tokens.IsSymbolIn(i - 1, "\"“«‘'(") && i - 1 == a);

            // A capitalised word inside a sentence is a name ("Operation Inherent Resolve").
            if (tokens[i].Capitalized && !sentenceStart && !(i > 0 && tokens[i - 1].Kind == TokenKind.Symbol && IsClauseMark(i - 1) && !tokens.IsSymbol(i - 1, ',')))
                return false;

            // Hyphenated compounds: "Iran-backed", "re-manning", "protest-related".
            if (i > 0 && tokens[i].Joined && tokens.IsSymbol(i - 1, '-') && i > 1 && tokens[i - 1].Joined && tokens[i - 2].Kind != TokenKind.Symbol)
                return false;
            if (end < count && tokens[end].Joined && tokens.IsSymbol(end, '-') && end + 1 < count && tokens[end + 1].Joined && tokens[end + 1].Kind == TokenKind.Word)
                return false;

            // ة ends nouns only: "وزارة" is not "زاره" (visited him) with و, though they fold alike.
            if (!c.IsNoun && tokens.Chars(end - 1)[^1] == 'ة')
                return false;

            var id = clause[i];
            var clauseStart = FirstOfClause(i);

            // A negation just before: "did not attack", "unwilling to meet", "never signed".
            for (var t = i - 1; t >= clauseStart && t >= i - 3; t--)
            {
                if (Word(t).Is(EventRole.Negation))
                    return false;
            }

            if (c.IsNoun)
            {
                for (var t = i - 1; t >= clauseStart && t >= i - 2; t--)
                {
                    if (Word(t).Is(EventRole.Demonstrative))
                        return false;
                }

                // "أن يصدر بياناً", "على أن يُستكمل التسليم": a noun in a clause of aim is no deed.
                if (ArabicWords.IsArabic(tokens.Chars(i)))
                {
                    for (var t = i - 1; t >= clauseStart && t >= i - 8; t--)
                    {
                        if (Word(t).Is(EventRole.Subjunctive))
                            return false;
                    }
                }

                // A noun modifying the next noun: "protest camps". (An Arabic noun comes first in its phrase: "هجوم صاروخي".)
                if (end < b && tokens[end].Kind == TokenKind.Word && !ArabicWords.IsArabic(tokens.Chars(i)) && !tokens[end].Capitalized && !Word(end).Is(EventRole.Function | EventRole.Auxiliary | EventRole.PassiveAuxiliary | EventRole.Modal | EventRole.Future)
                    && mentionOf[end] < 0 && !anyTimex[end] && !IsPastForm(end) && !IsAdverb(end))
                    return false;

                // The object of the trigger before it: "signed an agreement", "statement against attacks on …".
                if (lastTriggerEnd > 0 && clause[lastTriggerEnd - 1] == id)
                {
                    var p = i - 1;
                    for (var skipped = 0; p >= lastTriggerEnd && skipped < 3; skipped++, p--)
                    {
                        var modifier = tokens[p].Kind == TokenKind.Word && !tokens[p].Capitalized && mentionOf[p] < 0
                            && (Word(p).Is(EventRole.Determiner | EventRole.Possessive) || !Word(p).Is(EventRole.Function));
                        if (!modifier && !anyTimex[p])
                            break;
                    }

                    if (p == lastTriggerEnd - 1 || (p == lastTriggerEnd && Word(p).Is(EventRole.Function)))
                        return false;
                }

                return true;
            }

            if (c.Row.Intransitive && end < b && tokens[end].Kind == TokenKind.Word
                && (!Word(end).Is(EventRole.Function) || Word(end).Is(EventRole.Determiner | EventRole.Possessive | EventRole.Pronoun)))
                return false;

            var prev = PrevWord(i);
            if (prev >= 0 && Word(prev).Is(EventRole.Infinitive) && c.Form == TriggerForm.Base)
                return false;

            // "أن يسلّم": a present verb after a subjunctive particle is an aim.
            if (prev >= 0 && Word(prev).Is(EventRole.Subjunctive) && c.Form == TriggerForm.Present)
                return false;

            // "the hands of the state": a present form after a determiner is a noun.
            if (c.Form == TriggerForm.Present && i > a && Word(i - 1).Is(EventRole.Determiner | EventRole.Possessive | EventRole.Demonstrative))
                return false;
            for (var t = i - 1; t >= clauseStart && t >= i - 6; t--)
            {
                if (Word(t).Is(EventRole.Modal))
                    return false;
                if (Word(t).Is(EventRole.Future) && t >= i - 3)
                    future = true;
            }

            return c.Form != TriggerForm.Base || future;
        }

        // ---- dates -----------------------------------------------------------------------------------------------

        private void DateTriggers(int a, int b, List<Trigger> triggers, string? front, int frontEnd, int onlyDate, string? carried)
        {
            // Nouns: each date goes to the nearest noun trigger within reach.
            for (var k = 0; k < triggers.Count; k++)
            {
                var t = triggers[k];
                if (t.Candidate.IsNoun)
                    continue;
                if (t.Adjectival)
                {
                    (t.Date, t.DateToken) = NearestClauseDate(t.Start, t.End, a, b, NoDateDistance, blockers: true);
                    triggers[k] = t;
                    continue;
                }

                var (value, token) = NearestClauseDate(t.Start, t.End, a, b, int.MaxValue, blockers: false, blockAfter: true);

                // Arabic: a date aside after the subject ("، أمس الجمعة،"), else the first date of the object's clause.
                if (value is null && ArabicWords.IsArabic(tokens.Chars(t.Start)))
                    (value, token) = ArabicObjectDate(t, a, b);

                // "يعتمد … منذ 2014": since a date, a present verb tells a state, not a deed.
                if (value is not null && t.Candidate.Form == TriggerForm.Present && IsSinceDate(token))
                    (value, token) = (null, -1);

                // "is backed by Iran": a present passive is a state, dated only by its own clause.
                if (value is null && t.Candidate.Form == TriggerForm.Past && PassiveAuxiliaryOf(t.Start, a) is var aux && aux >= 0 && Word(aux).Is(EventRole.PresentAuxiliary))
                    continue;
                if (value is null && IsParticipleClause(t, a))
                {
                    // ", stating that …": the participle clause shares the date of the clause it hangs on.
                    for (var u = FirstOfClause(t.Start) - 1; u >= a && value is null; u--)
                        (value, token) = timexOf[u] >= 0 ? (dateValues[timexOf[u]], u) : (null, -1);
                }

                if (value is null && !t.Future)
                {
                    // "Hadi, speaking on Sunday, rejected …": the one date of the sentence dates its finite verbs,
                    // unless a colon or semicolon stands between them (a list, another statement).
                    if (onlyDate >= 0 && t.Start >= frontEnd && t.Candidate.Form is TriggerForm.Past or TriggerForm.Present && !StrongBreakBetween(onlyDate, t.Start)
                        && !(ArabicWords.IsArabic(tokens.Chars(t.Start)) && OtherTriggerBetween(triggers, k, onlyDate)))
                        (value, token) = (dateValues[timexOf[onlyDate]], onlyDate);
                    else if (front is not null && t.Start >= frontEnd)
                        value = front;
                    else if (carried is not null && (t.Candidate.Form == TriggerForm.Past || (t.Candidate.Form == TriggerForm.Gerund && PastFormBefore(a, t.Start))))
                        value = carried;
                }

                t.Date = value;
                t.DateToken = token;
                triggers[k] = t;
            }

            for (var k = 0; k < triggers.Count; k++)
            {
                var t = triggers[k];
                if (!t.Candidate.IsNoun)
                    continue;
                var (value, token) = NearestClauseDate(t.Start, t.End, a, b, NoDateDistance, blockers: true);
                if (value is null || IsSinceDate(token))
                    continue;
                var distance = Distance(t, token);
                var nearer = false;
                for (var m = 0; m < triggers.Count && !nearer; m++)
                {
                    var o = triggers[m];
                    if (m == k || !o.Candidate.IsNoun || clause[o.Start] != clause[t.Start])
                        continue;
                    var (otherValue, otherToken) = NearestClauseDate(o.Start, o.End, a, b, NoDateDistance, blockers: true);
                    var od = Distance(o, token);
                    nearer = otherValue is not null && otherToken == token && (od < distance || (od == distance && m < k));
                }

                if (!nearer)
                {
                    t.Date = value;
                    t.DateToken = token;
                    triggers[k] = t;
                }
            }
        }

        /// <summary>
        /// Triggers that tell no event of their own. A verb that reports speech ("أعلن أن …", "صرّح بأن …") is the
        /// quotation layer's. A carrier's object noun names the deed ("أعلن … تعليق عملياتها", "بدأت السرايا تسليم …"):
        /// the noun takes the carrier's actor and, first, its date. A statement noun after an attribution word ("في بيان",
        /// "وفقاً لبيان") is the vehicle of the deed its sentence tells: that deed takes its date when it has none; only
        /// in a sentence with no other deed (speech: "قال … في مؤتمر صحفي") is the statement the event.
        /// </summary>
        private void LinkCarriersAndStatements(int a, int b, List<Trigger> triggers)
        {
            for (var k = 0; k < triggers.Count; k++)
            {
                var t = triggers[k];
                var row = t.Candidate.Row;
                if (t.Candidate.IsNoun || !(row.ReportsSpeech || row.Carrier || row.CarrierOnly))
                    continue;
                var arabic = ArabicWords.IsArabic(tokens.Chars(t.Start));
                var from = arabic ? ArabicObjectStart(t.Start, t.End, a, b, out _) : t.End;
                if (row.ReportsSpeech && from < b && (tokens.IsSymbolIn(from, ":«“\"") || (Word(from).Is(EventRole.Complementizer) && !Word(from).Is(EventRole.Relative))))
                {
                    t.Suppressed = true;
                    triggers[k] = t;
                    continue;
                }

                if (!(row.Carrier || row.CarrierOnly))
                    continue;
                for (var m = k + 1; m < triggers.Count; m++)
                {
                    var o = triggers[m];
                    if (o.Start >= from + 3)
                        break;
                    // The object is a noun, or a verbal noun spelled like a verb ("نشر ١٢ لواءً") where the object begins.
                    if (o.Start < from || (!o.Candidate.IsNoun && o.Start != from) || IsStatementPhrase(PrevWord(o.Start)))
                        continue;
                    o.CarriedBy = k;
                    if (t.Date is not null)
                        (o.Date, o.DateToken) = (t.Date, t.DateToken);
                    triggers[m] = o;
                    t.Suppressed = true;
                    break;
                }

                t.Suppressed |= row.CarrierOnly;
                triggers[k] = t;
            }

            var deeds = false;
            foreach (var t in triggers)
                deeds |= (!t.Candidate.IsNoun && !t.Suppressed) || t.CarriedBy >= 0;
            if (!deeds)
                return;
            for (var k = 0; k < triggers.Count; k++)
            {
                var t = triggers[k];
                if (!t.Candidate.IsNoun || t.Candidate.Row.Type != EventType.Statement || t.CarriedBy >= 0 || !IsStatementPhrase(PrevWord(t.Start)))
                    continue;
                t.Suppressed = true;
                triggers[k] = t;
                if (t.Date is null)
                    continue;

                // The nearest undated deed takes the statement's date.
                var nearest = -1;
                for (var m = 0; m < triggers.Count; m++)
                {
                    var o = triggers[m];
                    var deed = (!o.Candidate.IsNoun && !o.Suppressed) || o.CarriedBy >= 0;
                    if (m != k && deed && o.Date is null && (nearest < 0 || Math.Abs(o.Start - t.Start) < Math.Abs(triggers[nearest].Start - t.Start)))
                        nearest = m;
                }

                if (nearest >= 0)
                {
                    var o = triggers[nearest];
                    (o.Date, o.DateToken) = (t.Date, t.DateToken);
                    triggers[nearest] = o;
                }
            }
        }

        /// <summary>
        /// The date of an Arabic verb found past its own clause: a date aside after its subject, or a date in the clause
        /// where its object begins, before another verb.
        /// </summary>
        private (string? Value, int Token) ArabicObjectDate(Trigger t, int a, int b)
        {
            var from = ArabicObjectStart(t.Start, t.End, a, b, out var aside);
            if (aside >= 0)
                return (dateValues[timexOf[aside]], aside);
            if (from <= t.End || from >= b)
                return (null, -1);
            var id = clause[from];
            for (var u = from; u < b && u < from + 12 && clause[u] == id; u++)
            {
                if (timexOf[u] >= 0)
                    return (dateValues[timexOf[u]], u);
                // Another trigger after the object's first word owns the dates after it ("منذ انسحاب … في حزيران").
                if (u > from && mentionOf[u] < 0 && entries[u]?.Triggers is { Length: > 0 })
                    break;
            }

            return (null, -1);
        }

        /// <summary>
        /// An Arabic sentence chains clauses with "،" and و: its one date dates a verb only when it is near (twelve
        /// tokens) and no other trigger stands between them ("دعا … ويلتقي … منذ انسحاب … في حزيران ٢٠٢٢").
        /// </summary>
        private static bool OtherTriggerBetween(List<Trigger> triggers, int k, int date)
        {
            var t = triggers[k];
            var (from, to) = date < t.Start ? (date, t.Start) : (t.End, date);
            if (to - from > 20)
                return true;
            for (var m = 0; m < triggers.Count; m++)
            {
                if (m != k && triggers[m].Start >= from && triggers[m].Start < to)
                    return true;
            }

            return false;
        }

        private bool StrongBreakBetween(int x, int y)
        {
            for (var u = Math.Min(x, y); u < Math.Max(x, y); u++)
            {
                if (tokens.IsSymbolIn(u, ";:؛—–"))
                    return true;
            }

            return false;
        }

        /// <summary>A past form earlier in the sentence: a participle clause after it tells of the same past.</summary>
        private bool PastFormBefore(int a, int i)
        {
            for (var t = a; t < i; t++)
            {
                if (IsPastForm(t) && mentionOf[t] < 0)
                    return true;
            }

            return false;
        }

        /// <summary>A date after "since" (or holding it): how long a state has lasted.</summary>
        private bool IsSinceDate(int token) =>
            token >= 0 && (Word(token).Is(EventRole.Since) || (token > 0 && Word(token - 1).Is(EventRole.Since)));

        private static int Distance(Trigger t, int token) => token < t.Start ? t.Start - token : token - t.End + 1;

        /// <summary>The nearest DATE timex in the trigger's clause, within <paramref name="reach"/> tokens.</summary>
        private (string? Value, int Token) NearestClauseDate(int start, int end, int a, int b, int reach, bool blockers, bool blockAfter = false)
        {
            var id = clause[start];
            string? best = null;
            var bestToken = -1;
            var bestDistance = int.MaxValue;
            for (var t = end; t < b && t - end < reach && clause[t] == id; t++)
            {
                if (timexOf[t] >= 0)
                {
                    (best, bestToken, bestDistance) = (dateValues[timexOf[t]], t, t - end + 1);
                    break;
                }

                // A verb between the trigger and a later date owns it ("the order he issued on March 15").
                if ((blockers || blockAfter) && Blocks(t) && !(t == end && IsPastForm(t)))
                    break;
            }

            for (var t = start - 1; t >= a && start - t < Math.Min(reach, bestDistance) && clause[t] == id; t--)
            {
                if (timexOf[t] >= 0)
                {
                    var k = timexOf[t];
                    var first = t;
                    while (first > a && timexOf[first - 1] == k)
                        first--;
                    return (dateValues[k], first);
                }

                if (blockers && Blocks(t))
                    break;
            }

            return (best, bestToken);
        }

        /// <summary>A verb-like word between a noun trigger and a date: the date belongs to another predicate.</summary>
        private bool Blocks(int t) =>
            tokens[t].Kind == TokenKind.Word
            && (Word(t).Is(EventRole.PassiveAuxiliary | EventRole.Auxiliary | EventRole.Modal | EventRole.Future)
                || (IsPastForm(t) && mentionOf[t] < 0)
                || (mentionOf[t] < 0 && triggerAt[t] && ArabicWords.IsArabic(tokens.Chars(t))));

        // ---- actors, summary, evidence ---------------------------------------------------------------------------

        /// <summary>
        /// The actor and target of a trigger; false when its subject is the first person (the author or a quoted
        /// speaker), which makes it no event of the ledger. A verb coordinated with the one before it ("condemned the
        /// arrests and called on …") shares its subject.
        /// </summary>
        private bool Participants(Trigger t, int a, int b, (bool Found, bool Named, string? Actor) previous, out string? actor, out string? target)
        {
            target = null;
            if (!t.Candidate.IsNoun && !t.Adjectival && previous.Found && PrevWord(t.Start) is var p && p >= a && Word(p).Is(EventRole.Coordinator)
                && !IsPassive(t.Start, a))
            {
                actor = previous.Actor;
                target = MentionAfter(t.End, b, 10, actor);
                return previous.Named;
            }

            if (t.Candidate.IsNoun && ArabicWords.IsArabic(tokens.Chars(t.Start)) && ActorNounAfter(t.End, b) is var following && following >= 0)
            {
                // "زيارة قاآني إلى بغداد", "انسحاب نواب الكتلة الصدرية": the actor follows its deed's noun.
                actor = ActorAt(following);
                var end = following;
                while (end < b && mentionOf[end] == mentionOf[following])
                    end++;
                target = MentionAfter(end, b, 8, actor);
            }
            else if (t.Candidate.IsNoun)
            {
                if (!NounActor(t, a, out actor))
                    return false;
                actor = AgentAfter(t.End, b, 6) ?? actor;
                target = MentionAfter(t.End, b, 8, actor);

                // "وقال السوداني، في مؤتمر صحفي …": a statement after an attribution word is the speaker's named before it.
                if (actor is null && ArabicWords.IsArabic(tokens.Chars(t.Start)) && PrevWord(t.Start) is var attribution && IsStatementPhrase(attribution))
                {
                    var speaker = attribution - 1;
                    if (speaker >= a && tokens.IsSymbolIn(speaker, "،,"))
                    {
                        // "قالت عصائب أهل الحق، الحركة التي انشقت عن التيار الصدري، في بيان": the name before the apposition.
                        var opening = speaker - 1;
                        while (opening > a && opening > speaker - 25 && !tokens.IsSymbolIn(opening, "،,"))
                            opening--;
                        speaker = opening > a && tokens.IsSymbolIn(opening, "،,") && mentionOf[opening - 1] >= 0 ? opening - 1 : speaker - 1;
                    }

                    if (speaker >= a && mentionOf[speaker] >= 0)
                        actor = mentions[mentionOf[speaker]].ActorId;
                }

                // "In a statement on Saturday, Sadr thanked …": a noun in a fronted phrase belongs to the subject after it.
                if (actor is null && clause[t.Start] == clause[a] && Word(a).Is(EventRole.Fronting) && SubjectAfterFirstClause(a, b, t.End) is var (found, named))
                {
                    actor = found;
                    return named;
                }
            }
            else if (t.Adjectival || IsPassive(t.Start, a))
            {
                actor = AgentAfter(t.End, b, 15);
                target = t.Adjectival ? null : PassiveSubject(t.Start, a);
            }
            else if (ArabicWords.IsArabic(tokens.Chars(t.Start)) && SubjectAfterArabicVerb(t.Start, t.End, a, b) is var (after, subjectEnd) && after is not null)
            {
                // Verb–subject–object: "أمر زعيم التيار الصدري مقتدى الصدر، أمس، سرايا السلام …".
                actor = after;
                var objectStart = ArabicObjectStart(t.Start, t.End, a, b, out _);
                target = MentionAfter(subjectEnd, b, 10, actor) ?? (objectStart != subjectEnd ? MentionAfter(objectStart, b, 10, actor, ownClause: true) : null);
            }
            else
            {
                if (!Subject(t, a, b, out actor))
                    return false;
                target = MentionAfter(t.End, b, 10, actor);
            }

            return true;
        }

        /// <summary>
        /// The subject of an Arabic verb that stands first: no actor right before the verb, and an actor within three
        /// words after it, in its clause (a date or an adverbial phrase such as "على إثره" may stand between; "مئات من"
        /// counts its subject). A title, a group and a person ("الأمين العام لحركة النجباء الشيخ أكرم الكعبي") give the
        /// person; a definite head noun ("السرايا") the organisation it heads. Returns the subject and the token after
        /// it, or null when the verb does not stand first.
        /// </summary>
        private (string? Actor, int End) SubjectAfterArabicVerb(int start, int end, int a, int b)
        {
            var before = start - 1;
            while (before >= a && IsAdverb(before))
                before--;
            if (before >= a && (mentionOf[before] >= 0 || DefiniteHeadActor(before) is not null))
                return (null, end);
            var id = clause[start];
            var words = 0;
            for (var u = end; u < b && clause[u] == id && words <= 3; u++)
            {
                if (mentionOf[u] < 0)
                {
                    if (anyTimex[u])
                        continue;
                    if (AdverbialPhraseEnd(u, b) is var phrase && phrase > u)
                    {
                        u = phrase - 1;
                        continue;
                    }

                    if (words == 0 && DefiniteHeadActor(u) is { } head)
                        return (head, u + 1);
                    if (Word(u).Is(EventRole.Function) && u > end && Word(u - 1).Is(EventRole.Quantifier))
                        continue;
                    if (tokens[u].Kind != TokenKind.Word || Word(u).Is(EventRole.Function | EventRole.Complementizer) || entries[u]?.Triggers.Length > 0)
                        return (null, end);
                    words++;
                    continue;
                }

                var k = mentionOf[u];
                var last = u;
                while (last < b && mentionOf[last] == k)
                    last++;
                if (!(actorTypes.TryGetValue(mentions[k].ActorId, out var first) && first == ActorType.Person) && PersonAfter(last, b) is var (person, personEnd) && person is not null)
                    return (person, personEnd);
                if (u > end && Word(u - 1).Is(EventRole.Follower))
                    return (ActorAt(u), last);
                return (mentions[k].ActorId, last);
            }

            return (null, end);
        }

        /// <summary>
        /// The first token of the actor named right after an Arabic noun, or in the construct after one plain noun
        /// ("انسحاب نواب الكتلة الصدرية", the withdrawal of the Sadrist bloc's MPs), else -1.
        /// </summary>
        private int ActorNounAfter(int u, int b)
        {
            if (u >= b)
                return -1;
            if (mentionOf[u] >= 0)
                return u;
            var plain = tokens[u].Kind == TokenKind.Word && ArabicWords.IsArabic(tokens.Chars(u)) && !anyTimex[u] && entries[u]?.Triggers is not { Length: > 0 }
                && (Word(u).Roles & ~EventRole.Follower) == EventRole.None;
            return plain && u + 1 < b && mentionOf[u + 1] >= 0 ? u + 1 : -1;
        }

        /// <summary>
        /// The actor named at token <paramref name="u"/>; after a word for followers ("أنصار الصدر"), a leader's
        /// followers act as the movement he leads (from the gazetteer's relations).
        /// </summary>
        private string ActorAt(int u)
        {
            var id = mentions[mentionOf[u]].ActorId;
            var first = u;
            while (first > 0 && mentionOf[first - 1] == mentionOf[u])
                first--;
            if (first > 0 && Word(first - 1).Is(EventRole.Follower) && actorTypes.TryGetValue(id, out var type) && type == ActorType.Person)
                return MovementLedBy(id) ?? id;
            return id;
        }

        private static readonly Lazy<FrozenDictionary<string, string>> Movements = new(() =>
        {
            // A leader's movement: the group he leads that is not itself the wing or part of another group he leads.
            var relations = Gazetteer.Default.Relations;
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var led in relations.Where(r => r.Predicate == RelationKind.Leads).GroupBy(r => r.Subject))
            {
                var groups = led.Select(r => r.Object).ToHashSet(StringComparer.Ordinal);
                var main = groups.FirstOrDefault(g => !relations.Any(r => r.Subject == g && groups.Contains(r.Object) && r.Predicate is RelationKind.ArmedWingOf or RelationKind.PartOf));
                if (main is not null)
                    result[led.Key] = main;
            }

            return result.ToFrozenDictionary(StringComparer.Ordinal);
        });

        private static string? MovementLedBy(string person) => Movements.Value.TryGetValue(person, out var movement) ? movement : null;

        /// <summary>A person named at <paramref name="u"/>, or after titles there ("الشيخ أكرم الكعبي"): the person and the token after the name.</summary>
        private (string? Person, int End) PersonAfter(int u, int b)
        {
            for (var p = u; p < b && p <= u + 3; p++)
            {
                if (mentionOf[p] < 0)
                {
                    if (tokens[p].Kind != TokenKind.Word)
                        return (null, u);
                    continue;
                }

                if (!(actorTypes.TryGetValue(mentions[mentionOf[p]].ActorId, out var type) && type == ActorType.Person))
                    return (null, u);

                // The words between the group and the person must be titles.
                if (p > u && NameTitles.Before(text, mentions[mentionOf[p]].Span.Start, NameLexicon.Default, anyCase: true).Start != tokens[u].Start
                    && !(mentions[mentionOf[p]].Span.Start <= tokens[u].Start))
                    return (null, u);
                var k = mentionOf[p];
                var end = p;
                while (end < b && mentionOf[end] == k)
                    end++;
                return (mentions[k].ActorId, end);
            }

            return (null, u);
        }

        /// <summary>The end of an adverbial phrase of several words starting at <paramref name="u"/> ("على إثره"), else <paramref name="u"/>.</summary>
        private int AdverbialPhraseEnd(int u, int b)
        {
            foreach (var phrase in lexicon.AdverbialPhrases)
            {
                if (u + phrase.Length > b || !SameWord(u, phrase[0]))
                    continue;
                var k = 1;
                while (k < phrase.Length && SameWord(u + k, phrase[k]))
                    k++;
                if (k == phrase.Length)
                    return u + k;
            }

            return u;
        }

        /// <summary>
        /// An Arabic definite noun that is the head of an organisation's name mentioned before ("السرايا" after "سرايا
        /// السلام", "التحالف" after "التحالف الدولي"): that organisation. A name whose first word is the same definite
        /// word is preferred (within the last 6,000 characters); a name headed by the bare noun counts within the last 1,500.
        /// </summary>
        private string? DefiniteHeadActor(int u)
        {
            if (u < 0 || u >= count || mentionOf[u] >= 0 || tokens[u].Kind != TokenKind.Word || anyTimex[u] || entries[u]?.Triggers.Length > 0 || Word(u).Roles != EventRole.None)
                return null;
            var w = tokens.Chars(u);
            if (!ArabicWords.IsArabic(w) || w.Length > ArabicWords.MaxLength)
                return null;
            Span<char> buffer = stackalloc char[ArabicWords.MaxLength];
            var n = ArabicWords.Fold(w, buffer);
            if (n <= 0)
                return null;
            var folded = buffer[..n];
            if (folded[0] is 'و' or 'ف')
                folded = folded[1..];
            if (folded.Length < 5 || !folded.StartsWith("ال", StringComparison.Ordinal))
                return null;
            var stem = folded[2..];
            Span<char> other = stackalloc char[ArabicWords.MaxLength];
            string? construct = null;
            for (var k = UpperBound(tokens[u].Start) - 1; k >= 0 && tokens[u].Start - mentions[k].Span.Start <= 6000; k--)
            {
                var m = mentions[k];
                if (actorTypes.TryGetValue(m.ActorId, out var type) && type == ActorType.Person)
                    continue;
                // The name's first word as written, with its proclitics ("للتحالف الدولي").
                var first = tokens.IndexAtOrAfter(m.Span.Start);
                if (first >= count || first + 1 >= count || tokens[first + 1].Start >= m.Span.End || tokens.Chars(first).Length > ArabicWords.MaxLength || !ArabicWords.IsArabic(tokens.Chars(first)))
                    continue;
                var h = ArabicWords.Fold(tokens.Chars(first), other);
                if (h <= 0 || !ArabicWords.Stem(other[..h]).SequenceEqual(stem))
                    continue;
                if (ArabicWords.IsDefinite(other[..h]))
                    return m.ActorId;
                if (construct is null && tokens[u].Start - m.Span.Start <= 1500)
                    construct = m.ActorId;
            }

            return construct;
        }

        /// <summary>
        /// Where an Arabic verb's object begins: after its subject when the verb stands first, then after the asides set
        /// off by commas or brackets (a date "، أمس الجمعة،", an apposition "، الجناح المسلح للتيار الصدري،", a relative
        /// clause, a statement "، في بيان مشترك،") and a date standing before the object. <paramref name="asideDate"/>
        /// is the first token of such a date, or of a date inside a statement aside, else -1; a date inside any other
        /// aside (a relative clause "، التي انشقت … عام 2013،") belongs to it.
        /// </summary>
        private int ArabicObjectStart(int start, int end, int a, int b, out int asideDate)
        {
            asideDate = -1;
            var u = end;
            if (SubjectAfterArabicVerb(start, end, a, b) is var (subject, subjectEnd) && subject is not null)
                u = subjectEnd;

            // "الحكومتان العراقية والأمريكية": the subject goes on over the names joined to it.
            while (u < b && u > end && mentionOf[u] >= 0)
                u++;
            for (var asides = 0; asides < 4 && u + 1 < b && tokens.IsSymbolIn(u, "،,("); asides++)
            {
                var bracket = tokens.IsSymbol(u, '(');

                // After the first aside, a comma opens another only if what follows looks like one; else the object.
                if (asides > 0 && !bracket && !LooksLikeAsideAfter(u + 1, b))
                {
                    u++;
                    break;
                }

                var close = u + 1;
                while (close < b && close - u <= 16 && !(tokens[close].Kind == TokenKind.Symbol && IsClauseMark(close)))
                    close++;
                if (close >= b || close - u > 16 || close == u + 1 || !(bracket ? tokens.IsSymbol(close, ')') : tokens.IsSymbolIn(close, "،,")))
                    break;

                // A clause that opens with a verb trigger joined by و or ف is coordinated, not an aside.
                if (!bracket && entries[u + 1]?.Triggers is { Length: > 0 } opening && !opening[0].IsNoun && tokens.Chars(u + 1)[0] is 'و' or 'ف')
                    break;
                var onlyDate = true;
                for (var v = u + 1; v < close && onlyDate; v++)
                    onlyDate = anyTimex[v] || Word(v).Is(EventRole.DatePreposition);
                if ((onlyDate || IsStatementPhrase(u + 1)) && asideDate < 0)
                {
                    for (var v = u + 1; v < close && asideDate < 0; v++)
                        asideDate = timexOf[v] >= 0 ? v : -1;
                }

                u = bracket ? close + 1 : close;
            }

            while (u < b && (anyTimex[u] || (Word(u).Is(EventRole.DatePreposition) && u + 1 < b && anyTimex[u + 1])))
            {
                if (asideDate < 0 && timexOf[u] >= 0)
                    asideDate = u;
                u++;
            }

            return u;
        }

        /// <summary>Whether the words from <paramref name="u"/> to the next comma form another aside (a date, a statement, a relative clause) rather than the object.</summary>
        private bool LooksLikeAsideAfter(int u, int b)
        {
            var close = u;
            while (close < b && close - u <= 16 && !(tokens[close].Kind == TokenKind.Symbol && IsClauseMark(close)))
                close++;
            if (close >= b || close == u || !tokens.IsSymbolIn(close, "،,"))
                return false;
            if (IsStatementPhrase(u) || Word(u).Is(EventRole.Relative))
                return true;
            for (var v = u; v < close; v++)
            {
                if (!anyTimex[v] && !Word(v).Is(EventRole.DatePreposition))
                    return false;
            }

            return true;
        }

        /// <summary>"في بيان", "وفقاً لبيان": an attribution word and a statement noun at <paramref name="u"/>.</summary>
        private bool IsStatementPhrase(int u) =>
            u >= 0 && u + 1 < count && Word(u).Is(EventRole.Attribution) && entries[u + 1]?.Triggers is { Length: > 0 } said && said[0].IsNoun && said[0].Row.Type == EventType.Statement;

        private bool IsPassive(int i, int a) => PassiveAuxiliaryOf(i, a) >= 0 || AdjectivalAfterDeterminer(i, a);

        /// <summary>The "was" of "was assassinated" (adverbs and "has been" may stand between), or -1.</summary>
        private int PassiveAuxiliaryOf(int i, int a)
        {
            var p = i - 1;
            while (p >= a && tokens[p].Kind == TokenKind.Word && (IsAdverb(p) || Word(p).Is(EventRole.Auxiliary)) && !Word(p).Is(EventRole.PassiveAuxiliary))
                p--;
            return p >= a && tokens[p].Kind == TokenKind.Word && Word(p).Is(EventRole.PassiveAuxiliary) ? p : -1;
        }

        private bool AdjectivalAfterDeterminer(int i, int a)
        {
            var p = i - 1;
            while (p >= a && tokens[p].Kind == TokenKind.Word && IsAdverb(p))
                p--;
            return p >= a && p < i - 1 && Word(p).Is(EventRole.Determiner);
        }

        /// <summary>"Hadi was arrested": the actor named just before the auxiliary of a passive, if any.</summary>
        private string? PassiveSubject(int i, int a)
        {
            var p = i - 1;
            while (p >= a && tokens[p].Kind == TokenKind.Word && !Word(p).Is(EventRole.PassiveAuxiliary))
                p--;
            for (var u = p - 1; u >= a && u >= p - 3; u--)
            {
                if (mentionOf[u] >= 0)
                    return mentions[mentionOf[u]].ActorId;
                if (tokens[u].Kind == TokenKind.Symbol && IsClauseMark(u))
                    break;
            }

            return null;
        }

        /// <summary>The actor after an agent preposition ("by X") after the trigger, in its clause.</summary>
        private string? AgentAfter(int end, int b, int reach)
        {
            if (end >= b)
                return null;
            var id = clause[end - 1];
            for (var t = end; t < b && t < end + reach && clause[t] == id; t++)
            {
                if (!Word(t).Is(EventRole.Agent))
                    continue;
                for (var u = t + 1; u < b && u <= t + 4 && clause[u] == id; u++)
                {
                    if (mentionOf[u] >= 0)
                        return mentions[mentionOf[u]].ActorId;
                }
            }

            return null;
        }

        /// <summary>The first actor named after the trigger in its clause (not a by-agent, not the actor).</summary>
        private string? MentionAfter(int end, int b, int reach, string? actor, bool ownClause = false)
        {
            if (end >= b)
                return null;
            var id = ownClause ? clause[end] : clause[end - 1];
            for (var t = end; t < b && t < end + reach && clause[t] == id; t++)
            {
                if (Word(t).Is(EventRole.Agent | EventRole.Complementizer))
                    return null;
                if (mentionOf[t] >= 0 && mentions[mentionOf[t]].ActorId != actor)
                    return mentions[mentionOf[t]].ActorId;
            }

            return null;
        }

        /// <summary>A noun's actor: "Moqtada's removal", "his removal", "U.S. strike", "Hezbollah attack". False = first person.</summary>
        private bool NounActor(Trigger t, int a, out string? actor)
        {
            actor = null;
            for (var p = t.Start - 1; p >= a && p >= t.Start - 7; p--)
            {
                if (anyTimex[p] || tokens.IsSymbolIn(p, Apostrophes) || (tokens[p].Kind == TokenKind.Number))
                    continue;
                if (mentionOf[p] >= 0)
                {
                    var m = mentions[mentionOf[p]];
                    var adjacent = p == t.Start - 1;
                    if (IsPossessiveAt(p + 1) || m.Kind == MentionKind.Adjective || adjacent)
                        actor = m.ActorId;
                    return true;
                }

                if (tokens[p].Kind != TokenKind.Word)
                    return true;
                var w = Word(p);
                if (w.Is(EventRole.Possessive))
                {
                    if (w.Pronoun == PronounKind.FirstPerson)
                        return false;
                    actor = Resolve(w.Pronoun, tokens[p].Start);
                    return true;
                }

                if (w.Is(EventRole.PossessiveClitic) && p > 0 && tokens.IsSymbolIn(p - 1, Apostrophes))
                    continue;
                if (w.Is(EventRole.Determiner | EventRole.Demonstrative | EventRole.Function) || tokens[p].Capitalized)
                    return true;
            }

            return true;
        }

        /// <summary>"X's": an apostrophe and the possessive clitic at <paramref name="i"/>.</summary>
        private bool IsPossessiveAt(int i)
        {
            var j = i;
            while (j < count && mentionOf[j] >= 0 && j > 0 && mentionOf[j] == mentionOf[j - 1])
                j++;
            return j + 1 < count && tokens.IsSymbolIn(j, Apostrophes) && Word(j + 1).Is(EventRole.PossessiveClitic) && tokens[j + 1].Joined;
        }

        /// <summary>The subject of a verb trigger; false when it is the first person (the author or a quoted speaker).</summary>
        private bool Subject(Trigger t, int a, int b, out string? actor)
        {
            actor = null;
            var clauseStart = FirstOfClause(t.Start);
            var gerund = t.Candidate.Form == TriggerForm.Gerund;

            // "By taking charge of …, he …": the subject follows the fronted clause.
            if (gerund && clause[t.Start] == clause[a] && Word(a).Is(EventRole.Fronting))
            {
                if (SubjectAfterFirstClause(a, b, t.End) is var (found, named))
                {
                    actor = found;
                    return named;
                }

                return true;
            }

            // ", stating that …": a participle clause shares the sentence's subject.
            if (IsParticipleClause(t, a))
            {
                for (var u = a; u < clauseStart; u++)
                {
                    if (SubjectAt(u, out var found) is { } verdict)
                    {
                        actor = found;
                        return verdict;
                    }
                }

                return true;
            }

            // "Asa'ib Ahl al-Haq, the faction … that split from the Sadrist movement, said …": the subject is named
            // before the parenthesis the verb follows.
            var before = SkipAdverbsAndDate(t.Start - 1, a);
            if (before > a && tokens.IsSymbol(before, ','))
            {
                var opening = before - 1;
                while (opening > a && opening > before - 30 && !tokens.IsSymbol(opening, ',') && !(tokens[opening].Kind == TokenKind.Symbol && IsClauseMark(opening)))
                    opening--;
                if (opening > a && tokens.IsSymbol(opening, ',') && SubjectAt(opening - 1, out var named) is { } verdict)
                {
                    actor = named;
                    return verdict;
                }
            }

            for (var u = t.Start - 1; u >= a && u >= t.Start - 20; u--)
            {
                if (tokens[u].Kind == TokenKind.Symbol && IsClauseMark(u) && !tokens.IsSymbol(u, ','))
                    break;
                if (SubjectAt(u, out var found) is { } verdict)
                {
                    actor = found;
                    return verdict;
                }

                // "the bloc will meet …": the subject is a noun phrase that names no actor; an appositive
                // ("Karimi, then a junior deputy, backed …") does not count.
                if (Word(u).Is(EventRole.Determiner) && mentionOf[u] < 0)
                {
                    var comma = u - 1;
                    while (comma >= a && comma >= u - 4 && !tokens.IsSymbol(comma, ','))
                        comma--;
                    if (comma < a || comma < u - 4 || comma == a || mentionOf[comma - 1] < 0)
                        break;
                    u = comma;
                }
            }

            return true;
        }

        /// <summary>
        /// The token before adverbs and a date phrase that end just before <paramref name="i"/> + 1 ("X, the faction …,
        /// on Saturday handed"): where a parenthesis before the verb would close.
        /// </summary>
        private int SkipAdverbsAndDate(int i, int a)
        {
            while (i > a)
            {
                if (IsAdverb(i))
                {
                    i--;
                    continue;
                }

                if (timexOf[i] >= 0)
                {
                    var k = timexOf[i];
                    while (i > a && timexOf[i] == k)
                        i--;
                    while (i > a && Word(i).Is(EventRole.DatePreposition) && timexOf[i] < 0)
                        i--;
                    continue;
                }

                break;
            }

            return i;
        }

        /// <summary>The subject named in the four words after the sentence's first clause, or null when none is.</summary>
        private (string? Actor, bool Named)? SubjectAfterFirstClause(int a, int b, int from)
        {
            var first = clause[a];
            var u = from;
            while (u < b && clause[u] == first)
                u++;
            for (var end = u + 4; u < b && u < end; u++)
            {
                if (SubjectAt(u, out var found) is { } verdict)
                    return (found, verdict);
            }

            return null;
        }

        /// <summary>A gerund opening a clause after the first (", subsequently stating …").</summary>
        private bool IsParticipleClause(Trigger t, int a)
        {
            if (t.Candidate.Form != TriggerForm.Gerund)
                return false;
            var clauseStart = FirstOfClause(t.Start);
            if (clauseStart <= a)
                return false;
            for (var u = clauseStart; u < t.Start; u++)
            {
                if (!IsAdverb(u) && !Word(u).Is(EventRole.Auxiliary))
                    return false;
            }

            return true;
        }

        /// <summary>Whether token <paramref name="u"/> names a subject: null = no; false = first person; true = <paramref name="actor"/>.</summary>
        private bool? SubjectAt(int u, out string? actor)
        {
            actor = null;
            if (mentionOf[u] >= 0)
            {
                // "Iran-backed militias": a name inside a hyphenated modifier is not the subject.
                var last = u;
                while (last + 1 < count && mentionOf[last + 1] == mentionOf[u])
                    last++;
                if (last + 2 < count && tokens.IsSymbol(last + 1, '-') && tokens[last + 1].Joined && tokens[last + 2].Joined)
                    return null;
                actor = mentions[mentionOf[u]].ActorId;
                return true;
            }

            var w = Word(u);

            // "السرايا", "التحالف": the head of an organisation's name, with the article, names it.
            if (DefiniteHeadActor(u) is { } head)
            {
                actor = head;
                return true;
            }

            // "the cleric", "the group": a definite role noun refers back like a pronoun.
            if (w.Is(EventRole.RoleNoun) && u > 0 && Word(u - 1).Is(EventRole.Definite) && (actor = Resolve(w.Pronoun, tokens[u].Start)) is not null)
                return true;
            if (!w.Is(EventRole.Pronoun))
                return null;
            if (w.Pronoun == PronounKind.FirstPerson)
                return false;
            actor = Resolve(w.Pronoun, tokens[u].Start);
            return true;
        }

        /// <summary>The last actor named before <paramref name="position"/> that a pronoun of <paramref name="kind"/> can stand for.</summary>
        private string? Resolve(PronounKind kind, int position)
        {
            var k = UpperBound(position) - 1;
            for (; k >= 0 && position - mentions[k].Span.Start <= 1500; k--)
            {
                var m = mentions[k];
                var known = actorTypes.TryGetValue(m.ActorId, out var type);
                var fits = kind switch
                {
                    PronounKind.Person => known && type == ActorType.Person && m.Kind == MentionKind.Name,
                    PronounKind.Group => !known || type != ActorType.Person || m.Kind == MentionKind.Member,
                    _ => false,
                };
                if (fits)
                    return m.ActorId;
            }

            return null;
        }

        private int UpperBound(int position)
        {
            int lo = 0, hi = mentions.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (mentions[mid].Span.Start < position)
                    lo = mid + 1;
                else
                    hi = mid;
            }

            return lo;
        }

        /// <summary>
        /// The trigger with its object, verbatim, at most twelve words: from the first modifier of a noun ("rocket
        /// attack on the U.S. Embassy in Baghdad") or from the verb ("taking charge of the Friday marches"), stopping
        /// at the end of the clause, at a date, or before "and" opening a new phrase.
        /// </summary>
        private string Summary(Trigger t, int a, int b)
        {
            var start = t.Start;

            // An Arabic noun's modifiers follow it ("الهجوم الصاروخي"): the summary starts at the noun.
            if (t.Candidate.IsNoun && !ArabicWords.IsArabic(tokens.Chars(t.Start)))
            {
                while (start - 1 >= a && tokens[start - 1].Kind == TokenKind.Word && !tokens[start - 1].Capitalized
                       && !Word(start - 1).Is(EventRole.Function | EventRole.Determiner | EventRole.Possessive | EventRole.Demonstrative | EventRole.PossessiveClitic)
                       && mentionOf[start - 1] < 0 && !anyTimex[start - 1])
                    start--;
            }

            // Runs of tokens to keep: the trigger and what follows it, leaving out date adjuncts ("on January 25").
            var id = clause[t.Start];
            var runs = summaryRuns;
            runs.Clear();
            runs.Add((start, t.End - 1));
            var wordsSeen = 0;
            for (var u = start; u < t.End; u++)
                wordsSeen += tokens[u].Kind == TokenKind.Word ? 1 : 0;
            for (var u = t.End; u < b && clause[u] == id && wordsSeen < 12; u++)
            {
                if ((tokens[u].Kind == TokenKind.Symbol && IsClauseMark(u)) || EndsSentence(u, b))
                    break;
                if (Word(u).Is(EventRole.Coordinator) && u + 1 < b && (Word(u + 1).Is(EventRole.Determiner | EventRole.Possessive | EventRole.Pronoun | EventRole.Auxiliary | EventRole.Adverb) || anyTimex[u + 1]))
                    break;

                // A noun's phrase ends where its clause's verb begins: "visit to Ankara | was brief".
                if (t.Candidate.IsNoun && (Word(u).Is(EventRole.PassiveAuxiliary | EventRole.Auxiliary | EventRole.Modal | EventRole.Future) || (IsPastForm(u) && mentionOf[u] < 0)))
                    break;
                // A date adjunct ("on January 25") is left out; a date inside the object ("the Friday marches") is kept.
                var insideObject = anyTimex[u] && (u > t.End && anyTimex[u - 1] ? true : u > 0 && Word(u - 1).Is(EventRole.Determiner | EventRole.Possessive));
                var adjunct = (anyTimex[u] && !insideObject)
                    || (Word(u).Is(EventRole.Function) && !Word(u).Is(EventRole.Determiner) && u + 1 < b && anyTimex[u + 1] && !anyTimex[u]);
                if (adjunct)
                {
                    while (u + 1 < b && anyTimex[u + 1])
                        u++;
                    continue;
                }

                if (runs[^1].Last == u - 1)
                    runs[^1] = (runs[^1].First, u);
                else
                    runs.Add((u, u));
                if (tokens[u].Kind == TokenKind.Word)
                    wordsSeen++;
            }

            // Drop trailing function words and punctuation.
            while (runs.Count > 0)
            {
                var (first, last) = runs[^1];
                while (last >= first && last >= t.End
                       && ((Word(last).Is(EventRole.Function | EventRole.Determiner | EventRole.Coordinator) && !Word(last).Is(EventRole.Particle))
                           || (tokens[last].Kind == TokenKind.Symbol && !tokens.IsSymbol(last, '.'))))
                    last--;
                if (last >= first)
                {
                    runs[^1] = (first, last);
                    break;
                }

                runs.RemoveAt(runs.Count - 1);
            }

            var sb = summaryText.Clear();
            foreach (var (first, last) in runs)
            {
                if (sb.Length > 0)
                    sb.Append(' ');
                AppendCollapsed(sb, text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start));
            }

            return sb.ToString();
        }

        private static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> raw)
        {
            var space = false;
            foreach (var c in raw)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                    sb.Append(' ');
                space = false;
                sb.Append(c);
            }
        }

        private bool EndsSentence(int u, int b) =>
            u == b - 1 && tokens[u].Kind == TokenKind.Symbol && tokens.IsSymbolIn(u, ".!?؟…");
    }
}
