using Daftar.Domain;

namespace Daftar.Extraction.Dates;

/// <summary>A calendar unit a duration or a relative expression counts in.</summary>
internal enum TimeUnit : byte
{
    None,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>TIMEX3 seasons.</summary>
internal enum Season : byte
{
    None,
    Spring,
    Summer,
    Fall,
    Winter,
}

/// <summary>Which way a tense cue points from the document date.</summary>
internal enum TenseCue : sbyte
{
    Past = -1,
    None = 0,
    Future = 1,
}

/// <summary>
/// The words of one language that the date tagger knows, as plain tables: one instance per language
/// (<see cref="EnglishDateTables"/>, <see cref="ArabicDateTables"/>), merged by <see cref="DateLexicon"/> into frozen
/// look-ups. Every word is matched case-insensitively, Arabic words folded; multi-word entries are written with single
/// spaces.
/// </summary>
internal sealed record DateTables
{
    /// <summary>ISO 639-1 code.</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Full month names (1–12) of the Gregorian calendar. A month name is only taken capitalised (in cased scripts)
    /// and in a date frame — with a day or a year, or alone after a preposition such as "in"/"since" or a modifier
    /// such as "last"/"early" — so "may prove", "will march", "March with us" are never dates.
    /// </summary>
    public IReadOnlyList<(string Word, int Month)> Months { get; init; } = [];

    /// <summary>
    /// Month names (or the first word of two-word ones) that are no other word of the language, taken without a date
    /// frame ("موعد أيلول" = the September deadline). Not "آب" (folded, أب "father") nor "مارس" ("he practised").
    /// </summary>
    public IReadOnlyList<string> StandaloneMonths { get; init; } = [];

    /// <summary>Abbreviated month names: only taken before a day or a year.</summary>
    public IReadOnlyList<(string Word, int Month)> MonthAbbreviations { get; init; } = [];

    /// <summary>
    /// Months of the Hijri (Umm al-Qura) calendar (1–12). Taken only with a year: with a day converted to the
    /// Gregorian day ("5 Ramadan 1445" = 2024-03-15), without one to the Gregorian month that holds most of it.
    /// Month names of either calendar may be two words ("كانون الثاني", "ربيع الأول").
    /// </summary>
    public IReadOnlyList<(string Word, int Month)> HijriMonths { get; init; } = [];

    /// <summary>Weekday names with their ISO number (Monday = 1).</summary>
    public IReadOnlyList<(string Word, int IsoDay)> Weekdays { get; init; } = [];

    /// <summary>Weekday abbreviations: only taken before a date.</summary>
    public IReadOnlyList<(string Word, int IsoDay)> WeekdayAbbreviations { get; init; } = [];

    /// <summary>Plural weekday names ("Fridays"): a set.</summary>
    public IReadOnlyList<(string Word, int IsoDay)> WeekdayPlurals { get; init; } = [];

    /// <summary>Cardinal number words 0–99; tens (20, 30 … 90) combine with units 1–9 ("twenty-five", "twenty five").</summary>
    public IReadOnlyList<(string Word, int Value)> Cardinals { get; init; } = [];

    /// <summary>The indefinite article, counting one before a singular unit ("a year").</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>Ordinal words ("first" … "thirty-first"), written as single tokens or hyphenated pairs.</summary>
    public IReadOnlyList<(string Word, int Value)> Ordinals { get; init; } = [];

    /// <summary>Suffixes written straight after digits to make an ordinal ("24th").</summary>
    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>Unit words, singular and plural.</summary>
    public IReadOnlyList<(string Word, TimeUnit Unit, bool Plural)> Units { get; init; } = [];

    /// <summary>Season names.</summary>
    public IReadOnlyList<(string Word, Season Season)> Seasons { get; init; } = [];

    /// <summary>Words naming a day by its distance from the document date ("yesterday" = -1).</summary>
    public IReadOnlyList<(string Phrase, int Offset)> DayOffsets { get; init; } = [];

    /// <summary>Parts of the day and their TIMEX3 suffix ("morning" = MO), after a day word.</summary>
    public IReadOnlyList<(string Word, string Suffix)> PartsOfDay { get; init; } = [];

    /// <summary>One-word day-and-part expressions ("tonight" = today, NI).</summary>
    public IReadOnlyList<(string Word, int Offset, string Suffix)> DayParts { get; init; } = [];

    /// <summary>Words that shift a unit, weekday, month or season ("last" = -1, "next" = +1, "this" = 0).</summary>
    public IReadOnlyList<(string Word, int Offset)> RelativeModifiers { get; init; } = [];

    /// <summary>Words that name part of a period ("early 2020", "late January", "mid-1990s", "earlier this month").</summary>
    public IReadOnlyList<string> PartModifiers { get; init; } = [];

    /// <summary>Prefixes joined to a year by a hyphen ("pre-2011", "post-2003"); the value stays the year.</summary>
    public IReadOnlyList<string> YearPrefixes { get; init; } = [];

