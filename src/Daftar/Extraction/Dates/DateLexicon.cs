using System.Collections.Frozen;
using Daftar.Domain;

namespace Daftar.Extraction.Dates;

/// <summary>What a word can be to the date tagger; one word may have several roles ("last", "may", "second").</summary>
[Flags]
internal enum DateRole : ulong
{
    None = 0,
    Month = 1UL << 0,
    MonthAbbreviation = 1UL << 1,

    /// <summary>A month name that is no other word: a date without a frame ("موعد أيلول").</summary>
    StandaloneMonth = 1UL << 2,
    Weekday = 1UL << 3,
    WeekdayAbbreviation = 1UL << 4,
    WeekdayPlural = 1UL << 5,
    Cardinal = 1UL << 6,
    Tens = 1UL << 7,
    Article = 1UL << 8,
    Ordinal = 1UL << 9,
    OrdinalSuffix = 1UL << 10,
    Unit = 1UL << 11,
    Season = 1UL << 12,
    PartOfDay = 1UL << 13,
    DayPart = 1UL << 14,
    DayOffset = 1UL << 15,
    RelativeModifier = 1UL << 16,
    PartModifier = 1UL << 17,
    YearPrefix = 1UL << 18,
    SpanOrdinal = 1UL << 19,
    Approximator = 1UL << 20,
    Ago = 1UL << 21,
    Later = 1UL << 22,
    Age = 1UL << 23,
    Rate = 1UL << 24,
    Each = 1UL << 25,
    BarePluralPreposition = 1UL << 26,
    YearPreposition = 1UL << 27,
    MonthPreposition = 1UL << 28,
    Era = 1UL << 29,
    Quantity = 1UL << 30,
    CountNoun = 1UL << 31,
    Definite = 1UL << 32,
    Of = 1UL << 33,
    Century = 1UL << 34,
    SpecificDayNoun = 1UL << 35,
    FutureCue = 1UL << 36,
    PastCue = 1UL << 37,
    NotPast = 1UL << 38,
    VagueCount = 1UL << 39,
    DecadeSuffix = 1UL << 41,

    /// <summary>A word that occurs in some multi-word entry after its first word: a cheap test before matching phrases.</summary>
    PhraseWord = 1UL << 42,

    /// <summary>A word that is a whole one-word phrase by itself ("now", "recently").</summary>
    SingleWordPhrase = 1UL << 43,
    ImpliedOne = 1UL << 44,
    HijriMonth = 1UL << 45,
    WeakYearPreposition = 1UL << 46,

    /// <summary>The first word of a multi-word entry (<see cref="DateLexicon.PhrasesStartingWith"/>).</summary>
    PhraseStart = 1UL << 40,

    // Head-first word orders (Arabic): see the matching lists of DateTables.
    RelativeAfter = 1UL << 47,
    AgoBefore = 1UL << 48,
    LaterBefore = 1UL << 49,
    PartOfDayBefore = 1UL << 50,
    DayNoun = 1UL << 51,
    MonthNoun = 1UL << 52,
    YearNoun = 1UL << 53,

    /// <summary>The first word of a two-word month name ("كانون" of "كانون الثاني"); see <see cref="DateLexicon.CompoundMonth"/>.</summary>
    MonthStart = 1UL << 54,
    DualUnit = 1UL << 55,
    AddedTens = 1UL << 56,
    GregorianMarker = 1UL << 57,
    HijriMarker = 1UL << 58,
    Corresponding = 1UL << 59,
    AgeBefore = 1UL << 60,
    OneAfter = 1UL << 61,
    CenturyBeforeOrdinal = 1UL << 62,
    DecadeWord = 1UL << 63,

    /// <summary>Any role that can begin a time expression; a word without one is skipped at once.</summary>
    Starter = Month | MonthAbbreviation | HijriMonth | Weekday | WeekdayAbbreviation | WeekdayPlural | Cardinal | Article | Unit | Season
        | DayOffset | DayPart | RelativeModifier | PartModifier | YearPrefix | Approximator | Each | Definite | VagueCount
        | PhraseStart | Ordinal | Rate
        | AgoBefore | LaterBefore | PartOfDayBefore | DayNoun | MonthNoun | YearNoun | MonthStart | DualUnit
        | CenturyBeforeOrdinal | DecadeWord,
}

