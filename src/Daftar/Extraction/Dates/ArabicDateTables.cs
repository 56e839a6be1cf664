using Daftar.Domain;

namespace Daftar.Extraction.Dates;

/// <summary>
/// The Arabic words of the date tagger. Data only: the rules that read them are in <see cref="TimexTagger"/>.
/// Words are written in their usual spelling; <see cref="DateLexicon"/> folds them as it folds the text (hamza seats
/// of alef, ى/ي, ة/ه, harakat and tatweel), so "أبريل" also matches "ابريل" and "إبريل", "غداً" matches "غدا".
/// The attached proclitics و ف ب ل ك (and لل for ل + ال) are stripped by the lexicon at look-up, so a word is listed
/// once, with its article where the article changes the meaning ("اليوم" = today, "يوم" = day).
/// </summary>
internal static class ArabicDateTables
{
    public static DateTables Instance { get; } = new()
    {
        Language = "ar",
        Months =
        [
            // Egyptian (transliterated) names, with their common variants.
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
            ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),

            // Levantine (Syriac) names, used in Iraq.
            ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7),
            ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
        ],
        StandaloneMonths =
        [
            "يناير", "فبراير", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "أيلول", "تشرين",
        ],
        HijriMonths =
        [
            ("محرم", 1), ("صفر", 2), ("ربيع الأول", 3), ("ربيع الآخر", 4), ("ربيع الثاني", 4), ("جمادى الأولى", 5),
            ("جمادى الأول", 5), ("جمادى الآخرة", 6), ("جمادى الثانية", 6), ("جمادى الآخر", 6), ("رجب", 7), ("شعبان", 8),
            ("رمضان", 9), ("شوال", 10), ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
        ],

        // With the article only: "أحد" is "one", "سبت" alone is not a day.
        Weekdays =
        [
            ("الاثنين", 1), ("الإثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3), ("الخميس", 4), ("الجمعة", 5), ("السبت", 6), ("الأحد", 7),
        ],

        // Counts for durations. One is the bare singular unit ("قبل عام" = a year ago) or "واحد" after it; two is the
        // dual (DualUnits). "أحد" (one, as in أحد عشر) is left out: "أحد الأيام" is "one day", not a duration.
        Cardinals =
        [
            ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2), ("اثنا", 2), ("اثني", 2), ("اثنتا", 2), ("اثنتي", 2),
            ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6),
            ("سبع", 7), ("سبعة", 7), ("ثمان", 8), ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9), ("عشر", 10), ("عشرة", 10),
            ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40), ("أربعين", 40), ("خمسون", 50),
            ("خمسين", 50), ("ستون", 60), ("ستين", 60), ("سبعون", 70), ("سبعين", 70), ("ثمانون", 80), ("ثمانين", 80),
            ("تسعون", 90), ("تسعين", 90),
        ],
        AddedTens =
        [
            ("عشر", 10), ("عشرة", 10), ("وعشرون", 20), ("وعشرين", 20), ("وثلاثون", 30), ("وثلاثين", 30), ("وأربعون", 40),
            ("وأربعين", 40), ("وخمسون", 50), ("وخمسين", 50), ("وستون", 60), ("وستين", 60), ("وسبعون", 70), ("وسبعين", 70),
            ("وثمانون", 80), ("وثمانين", 80), ("وتسعون", 90), ("وتسعين", 90),

            // After an ordinal the tens take the article: "الحادي والعشرين".
            ("والعشرين", 20), ("والثلاثين", 30), ("والأربعين", 40), ("والخمسين", 50), ("والستين", 60), ("والسبعين", 70),
            ("والثمانين", 80), ("والتسعين", 90),
        ],

        // Day ordinals, masculine (يوم is masculine), with the article as dates write them: "الرابع عشر من نيسان".
        Ordinals =
        [
            ("الأول", 1), ("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6),
            ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("العشرين", 20), ("الثلاثين", 30),
        ],
        Units =
        [
            // Singular (also the accusative after 11–99: "ثلاثين يوماً"), plural (after 3–10), and the definite forms
            // that take a modifier after them ("الأسبوع الماضي").
            ("دقيقة", TimeUnit.Minute, false), ("دقائق", TimeUnit.Minute, true),
            ("ساعة", TimeUnit.Hour, false), ("ساعات", TimeUnit.Hour, true),
            ("يوم", TimeUnit.Day, false), ("يوما", TimeUnit.Day, false), ("أيام", TimeUnit.Day, true), ("الأيام", TimeUnit.Day, true),
            ("أسبوع", TimeUnit.Week, false), ("أسبوعا", TimeUnit.Week, false), ("الأسبوع", TimeUnit.Week, false),
            ("أسابيع", TimeUnit.Week, true), ("الأسابيع", TimeUnit.Week, true),
            ("شهر", TimeUnit.Month, false), ("شهرا", TimeUnit.Month, false), ("الشهر", TimeUnit.Month, false),
            ("أشهر", TimeUnit.Month, true), ("شهور", TimeUnit.Month, true), ("الأشهر", TimeUnit.Month, true), ("الشهور", TimeUnit.Month, true),
            ("عام", TimeUnit.Year, false), ("عاما", TimeUnit.Year, false), ("العام", TimeUnit.Year, false),
            ("أعوام", TimeUnit.Year, true), ("الأعوام", TimeUnit.Year, true),
            ("سنة", TimeUnit.Year, false), ("السنة", TimeUnit.Year, false), ("سنوات", TimeUnit.Year, true), ("سنين", TimeUnit.Year, true),
            ("السنوات", TimeUnit.Year, true),
            ("عقد", TimeUnit.Decade, false), ("عقدا", TimeUnit.Decade, false), ("العقد", TimeUnit.Decade, false),
            ("عقود", TimeUnit.Decade, true), ("العقود", TimeUnit.Decade, true),
            ("قرن", TimeUnit.Century, false), ("قرنا", TimeUnit.Century, false), ("القرن", TimeUnit.Century, false),
            ("قرون", TimeUnit.Century, true),
        ],
        DualUnits =
        [
            ("دقيقتين", TimeUnit.Minute), ("دقيقتان", TimeUnit.Minute), ("ساعتين", TimeUnit.Hour), ("ساعتان", TimeUnit.Hour),
            ("يومين", TimeUnit.Day), ("يومان", TimeUnit.Day), ("أسبوعين", TimeUnit.Week), ("أسبوعان", TimeUnit.Week),
            ("شهرين", TimeUnit.Month), ("شهران", TimeUnit.Month), ("عامين", TimeUnit.Year), ("عامان", TimeUnit.Year),
            ("سنتين", TimeUnit.Year), ("سنتان", TimeUnit.Year), ("عقدين", TimeUnit.Decade), ("عقدان", TimeUnit.Decade),
            ("قرنين", TimeUnit.Century), ("قرنان", TimeUnit.Century),
        ],
        OneAfterWords = ["واحد", "واحدا", "واحدة"],
        Seasons =
        [
            ("ربيع", Season.Spring), ("الربيع", Season.Spring), ("صيف", Season.Summer), ("الصيف", Season.Summer),
            ("خريف", Season.Fall), ("الخريف", Season.Fall), ("شتاء", Season.Winter), ("الشتاء", Season.Winter),
        ],
        DayOffsets =
        [
            ("أمس", -1), ("الأمس", -1), ("اليوم", 0), ("غدا", 1), ("غد", 1), ("الغد", 1),
            ("أول أمس", -2), ("أول من أمس", -2), ("أمس الأول", -2), ("بعد غد", 2),
        ],
        DayParts = [("الليلة", 0, "NI")],

        // "ظهر" (noon) is left out: it is also the verb "appeared" ("ظهر أمس في مؤتمر").
        PartsOfDayBefore = [("صباح", "MO"), ("فجر", "MO"), ("عصر", "AF"), ("مساء", "EV"), ("ليلة", "NI"), ("ليل", "NI")],
        DayNouns = ["يوم"],
        MonthNouns = ["شهر"],
        YearNouns = ["عام", "العام", "سنة", "السنة"],
        RelativeModifiers = [("هذا", 0), ("هذه", 0)],
        RelativeModifiersAfter =
        [
            ("الماضي", -1), ("الماضية", -1), ("المنصرم", -1), ("المنصرمة", -1), ("الفائت", -1), ("الفائتة", -1),
            ("المقبل", 1), ("المقبلة", 1), ("القادم", 1), ("القادمة", 1),
            ("الجاري", 0), ("الجارية", 0), ("الحالي", 0), ("الحالية", 0),
        ],
        PartModifiers = ["مطلع", "مستهل", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية"],
        Approximators = ["نحو", "حوالي", "قرابة", "زهاء"],
        VagueCounts = ["عدة", "بضعة", "بضع"],
        AgoBeforeWords = ["قبل", "منذ"],
        LaterBeforeWords = ["بعد"],
        AgeWords = ["العمر"],
        AgeBeforeWords = ["العمر", "عمر", "عمره", "عمرها", "البالغ", "البالغة", "يبلغ", "تبلغ"],
        EachWords = ["كل"],
        BarePluralPrepositions = ["خلال", "لمدة", "طوال", "طيلة", "غضون", "مدى", "مدار"],
        YearPrepositions = ["في", "منذ", "حتى", "قبل", "بعد", "خلال", "إلى", "لغاية", "بحلول"],
        WeakYearPrepositions = ["من", "بين", "و"],
        MonthPrepositions = ["في", "منذ", "حتى", "قبل", "بعد", "خلال", "من", "إلى", "لغاية", "بحلول", "بين"],
        QuantityWords = ["نحو", "حوالي", "قرابة", "زهاء", "أكثر", "أقل", "رقم", "مجموع", "إجمالي"],

        // "من" after a bare number counts ("2000 من المقاتلين"); any other indefinite word after one is counted too (see TryYear).
        CountNouns = ["من"],
        OfWords = ["من"],
        CenturyWords = ["القرن"],
        CenturyBeforeOrdinalWords = ["القرن"],
        DecadeWords =
        [
            ("العشرينيات", 2), ("العشرينات", 2), ("عشرينيات", 2), ("عشرينات", 2),
            ("الثلاثينيات", 3), ("الثلاثينات", 3), ("ثلاثينيات", 3), ("ثلاثينات", 3),
            ("الأربعينيات", 4), ("الأربعينات", 4), ("أربعينيات", 4), ("أربعينات", 4),
            ("الخمسينيات", 5), ("الخمسينات", 5), ("خمسينيات", 5), ("خمسينات", 5),
            ("الستينيات", 6), ("الستينات", 6), ("ستينيات", 6), ("ستينات", 6),
            ("السبعينيات", 7), ("السبعينات", 7), ("سبعينيات", 7), ("سبعينات", 7),
            ("الثمانينيات", 8), ("الثمانينات", 8), ("ثمانينيات", 8), ("ثمانينات", 8),
            ("التسعينيات", 9), ("التسعينات", 9), ("تسعينيات", 9), ("تسعينات", 9),
        ],
        GregorianMarkers = ["م"],
        HijriMarkers = ["هـ", "ه"],
        CorrespondingWords = ["الموافق"],
        FixedPhrases =
        [
            // "الآن" as English "now": only set against another time; "حتى الآن" is "so far".
            ("!حتى [الآن] +anchored", TimexType.Date, "PRESENT_REF"),
            ("[حاليا]", TimexType.Date, "PRESENT_REF"),
            ("[راهنا]", TimexType.Date, "PRESENT_REF"),
            ("في [الوقت الحالي]", TimexType.Date, "PRESENT_REF"),
            ("في [الوقت الراهن]", TimexType.Date, "PRESENT_REF"),
            ("[هذه الأيام]", TimexType.Date, "PRESENT_REF"),
            ("[مؤخرا]", TimexType.Date, "PAST_REF"),
            ("[سابقا]", TimexType.Date, "PAST_REF"),
            ("في [الآونة الأخيرة]", TimexType.Date, "PAST_REF"),
            ("في [الماضي]", TimexType.Date, "PAST_REF"),
            ("[الأيام الماضية]", TimexType.Date, "PAST_REF"),
            ("[الأيام الأخيرة]", TimexType.Date, "PAST_REF"),
            ("[الأسابيع الماضية]", TimexType.Date, "PAST_REF"),
            ("[الأسابيع الأخيرة]", TimexType.Date, "PAST_REF"),
            ("[الأشهر الماضية]", TimexType.Date, "PAST_REF"),
            ("[الأشهر الأخيرة]", TimexType.Date, "PAST_REF"),
            ("[الشهور الماضية]", TimexType.Date, "PAST_REF"),
            ("[الشهور الأخيرة]", TimexType.Date, "PAST_REF"),
            ("[السنوات الماضية]", TimexType.Date, "PAST_REF"),
            ("[السنوات الأخيرة]", TimexType.Date, "PAST_REF"),
            ("[الأعوام الماضية]", TimexType.Date, "PAST_REF"),
            ("[الأعوام الأخيرة]", TimexType.Date, "PAST_REF"),
            ("[العقود الماضية]", TimexType.Date, "PAST_REF"),
            ("[العقود الأخيرة]", TimexType.Date, "PAST_REF"),
            ("[قريبا] !من", TimexType.Date, "FUTURE_REF"),
            ("في [المستقبل]", TimexType.Date, "FUTURE_REF"),
            ("في [المستقبل القريب]", TimexType.Date, "FUTURE_REF"),
            ("على [المدى البعيد]", TimexType.Date, "FUTURE_REF"),
            ("على [المدى الطويل]", TimexType.Date, "FUTURE_REF"),
            ("[الأيام المقبلة]", TimexType.Date, "FUTURE_REF"),
            ("[الأيام القادمة]", TimexType.Date, "FUTURE_REF"),
            ("[الأسابيع المقبلة]", TimexType.Date, "FUTURE_REF"),
            ("[الأسابيع القادمة]", TimexType.Date, "FUTURE_REF"),
            ("[الأشهر المقبلة]", TimexType.Date, "FUTURE_REF"),
            ("[الأشهر القادمة]", TimexType.Date, "FUTURE_REF"),
            ("[الشهور المقبلة]", TimexType.Date, "FUTURE_REF"),
            ("[الشهور القادمة]", TimexType.Date, "FUTURE_REF"),
            ("[السنوات المقبلة]", TimexType.Date, "FUTURE_REF"),
            ("[السنوات القادمة]", TimexType.Date, "FUTURE_REF"),
            ("[الأعوام المقبلة]", TimexType.Date, "FUTURE_REF"),
            ("[الأعوام القادمة]", TimexType.Date, "FUTURE_REF"),
            ("[العقود المقبلة]", TimexType.Date, "FUTURE_REF"),
            ("[العقود القادمة]", TimexType.Date, "FUTURE_REF"),
        ],
        AnaphoricPhrases =
        [
            ("[اليوم التالي]", TimeUnit.Day, 1),
            ("[اليوم السابق]", TimeUnit.Day, -1),
            ("[اليوم نفسه]", TimeUnit.Day, 0),
            ("[نفس اليوم]", TimeUnit.Day, 0),
            ("[ذلك اليوم]", TimeUnit.Day, 0),
            ("[الأسبوع التالي]", TimeUnit.Week, 1),
            ("[الأسبوع السابق]", TimeUnit.Week, -1),
            ("[الشهر التالي]", TimeUnit.Month, 1),
            ("[الشهر السابق]", TimeUnit.Month, -1),
            ("[العام التالي]", TimeUnit.Year, 1),
            ("[السنة التالية]", TimeUnit.Year, 1),
            ("[العام السابق]", TimeUnit.Year, -1),
            ("[السنة السابقة]", TimeUnit.Year, -1),
            ("[العام نفسه]", TimeUnit.Year, 0),
            ("[السنة نفسها]", TimeUnit.Year, 0),
            ("[نفس العام]", TimeUnit.Year, 0),
            ("[ذلك العام]", TimeUnit.Year, 0),
            ("[تلك السنة]", TimeUnit.Year, 0),
        ],
        FutureCues =
        [
            "سوف", "المقبل", "المقبلة", "القادم", "القادمة", "المرتقب", "المرتقبة", "المقرر", "المنتظر", "المتوقع",
            "يعتزم", "تعتزم", "يتوقع", "غدا", "سيعقد", "ستعقد", "سيتم", "ستجري", "سيجري", "سيزور", "ستنتهي", "سينتهي", "قريبا",
        ],
        PastCues =
        [
            "أمس", "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "سابقا", "مؤخرا",
            "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "أشار", "أشارت",
            "عقد", "عقدت", "التقى", "التقت", "اجتمع", "اجتمعت", "زار", "زارت", "جرى", "جرت", "وقع", "وقعت", "شهد", "شهدت",
            "كان", "كانت", "أصدر", "أصدرت", "أرسل", "أمر", "دعا", "بدأ", "بدأت", "انتهى", "انتهت", "انطلق", "انطلقت",
            "سقط", "سقطت", "قتل", "قتلت", "اندلع", "اندلعت", "انسحب", "انسحبت",
        ],
        ImmediateCues = [("منذ", TenseCue.Past), ("بحلول", TenseCue.Future), ("موعد أقصاه", TenseCue.Future)],
    };
}