    /// <summary>
    /// Words between "the" and a count that make the count the head of the time phrase ("the first fifteen months",
    /// "the past three weeks"); with no count a singular unit counts one ("the past year").
    /// </summary>
    public IReadOnlyList<string> SpanOrdinals { get; init; } = [];

    /// <summary>Of <see cref="SpanOrdinals"/>, those after which a singular unit counts one ("the past year" = P1Y; not "the first day").</summary>
    public IReadOnlyList<string> ImpliedOneOrdinals { get; init; } = [];

    /// <summary>One-word approximations kept inside a duration's span ("almost two decades").</summary>
    public IReadOnlyList<string> Approximators { get; init; } = [];

    /// <summary>Vague counts: the duration's number becomes X ("a few days" = PXD). Multi-word allowed.</summary>
    public IReadOnlyList<string> VagueCounts { get; init; } = [];

    /// <summary>Counts written as phrases ("a couple of" = 2).</summary>
    public IReadOnlyList<(string Phrase, int Value)> CountPhrases { get; init; } = [];

    /// <summary>After a count and unit, the phrase makes a date back from the document date ("two days ago").</summary>
    public IReadOnlyList<string> AgoWords { get; init; } = [];

    /// <summary>After a count and unit, the phrase makes a date forward from the document date ("two days from now").</summary>
    public IReadOnlyList<string> FromNowPhrases { get; init; } = [];

    /// <summary>After a count and unit, kept in the span of the duration ("two decades later").</summary>
    public IReadOnlyList<string> LaterWords { get; init; } = [];

    /// <summary>After a count and unit, the number is an age, not a time ("30 years old").</summary>
    public IReadOnlyList<string> AgeWords { get; init; } = [];

    /// <summary>"a year" after these is a rate (a set), not a duration: "twice a year", "per year".</summary>
    public IReadOnlyList<string> RateWords { get; init; } = [];

    /// <summary>Before a unit: a set ("every year" = P1Y).</summary>
    public IReadOnlyList<string> EachWords { get; init; } = [];

    /// <summary>Before a bare plural unit these make it a vague duration ("after months of" = PXM).</summary>
    public IReadOnlyList<string> BarePluralPrepositions { get; init; } = [];

    /// <summary>Before a year these make a lone four-digit number a year for sure ("in 1850", "since 2003").</summary>
    public IReadOnlyList<string> YearPrepositions { get; init; } = [];

    /// <summary>
    /// Prepositions before which a four-digit number may still be a count ("for 2000 troops"): a year in 1800–2100
    /// after them unless a counted noun follows ("for 2024" is a year).
    /// </summary>
    public IReadOnlyList<string> WeakYearPrepositions { get; init; } = [];

    /// <summary>Before a month name alone these make it a date ("in January", "since March").</summary>
    public IReadOnlyList<string> MonthPrepositions { get; init; } = [];

    /// <summary>Era words after a year ("AD", "BC").</summary>
    public IReadOnlyList<string> EraWords { get; init; } = [];

    /// <summary>Before a number these make it a quantity, not a year ("some 2000 troops", "about 1500").</summary>
    public IReadOnlyList<string> QuantityWords { get; init; } = [];

    /// <summary>Plural nouns not ending in s after which a number is a quantity ("2003 people").</summary>
    public IReadOnlyList<string> CountNouns { get; init; } = [];

    /// <summary>The definite article(s), which a decade or century phrase keeps in its span ("the 1990s").</summary>
    public IReadOnlyList<string> DefiniteArticles { get; init; } = [];

    /// <summary>"the" + these words + "of" + year: a whole-phrase span ("the summer of 2014").</summary>
    public IReadOnlyList<string> OfWords { get; init; } = [];

    /// <summary>The word for century ("20th century" = 19).</summary>
    public IReadOnlyList<string> CenturyWords { get; init; } = [];

    /// <summary>
    /// Fixed phrases with a fixed value. Syntax: words separated by spaces; the span is the part in [brackets]
    /// (the whole phrase when there are none); a word prefixed with ! before the span must not be the word before
    /// it, and after the span must not be the word after it. Example: "!most [recently]", "in [the past]". The flag
    /// <c>+anchored</c> keeps the phrase only in a sentence that holds another timex: "he was 30 in 2003 and is now
    /// 46", not the discourse "now" of "what now remains to be seen".
    /// </summary>
    public IReadOnlyList<(string Pattern, TimexType Type, string Value)> FixedPhrases { get; init; } = [];

    /// <summary>
    /// Phrases that count from the last date the text gave ("the next day" = that date + 1 day), same syntax as
    /// <see cref="FixedPhrases"/>.
    /// </summary>
    public IReadOnlyList<(string Pattern, TimeUnit Unit, int Offset)> AnaphoricPhrases { get; init; } = [];

    /// <summary>
    /// A possessive "today's" names a specific day only before these nouns ("today's vote"); otherwise it is generic
    /// ("today's Iraq") and not tagged.
    /// </summary>
    public IReadOnlyList<string> SpecificDayNouns { get; init; } = [];