/// <summary>The proclitics the lexicon stripped from an Arabic word to find it ("وبالأمس" → و + ب + الأمس).</summary>
[Flags]
internal enum Proclitic : byte
{
    None = 0,

    /// <summary>و or ف: "and", "then".</summary>
    Conjunction = 1,

    /// <summary>ب: "in", "on", "by".</summary>
    Bi = 2,

    /// <summary>ل (also the لل of ل + ال): "for", "to".</summary>
    Li = 4,

    /// <summary>ك: "as".</summary>
    Ka = 8,

    Preposition = Bi | Li | Ka,
}

/// <summary>Everything the lexicon knows about one word.</summary>
internal readonly record struct DateWord(
    DateRole Roles,
    sbyte Month,
    sbyte Weekday,
    sbyte Cardinal,
    sbyte Ordinal,
    TimeUnit Unit,
    bool PluralUnit,
    Season Season,
    sbyte DayOffset,
    sbyte RelativeOffset,
    string? Suffix)
{
    public bool Is(DateRole role) => (Roles & role) != 0;
}

/// <summary>What a multi-word entry means.</summary>
internal enum PhraseKind : byte
{
    Fixed,
    Anaphoric,
    DayOffset,
    VagueCount,
    Count,
    FromNow,
    ImmediateCue,
}

/// <summary>A multi-word (or context-bound) entry: its words, the part that is the span, and what it means.</summary>
/// <param name="Anchored">Kept only in a sentence that holds another timex (pattern flag <c>+anchored</c>).</param>
internal sealed record DatePhrase(
    PhraseKind Kind,
    string[] Words,
    int SpanStart,
    int SpanEnd,
    string[] NotBefore,
    string[] NotAfter,
    TimexType Type,
    string? Value,
    TimeUnit Unit,
    int Number,
    TenseCue Cue,
    bool Anchored = false)
{
    /// <summary>The lexicon ids of <see cref="Words"/>: phrases are matched by id, so folding and proclitics apply to them as to single words.</summary>
    public int[] WordIds { get; init; } = [];

    public int[] NotBeforeIds { get; init; } = [];

    public int[] NotAfterIds { get; init; } = [];
}

/// <summary>
/// The date words of every language, merged into frozen case-insensitive look-ups that take a span of the text
/// (no string is made to look a word up). Built once from <see cref="DateTables"/>; scripts do not collide, so one
/// lexicon serves English and Arabic text alike.
/// </summary>
internal sealed class DateLexicon
{
    /// <summary>The longest Arabic word looked up (letters plus harakat and tatweel, which folding drops).</summary>
    private const int MaxArabicWord = 48;

    /// <summary>The shortest remainder after a preposition is stripped: "باب" (door) is not ب + آب (August).</summary>
    private const int MinStemAfterPreposition = 3;

    /// <summary>The shortest remainder after a conjunction alone: "وفي" is و + في.</summary>
    private const int MinStemAfterConjunction = 2;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids;
    private readonly DatePhrase[][] phrasesById;
    private readonly FrozenDictionary<long, (int Month, bool Hijri)> compoundMonths;

    private DateLexicon(
        FrozenDictionary<string, int> ids,
        DateWord[] entries,
        DatePhrase[][] phrasesById,
        FrozenDictionary<long, (int Month, bool Hijri)> compoundMonths,
        DatePhrase[] immediateCues,
        string currencySymbols,
        string[] pastSuffixes,
        string[] pluralSuffixes)
    {
        PastSuffixes = pastSuffixes;
        PluralSuffixes = pluralSuffixes;
        this.ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = entries;
        this.phrasesById = phrasesById;
        this.compoundMonths = compoundMonths;
        ImmediateCues = immediateCues;
        CurrencySymbols = currencySymbols;
    }

