using System.Buffers;
using System.Collections.Immutable;
using Daftar.Domain;
using NodaTime;

namespace Daftar.Extraction.Dates;

/// <summary>
/// Finds temporal expressions in clean text and gives each its TIMEX3 type and value, normalised against the
/// publication date (the document creation time, DCT).
/// </summary>
/// <remarks>
/// <para>One left-to-right pass over the tokens of the text. At each token every rule is tried and the longest match
/// wins ("Thursday, January 30" over "January 30", "the first fifteen months" over "fifteen months"); the scan then
/// resumes after it, so timexes never overlap. Words are looked up in <see cref="DateLexicon"/>, whose tables are
/// per language (<see cref="EnglishDateTables"/>, <see cref="ArabicDateTables"/>); the rules here name no word of any
/// language.</para>
/// <para>Values: absolute dates are exact. A month and day without a year takes the year that puts it nearest the
/// DCT; when that is more than a week away, a tense cue in the sentence (future: "will", "next", "as soon as", "by";
/// past: "last", "ago", past-tense verbs) moves it to the nearest year on that side. A weekday alone is the nearest
/// one on or before the DCT unless a future cue says after; a weekday with a date picks the year where the two agree.
/// Without a DCT: dates without a year are "XXXX-MM-DD", "XXXX-MM"; a weekday alone is "XXXX-WXX-5"; expressions
/// counted from the DCT ("yesterday", "last week", "two days ago", "this year") are left out; durations and the
/// PRESENT_REF / PAST_REF / FUTURE_REF references are kept.</para>
/// <para>Choices: a possessive "today's" is tagged only before a specific event noun ("today's vote", not "today's
/// Iraq"); "now" only when its sentence holds another timex (a contrast such as "was 30 in 2003, is now 46", not the
/// discourse "what now remains"); "most recently" is not tagged; "N units later" is a DURATION whose span keeps the
/// approximator and "later" ("Almost two decades later" = P2DE); ages ("30 years old") are not durations; Hijri dates
/// with a day and year are converted with NodaTime's Umm al-Qura calendar.</para>
/// <para>Arabic (<see cref="ArabicDateTables"/>) goes through the same rules: the lexicon folds its words as search
/// does and strips attached proclitics (و ف ب ل ك, لل), and the rules also read the head-first orders Arabic uses
/// ("الأسبوع الماضي", "قبل يومين", "مساء أمس", "القرن العشرين"). Spans: a separate preposition ("في", "خلال") is left
/// out, as English "on"; an attached proclitic stays inside its word ("بالأمس", "للعام المقبل"), since a span never
/// splits a word; a noun in construct before the date is part of it ("يوم السبت", "شهر آذار", "عام ٢٠١٤"), as are an
/// era marker ("٢٠٢٤م", "١٤٤٥ هـ") and the same month named in the other naming system ("آذار/مارس"). A day
/// ("أمس") and a weekday or date in apposition that agree with it are one timex ("أمس الجمعة ٥ رمضان ١٤٤٥هـ").
/// Hijri months and years become the Gregorian month or year holding most of them (<see cref="TimexValues"/>);
/// "بعد يومين" is a duration, like "two days later"; ambiguous numeric dates in Arabic text are read day first.</para>
/// <para>Text = exactly <c>text[Start..End]</c>.</para>
/// </remarks>
public static class TimexTagger
{
    /// <summary>The timexes of <paramref name="text"/>, in text order, not overlapping.</summary>
    /// <param name="published">The document creation time, or null when unknown.</param>
    public static ImmutableArray<TimexAnnotation> Tag(string text, LocalDate? published) =>
        Tag(text, published, DateLexicon.Default);