    /// <summary>Words whose nearest occurrence around a date without a year or weekday points to the future.</summary>
    public IReadOnlyList<string> FutureCues { get; init; } = [];

    /// <summary>Words whose nearest occurrence points to the past (besides regular past forms, see <see cref="PastSuffixes"/>).</summary>
    public IReadOnlyList<string> PastCues { get; init; } = [];

    /// <summary>Word endings of regular past forms ("-ed"), for languages that have them.</summary>
    public IReadOnlyList<string> PastSuffixes { get; init; } = [];

    /// <summary>Words with a past ending that are not past forms ("need", "hundred", "indeed").</summary>
    public IReadOnlyList<string> NotPast { get; init; } = [];

    /// <summary>Phrases immediately before a date that fix its direction ("since" = past, "as soon as" = future).</summary>
    public IReadOnlyList<(string Phrase, TenseCue Cue)> ImmediateCues { get; init; } = [];

    /// <summary>Endings of regular plurals ("troops"): a number before such a word is a count, not a year.</summary>
    public IReadOnlyList<string> PluralSuffixes { get; init; } = [];

    /// <summary>A suffix joined to a year ending in 0 that makes it a decade ("1990s", "1990's").</summary>
    public IReadOnlyList<string> DecadeSuffixes { get; init; } = [];

    /// <summary>Symbols before a number that make it money, not a year.</summary>
    public string CurrencySymbols { get; init; } = "";

    // ---- word orders of languages that put the head noun first (Arabic) ----------------------------------------

    /// <summary>Modifiers written after what they shift ("الأسبوع الماضي" = last week): -1, +1 or 0.</summary>
    public IReadOnlyList<(string Word, int Offset)> RelativeModifiersAfter { get; init; } = [];

    /// <summary>Before a count and unit, makes a date back from the document date ("قبل يومين" = two days ago).</summary>
    public IReadOnlyList<string> AgoBeforeWords { get; init; } = [];

    /// <summary>Before a count and unit, kept in the span of the duration, as "later" is after it ("بعد يومين").</summary>
    public IReadOnlyList<string> LaterBeforeWords { get; init; } = [];

    /// <summary>Parts of the day written before the day they belong to ("مساء أمس" = yesterday evening).</summary>
    public IReadOnlyList<(string Word, string Suffix)> PartsOfDayBefore { get; init; } = [];

    /// <summary>"day" in construct before a weekday or a date ("يوم السبت"): kept in the span.</summary>
    public IReadOnlyList<string> DayNouns { get; init; } = [];

    /// <summary>"month" in construct before a month name ("شهر آذار"): kept in the span, and a date frame by itself.</summary>
    public IReadOnlyList<string> MonthNouns { get; init; } = [];

    /// <summary>"year" in construct before a year number ("عام ٢٠١٤"): kept in the span, and a date frame by itself.</summary>
    public IReadOnlyList<string> YearNouns { get; init; } = [];

    /// <summary>Dual unit words: a count of two and a unit in one word ("يومين" = two days).</summary>
    public IReadOnlyList<(string Word, TimeUnit Unit)> DualUnits { get; init; } = [];

    /// <summary>
    /// Tens written after a unit digit word and added to it: the teens ("ثلاثة عشر" = 13, "الرابع عشر" = 14th) and
    /// the conjoined tens ("خمسة وعشرين" = 25, "الحادي والعشرين" = 21st).
    /// </summary>
    public IReadOnlyList<(string Word, int Value)> AddedTens { get; init; } = [];

    /// <summary>After a singular unit, makes its count one ("أسبوع واحد").</summary>
    public IReadOnlyList<string> OneAfterWords { get; init; } = [];

    /// <summary>Marks after a year of the Gregorian era ("٢٠٢٤م"), kept in the span.</summary>
    public IReadOnlyList<string> GregorianMarkers { get; init; } = [];

    /// <summary>Marks after a year of the Hijri era ("١٤٤٥هـ"): the year is Hijri; kept in the span.</summary>
    public IReadOnlyList<string> HijriMarkers { get; init; } = [];

    /// <summary>Between a weekday and its date ("السبت الموافق ١٦ آذار"): one timex.</summary>
    public IReadOnlyList<string> CorrespondingWords { get; init; } = [];

    /// <summary>Before a count and unit, the number is an age ("يبلغ من العمر ٣٠ عاماً").</summary>
    public IReadOnlyList<string> AgeBeforeWords { get; init; } = [];

    /// <summary>"century" before its ordinal ("القرن العشرين" = the twentieth century).</summary>
    public IReadOnlyList<string> CenturyBeforeOrdinalWords { get; init; } = [];

    /// <summary>Words naming a decade of a century by its tens digit ("التسعينيات" = the nineties, 9).</summary>
    public IReadOnlyList<(string Word, int Tens)> DecadeWords { get; init; } = [];
}