    /// <summary>Every language Daftar knows, merged.</summary>
    public static DateLexicon Default { get; } = Build(EnglishDateTables.Instance, ArabicDateTables.Instance);

    /// <summary>Phrases before a date that fix its direction; checked backwards from the date.</summary>
    public DatePhrase[] ImmediateCues { get; }

    public string CurrencySymbols { get; }

    /// <summary>Endings of regular past forms, every language.</summary>
    public string[] PastSuffixes { get; }

    /// <summary>Endings of regular plurals, every language.</summary>
    public string[] PluralSuffixes { get; }

    /// <summary>Every word the lexicon knows, by id; id 0 is the unknown word (no role).</summary>
    public DateWord[] Entries { get; }

    /// <summary>The id of <paramref name="word"/> in <see cref="Entries"/>, 0 when unknown (4 bytes a token, not a copy).</summary>
    public int Find(ReadOnlySpan<char> word) => Find(word, out _);

    /// <summary>
    /// The id of <paramref name="word"/>, 0 when unknown. An Arabic word is folded first (<see cref="FoldArabic"/>);
    /// if the folded word is unknown, its attached proclitics — conjunction و/ف, then preposition ب/ل/ك, and ل + ال
    /// written لل — are stripped and the rest looked up; <paramref name="proclitic"/> says which were.
    /// </summary>
    public int Find(ReadOnlySpan<char> word, out Proclitic proclitic)
    {
        proclitic = Proclitic.None;
        if (word.IsEmpty)
            return 0;
        if (!IsArabicLetter(word[0]))
            return word.Length <= 24 && ids.TryGetValue(word, out var found) ? found : 0;
        if (word.Length > MaxArabicWord)
            return 0;
        Span<char> folded = stackalloc char[MaxArabicWord + 1];
        var n = FoldArabic(word, folded[1..]);
        return n == 0 ? 0 : FindFolded(folded, n, out proclitic);
    }

    /// <summary>Looks up the folded word <c>buffer[1..n+1]</c>; <c>buffer[0]</c> is scratch room for the alef of لل → ال.</summary>
    private int FindFolded(Span<char> buffer, int n, out Proclitic proclitic)
    {
        proclitic = Proclitic.None;
        var f = buffer.Slice(1, n);
        if (ids.TryGetValue(f, out var found))
            return found;
        var c = f[0] is Waw or Fa ? 1 : 0;
        if (c == 1 && n - 1 >= MinStemAfterConjunction && ids.TryGetValue(f[1..], out found))
        {
            proclitic = Proclitic.Conjunction;
            return found;
        }

        if (c >= n)
            return 0;
        var preposition = f[c] switch
        {
            Ba => Proclitic.Bi,
            Lam => Proclitic.Li,
            Kaf => Proclitic.Ka,
            _ => Proclitic.None,
        };
        if (preposition == Proclitic.None)
            return 0;
        var conjunction = c == 1 ? Proclitic.Conjunction : Proclitic.None;
        if (n - c - 1 >= MinStemAfterPreposition && ids.TryGetValue(f[(c + 1)..], out found))
        {
            proclitic = conjunction | preposition;
            return found;
        }

        // لل: the preposition ل before the article ال, whose alef is not written (للعام = ل + العام).
        if (preposition == Proclitic.Li && n - c - 1 >= MinStemAfterPreposition && f[c + 1] == Lam)
        {
            buffer[c + 1] = Alef; // f[c] is buffer[c + 1]: overwrite the first lam with the article's alef.
            if (ids.TryGetValue(buffer.Slice(c + 1, n - c), out found))
            {
                proclitic = conjunction | preposition;
                return found;
            }
        }

        return 0;
    }

    /// <summary>The phrases whose span starts with the word of id <paramref name="id"/>, longest first.</summary>
    public DatePhrase[] PhrasesStartingWith(int id) => (uint)id < (uint)phrasesById.Length ? phrasesById[id] : [];