    internal static ImmutableArray<TimexAnnotation> Tag(string text, LocalDate? published, DateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = TokenList.Create(text);
        var ids = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Count));
        var proclitics = ArrayPool<Proclitic>.Shared.Rent(Math.Max(1, tokens.Count));
        try
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                proclitics[i] = Proclitic.None;
                ids[i] = tokens[i].Kind == TokenKind.Word ? lexicon.Find(tokens.Chars(i), out proclitics[i]) : 0;
            }

            return new Scanner(text, tokens, ids, proclitics, lexicon, published).Run();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<Proclitic>.Shared.Return(proclitics);
        }
    }

    private struct Match
    {
        public int Start;
        public int End;
        public TimexType Type;
        public string? Value;

        /// <summary>Recognised but not a timex (an age, an ambiguous numeric date): consumed, not emitted.</summary>
        public bool Block;

        /// <summary>Kept only when its sentence holds another timex.</summary>
        public bool Anchored;
    }

    private sealed class Scanner(string text, TokenList tokens, int[] ids, Proclitic[] proclitics, DateLexicon lexicon, LocalDate? dct)
    {
        private readonly DateWord[] entries = lexicon.Entries;
        private const int CueWindow = 15;
        private const int ScriptWindow = 64;
        private readonly int count = tokens.Count;
        private LocalDate? anchorDay;
        private int anchorYear;
        private int anchorMonth;

        public ImmutableArray<TimexAnnotation> Run()
        {
            var result = ImmutableArray.CreateBuilder<TimexAnnotation>();
            List<(int Index, int Token)>? anchored = null;
            var i = 0;
            while (i < count)
            {
                var kind = tokens[i].Kind;
                if (kind == TokenKind.Symbol || (kind == TokenKind.Word && (entries[ids[i]].Roles & DateRole.Starter) == 0))
                {
                    i++;
                    continue;
                }

                var best = default(Match);
                Consider(ref best, TryNumeric(i));
                Consider(ref best, TryMonthFirst(i));
                Consider(ref best, TryDayFirst(i));
                Consider(ref best, TryWeekday(i));
                Consider(ref best, TryYear(i));
                Consider(ref best, TryCentury(i));
                Consider(ref best, TryDecade(i));
                Consider(ref best, TrySeason(i));
                Consider(ref best, TryRelativeUnit(i));
                Consider(ref best, TryDeictic(i));
                Consider(ref best, TryPhrase(i));
                Consider(ref best, TryDuration(i));
                Consider(ref best, TryBarePlural(i));
                Consider(ref best, TryEach(i));
                if (best.End <= i)
                {
                    i++;
                    continue;
                }

                if (!best.Block && best.Value is not null)
                {
                    var start = tokens[best.Start].Start;
                    var end = tokens[best.End - 1].End;
                    if (best.Anchored)
                        (anchored ??= []).Add((result.Count, best.Start));
                    result.Add(new TimexAnnotation(text[start..end], start, end, best.Type, best.Value));
                    if (best.Type == TimexType.Date)
                        RememberAnchor(best.Value);
                }

                i = best.End;
            }

            if (anchored is not null)
                DropUnanchored(result, anchored);
            return result.ToImmutable();
        }

        /// <summary>Removes the anchored timexes whose sentence holds no other timex.</summary>
        private void DropUnanchored(ImmutableArray<TimexAnnotation>.Builder result, List<(int Index, int Token)> anchored)
        {
            for (var k = anchored.Count - 1; k >= 0; k--)
            {
                var (index, token) = anchored[k];
                var first = token;
                while (first > 0 && !EndsSentence(first - 1, clauses: false))
                    first--;
                var last = token;
                while (last < count - 1 && !EndsSentence(last, clauses: false))
                    last++;
                var (from, to) = (tokens[first].Start, tokens[last].End);
                var other = false;
                for (var j = index - 1; j >= 0 && result[j].End > from && !other; j--)
                    other = !IsAnchoredAt(anchored, j);
                for (var j = index + 1; j < result.Count && result[j].Start < to && !other; j++)
                    other = !IsAnchoredAt(anchored, j);
                if (!other)
                    result.RemoveAt(index);
            }
        }

        private static bool IsAnchoredAt(List<(int Index, int Token)> anchored, int index)
        {
            foreach (var (i, _) in anchored)
            {
                if (i == index)
                    return true;
            }

            return false;
        }

        private static void Consider(ref Match best, Match candidate)
        {
            if (candidate.End > best.End)
                best = candidate;
        }

        private static Match Make(int start, int end, TimexType type, string? value) =>
            new() { Start = start, End = end, Type = type, Value = value };

        private static Match Blocked(int start, int end) => new() { Start = start, End = end, Block = true };

        // ---- token helpers -------------------------------------------------------------------------------------

        private bool InRange(int i) => i >= 0 && i < count;

        private DateWord W(int i) => InRange(i) ? entries[ids[i]] : default;

        private bool Has(int i, DateRole role) => InRange(i) && (entries[ids[i]].Roles & role) != 0;

        private bool IsWord(int i) => InRange(i) && tokens[i].Kind == TokenKind.Word;

        private bool IsNumber(int i) => InRange(i) && tokens[i].Kind == TokenKind.Number;

        private bool Joined(int i) => InRange(i) && tokens[i].Joined;

        private bool IsComma(int i) => tokens.IsSymbolIn(i, ",،");

        private bool IsHyphen(int i) => tokens.IsSymbolIn(i, "-‐‑–");

        private bool IsApostrophe(int i) => tokens.IsSymbolIn(i, "'’ʼ");

        private int Digits(int i) => IsNumber(i) ? tokens[i].Length : 0;

        /// <summary>A name-like word written in lower case (cased scripts only): "may" is not the month.</summary>
        private bool Lowercase(int i) => IsWord(i) && char.IsLower(text[tokens[i].Start]);

        /// <summary>Token <paramref name="i"/> is the lexicon word of id <paramref name="id"/> (folded, proclitics stripped).</summary>
        private bool WordIs(int i, int id) => IsWord(i) && ids[i] == id;

        /// <summary>An Arabic preposition or conjunction is attached to token <paramref name="i"/> ("بآذار", "وآذار").</summary>
        private bool HasProclitic(int i, Proclitic which) => InRange(i) && (proclitics[i] & which) != 0;

        /// <summary>The word has the Arabic article ("الأسبوع"), after any proclitic: a count of one is never definite.</summary>
        private bool HasArticle(int i)
        {
            if (!IsWord(i))
                return false;
            var w = tokens.Chars(i);
            var k = (proclitics[i] & Proclitic.Conjunction) != 0 ? 1 : 0;
            if ((proclitics[i] & Proclitic.Preposition) != 0)
                k++;
            if ((proclitics[i] & Proclitic.Li) != 0 && k < w.Length - 1 && w[k] == '\u0644')
                return true; // لل: the article's alef is not written
            return k + 1 < w.Length && w[k] is '\u0627' or '\u0623' or '\u0625' or '\u0622' && w[k + 1] == '\u0644';
        }

        /// <summary>True when token <paramref name="i"/> ends a sentence (or a line ends after it); with <paramref name="clauses"/>, a semicolon too.</summary>
        private bool EndsSentence(int i, bool clauses = true)
        {
            if (!InRange(i))
                return true;
            if (i + 1 < count && tokens[i + 1].LineBefore)
                return true;
            if (tokens[i].Kind != TokenKind.Symbol || !tokens.IsSymbolIn(i, clauses ? ".!?؟;…" : ".!?؟…"))
                return false;
            if (i + 1 < count && !tokens[i + 1].SpaceBefore)
                return false;
            // "U.S." and initials: a full stop after a single letter does not end the sentence.
            return !(tokens.IsSymbol(i, '.') && i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Length == 1);
        }

        /// <summary>Part of a longer number or code: "1,999", "2.5", "10:30", "#2003", "$2003".</summary>
        private bool NumberIsGlued(int i)
        {
            if (i > 0 && tokens[i].Joined && tokens.IsSymbolIn(i - 1, ".,:/٫٬") && i > 1 && IsNumber(i - 2) && tokens[i - 1].Joined)
                return true;
            if (i > 0 && tokens.IsSymbolIn(i - 1, lexicon.CurrencySymbols))
                return true;
            if (i + 2 < count && Joined(i + 1) && tokens.IsSymbolIn(i + 1, ".,:٫٬") && IsNumber(i + 2) && Joined(i + 2))
                return true;
            if (i + 1 < count && tokens.IsSymbolIn(i + 1, "%٪"))
                return true;
            return i > 0 && tokens[i].Joined && (IsNumber(i - 1) || IsWord(i - 1));
        }

        // ---- numbers -------------------------------------------------------------------------------------------

        /// <summary>A day of the month at <paramref name="i"/>: 1–31 in at most two digits, with an optional "th".</summary>
        private int DayAt(int i, out int day, out bool ordinal)
        {
            day = 0;
            ordinal = false;
            if (!IsNumber(i) || Digits(i) > 2 || NumberIsGlued(i) && !(i > 0 && IsHyphen(i - 1)))
                return -1;
            day = tokens.NumberValue(i);
            if (day is < 1 or > 31)
                return -1;
            var end = i + 1;
            if (Joined(end) && Has(end, DateRole.OrdinalSuffix))
            {
                ordinal = true;
                end++;
            }

            // "30-member", "30:00", "24.5": not a day.
            if (InRange(end) && Joined(end) && (tokens.IsSymbolIn(end, ":.,/%٪") && IsNumber(end + 1) && Joined(end + 1)))
                return -1;
            if (InRange(end) && Joined(end) && IsHyphen(end) && IsWord(end + 1) && Joined(end + 1))
                return -1;
            return end;
        }

        /// <summary>A four-digit year number at <paramref name="i"/> (1000–2999), with no context check.</summary>
        private int YearNumberAt(int i, out int year)
        {
            year = 0;
            if (Digits(i) != 4)
                return -1;
            year = tokens.NumberValue(i);
            return year is >= 1000 and <= 2999 ? i + 1 : -1;
        }

        /// <summary>A year right after a day or a month: "January 24, 2020", "24 January 2020", "March 2024".</summary>
        private int TrailingYear(int i, out int year) => TrailingYear(i, out year, hijri: false);

        /// <summary>
        /// A year after a day or a month, also "آذار عام ٢٠٢٤" and with its era marker ("٢٠٢٤م", "١٤٤٥ هـ"), which is
        /// kept in the span: the Hijri marker after the month of a <paramref name="hijri"/> date, else the Gregorian one.
        /// </summary>
        private int TrailingYear(int i, out int year, bool hijri)
        {
            year = 0;
            var j = IsComma(i) ? i + 1 : i;
            if (Has(j, DateRole.YearNoun) && IsNumber(j + 1))
                j++;
            var end = YearNumberAt(j, out year);
            if (end < 0 || NumberIsGlued(j) || (Joined(end) && Has(end, DateRole.OrdinalSuffix)))
                return -1;
            if (Has(end, hijri ? DateRole.HijriMarker : DateRole.GregorianMarker) && !(IsWord(end + 1) && Joined(end + 1)))
                return end + 1;
            // "the 1990s" is a decade, not the year of the month before.
            if (Joined(end) && IsWord(end) && tokens[end].Length == 1)
                return -1;
            return end;
        }

        /// <summary>A month name at <paramref name="i"/> ("January", "Jan", "Jan."); returns the index after it.</summary>
        private int MonthAt(int i, out int month, out bool abbreviated) => MonthAt(i, out month, out abbreviated, out _);

        /// <summary>
        /// A month name; <paramref name="hijri"/> when it names a month of the Islamic (Umm al-Qura) calendar. The
        /// same month named again in the other naming system is part of it: "آذار/مارس", "تشرين الأول (أكتوبر)".
        /// </summary>
        private int MonthAt(int i, out int month, out bool abbreviated, out bool hijri)
        {
            var end = MonthNameAt(i, out month, out abbreviated, out hijri);
            if (end < 0)
                return -1;
            if (tokens.IsSymbol(end, '/') && MonthNameAt(end + 1, out var other, out _, out var otherHijri) is var slashed and >= 0
                && other == month && otherHijri == hijri)
                return slashed;
            if (tokens.IsSymbol(end, '(') && MonthNameAt(end + 1, out other, out _, out otherHijri) is var bracketed and >= 0
                && other == month && otherHijri == hijri && tokens.IsSymbol(bracketed, ')'))
                return bracketed + 1;
            return end;
        }

        /// <summary>Any word that can begin a month name.</summary>
        private bool StartsMonth(int i) => Has(i, DateRole.Month | DateRole.MonthAbbreviation | DateRole.HijriMonth | DateRole.MonthStart);

        /// <summary>One month name, of one word or two ("كانون الثاني", "ربيع الأول").</summary>
        private int MonthNameAt(int i, out int month, out bool abbreviated, out bool hijri)
        {
            abbreviated = false;
            if (Has(i, DateRole.MonthStart) && IsWord(i + 1) && lexicon.CompoundMonth(ids[i], ids[i + 1], out month, out hijri))
                return i + 2;
            month = 0;
            abbreviated = false;
            var w = W(i);
            hijri = w.Is(DateRole.HijriMonth);
            if (!w.Is(DateRole.Month | DateRole.MonthAbbreviation | DateRole.HijriMonth) || Lowercase(i))
                return -1;
            month = w.Month;
            if (w.Is(DateRole.Month | DateRole.HijriMonth))
                return i + 1;
            abbreviated = true;
            return tokens.IsSymbol(i + 1, '.') && Joined(i + 1) ? i + 2 : i + 1;
        }

        private int WeekdayAt(int i, out int weekday, bool allowAbbreviation)
        {
            weekday = 0;
            var w = W(i);
            if (Lowercase(i))
                return -1;
            if (w.Is(DateRole.Weekday))
            {
                weekday = w.Weekday;
                return i + 1;
            }

            if (allowAbbreviation && w.Is(DateRole.WeekdayAbbreviation))
            {
                weekday = w.Weekday;
                return tokens.IsSymbol(i + 1, '.') && Joined(i + 1) ? i + 2 : i + 1;
            }

            return -1;
        }

        /// <summary>
        /// A count at <paramref name="i"/>: digits, number words ("eighteen", "twenty-five"), "a"/"an" (one), "a couple
        /// of" (two), or a vague count ("a few", "several": null). Returns the index after it, or -1.
        /// </summary>
        private int CountAt(int i, out int? value, out bool article, out bool vague)
        {
            value = null;
            article = false;
            vague = false;
            if (IsNumber(i))
            {
                if (Digits(i) > 3 || NumberIsGlued(i))
                    return -1;
                value = tokens.NumberValue(i);
                return i + 1;
            }

            if (!IsWord(i))
                return -1;
            foreach (var p in MayStartPhrase(i) ? lexicon.PhrasesStartingWith(ids[i]) : [])
            {
                if (p.Kind is not (PhraseKind.Count or PhraseKind.VagueCount))
                    continue;
                var end = MatchWords(i, p);
                if (end < 0)
                    continue;
                if (p.Kind == PhraseKind.Count)
                    value = p.Number;
                else
                    vague = true;
                return end;
            }

            var w = W(i);
            if (w.Is(DateRole.Cardinal))
            {
                var n = (int)w.Cardinal;
                var end = i + 1;
                if (w.Is(DateRole.Tens))
                {
                    var next = IsHyphen(end) && Joined(end) && Joined(end + 1) ? end + 1 : end;
                    var u = W(next);
                    if (u.Is(DateRole.Cardinal) && u.Cardinal is >= 1 and <= 9)
                    {
                        n += u.Cardinal;
                        end = next + 1;
                    }
                }
                else if (n is >= 1 and <= 9 && Has(end, DateRole.AddedTens))
                {
                    // "ثلاثة عشر" (13), "خمسة وعشرين" (25): the tens after the unit.
                    n += W(end).Cardinal;
                    end++;
                }

                value = n;
                return end;
            }

            if (w.Is(DateRole.VagueCount))
            {
                vague = true;
                return i + 1;
            }

            if (w.Is(DateRole.Article))
            {
                article = true;
                value = 1;
                return i + 1;
            }

            return -1;
        }

        /// <summary>Whether some phrase may start at <paramref name="i"/>: checked before any phrase is compared word by word.</summary>
        private bool MayStartPhrase(int i) =>
            Has(i, DateRole.PhraseStart) && (Has(i, DateRole.SingleWordPhrase) || Has(i + 1, DateRole.PhraseWord));

        /// <summary>Matches the words of <paramref name="p"/> from its span start at <paramref name="i"/>; returns the end of the span or -1.</summary>
        private int MatchWords(int i, DatePhrase p)
        {
            var spanLength = p.SpanEnd - p.SpanStart;
            for (var k = 0; k < p.SpanStart; k++)
            {
                if (!WordIs(i - p.SpanStart + k, p.WordIds[k]))
                    return -1;
            }

            for (var k = p.SpanStart; k < p.Words.Length; k++)
            {
                if (!WordIs(i + k - p.SpanStart, p.WordIds[k]))
                    return -1;
            }

            if (p.NotBeforeIds.Length > 0 && i - p.SpanStart - 1 >= 0)
            {
                foreach (var w in p.NotBeforeIds)
                {
                    if (WordIs(i - p.SpanStart - 1, w))
                        return -1;
                }
            }

            var after = i + p.Words.Length - p.SpanStart;
            foreach (var w in p.NotAfterIds)
            {
                if (WordIs(after, w))
                    return -1;
            }

            return i + spanLength;
        }

        // ---- rules ---------------------------------------------------------------------------------------------

        /// <summary>2020-01-24, 2020/01/24, 24/01/2020, 24.01.2020 (day and month only when unambiguous).</summary>
        private Match TryNumeric(int i)
        {
            if (!IsNumber(i) || (i > 0 && Joined(i) && (IsNumber(i - 1) || IsWord(i - 1) || tokens.IsSymbolIn(i - 1, "-/.:"))))
                return default;
            if (!(tokens.IsSymbolIn(i + 1, "-/.") && Joined(i + 1) && IsNumber(i + 2) && Joined(i + 2)
                  && InRange(i + 3) && tokens.IsSymbol(i + 3, text[tokens[i + 1].Start]) && Joined(i + 3) && IsNumber(i + 4) && Joined(i + 4)))
                return default;
            var end = i + 5;
            if (InRange(end) && Joined(end) && (IsNumber(end) || IsWord(end) || (tokens.IsSymbolIn(end, "-/.:") && IsNumber(end + 1) && Joined(end + 1))))
                return default;
            int a = tokens.NumberValue(i), b = tokens.NumberValue(i + 2), c = tokens.NumberValue(i + 4);
            if (Digits(i) == 4 && Digits(i + 2) <= 2 && Digits(i + 4) <= 2)
                return TimexValues.Day(a, b, c) is { } iso ? Make(i, end, TimexType.Date, iso) : Blocked(i, end);
            if (Digits(i) <= 2 && Digits(i + 2) <= 2 && Digits(i + 4) == 4)
            {
                int day, month;
                if (a > 12 && b <= 12)
                    (day, month) = (a, b);
                else if (b > 12 && a <= 12)
                    (day, month) = (b, a);
                else if (a == b || DayFirstNumerals(i))
                    (day, month) = (a, b);
                else
                    return Blocked(i, end);
                return TimexValues.Day(c, month, day) is { } value ? Make(i, end, TimexType.Date, value) : Blocked(i, end);
            }

            return default;
        }

        /// <summary>
        /// Arabic writes numeric dates day first: in Arabic-Indic digits, or in Arabic text (the nearest word before
        /// the date, else after it, within <see cref="ScriptWindow"/> tokens, is Arabic), ٣/٤/٢٠٢٤ and 3/4/2024 are
        /// 3 April. Only asked of ambiguous dates.
        /// </summary>
        private bool DayFirstNumerals(int i)
        {
            if (text[tokens[i].Start] > '9')
                return true;
            for (var k = i - 1; k >= 0 && k >= i - ScriptWindow; k--)
            {
                if (IsWord(k))
                    return DateLexicon.IsArabicLetter(text[tokens[k].Start]);
            }

            for (var k = i + 5; k < count && k < i + 5 + ScriptWindow; k++)
            {
                if (IsWord(k))
                    return DateLexicon.IsArabicLetter(text[tokens[k].Start]);
            }

            return false;
        }

        /// <summary>
        /// [Weekday,] Month Day[th][, Year] · Month[,| of] Year · [early|last|…] Month (in a date frame) ·
        /// "mid-January".
        /// </summary>
        private Match TryMonthFirst(int i)
        {
            var j = i;
            var partModifier = false;
            int? relative = null;
            var weekday = 0;

            // "شهر آذار": the month noun in construct makes a date frame by itself, and is kept in the span.
            var framed = false;
            if (Has(j, DateRole.PartModifier))
            {
                var next = IsHyphen(j + 1) && Joined(j + 1) && Joined(j + 2) ? j + 2 : j + 1;
                if (Has(next, DateRole.MonthNoun) && StartsMonth(next + 1))
                    next++;
                if (!Has(next, DateRole.Month | DateRole.MonthStart) || Lowercase(next))
                    return default;
                partModifier = true;
                j = next;
            }
            else if (Has(j, DateRole.MonthNoun) && StartsMonth(j + 1))
            {
                framed = true;
                j++;
            }
            else if (Has(j, DateRole.RelativeModifier) && Has(j + 1, DateRole.Month) && !Lowercase(j + 1))
            {
                relative = W(j).RelativeOffset;
                j++;
            }
            else if (Has(j, DateRole.Weekday | DateRole.WeekdayAbbreviation))
            {
                var after = WeekdayAt(j, out weekday, allowAbbreviation: true);
                if (after < 0)
                    return default;
                j = IsComma(after) ? after + 1 : after;
            }

            var k = MonthAt(j, out var month, out var abbreviated, out var hijri);
            if (k < 0)
                return default;
            if (hijri)
                return partModifier || relative is not null ? default : HijriDate(i, k, month);

            if (!partModifier && relative is null)
            {
                var e = DayAt(k, out var day, out _);
                if (e >= 0)
                {
                    var ye = TrailingYear(e, out var year);
                    if (ye >= 0)
                        return TimexValues.Day(year, month, day) is { } full ? Make(i, ye, TimexType.Date, full) : default;
                    var value = ResolveMonthDay(month, day, weekday, i, e);
                    return value is null ? default : Make(i, e, TimexType.Date, value);
                }
            }

            if (weekday != 0)
                return default;
            var yj = Has(k, DateRole.Of) ? k + 1 : k;
            var yearEnd = TrailingYear(yj, out var y);
            if (yearEnd >= 0 && relative is null)
                return Make(i, yearEnd, TimexType.Date, TimexValues.Month(y, month));

            if (abbreviated || IsNumber(k))
                return default;

            // "آذار الماضي", "كانون الثاني المقبل": the modifier after the month.
            if (relative is null && Has(k, DateRole.RelativeAfter))
            {
                relative = W(k).RelativeOffset;
                k++;
            }

            // An attached preposition or conjunction frames the month as "in"/"and" before it do ("بآذار", "ونيسان").
            if (!partModifier && relative is null && !framed && !Has(i - 1, DateRole.MonthPreposition)
                && !HasProclitic(i, Proclitic.Preposition | Proclitic.Conjunction) && !Has(j, DateRole.StandaloneMonth))
                return default;
            return Make(i, k, TimexType.Date, ResolveMonth(month, relative, i, k));
        }

        /// <summary>
        /// "Ramadan 5, 1445": a Hijri month with a day and a year, converted to its Gregorian day; "رمضان ١٤٤٥هـ", a
        /// month and a year, to the Gregorian month that holds most of it (<see cref="TimexValues.FromHijriMonth"/>).
        /// </summary>
        private Match HijriDate(int i, int k, int month)
        {
            var e = DayAt(k, out var day, out _);
            if (e >= 0)
            {
                var ye = TrailingYear(e, out var year, hijri: true);
                return ye >= 0 && TimexValues.FromHijri(year, month, day) is { } value ? Make(i, ye, TimexType.Date, value) : default;
            }

            var me = TrailingYear(Has(k, DateRole.Of) ? k + 1 : k, out var y, hijri: true);
            return me >= 0 && TimexValues.FromHijriMonth(y, month) is { } m ? Make(i, me, TimexType.Date, m) : default;
        }

        /// <summary>
        /// "[يوم] Weekday[,| الموافق]" or "يوم" before a day number: the index after it (<paramref name="i"/> when there
        /// is none), or -1 when the weekday word is not one here.
        /// </summary>
        private int WeekdayLead(int i, out int weekday)
        {
            weekday = 0;
            var j = i;
            if (Has(j, DateRole.DayNoun) && Has(j + 1, DateRole.Weekday))
                j++;
            if (!Has(j, DateRole.Weekday | DateRole.WeekdayAbbreviation))
                return Has(i, DateRole.DayNoun) && IsNumber(i + 1) ? i + 1 : i;
            var after = WeekdayAt(j, out weekday, allowAbbreviation: true);
            if (after < 0)
                return -1;
            j = IsComma(after) ? after + 1 : after;
            return Has(j, DateRole.Corresponding) ? j + 1 : j;
        }

        /// <summary>
        /// [Weekday,] [the] 24[th] [of] January[,] [2020] · [يوم] [السبت] ١٦ [من] [شهر] آذار[/مارس] [عام] ٢٠٢٤[م] ·
        /// الرابع عشر من نيسان المقبل · الرابع عشر من الشهر الجاري.
        /// </summary>
        private Match TryDayFirst(int i)
        {
            var j = WeekdayLead(i, out var weekday);
            if (j < 0)
                return default;

            var hasThe = Has(j, DateRole.Definite);
            if (hasThe)
                j++;
            int day, k;
            bool ordinal;
            if (IsNumber(j))
            {
                if (i == j && i > 0 && tokens.IsSymbolIn(i - 1, lexicon.CurrencySymbols))
                    return default;
                k = DayAt(j, out day, out ordinal);
                if (k < 0)
                    return default;
            }
            else if (Has(j, DateRole.Tens) && W(j).Cardinal is 20 or 30 && IsHyphen(j + 1) && Joined(j + 1) && Joined(j + 2)
                     && Has(j + 2, DateRole.Ordinal) && W(j + 2).Ordinal is >= 1 and <= 9)
            {
                // "twenty-fourth of January"
                day = W(j).Cardinal + W(j + 2).Ordinal;
                ordinal = true;
                k = j + 3;
                if (!Has(k, DateRole.Of) || day > 31)
                    return default;
            }
            else if (Has(j, DateRole.Ordinal) && W(j).Ordinal is >= 1 and <= 31 && !(IsHyphen(j - 1) && Joined(j)))
            {
                day = W(j).Ordinal;
                ordinal = true;
                k = j + 1;

                // "الرابع عشر" (14th), "الحادي والعشرين" (21st): the tens after the unit ordinal.
                if (day <= 9 && Has(k, DateRole.AddedTens))
                {
                    day += W(k).Cardinal;
                    k++;
                }

                if (!Has(k, DateRole.Of) || day > 31)
                    return default;
            }
            else
            {
                return default;
            }

            if (hasThe && !ordinal)
                return default;
            if (Has(k, DateRole.Of))
                k++;

            // "من الشهر الجاري": a day of the month named from the document date.
            if (W(k) is { Unit: TimeUnit.Month, PluralUnit: false } unit && unit.Is(DateRole.Unit) && !unit.Is(DateRole.DualUnit)
                && Has(k + 1, DateRole.RelativeAfter))
            {
                if (dct is not { } now)
                    return Blocked(i, k + 2);
                var first = TimexValues.Plus(new LocalDate(now.Year, now.Month, 1), TimeUnit.Month, W(k + 1).RelativeOffset);
                return first is { } f && TimexValues.Day(f.Year, f.Month, day) is { } inMonth ? Make(i, k + 2, TimexType.Date, inMonth) : default;
            }

            if (Has(k, DateRole.MonthNoun) && StartsMonth(k + 1))
                k++;
            var e = MonthAt(k, out var month, out _, out var hijri);
            if (e < 0)
                return default;
            var ye = TrailingYear(e, out var year, hijri);
            if (hijri)
                return ye >= 0 && TimexValues.FromHijri(year, month, day) is { } converted ? Make(i, ye, TimexType.Date, converted) : default;
            if (ye >= 0)
                return TimexValues.Day(year, month, day) is { } full ? Make(i, ye, TimexType.Date, full) : default;

            // "١٤ نيسان المقبل": the modifier after the month says which side of the document date the day is on.
            var direction = TenseCue.None;
            if (Has(e, DateRole.RelativeAfter))
            {
                direction = (TenseCue)Math.Sign(W(e).RelativeOffset);
                e++;
            }

            var value = ResolveMonthDay(month, day, weekday, i, e, direction);
            return value is null ? default : Make(i, e, TimexType.Date, value);
        }

        /// <summary>
        /// [last|next|this] Friday [night] · Fridays (a set) · [مساء] [يوم] الجمعة [الماضية|المقبلة].
        /// "ليلة الجمعة" is not read as Friday night: in the traditional reckoning it is the night before Friday.
        /// </summary>
        private Match TryWeekday(int i)
        {
            var j = i;
            string? suffix = null;
            if (Has(j, DateRole.PartOfDayBefore) && W(j).Suffix != "NI"
                && (Has(j + 1, DateRole.Weekday) || (Has(j + 1, DateRole.DayNoun) && Has(j + 2, DateRole.Weekday))))
            {
                suffix = W(j).Suffix;
                j++;
            }

            if (Has(j, DateRole.DayNoun) && Has(j + 1, DateRole.Weekday))
                j++;
            int? relative = null;
            if (Has(j, DateRole.RelativeModifier) && Has(j + 1, DateRole.Weekday | DateRole.WeekdayPlural))
            {
                relative = W(j).RelativeOffset;
                j++;
            }

            if (Has(j, DateRole.WeekdayPlural) && !Lowercase(j))
                return relative is null ? Make(i, j + 1, TimexType.Set, TimexValues.AnyWeekday(W(j).Weekday)) : default;
            var e = WeekdayAt(j, out var weekday, allowAbbreviation: false);
            if (e < 0)
                return default;

            // "Black Friday", "Bloody Sunday": a weekday inside a name.
            if (j == i && i > 0 && IsWord(i - 1) && tokens[i - 1].Capitalized && W(i - 1).Roles == DateRole.None && !(i - 1 == 0 || EndsSentence(i - 2)))
                return default;
            if (relative is null && Has(e, DateRole.RelativeAfter))
            {
                relative = W(e).RelativeOffset;
                e++;
            }

            if (suffix is null && Has(e, DateRole.PartOfDay))
            {
                suffix = W(e).Suffix;
                e++;
            }

            if (dct is not { } now)
                return Make(i, e, TimexType.Date, TimexValues.AnyWeekday(weekday));
            if (now.Year is < 2 or > 9998)
                return Blocked(i, e);
            var cue = relative is { } r ? (TenseCue)Math.Sign(r) : Tense(i, e);
            LocalDate date;
            if (relative == 0)
            {
                date = now.PlusDays(weekday - (int)now.DayOfWeek);
            }
            else if (cue == TenseCue.Future)
            {
                var ahead = ((weekday - (int)now.DayOfWeek) + 7) % 7;
                date = now.PlusDays(ahead == 0 ? 7 : ahead);
            }
            else
            {
                var back = (((int)now.DayOfWeek - weekday) + 7) % 7;
                date = now.PlusDays(relative == -1 && back == 0 ? -7 : -back);
            }

            var value = TimexValues.Day(date);
            if (value is null)
                return default;
            return suffix is null ? Make(i, e, TimexType.Date, value) : Make(i, e, TimexType.Time, value + "T" + suffix);
        }

        /// <summary>
        /// 2003 · pre-2011 · mid-2014 · early 2020 · the 1990s · the early 2000s · [مطلع] [عام] ٢٠١٤[م] · ١٤٤٥هـ (a Hijri
        /// year: the Gregorian year that holds most of it, <see cref="TimexValues.FromHijriYear"/>).
        /// </summary>
        private Match TryYear(int i)
        {
            var j = i;

            // "عام ٢٠١٤": the year noun in construct is kept in the span and makes the number a year.
            var noun = Has(j, DateRole.YearNoun) && IsNumber(j + 1);
            if (noun)
                j++;
            var hasThe = !noun && Has(j, DateRole.Definite);
            if (hasThe)
                j++;
            var modified = false;
            if (!noun && Has(j, DateRole.PartModifier) && (IsNumber(j + 1) || (IsHyphen(j + 1) && Joined(j + 1) && IsNumber(j + 2) && Joined(j + 2))))
            {
                modified = true;
                j = IsNumber(j + 1) ? j + 1 : j + 2;
            }
            else if (!noun && Has(j, DateRole.PartModifier) && Has(j + 1, DateRole.YearNoun) && IsNumber(j + 2))
            {
                modified = true;
                j += 2;
            }
            else if (!hasThe && Has(j, DateRole.YearPrefix) && IsHyphen(j + 1) && Joined(j + 1) && IsNumber(j + 2) && Joined(j + 2))
            {
                modified = true;
                j += 2;
            }

            var end = YearNumberAt(j, out var year);
            if (end < 0)
                return default;

            // Decade: "1990s", "1990's".
            var s = IsApostrophe(end) && Joined(end) ? end + 1 : end;
            if (Joined(s) && Has(s, DateRole.DecadeSuffix))
                return year % 10 == 0 ? Make(i, s + 1, TimexType.Date, TimexValues.Decade(year / 10)) : default;
            if (hasThe)
                return default;
            if (!modified && (NumberIsGlued(j) || (i > 0 && Joined(i) && IsHyphen(i - 1) && IsWord(i - 2))))
                return default;

            // The era marker, joined or not: "٢٠٢٤م", "١٤٤٥ هـ".
            if (Has(end, DateRole.GregorianMarker | DateRole.HijriMarker) && !(IsWord(end + 1) && Joined(end + 1)))
            {
                var value = Has(end, DateRole.HijriMarker) ? TimexValues.FromHijriYear(year) : TimexValues.Year(year);
                return value is null ? Blocked(i, end + 1) : Make(i, end + 1, TimexType.Date, value);
            }

            if (InRange(end) && Joined(end) && (IsWord(end) || IsNumber(end)))
                return default;
            if (modified || noun)
                return Make(i, end, TimexType.Date, TimexValues.Year(year));

            var prev = W(j - 1);
            var next = W(end);
            var strong = prev.Is(DateRole.YearPreposition | DateRole.Month | DateRole.Definite | DateRole.Season | DateRole.YearNoun)
                || next.Is(DateRole.Era)
                || (IsHyphen(j - 1) && IsNumber(j - 2) && Digits(j - 2) == 4)
                || (IsHyphen(end) && IsNumber(end + 1) && Joined(end));
            if (!strong)
            {
                if (year is < 1800 or > 2100)
                    return default;
                if (prev.Is(DateRole.Quantity) || next.Is(DateRole.CountNoun))
                    return default;

                // "2000 troops": a bare number before a plural is a count; after "for"/"of" it is more likely a year.
                if (!prev.Is(DateRole.WeakYearPreposition) && IsWord(end) && !tokens[end].Capitalized && next.Roles == DateRole.None && EndsInPluralS(end))
                    return default;

                // "٢٠٠٠ مقاتل": an Arabic noun after a bare number is what it counts, singular from eleven on, so no
                // plural ending tells it. A year is introduced ("في", "عام") or followed by a definite word
                // ("انتخابات 2018 البرلمانية").
                if (IsWord(end) && DateLexicon.IsArabicLetter(text[tokens[end].Start]) && next.Roles == DateRole.None && !HasArticle(end))
                    return default;
            }

            return Make(i, end, TimexType.Date, TimexValues.Year(year));
        }

        /// <summary>A word with a plural ending ("troops"; not "press"): after a bare number it is counted.</summary>
        private bool EndsInPluralS(int i)
        {
            var w = tokens.Chars(i);
            if (w.Length <= 3)
                return false;
            foreach (var suffix in lexicon.PluralSuffixes)
            {
                if (w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && !w[..^suffix.Length].EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }

        /// <summary>An ordinal word with the tens after it ("الحادي والعشرين" = 21): its value and end, or -1.</summary>
        private int OrdinalWordAt(int i, out int n)
        {
            n = 0;
            if (!Has(i, DateRole.Ordinal))
                return -1;
            n = W(i).Ordinal;
            if (n <= 9 && Has(i + 1, DateRole.AddedTens))
            {
                n += W(i + 1).Cardinal;
                return i + 2;
            }

            return i + 1;
        }

        /// <summary>the 20th century (19) · the twenty-first century (20) · 19th-century · القرن الحادي والعشرين (20).</summary>
        private Match TryCentury(int i)
        {
            if (Has(i, DateRole.CenturyBeforeOrdinal) && OrdinalWordAt(i + 1, out var ordinal) is var oe and >= 0)
                return ordinal is >= 1 and <= 99 ? Make(i, oe, TimexType.Date, TimexValues.Century(ordinal - 1)) : default;
            var j = i;
            if (Has(j, DateRole.Definite))
                j++;
            int n;
            if (IsNumber(j) && Digits(j) <= 2 && Joined(j + 1) && Has(j + 1, DateRole.OrdinalSuffix))
            {
                n = tokens.NumberValue(j);
                j += 2;
            }
            else if (Has(j, DateRole.Ordinal))
            {
                n = W(j).Ordinal;
                j++;
                if (n is 20 or 30 && IsHyphen(j) && Joined(j) && Has(j + 1, DateRole.Ordinal) && Joined(j + 1) && W(j + 1).Ordinal <= 9)
                {
                    n += W(j + 1).Ordinal;
                    j += 2;
                }
                else if (n is 20 or 30 && Has(j, DateRole.Ordinal) && W(j).Ordinal <= 9)
                {
                    n += W(j).Ordinal;
                    j++;
                }
            }
            else
            {
                return default;
            }

            if (IsHyphen(j) && Joined(j) && Joined(j + 1))
                j++;
            if (!Has(j, DateRole.Century) || n is < 1 or > 99)
                return default;
            return Make(i, j + 1, TimexType.Date, TimexValues.Century(n - 1));
        }

        /// <summary>
        /// التسعينيات [من] [القرن الماضي|القرن العشرين]: a decade named by its tens. Without its century it is the
        /// latest such decade that has ended by the document date (with a DCT in 2024, العشرينيات = the 1920s).
        /// </summary>
        private Match TryDecade(int i)
        {
            var w = W(i);
            if (!w.Is(DateRole.DecadeWord))
                return default;
            var tens = (int)w.Cardinal;
            var c = Has(i + 1, DateRole.Of) ? i + 2 : i + 1;
            if (Has(c, DateRole.CenturyBeforeOrdinal))
            {
                if (OrdinalWordAt(c + 1, out var n) is var oe and >= 0)
                    return n is >= 1 and <= 99 ? Make(i, oe, TimexType.Date, TimexValues.Decade(((n - 1) * 10) + tens)) : default;
                if (Has(c + 1, DateRole.RelativeAfter))
                {
                    if (dct is not { } today)
                        return Blocked(i, c + 2);
                    var century = (today.Year / 100) + W(c + 1).RelativeOffset;
                    return Make(i, c + 2, TimexType.Date, TimexValues.Decade((century * 10) + tens));
                }
            }

            if (dct is not { } now)
                return Blocked(i, i + 1);
            var decade = ((now.Year / 100) * 10) + tens;
            if (decade >= now.Year / 10)
                decade -= 10;
            return Make(i, i + 1, TimexType.Date, TimexValues.Decade(decade));
        }

        /// <summary>summer 2014 · the summer of 2014 · last summer · early spring 2011.</summary>
        private Match TrySeason(int i)
        {
            var j = i;
            var hasThe = Has(j, DateRole.Definite);
            if (hasThe)
                j++;
            if (Has(j, DateRole.PartModifier) && Has(j + 1, DateRole.Season))
                j++;
            int? relative = null;
            if (!hasThe && Has(j, DateRole.RelativeModifier) && Has(j + 1, DateRole.Season))
            {
                relative = W(j).RelativeOffset;
                j++;
            }

            if (!Has(j, DateRole.Season))
                return default;
            var season = W(j).Season;
            var e = j + 1;
            var yj = Has(e, DateRole.Of) ? e + 1 : e;
            if (hasThe && yj == e)
                return default;
            var ye = TrailingYear(yj, out var year);
            if (ye >= 0)
                return Make(i, ye, TimexType.Date, TimexValues.Season(year, season));

            // "الصيف الماضي": the modifier after the season.
            if (!hasThe && relative is null && Has(e, DateRole.RelativeAfter))
            {
                relative = W(e).RelativeOffset;
                e++;
            }

            if (relative is not { } r || dct is not { } now)
                return default;
            var current = SeasonIndex(now);
            var target = (SeasonOrdinal(season) - current % 4 + 4) % 4 + current;
            if (r < 0)
                target = target >= current ? target - 4 : target;
            else if (r > 0)
                target = target <= current ? target + 4 : target;
            else if (target - current > 2)
                target -= 4;
            return Make(i, e, TimexType.Date, TimexValues.Season(target / 4, season));
        }

        private static int SeasonOrdinal(Season s) => s switch
        {
            Season.Spring => 0,
            Season.Summer => 1,
            Season.Fall => 2,
            _ => 3,
        };

        private static int SeasonIndex(LocalDate d) => d.Month switch
        {
            >= 3 and <= 5 => (d.Year * 4) + 0,
            >= 6 and <= 8 => (d.Year * 4) + 1,
            >= 9 and <= 11 => (d.Year * 4) + 2,
            12 => (d.Year * 4) + 3,
            _ => ((d.Year - 1) * 4) + 3,
        };

        /// <summary>
        /// last week · next month · this year · earlier this month · early next year · last night · الأسبوع الماضي ·
        /// [مطلع] الشهر المقبل · العام الجاري.
        /// </summary>
        private Match TryRelativeUnit(int i)
        {
            var h = Has(i, DateRole.PartModifier) && Has(i + 1, DateRole.Unit) ? i + 1 : i;
            var head = W(h);
            if (head.Is(DateRole.Unit) && !head.PluralUnit && !head.Is(DateRole.DualUnit) && Has(h + 1, DateRole.RelativeAfter)
                && head.Unit is not (TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute))
            {
                if (dct is not { } today)
                    return Blocked(i, h + 2);
                var shifted = TimexValues.Plus(today, head.Unit, W(h + 1).RelativeOffset);
                return Make(i, h + 2, TimexType.Date, shifted is { } s ? TimexValues.Naming(s, head.Unit) : null);
            }

            var j = i;
            if (Has(j, DateRole.PartModifier) && Has(j + 1, DateRole.RelativeModifier))
                j++;
            if (!Has(j, DateRole.RelativeModifier))
                return default;
            var offset = (int)W(j).RelativeOffset;
            var u = W(j + 1);
            if (u.Is(DateRole.PartOfDay) && j == i)
            {
                if (dct is not { } today)
                    return Blocked(i, j + 2);
                var day = TimexValues.Plus(today, TimeUnit.Day, Math.Sign(offset));
                return day is { } d && TimexValues.Day(d) is { } v ? Make(i, j + 2, TimexType.Time, v + "T" + u.Suffix) : default;
            }

            if (!u.Is(DateRole.Unit) || u.PluralUnit || u.Unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute)
                return default;
            if (dct is not { } now)
                return Blocked(i, j + 2);
            var moved = TimexValues.Plus(now, u.Unit, offset);
            var value = moved is { } m ? TimexValues.Naming(m, u.Unit) : null;
            return Make(i, j + 2, TimexType.Date, value);
        }

        /// <summary>
        /// yesterday · today · tomorrow · tonight · yesterday morning · [مساء] [يوم] أمس · الليلة [الماضية] ·
        /// أمس الجمعة [٥ رمضان ١٤٤٥هـ] (a weekday and date in apposition, when they agree, are one timex).
        /// </summary>
        private Match TryDeictic(int i)
        {
            var j = i;
            string? before = null;
            if (Has(j, DateRole.PartOfDayBefore) && (Has(j + 1, DateRole.DayOffset) || (Has(j + 1, DateRole.DayNoun) && Has(j + 2, DateRole.DayOffset))))
            {
                before = W(j).Suffix;
                j++;
            }

            if (Has(j, DateRole.DayNoun) && Has(j + 1, DateRole.DayOffset))
                j++;
            var w = W(j);
            if (!w.Is(DateRole.DayOffset | DateRole.DayPart))
                return default;
            var end = j + 1;

            // "اليوم الأول من المحادثات": "the first day", not "today".
            if (HasArticle(j) && Has(end, DateRole.Ordinal))
                return Blocked(i, end + 1);
            int offset = w.DayOffset;
            if (w.Is(DateRole.DayPart) && Has(end, DateRole.RelativeAfter))
            {
                offset = Math.Sign(W(end).RelativeOffset);
                end++;
            }

            // "today's": a specific day only before a noun like "vote"; "today's Iraq" is generic.
            if (IsApostrophe(end) && Joined(end) && IsWord(end + 1) && Joined(end + 1) && tokens[end + 1].Length == 1)
            {
                if (!Has(end + 2, DateRole.SpecificDayNoun))
                    return Blocked(i, end + 2);
            }

            var suffix = before ?? (w.Is(DateRole.DayPart) ? w.Suffix : null);
            if (suffix is null && Has(end, DateRole.PartOfDay))
            {
                suffix = W(end).Suffix;
                end++;
            }

            if (dct is not { } now)
                return Blocked(i, end);
            var date = TimexValues.Plus(now, TimeUnit.Day, offset);
            var value = date is { } d ? TimexValues.Day(d) : null;
            if (value is null)
                return default;
            if (suffix is null && Has(end, DateRole.Weekday) && W(end).Weekday == (int)date!.Value.DayOfWeek)
            {
                var dated = TryDayFirst(end);
                end = dated.End > end + 1 && !dated.Block && dated.Value == value ? dated.End : end + 1;
            }

            return suffix is null ? Make(i, end, TimexType.Date, value) : Make(i, end, TimexType.Time, value + "T" + suffix);
        }

        /// <summary>Fixed phrases ("at present", "the coming days"), anaphoric ones ("the next day") and day phrases.</summary>
        private Match TryPhrase(int i)
        {
            if (!MayStartPhrase(i))
                return default;
            foreach (var p in lexicon.PhrasesStartingWith(ids[i]))
            {
                if (p.Kind is not (PhraseKind.Fixed or PhraseKind.Anaphoric or PhraseKind.DayOffset))
                    continue;
                var end = MatchWords(i, p);
                if (end < 0)
                    continue;
                switch (p.Kind)
                {
                    case PhraseKind.Fixed:
                        var fixedMatch = Make(i, end, p.Type, p.Value);
                        fixedMatch.Anchored = p.Anchored;
                        return fixedMatch;
                    case PhraseKind.DayOffset:
                        {
                            if (dct is not { } now)
                                return Blocked(i, end);
                            var d = TimexValues.Plus(now, TimeUnit.Day, p.Number);
                            return Make(i, end, TimexType.Date, d is { } date ? TimexValues.Day(date) : null);
                        }

                    default:
                        {
                            var value = Anaphoric(p.Unit, p.Number);
                            return value is null ? Blocked(i, end) : Make(i, end, TimexType.Date, value);
                        }
                }
            }

            return default;
        }

        private string? Anaphoric(TimeUnit unit, int offset)
        {
            switch (unit)
            {
                case TimeUnit.Day or TimeUnit.Week:
                    return anchorDay is { } d && TimexValues.Plus(d, unit, offset) is { } moved ? TimexValues.Naming(moved, unit) : null;
                case TimeUnit.Month when anchorMonth > 0:
                    var first = new LocalDate(anchorYear, anchorMonth, 1);
                    return TimexValues.Plus(first, TimeUnit.Month, offset) is { } m ? TimexValues.Month(m.Year, m.Month) : null;
                case TimeUnit.Year when anchorYear > 0:
                    return TimexValues.Year(anchorYear + offset);
                default:
                    return null;
            }
        }

        private void RememberAnchor(string value)
        {
            // Only absolute values: "2020-01-24", "2020-01", "2020".
            if (value.Length < 4 || !char.IsAsciiDigit(value[0]) || !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                return;
            if (value.Length == 4)
            {
                (anchorYear, anchorMonth, anchorDay) = (year, 0, null);
                return;
            }

            if (value.Length >= 7 && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]))
            {
                var month = ((value[5] - '0') * 10) + (value[6] - '0');
                if (month is < 1 or > 12)
                    return;
                (anchorYear, anchorMonth, anchorDay) = (year, month, null);
                if (value.Length == 10 && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]))
                {
                    var day = ((value[8] - '0') * 10) + (value[9] - '0');
                    if (TimexValues.IsValid(year, month, day))
                        anchorDay = new LocalDate(year, month, day);
                }
            }
        }

        /// <summary>
        /// [the first|past|last|next] [almost] eighteen months [later] · a year · a few days · 18-month · two days ago ·
        /// twice a year (a set). Ages ("30 years old", "30-year-old") are consumed and not tagged.
        /// </summary>
        private Match TryDuration(int i)
        {
            var j = i;
            var hasThe = false;
            if (Has(j, DateRole.Definite) && Has(j + 1, DateRole.SpanOrdinal))
            {
                hasThe = true;
                j += 2;
            }

            // Head first: "قبل يومين" (two days ago), "منذ عامين", "بعد يومين" (two days later, kept as a duration
            // like "later": after what, the text says, not the calendar).
            var direction = 0;
            var laterBefore = false;
            if (!hasThe && Has(j, DateRole.AgoBefore))
            {
                direction = -1;
                j++;
            }
            else if (!hasThe && Has(j, DateRole.LaterBefore))
            {
                laterBefore = true;
                j++;
            }

            if (Has(j, DateRole.Rate) && Has(j + 1, DateRole.Article) && W(j + 2).Is(DateRole.Unit) && !W(j + 2).PluralUnit)
                return Make(i, j + 3, TimexType.Set, TimexValues.Duration(1, W(j + 2).Unit));
            if (Has(j, DateRole.Approximator) && (IsNumber(j + 1) || Has(j + 1, DateRole.Cardinal | DateRole.Article | DateRole.DualUnit)))
                j++;
            var k = CountAt(j, out var n, out var article, out var vague);

            // Where the count is written in the unit word itself (the index after the unit is then k + 1).
            var countInUnit = false;
            if (k < 0)
            {
                var w = W(j);
                if (w.Is(DateRole.DualUnit))
                {
                    // "يومين": two days.
                    (k, n, countInUnit) = (j, 2, true);
                }
                else if (w.Is(DateRole.Unit) && !w.PluralUnit && Has(j + 1, DateRole.OneAfter))
                {
                    // "أسبوع واحد": one week.
                    (k, n, countInUnit) = (j, 1, true);
                }
                else if (w.Is(DateRole.Unit) && !HasArticle(j) && !NamedAfter(j + 1)
                         && (direction != 0 || laterBefore || Has(j - 1, DateRole.BarePluralPreposition) || HasProclitic(j, Proclitic.Li)))
                {
                    // A bare singular counts one ("قبل عام" = a year ago, "خلال شهر" = within a month); a bare plural
                    // leaves the count open ("منذ سنوات" = years ago).
                    (k, n, vague, countInUnit) = (j, w.PluralUnit ? null : 1, w.PluralUnit, true);
                }
                else if (hasThe && Has(i + 1, DateRole.ImpliedOne))
                {
                    (k, n) = (j, 1);
                }
                else
                {
                    return default;
                }
            }

            // "18-month", "five-year": a duration adjective.
            if (!countInUnit && !article && !vague && n is not null && IsHyphen(k) && Joined(k) && Joined(k + 1) && W(k + 1).Is(DateRole.Unit) && !W(k + 1).PluralUnit)
            {
                var adjectiveEnd = k + 2;
                if ((IsHyphen(adjectiveEnd) && Joined(adjectiveEnd) && Has(adjectiveEnd + 1, DateRole.Age)) || Has(adjectiveEnd, DateRole.Age))
                    return Blocked(i, adjectiveEnd);
                return Make(i, adjectiveEnd, TimexType.Duration, TimexValues.Duration(n, W(k + 1).Unit));
            }

            var unit = W(k);
            if (!unit.Is(DateRole.Unit) || (!countInUnit && unit.Is(DateRole.DualUnit)))
                return default;
            if (!countInUnit && ((article && unit.PluralUnit) || (vague && !unit.PluralUnit) || (k == j && unit.PluralUnit)))
                return default;
            var e = Has(k + 1, DateRole.OneAfter) && !unit.PluralUnit ? k + 2 : k + 1;

            // "يبلغ من العمر ٣٠ عاماً", "30 years old": an age.
            if (Has(j - 1, DateRole.AgeBefore))
                return Blocked(i, e);
            if (Has(e, DateRole.Age))
                return Blocked(i, e + 1);
            if (Has(e, DateRole.Of) && Has(e + 1, DateRole.Age))
                return Blocked(i, e + 2);

            // "$5 billion a year", "twice a year": a rate, not a duration.
            if (article && i > 0 && (Has(i - 1, DateRole.Rate) || IsNumber(i - 1) || (IsWord(i - 1) && IsNumber(i - 2))))
                return Make(i, e, TimexType.Set, TimexValues.Duration(1, unit.Unit));

            var counted = vague ? null : n;
            if (direction != 0 || laterBefore)
            {
                // "قبل يومين من الانتخابات": counted from an event, not from the document date; the duration alone is
                // found from the next word on.
                if (Has(e, DateRole.Of))
                    return default;
                return laterBefore
                    ? Make(i, e, TimexType.Duration, TimexValues.Duration(counted, unit.Unit))
                    : Make(i, e, TimexType.Date, CountedFromNow(unit.Unit, counted, direction));
            }

            if (!hasThe && Has(e, DateRole.Ago))
                return Make(i, e + 1, TimexType.Date, CountedFromNow(unit.Unit, counted, -1));
            if (!hasThe && FromNowAt(e, out var fromNowEnd))
                return Make(i, fromNowEnd, TimexType.Date, CountedFromNow(unit.Unit, counted, 1));
            if (Has(e, DateRole.Later))
                e++;
            return Make(i, e, TimexType.Duration, TimexValues.Duration(counted, unit.Unit));
        }

        /// <summary>A unit word before these names a particular period, not a count of one: "شهر رمضان", "عام ٢٠١٤", "يوم الجمعة".</summary>
        private bool NamedAfter(int i) =>
            IsNumber(i) || StartsMonth(i) || Has(i, DateRole.Weekday | DateRole.RelativeAfter | DateRole.DayOffset);

        private bool FromNowAt(int i, out int end)
        {
            end = -1;
            if (!MayStartPhrase(i))
                return false;
            foreach (var p in lexicon.PhrasesStartingWith(ids[i]))
            {
                if (p.Kind == PhraseKind.FromNow && MatchWords(i, p) is var e and >= 0)
                {
                    end = e;
                    return true;
                }
            }

            return false;
        }

        /// <summary>"two days ago" (direction -1) or "two days from now" (+1): the day, week, month … it names.</summary>
        private string? CountedFromNow(TimeUnit unit, int? n, int direction)
        {
            if (n is null)
                return direction < 0 ? TimexValues.PastRef : TimexValues.FutureRef;
            if (dct is not { } now || unit is TimeUnit.Hour or TimeUnit.Minute)
                return null;
            var moved = TimexValues.Plus(now, unit, direction * n.Value);
            return moved is { } m ? TimexValues.Naming(m, unit) : null;
        }

        /// <summary>"after months of", "for years", "weeks later": a bare plural unit, a vague duration (PXM).</summary>
        private Match TryBarePlural(int i)
        {
            var w = W(i);
            if (!w.Is(DateRole.Unit) || !w.PluralUnit || w.Unit == TimeUnit.Weekend)
                return default;
            var end = i + 1;
            var later = Has(end, DateRole.Later);
            if (!Has(i - 1, DateRole.BarePluralPreposition) && !HasProclitic(i, Proclitic.Li) && !(later && (i == 0 || EndsSentence(i - 1))))
                return default;

            // "خلال الأيام الثلاثة": a definite plural names particular days, not a vague length.
            if (HasArticle(i))
                return default;
            if (Has(end, DateRole.Age))
                return default;
            if (later)
                end++;
            return Make(i, end, TimexType.Duration, TimexValues.Duration(null, w.Unit));
        }

        /// <summary>"every year", "each Friday": a set.</summary>
        private Match TryEach(int i)
        {
            if (!Has(i, DateRole.Each))
                return default;
            var w = W(i + 1);
            if (w.Is(DateRole.Unit) && !w.PluralUnit)
                return Make(i, i + 2, TimexType.Set, TimexValues.Duration(1, w.Unit));
            if (w.Is(DateRole.Weekday) && !Lowercase(i + 1))
                return Make(i, i + 2, TimexType.Set, TimexValues.AnyWeekday(w.Weekday));
            return default;
        }

        // ---- resolution ----------------------------------------------------------------------------------------

        /// <summary>The year of a month and day written without one (see the class remarks); <paramref name="direction"/> fixes the side.</summary>
        private string? ResolveMonthDay(int month, int day, int weekday, int start, int end, TenseCue direction = TenseCue.None)
        {
            if (day > 31 || (month == 2 && day > 29) || (day == 31 && month is 4 or 6 or 9 or 11))
                return null;
            if (dct is not { } now)
                return TimexValues.YearlessDay(month, day);
            LocalDate? best = null;
            LocalDate? past = null;
            LocalDate? future = null;
            var bestDistance = long.MaxValue;
            for (var y = now.Year - 1; y <= now.Year + 1; y++)
            {
                if (!TimexValues.IsValid(y, month, day))
                    continue;
                var candidate = new LocalDate(y, month, day);
                if (weekday != 0 && (int)candidate.DayOfWeek != weekday)
                    continue;
                var distance = Math.Abs(Period.Between(now, candidate, PeriodUnits.Days).Days);
                if (distance < bestDistance)
                    (best, bestDistance) = (candidate, distance);
                if (candidate <= now)
                    past = candidate;
                if (candidate >= now && future is null)
                    future = candidate;
            }

            if (best is null)
                return weekday != 0 ? ResolveMonthDay(month, day, 0, start, end, direction) : null;
            if (bestDistance > 7 || direction != TenseCue.None)
            {
                var cue = direction != TenseCue.None ? direction : Tense(start, end);
                if (cue == TenseCue.Past && past is not null)
                    best = past;
                else if (cue == TenseCue.Future && future is not null)
                    best = future;
            }

            return TimexValues.Day(best.Value);
        }

        /// <summary>The year of a month named alone ("in January", "last March").</summary>
        private string? ResolveMonth(int month, int? relative, int start, int end)
        {
            if (dct is not { } now)
                return relative is null ? TimexValues.YearlessMonth(month) : null;
            var y = now.Year;
            int year;
            if (relative is { } r)
            {
                year = r switch
                {
                    < 0 => month < now.Month ? y : y - 1,
                    > 0 => month > now.Month ? y : y + 1,
                    _ => y,
                };
            }
            else if (month == now.Month)
            {
                year = y;
            }
            else
            {
                var pastYear = month < now.Month ? y : y - 1;
                var futureYear = month > now.Month ? y : y + 1;
                var pastDistance = ((now.Year - pastYear) * 12) + now.Month - month;
                var futureDistance = ((futureYear - now.Year) * 12) + month - now.Month;
                year = Tense(start, end) switch
                {
                    TenseCue.Past => pastYear,
                    TenseCue.Future => futureYear,
                    _ => pastDistance <= futureDistance ? pastYear : futureYear,
                };
            }

            return TimexValues.Month(year, month);
        }

        /// <summary>
        /// The direction the words around tokens [start, end) give a date: first a phrase just before it ("since",
        /// "as soon as", "by"), else the nearest tense cue in the same sentence.
        /// </summary>
        private TenseCue Tense(int start, int end)
        {
            foreach (var cue in lexicon.ImmediateCues)
            {
                var n = cue.Words.Length;
                var ok = start - n >= 0;
                for (var k = 0; ok && k < n; k++)
                    ok = WordIs(start - n + k, cue.WordIds[k]);
                if (ok && cue.Cue != TenseCue.None)
                    return cue.Cue;
            }

            // The verb before the date governs it ("said on Friday that … will …"); then the words after it.
            // Quoted words are someone else's tense: the scan stops at a quotation mark.
            for (var l = start - 1; l >= 0 && l >= start - CueWindow && !EndsSentence(l) && !IsQuoteMark(l); l--)
            {
                if (CueOf(l) is var c and not TenseCue.None)
                    return c == TenseCue.Past && FutureAuxiliaryBefore(l) ? TenseCue.Future : c;
            }

            for (var r = end; r < count && r < end + CueWindow && !tokens[r].LineBefore && !IsQuoteMark(r); r++)
            {
                if (CueOf(r) is var c and not TenseCue.None)
                    return c == TenseCue.Past && FutureAuxiliaryBefore(r) ? TenseCue.Future : c;
                if (EndsSentence(r))
                    break;
            }

            return TenseCue.None;
        }

        private bool IsQuoteMark(int i) => tokens.IsSymbolIn(i, "\"“”«»");

        /// <summary>"will be held": a past form right after a future auxiliary is future.</summary>
        private bool FutureAuxiliaryBefore(int i)
        {
            for (var k = i - 1; k >= i - 3 && k >= 0 && !EndsSentence(k); k--)
            {
                if (Has(k, DateRole.FutureCue))
                    return true;
            }

            return false;
        }

        private TenseCue CueOf(int i)
        {
            if (!IsWord(i))
                return TenseCue.None;
            var w = entries[ids[i]];
            if (w.Is(DateRole.FutureCue))
                return TenseCue.Future;
            if (w.Is(DateRole.PastCue))
                return TenseCue.Past;
            if (w.Is(DateRole.NotPast) || tokens[i].Capitalized || tokens[i].Length < 4)
                return TenseCue.None;
            var chars = tokens.Chars(i);
            foreach (var suffix in lexicon.PastSuffixes)
            {
                if (chars.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    return TenseCue.Past;
            }

            return TenseCue.None;
        }
    }
}
