using Daftar.Domain;

namespace Daftar.Extraction.Dates;

/// <summary>The English words of the date tagger. Data only: the rules that read them are in <see cref="TimexTagger"/>.</summary>
internal static class EnglishDateTables
{
    public static DateTables Instance { get; } = new()
    {
        Language = "en",
        Months =
        [
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
            ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ],
        MonthAbbreviations =
        [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ],
        // Transliterated one-word Hijri month names; the two-word ones (Rabi al-Awwal …) come with the Arabic tables' phrases.
        HijriMonths = [("muharram", 1), ("safar", 2), ("rajab", 7), ("shaban", 8), ("ramadan", 9), ("shawwal", 10)],
        Weekdays =
        [
            ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
        ],
        WeekdayAbbreviations =
        [
            ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7),
        ],
        WeekdayPlurals =
        [
            ("mondays", 1), ("tuesdays", 2), ("wednesdays", 3), ("thursdays", 4), ("fridays", 5), ("saturdays", 6), ("sundays", 7),
        ],
        Cardinals =
        [
            ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
            ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
            ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
            ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
            ("dozen", 12),
        ],
        Articles = ["a", "an"],
        Ordinals =
        [
            ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
            ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
            ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
            ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
        ],
        OrdinalSuffixes = ["st", "nd", "rd", "th"],
        Units =
        [
            ("minute", TimeUnit.Minute, false), ("minutes", TimeUnit.Minute, true),
            ("hour", TimeUnit.Hour, false), ("hours", TimeUnit.Hour, true),
            ("day", TimeUnit.Day, false), ("days", TimeUnit.Day, true),
            ("week", TimeUnit.Week, false), ("weeks", TimeUnit.Week, true),
            ("weekend", TimeUnit.Weekend, false), ("weekends", TimeUnit.Weekend, true),
            ("month", TimeUnit.Month, false), ("months", TimeUnit.Month, true),
            ("year", TimeUnit.Year, false), ("years", TimeUnit.Year, true),
            ("decade", TimeUnit.Decade, false), ("decades", TimeUnit.Decade, true),
            ("century", TimeUnit.Century, false), ("centuries", TimeUnit.Century, true),
        ],
        Seasons =
        [
            ("spring", Season.Spring), ("summer", Season.Summer), ("fall", Season.Fall), ("autumn", Season.Fall), ("winter", Season.Winter),
        ],
        DayOffsets = [("yesterday", -1), ("today", 0), ("tomorrow", 1), ("the day before yesterday", -2), ("the day after tomorrow", 2)],
        PartsOfDay = [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI")],
        DayParts = [("tonight", 0, "NI")],
        RelativeModifiers = [("last", -1), ("next", 1), ("this", 0), ("coming", 1), ("previous", -1)],
        PartModifiers = ["early", "mid", "late", "earlier", "later"],
        YearPrefixes = ["pre", "post", "mid"],
        SpanOrdinals = ["first", "last", "past", "next", "previous", "final"],
        ImpliedOneOrdinals = ["last", "past", "next", "previous"],
        Approximators = ["almost", "nearly", "roughly", "approximately", "some"],
        VagueCounts = ["few", "a few", "several", "many", "a number of", "some"],
        CountPhrases = [("a couple of", 2), ("a dozen", 12)],
        AgoWords = ["ago", "back"],
        FromNowPhrases = ["from now", "hence"],
        LaterWords = ["later", "earlier"],
        AgeWords = ["old", "aged", "age"],
        RateWords = ["once", "twice", "times", "per"],
        EachWords = ["every", "each"],
        BarePluralPrepositions = ["after", "for", "within", "over", "during", "throughout", "in", "across"],
        YearPrepositions =
        [
            "in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "circa", "c", "throughout",
            "early", "late", "mid", "year", "spring", "summer", "fall", "autumn", "winter",
        ],
        WeakYearPrepositions = ["of", "for", "to", "and", "or", "between", "around", "as", "at", "on"],
        MonthPrepositions = ["in", "since", "until", "till", "by", "during", "from", "through", "throughout", "early", "mid", "late", "before", "after", "between", "and", "to"],
        EraWords = ["ad", "bc", "bce", "ce"],
        QuantityWords =
        [
            "about", "some", "nearly", "almost", "over", "than", "approximately", "around", "roughly", "least", "most",
            "only", "just", "total", "totaling", "totalling", "number", "no", "additional", "another", "extra",
            "page", "pages", "p", "pp", "chapter", "article", "resolution", "law", "decree", "flight", "route", "highway",
            "room", "code", "model", "version", "item", "line", "paragraph", "section", "volume", "vol", "issue", "exactly",
        ],
        CountNouns =
        [
            "people", "men", "women", "children", "police", "personnel", "staff", "infantry", "cavalry",
            "persons", "dead", "wounded", "injured", "killed", "km", "kilometres", "kilometers", "miles", "metres", "meters",
            "percent", "per", "dollars", "euros", "dinars", "riyals", "pounds", "tons", "tonnes", "barrels",
            "troops", "soldiers", "fighters", "families", "votes", "seats", "members", "deputies", "protesters", "homes",
            "houses", "refugees", "cases", "deaths", "jobs", "workers", "students", "prisoners", "detainees", "civilians",
            "casualties", "voters", "delegates", "candidates", "units", "vehicles", "rockets", "missiles",
        ],
        DefiniteArticles = ["the"],
        OfWords = ["of"],
        CenturyWords = ["century"],
        FixedPhrases =
        [
            ("[now] !that +anchored", TimexType.Date, "PRESENT_REF"),
            ("[right now]", TimexType.Date, "PRESENT_REF"),
            ("[currently]", TimexType.Date, "PRESENT_REF"),
            ("[nowadays]", TimexType.Date, "PRESENT_REF"),
            ("[presently]", TimexType.Date, "PRESENT_REF"),
            ("[at present]", TimexType.Date, "PRESENT_REF"),
            ("[at the moment]", TimexType.Date, "PRESENT_REF"),
            ("[these days]", TimexType.Date, "PRESENT_REF"),
            ("[at this time]", TimexType.Date, "PRESENT_REF"),
            ("[the present day]", TimexType.Date, "PRESENT_REF"),
            ("!most [recently]", TimexType.Date, "PAST_REF"),
            ("[lately]", TimexType.Date, "PAST_REF"),
            ("[formerly]", TimexType.Date, "PAST_REF"),
            ("[previously]", TimexType.Date, "PAST_REF"),
            ("in [the past] !few !week !weeks !month !months !year !years !decade !decades !day !days !century", TimexType.Date, "PAST_REF"),
            ("in [the distant past]", TimexType.Date, "PAST_REF"),
            ("in [the recent past]", TimexType.Date, "PAST_REF"),
            ("[recent days]", TimexType.Date, "PAST_REF"),
            ("[recent weeks]", TimexType.Date, "PAST_REF"),
            ("[recent months]", TimexType.Date, "PAST_REF"),
            ("[recent years]", TimexType.Date, "PAST_REF"),
            ("[recent decades]", TimexType.Date, "PAST_REF"),
            ("!as !how !so !too [soon] !as !after !afterwards !thereafter !enough", TimexType.Date, "FUTURE_REF"),
            ("in [the future] !of", TimexType.Date, "FUTURE_REF"),
            ("in [the near future]", TimexType.Date, "FUTURE_REF"),
            ("in [the long term]", TimexType.Date, "FUTURE_REF"),
            ("[the coming days]", TimexType.Date, "FUTURE_REF"),
            ("[the coming weeks]", TimexType.Date, "FUTURE_REF"),
            ("[the coming months]", TimexType.Date, "FUTURE_REF"),
            ("[the coming years]", TimexType.Date, "FUTURE_REF"),
            ("[the coming decades]", TimexType.Date, "FUTURE_REF"),
            ("[the days ahead]", TimexType.Date, "FUTURE_REF"),
            ("[the weeks ahead]", TimexType.Date, "FUTURE_REF"),
            ("[the months ahead]", TimexType.Date, "FUTURE_REF"),
            ("[the years ahead]", TimexType.Date, "FUTURE_REF"),
            ("[the next few days]", TimexType.Date, "FUTURE_REF"),
            ("[the next few weeks]", TimexType.Date, "FUTURE_REF"),
            ("[the next few months]", TimexType.Date, "FUTURE_REF"),
            ("[the next few years]", TimexType.Date, "FUTURE_REF"),
            ("[the years to come]", TimexType.Date, "FUTURE_REF"),
            ("[the months to come]", TimexType.Date, "FUTURE_REF"),
            ("[the days to come]", TimexType.Date, "FUTURE_REF"),
            ("[the weeks to come]", TimexType.Date, "FUTURE_REF"),
        ],
        AnaphoricPhrases =
        [
            ("[the next day]", TimeUnit.Day, 1),
            ("[the following day]", TimeUnit.Day, 1),
            ("[the previous day]", TimeUnit.Day, -1),
            ("[the same day]", TimeUnit.Day, 0),
            ("[that same day]", TimeUnit.Day, 0),
            ("[that day]", TimeUnit.Day, 0),
            ("[the following week]", TimeUnit.Week, 1),
            ("[the previous week]", TimeUnit.Week, -1),
            ("[the following month]", TimeUnit.Month, 1),
            ("[the previous month]", TimeUnit.Month, -1),
            ("[the following year]", TimeUnit.Year, 1),
            ("[the next year]", TimeUnit.Year, 1),
            ("[the previous year]", TimeUnit.Year, -1),
            ("[the same year]", TimeUnit.Year, 0),
            ("[that same year]", TimeUnit.Year, 0),
            ("[that year]", TimeUnit.Year, 0),
        ],
        SpecificDayNouns =
        [
            "meeting", "meetings", "session", "vote", "talks", "attack", "attacks", "decision", "statement", "announcement",
            "election", "elections", "ceremony", "summit", "protest", "protests", "rally", "hearing", "ruling", "strike",
            "strikes", "march", "visit", "speech", "deadline", "agreement", "launch", "demonstration", "demonstrations", "news",
        ],
        FutureCues =
        [
            "will", "shall", "ll", "going", "expected", "scheduled", "due", "intends", "upcoming",
            "next", "coming", "tomorrow", "soon", "forthcoming",
        ],
        PastCues =
        [
            "was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "said", "told", "took", "taken", "gave", "given", "met",
            "left", "held", "went", "gone", "came", "made", "began", "begun", "saw", "seen", "led", "fought", "lost", "sent",
            "struck", "shot", "brought", "thought", "found", "became", "fell", "fallen", "rose", "risen", "spoke", "spoken", "wrote",
            "written", "ran", "shown", "known", "knew", "drew", "drawn", "broke", "broken", "chose", "chosen", "stood", "sat", "hit",
            "paid", "sought", "kept", "felt", "heard", "meant", "spent", "built", "withdrew", "withdrawn", "overtook",
            "been", "former", "formerly", "previously",
        ],
        PastSuffixes = ["ed"],
        NotPast =
        [
            "need", "needs", "speed", "seed", "feed", "breed", "bleed", "bed", "red", "shed", "hundred", "indeed", "proceed",
            "succeed", "exceed", "creed", "greed", "sacred", "wed", "embed", "naked", "wicked", "kindred", "hatred", "weed",
            "deed", "heed", "steed", "tweed", "reed", "sled", "shred", "infrared",
        ],
        ImmediateCues =
        [
            ("since", TenseCue.Past), ("as soon as", TenseCue.Future), ("by", TenseCue.Future), ("no later than", TenseCue.Future),
        ],
        PluralSuffixes = ["s"],
        DecadeSuffixes = ["s"],
        CurrencySymbols = "$£€¥₹#№",
    };
}