    /// <summary>The month named by the two words of ids <paramref name="first"/> and <paramref name="second"/> ("تشرين الأول" = 10).</summary>
    public bool CompoundMonth(int first, int second, out int month, out bool hijri)
    {
        if (compoundMonths.TryGetValue(((long)first << 32) | (uint)second, out var found))
        {
            (month, hijri) = found;
            return true;
        }

        (month, hijri) = (0, false);
        return false;
    }

    private const char Alef = '\u0627';
    private const char Ba = '\u0628';
    private const char Fa = '\u0641';
    private const char Kaf = '\u0643';
    private const char Lam = '\u0644';
    private const char Waw = '\u0648';

    /// <summary>True for a letter of the Arabic blocks (the scripts do not mix inside a word of the text).</summary>
    public static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>
    /// Folds an Arabic word as name matching and search do (<see cref="Actors.NameFolding"/>: أ إ آ ٱ → ا, ى → ي,
    /// ة → ه, ؤ ئ → ء; harakat, tatweel and joiners dropped) into <paramref name="output"/>; returns its length.
    /// </summary>
    public static int FoldArabic(ReadOnlySpan<char> word, Span<char> output)
    {
        var n = 0;
        foreach (var c in word)
        {
            var f = Actors.NameFolding.Fold(c);
            if (f == Actors.NameFolding.Skip)
                continue;
            output[n++] = f == Actors.NameFolding.Break ? c : f;
        }

        return n;
    }

    /// <summary>The key under which a table word is stored: Arabic words folded, others as written.</summary>
    private static string Key(string word)
    {
        if (word.Length == 0 || !IsArabicLetter(word[0]))
            return word;
        Span<char> buffer = stackalloc char[word.Length];
        return new string(buffer[..FoldArabic(word, buffer)]);
    }

    public static DateLexicon Build(params DateTables[] languages)
    {
        var map = new Dictionary<string, Builder>(StringComparer.OrdinalIgnoreCase);
        var phraseList = new List<DatePhrase>();
        var compounds = new List<(string Words, int Month, bool Hijri)>();
        var cues = new List<DatePhrase>();
        var currency = "";
        var pastSuffixes = new List<string>();
        var pluralSuffixes = new List<string>();

        Builder Get(string word)
        {
            word = Key(word);
            if (!map.TryGetValue(word, out var b))
                map[word] = b = new Builder();
            return b;
        }

        void Add(string word, DateRole role) => Get(word).Roles |= role;

        void AddPhraseOrWord(string text, DateRole role, PhraseKind kind, int number = 0)
        {
            if (!text.Contains(' ', StringComparison.Ordinal))
                Add(text, role);
            else
                phraseList.Add(Parse(text, kind, TimexType.Date, null, TimeUnit.None, number, TenseCue.None));
        }

        foreach (var t in languages)
        {
            currency += t.CurrencySymbols;
            pastSuffixes.AddRange(t.PastSuffixes);
            pluralSuffixes.AddRange(t.PluralSuffixes);
            foreach (var w in t.DecadeSuffixes)
                Add(w, DateRole.DecadeSuffix);
            foreach (var (w, m) in t.Months)
            {
                if (w.Contains(' ', StringComparison.Ordinal))
                {
                    compounds.Add((w, m, false));
                    continue;
                }

                var b = Get(w);
                b.Roles |= DateRole.Month;
                b.Month = (sbyte)m;
            }

            foreach (var (w, m) in t.MonthAbbreviations)
            {
                var b = Get(w);
                b.Roles |= DateRole.MonthAbbreviation;
                b.Month = (sbyte)m;
            }

            foreach (var (w, m) in t.HijriMonths)
            {
                if (w.Contains(' ', StringComparison.Ordinal))
                {
                    compounds.Add((w, m, true));
                    continue;
                }

                var b = Get(w);
                b.Roles |= DateRole.HijriMonth;
                b.Month = (sbyte)m;
            }

            foreach (var (w, d) in t.Weekdays)
            {
                var b = Get(w);
                b.Roles |= DateRole.Weekday;
                b.Weekday = (sbyte)d;
            }

            foreach (var (w, d) in t.WeekdayAbbreviations)
            {
                var b = Get(w);
                b.Roles |= DateRole.WeekdayAbbreviation;
                b.Weekday = (sbyte)d;
            }

            foreach (var (w, d) in t.WeekdayPlurals)
            {
                var b = Get(w);
                b.Roles |= DateRole.WeekdayPlural;
                b.Weekday = (sbyte)d;
            }

            foreach (var (w, v) in t.Cardinals)
            {
                var b = Get(w);
                b.Roles |= DateRole.Cardinal | (v >= 20 && v % 10 == 0 ? DateRole.Tens : DateRole.None);
                b.Cardinal = (sbyte)v;
            }

            foreach (var w in t.Articles)
                Add(w, DateRole.Article);
            foreach (var (w, v) in t.Ordinals)
            {
                var b = Get(w);
                b.Roles |= DateRole.Ordinal;
                b.Ordinal = (sbyte)v;
            }

            foreach (var w in t.OrdinalSuffixes)
                Add(w, DateRole.OrdinalSuffix);
            foreach (var (w, u, plural) in t.Units)
            {
                var b = Get(w);
                b.Roles |= DateRole.Unit;
                b.Unit = u;
                b.PluralUnit = plural;
            }

            foreach (var (w, s) in t.Seasons)
            {
                var b = Get(w);
                b.Roles |= DateRole.Season;
                b.Season = s;
            }

            foreach (var (w, offset) in t.DayOffsets)
            {
                if (w.Contains(' ', StringComparison.Ordinal))
                {
                    phraseList.Add(Parse(w, PhraseKind.DayOffset, TimexType.Date, null, TimeUnit.Day, offset, TenseCue.None));
                    continue;
                }

                var b = Get(w);
                b.Roles |= DateRole.DayOffset;
                b.DayOffset = (sbyte)offset;
            }

            foreach (var (w, suffix) in t.PartsOfDay)
            {
                var b = Get(w);
                b.Roles |= DateRole.PartOfDay;
                b.Suffix = suffix;
            }

            foreach (var (w, offset, suffix) in t.DayParts)
            {
                var b = Get(w);
                b.Roles |= DateRole.DayPart;
                b.DayOffset = (sbyte)offset;
                b.Suffix = suffix;
            }

            foreach (var (w, offset) in t.RelativeModifiers)
            {
                var b = Get(w);
                b.Roles |= DateRole.RelativeModifier;
                b.RelativeOffset = (sbyte)offset;
            }

            foreach (var w in t.PartModifiers)
                Add(w, DateRole.PartModifier);
            foreach (var w in t.YearPrefixes)
                Add(w, DateRole.YearPrefix);
            foreach (var w in t.SpanOrdinals)
                Add(w, DateRole.SpanOrdinal);
            foreach (var w in t.ImpliedOneOrdinals)
                Add(w, DateRole.ImpliedOne);
            foreach (var w in t.Approximators)
                Add(w, DateRole.Approximator);
            foreach (var w in t.VagueCounts)
                AddPhraseOrWord(w, DateRole.VagueCount, PhraseKind.VagueCount);
            foreach (var (w, v) in t.CountPhrases)
                phraseList.Add(Parse(w, PhraseKind.Count, TimexType.Duration, null, TimeUnit.None, v, TenseCue.None));
            foreach (var w in t.AgoWords)
                Add(w, DateRole.Ago);
            foreach (var w in t.FromNowPhrases)
                phraseList.Add(Parse(w, PhraseKind.FromNow, TimexType.Date, null, TimeUnit.None, 0, TenseCue.None));
            foreach (var w in t.LaterWords)
                Add(w, DateRole.Later);
            foreach (var w in t.AgeWords)
                Add(w, DateRole.Age);
            foreach (var w in t.RateWords)
                Add(w, DateRole.Rate);
            foreach (var w in t.EachWords)
                Add(w, DateRole.Each);
            foreach (var w in t.BarePluralPrepositions)
                Add(w, DateRole.BarePluralPreposition);
            foreach (var w in t.YearPrepositions)
                Add(w, DateRole.YearPreposition);
            foreach (var w in t.WeakYearPrepositions)
                Add(w, DateRole.WeakYearPreposition);
            foreach (var w in t.MonthPrepositions)
                Add(w, DateRole.MonthPreposition);
            foreach (var w in t.EraWords)
                Add(w, DateRole.Era);
            foreach (var w in t.QuantityWords)
                Add(w, DateRole.Quantity);
            foreach (var w in t.CountNouns)
                Add(w, DateRole.CountNoun);
            foreach (var w in t.DefiniteArticles)
                Add(w, DateRole.Definite);
            foreach (var w in t.OfWords)
                Add(w, DateRole.Of);
            foreach (var w in t.CenturyWords)
                Add(w, DateRole.Century);
            foreach (var w in t.SpecificDayNouns)
                Add(w, DateRole.SpecificDayNoun);
            foreach (var w in t.FutureCues)
                Add(w, DateRole.FutureCue);
            foreach (var w in t.PastCues)
                Add(w, DateRole.PastCue);
            foreach (var w in t.NotPast)
                Add(w, DateRole.NotPast);
            foreach (var (pattern, type, value) in t.FixedPhrases)
                phraseList.Add(Parse(pattern, PhraseKind.Fixed, type, value, TimeUnit.None, 0, TenseCue.None));
            foreach (var (pattern, unit, offset) in t.AnaphoricPhrases)
                phraseList.Add(Parse(pattern, PhraseKind.Anaphoric, TimexType.Date, null, unit, offset, TenseCue.None));
            foreach (var (phrase, cue) in t.ImmediateCues)
                cues.Add(Parse(phrase, PhraseKind.ImmediateCue, TimexType.Date, null, TimeUnit.None, 0, cue));
            AddHeadFirst(t, Get, Add);
        }

        foreach (var (words, _, _) in compounds)
        {
            var parts = words.Split(' ');
            Add(parts[0], DateRole.MonthStart);
            Get(parts[1]);
        }

        // Every word a phrase names gets an id, so that phrases are matched by id.
        foreach (var p in phraseList.Concat(cues))
        {
            foreach (var w in p.Words.Concat(p.NotBefore).Concat(p.NotAfter))
                Get(w);
        }

        foreach (var p in phraseList)
        {
            Add(p.Words[p.SpanStart], DateRole.PhraseStart);
            for (var k = p.SpanStart + 1; k < p.Words.Length; k++)
                Add(p.Words[k], DateRole.PhraseWord);
            if (p.Words.Length - p.SpanStart == 1)
                Add(p.Words[p.SpanStart], DateRole.SingleWordPhrase);
        }

        var entries = new DateWord[map.Count + 1];
        var idOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, builder) in map)
        {
            idOf[word] = idOf.Count + 1;
            entries[idOf.Count] = builder.Build();
        }

        var frozenIds = idOf.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        int Id(string w) => idOf[Key(w)];
        DatePhrase WithIds(DatePhrase p) => p with
        {
            WordIds = [.. p.Words.Select(Id)],
            NotBeforeIds = [.. p.NotBefore.Select(Id)],
            NotAfterIds = [.. p.NotAfter.Select(Id)],
        };

        var phrasesById = new DatePhrase[entries.Length][];
        Array.Fill(phrasesById, []);
        foreach (var g in phraseList.Select(WithIds).GroupBy(p => p.WordIds[p.SpanStart]))
            phrasesById[g.Key] = [.. g.OrderByDescending(p => p.SpanEnd - p.SpanStart)];
        var compoundMonths = new Dictionary<long, (int, bool)>();
        foreach (var (words, month, hijri) in compounds)
        {
            var parts = words.Split(' ');
            compoundMonths[((long)Id(parts[0]) << 32) | (uint)Id(parts[1])] = (month, hijri);
        }

        return new DateLexicon(
            frozenIds, entries, phrasesById, compoundMonths.ToFrozenDictionary(), [.. cues.Select(WithIds)], currency, [.. pastSuffixes], [.. pluralSuffixes]);
    }

    /// <summary>The words of head-first word orders (<see cref="ArabicDateTables"/>).</summary>
    private static void AddHeadFirst(DateTables t, Func<string, Builder> get, Action<string, DateRole> add)
    {
        foreach (var (w, offset) in t.RelativeModifiersAfter)
        {
            var b = get(w);
            b.Roles |= DateRole.RelativeAfter;
            b.RelativeOffset = (sbyte)offset;
        }

        foreach (var (w, suffix) in t.PartsOfDayBefore)
        {
            var b = get(w);
            b.Roles |= DateRole.PartOfDayBefore;
            b.Suffix = suffix;
        }

        foreach (var (w, unit) in t.DualUnits)
        {
            var b = get(w);
            b.Roles |= DateRole.Unit | DateRole.DualUnit;
            b.Unit = unit;
        }

        foreach (var (w, v) in t.AddedTens)
        {
            var b = get(w);
            b.Roles |= DateRole.AddedTens;
            b.Cardinal = (sbyte)v;
        }

        foreach (var (w, tens) in t.DecadeWords)
        {
            var b = get(w);
            b.Roles |= DateRole.DecadeWord;
            b.Cardinal = (sbyte)tens;
        }

        foreach (var w in t.StandaloneMonths)
            add(w, DateRole.StandaloneMonth);
        foreach (var w in t.AgoBeforeWords)
            add(w, DateRole.AgoBefore);
        foreach (var w in t.LaterBeforeWords)
            add(w, DateRole.LaterBefore);
        foreach (var w in t.DayNouns)
            add(w, DateRole.DayNoun);
        foreach (var w in t.MonthNouns)
            add(w, DateRole.MonthNoun);
        foreach (var w in t.YearNouns)
            add(w, DateRole.YearNoun);
        foreach (var w in t.OneAfterWords)
            add(w, DateRole.OneAfter);
        foreach (var w in t.GregorianMarkers)
            add(w, DateRole.GregorianMarker);
        foreach (var w in t.HijriMarkers)
            add(w, DateRole.HijriMarker);
        foreach (var w in t.CorrespondingWords)
            add(w, DateRole.Corresponding);
        foreach (var w in t.AgeBeforeWords)
            add(w, DateRole.AgeBefore);
        foreach (var w in t.CenturyBeforeOrdinalWords)
            add(w, DateRole.CenturyBeforeOrdinal);
    }

    /// <summary>Parses the phrase syntax of <see cref="DateTables.FixedPhrases"/>.</summary>
    internal static DatePhrase Parse(string pattern, PhraseKind kind, TimexType type, string? value, TimeUnit unit, int number, TenseCue cue)
    {
        var words = new List<string>();
        var notBefore = new List<string>();
        var notAfter = new List<string>();
        int spanStart = -1, spanEnd = -1;
        var anchored = false;
        foreach (var raw in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "+anchored")
            {
                anchored = true;
                continue;
            }

            if (raw.StartsWith('!'))
            {
                (spanStart < 0 ? notBefore : notAfter).Add(raw[1..]);
                continue;
            }

            var word = raw;
            if (word.StartsWith('['))
            {
                spanStart = words.Count;
                word = word[1..];
            }

            var closes = word.EndsWith(']');
            if (closes)
                word = word[..^1];
            words.Add(word);
            if (closes)
                spanEnd = words.Count;
        }

        if (spanStart < 0)
        {
            spanStart = 0;
            spanEnd = words.Count;
        }

        return new DatePhrase(kind, [.. words], spanStart, spanEnd, [.. notBefore], [.. notAfter], type, value, unit, number, cue, anchored);
    }

    private sealed class Builder
    {
        public DateRole Roles;
        public sbyte Month;
        public sbyte Weekday;
        public sbyte Cardinal = -1;
        public sbyte Ordinal = -1;
        public TimeUnit Unit;
        public bool PluralUnit;
        public Season Season;
        public sbyte DayOffset;
        public sbyte RelativeOffset;
        public string? Suffix;

        public DateWord Build() =>
            new(Roles, Month, Weekday, Cardinal, Ordinal, Unit, PluralUnit, Season, DayOffset, RelativeOffset, Suffix);
    }
}
