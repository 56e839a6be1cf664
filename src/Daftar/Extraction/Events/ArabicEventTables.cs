using Daftar.Domain;

namespace Daftar.Extraction.Events;

/// <summary>
/// The Arabic event lexicon: the English table's PLOVER roots in Arabic verbs (past and present, masculine, feminine
/// and plural, with the conjunctions و ف written on them) and their verbal nouns (with the article and the prepositions
/// ب ل written on them). Words are stored and looked up folded (<see cref="ArabicWords"/>), so hamza forms of alef,
/// ى/ي, ة/ه and harakat do not matter. Data only; the rules are in <see cref="EventFinder"/>.
/// </summary>
internal static class ArabicEventTables
{
    private const string ForceObjects = "قوات قوه مقاتل جنود جندي تعزيزات الوي لواء كتيب سرايا";
    private const string Ground = "موقع مواقع مقر مقرات نقاط نقطه سلاح اسلحه السلاح قاعده قواعد ملف مسؤوليه";
    /// <summary>"وقّع" is written like "وقع" (happened) once its shadda is dropped: a signing needs what was signed.</summary>
    private const string Agreements = "اتفاق مذكره عقد وثيق معاهد بروتوكول ميثاق";
    private const string Detainees = "معتقل سجين سجناء رهين رهائن محتجز موقوف اسري";
    /// <summary>"تعليق" is also a comment: a suspension needs what was suspended.</summary>
    private const string Operations = "عمليات عمليه هجمات نشاط مشارك عضوي";
    /// <summary>"أقرّ" is also to admit: an approval needs what was approved.</summary>
    private const string Approvals = "مشروع قانون موازن اتفاق قرار خط تعديل";

    public static EventTables Instance { get; } = new()
    {
        Language = "ar",
        Triggers =
        [
            // ASSAULT
            V("هاجم", "يهاجم", EventType.Assault), N("هجوم", EventType.Assault) with { Plural = "هجمات" },
            V("استهدف", "يستهدف", EventType.Assault), N("استهداف", EventType.Assault),
            V("قصف", "يقصف", EventType.Assault), N("قصف", EventType.Assault),
            V("اغتال", "يغتال", EventType.Assault), N("اغتيال", EventType.Assault),
            V("اقتحم", "يقتحم", EventType.Assault), N("اقتحام", EventType.Assault),
            V("اجتاح", "يجتاح", EventType.Assault), N("اجتياح", EventType.Assault),
            V("اختطف", "يختطف", EventType.Assault), N("اختطاف", EventType.Assault),
            V("داهم", "يداهم", EventType.Assault), N("مداهمة", EventType.Assault) with { Plural = "مداهمات" },
            V("قتل", "يقتل", EventType.Assault) with { OnlyForms = [TriggerForm.Past] },
            N("غارة", EventType.Assault) with { Plural = "غارات" }, N("ضربة", EventType.Assault) with { Plural = "ضربات" },
            N("اعتداء", EventType.Assault) with { Plural = "اعتداءات" },

            // PROTEST
            V("احتج", "يحتج", EventType.Protest), N("احتجاج", EventType.Protest) with { Plural = "احتجاجات" },
            V("تظاهر", "يتظاهر", EventType.Protest), N("تظاهرة", EventType.Protest) with { Plural = "تظاهرات" },
            N("مظاهرة", EventType.Protest) with { Plural = "مظاهرات" }, N("اعتصام", EventType.Protest),
            V("قاطع", "يقاطع", EventType.Protest), N("مقاطعة", EventType.Protest),

            // A withdrawal "in protest" is a walkout.
            V("انسحب", "ينسحب", EventType.Protest) with { Requires = "احتجاج", Window = 10 },

            // MOBILIZE
            V("أرسل", "يرسل", EventType.Mobilize) with { Requires = ForceObjects },
            V("نشر", "ينشر", EventType.Mobilize) with { Requires = ForceObjects },
            V("حشد", "يحشد", EventType.Mobilize) with { Requires = ForceObjects + " انصار متظاهر انصاره" },
            V("استنفر", "يستنفر", EventType.Mobilize),

            // RETREAT ("handed over" and "withdrew" are retreats in the English table)
            V("انسحب", "ينسحب", EventType.Retreat), N("انسحاب", EventType.Retreat),
            N("تعليق", EventType.Retreat) with { Requires = Operations }, N("اعتزال", EventType.Retreat),
            V("سلّم", "يسلّم", EventType.Retreat) with { Requires = Ground }, N("تسليم", EventType.Retreat) with { Requires = Ground },
            V("أخلى", "يخلي", EventType.Retreat), N("إخلاء", EventType.Retreat),
            V("غادر", "يغادر", EventType.Retreat) with { Requires = Ground + " حكومه تحالف ائتلاف برلمان @state" },

            // AGREE
            V("اتفق", "يتفق", EventType.Agree), N("اتفاق", EventType.Agree),
            V("وقّع", "يوقّع", EventType.Agree) with { Requires = Agreements }, N("توقيع", EventType.Agree),
            V("وافق", "يوافق", EventType.Agree), N("موافقة", EventType.Agree),
            V("أقرّ", "يقرّ", EventType.Agree) with { Requires = Approvals }, N("إقرار", EventType.Agree) with { Requires = Approvals },
            V("رشّح", "يرشّح", EventType.Agree), N("ترشيح", EventType.Agree),
            N("هدنة", EventType.Agree), N("وقف إطلاق النار", EventType.Agree),

            // REJECT
            V("رفض", "يرفض", EventType.Reject), N("رفض", EventType.Reject),
            V("نفى", "ينفي", EventType.Reject),

            // THREATEN
            V("هدّد", "يهدّد", EventType.Threaten), N("تهديد", EventType.Threaten) with { Plural = "تهديدات" },
            V("حذّر", "يحذّر", EventType.Threaten), N("إنذار", EventType.Threaten),
            V("توعّد", "يتوعّد", EventType.Threaten),

            // REQUEST
            V("دعا", "يدعو", EventType.Request), N("دعوة", EventType.Request),
            V("طالب", "يطالب", EventType.Request), N("مطالبة", EventType.Request),
            V("أمر", "يأمر", EventType.Request) with { OnlyForms = [TriggerForm.Past, TriggerForm.Present] },
            V("حثّ", "يحثّ", EventType.Request), V("ناشد", "يناشد", EventType.Request),
            V("طلب", "يطلب", EventType.Request),

            // ACCUSE
            V("اتهم", "يتهم", EventType.Accuse), N("اتهام", EventType.Accuse) with { Plural = "اتهامات" },
            V("انتقد", "ينتقد", EventType.Accuse), N("انتقاد", EventType.Accuse),
            V("أدان", "يدين", EventType.Accuse), N("إدانة", EventType.Accuse),
            V("ندّد", "يندّد", EventType.Accuse), N("تنديد", EventType.Accuse),
            V("حمّل", "يحمّل", EventType.Accuse) with { Requires = "مسؤوليه" },

            // SANCTION
            V("فرض", "يفرض", EventType.Sanction) with { Requires = "عقوب حظر حصار رسوم" },
            V("عاقب", "يعاقب", EventType.Sanction), N("عقوبات", EventType.Sanction) with { Plural = "عقوبات" },
            V("طرد", "يطرد", EventType.Sanction), N("طرد", EventType.Sanction),
            V("جمّد", "يجمّد", EventType.Sanction) with { Requires = "اصول اموال تعاون علاقات" },
            V("حظر", "يحظر", EventType.Sanction),

            // COERCE
            V("اعتقل", "يعتقل", EventType.Coerce), N("اعتقال", EventType.Coerce),
            V("احتجز", "يحتجز", EventType.Coerce), N("احتجاز", EventType.Coerce),
            V("صادر", "يصادر", EventType.Coerce),

            // AID
            V("قدّم", "يقدّم", EventType.Aid) with { Requires = "دعم مساعد اسلحه سلاح تمويل تدريب" },
            V("زوّد", "يزوّد", EventType.Aid) with { Requires = "اسلحه سلاح مساعد وقود" },

            // COOPERATE
            V("تعاون", "يتعاون", EventType.Cooperate), N("تعاون", EventType.Cooperate),
            V("نسّق", "ينسّق", EventType.Cooperate), N("تنسيق", EventType.Cooperate),

            // CONSULT
            V("التقى", "يلتقي", EventType.Consult), N("لقاء", EventType.Consult),
            V("اجتمع", "يجتمع", EventType.Consult), N("اجتماع", EventType.Consult) with { Plural = "اجتماعات" },
            V("زار", "يزور", EventType.Consult), N("زيارة", EventType.Consult),
            V("استقبل", "يستقبل", EventType.Consult),
            V("ناقش", "يناقش", EventType.Consult), V("بحث", "يبحث", EventType.Consult) with { OnlyForms = [TriggerForm.Past] },
            V("تفاوض", "يتفاوض", EventType.Consult), N("مفاوضات", EventType.Consult) with { Plural = "مفاوضات" },
            N("محادثات", EventType.Consult) with { Plural = "محادثات" }, N("قمة", EventType.Consult),

            // SUPPORT
            V("دعم", "يدعم", EventType.Support), N("دعم", EventType.Support),
            V("أيّد", "يؤيّد", EventType.Support), N("تأييد", EventType.Support),
            V("رحّب", "يرحّب", EventType.Support), N("ترحيب", EventType.Support),
            V("أشاد", "يشيد", EventType.Support), V("ثمّن", "يثمّن", EventType.Support), V("شكر", "يشكر", EventType.Support),

            // CONCEDE
            V("اعتذر", "يعتذر", EventType.Concede), N("اعتذار", EventType.Concede),
            V("استقال", "يستقيل", EventType.Concede), N("استقالة", EventType.Concede),
            V("تنازل", "يتنازل", EventType.Concede),
            V("أفرج", "يفرج", EventType.Concede) with { Requires = Detainees }, N("إفراج", EventType.Concede) with { Requires = Detainees },

            // STATEMENT
            V("أعلن", "يعلن", EventType.Statement) with { Carrier = true, ReportsSpeech = true }, N("إعلان", EventType.Statement),
            V("صرّح", "يصرّح", EventType.Statement) with { ReportsSpeech = true }, N("تصريح", EventType.Statement) with { Plural = "تصريحات" },
            N("بيان", EventType.Statement), N("فتوى", EventType.Statement), N("خطاب", EventType.Statement),
            N("مؤتمر صحفي", EventType.Statement),

            // Verbs that begin or carry on a deed named by their object: "بدأت السرايا تسليم مواقعها".
            V("بدأ", "يبدأ", EventType.Statement) with { CarrierOnly = true, Past = "بدأت بدأوا" },
            V("باشر", "يباشر", EventType.Statement) with { CarrierOnly = true },
            V("شرع", "يشرع", EventType.Statement) with { CarrierOnly = true },
            V("أصدر", "يصدر", EventType.Statement) with { Requires = "بيان فتوي قرار مرسوم" },
        ],
        VerbForms = VerbForms,
        NounForms = NounForms,
        Pronouns = [("هو", PronounKind.Person), ("هي", PronounKind.Group), ("هم", PronounKind.Group), ("نحن", PronounKind.FirstPerson), ("أنا", PronounKind.FirstPerson)],
        Demonstratives = ["هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء", "نفسه", "نفسها"],
        Modals = ["إذا", "وإذا", "لو", "ولو", "ربما", "يجب", "ينبغي", "يمكن"],
        FutureAuxiliaries = ["سوف", "وسوف"],
        Negations = ["لا", "ولا", "لم", "ولم", "فلم", "لن", "ولن", "ما", "وما", "ليس", "ليست", "عدم", "بعدم", "دون", "بدون", "غير", "رفض", "يرفض"],
        Subjunctives = ["أن", "بأن", "وأن", "لأن", "كي", "لكي", "حتى"],
        FunctionWords =
        [
            "في", "من", "إلى", "على", "عن", "مع", "ضد", "بعد", "قبل", "خلال", "حول", "بين", "منذ", "عند", "لدى", "نحو", "عبر", "أو", "ثم", "و",
            "الذي", "التي", "الذين", "أن", "إن", "بأن", "وأن", "لأن", "كما", "فيما", "بينما", "حيث", "إذ", "لكن", "لكنه", "غير", "أي", "كل",
            "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "قد", "لقد", "كان", "كانت", "وقد", "فقد",
        ],
        Coordinators = ["أو", "ثم"],
        Complementizers = ["أن", "إن", "بأن", "وأن", "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم", "الذي", "التي", "الذين", "فيما", "بينما"],
        Relatives = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"],
        Quantifiers = ["مئات", "آلاف", "عشرات", "عدد", "بعض", "آلاف", "ملايين"],
        Attributions = ["في", "وفي", "وفقا", "وفقاً", "بحسب", "حسب", "طبقا", "طبقاً", "عبر", "خلال"],
        SincePrepositions = ["منذ"],
        Prepositions = ["في", "من", "إلى", "على", "عن", "مع", "ضد", "بعد", "قبل", "خلال", "حول", "بين", "منذ", "عند", "لدى", "نحو", "عبر", "إثر", "عقب"],
        Followers = ["أنصار", "وأنصار", "مناصرو", "مناصري", "أتباع", "مؤيدو", "مؤيدي", "جمهور", "قواعد"],
        AdverbialPhrases = ["على إثره", "على إثرها", "على إثر ذلك", "إثر ذلك", "بعد ذلك", "بدوره", "بدورها", "من جهته", "من جهتها"],
        Adverbs = ["قد", "لقد", "وقد", "فقد", "أيضا", "أيضاً", "كذلك", "مجددا", "مجدداً", "مرارا", "مراراً", "رسميا", "رسمياً", "اليوم", "أمس"],
        FrontingPrepositions = ["بعد", "قبل", "عقب", "إثر", "خلال", "في"],
        DatePrepositions = ["في", "منذ", "يوم", "أمس", "خلال", "حتى", "مساء", "صباح"],
    };

    private static EventTrigger V(string past, string present, EventType type) => new(past, type, TriggerKind.Verb) { Present = present };

    private static EventTrigger N(string pattern, EventType type) => new(pattern, type, TriggerKind.Noun);

    /// <summary>
    /// The past (هو، هي، هم) and present (هو، هي، هم) forms of a verb row, each also with و and ف written on it and,
    /// but for the plural, with an object pronoun after it. The
    /// feminine past adds ت (دعا → دعت, التقى → التقت); the plural adds وا (دعا → دعوا); the feminine present changes
    /// ي to ت; the plural present adds ون (يدعو → يدعون, يلتقي → يلتقون).
    /// </summary>
    private static IEnumerable<(string Word, TriggerForm Form)> VerbForms(EventTrigger row)
    {
        var words = row.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var past = ArabicWords.FoldToString(words[0]);
        var stem = past[^1] is 'ا' or 'ي' ? past[..^1] : past;
        var pasts = new List<string> { past, stem + "ت", stem + "وا" };
        if (row.Past is { } extra)
            pasts.AddRange(extra.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicWords.FoldToString));
        foreach (var form in pasts.Distinct(StringComparer.Ordinal))
        {
            foreach (var prefixed in WithConjunctions(form).SelectMany(WithObjectPronouns))
                yield return (prefixed, TriggerForm.Past);
        }

        if (row.Present is not { } present)
            yield break;
        var p = ArabicWords.FoldToString(present);
        var presentStem = p[^1] is 'و' or 'ي' && p.Length > 3 ? p[..^1] : p;
        var presents = new List<string> { p, p[0] == 'ي' ? "ت" + p[1..] : p, presentStem + "ون" };
        foreach (var form in presents.Distinct(StringComparer.Ordinal))
        {
            foreach (var prefixed in WithConjunctions(form).SelectMany(WithObjectPronouns))
                yield return (prefixed, TriggerForm.Present);
        }
    }

    /// <summary>The form, and with an object pronoun written on it (أصدرها، استهدفه، يسلّمها); a plural in وا/ون keeps none.</summary>
    private static IEnumerable<string> WithObjectPronouns(string form)
    {
        yield return form;
        if (form.EndsWith("وا", StringComparison.Ordinal) || form.EndsWith("ون", StringComparison.Ordinal))
            yield break;
        yield return form + "ه";
        yield return form + "ها";
        yield return form + "هم";
    }

    private static IEnumerable<string> WithConjunctions(string form)
    {
        yield return form;
        yield return "و" + form;
        yield return "ف" + form;
    }

    /// <summary>
    /// The noun, its plural, and both with the article and the clitics و ب ل written on them (ل + ال → لل); without the
    /// article, also with a possessive suffix (انسحابه، زيارتها، تهديداتهم) or the accusative alef (هجوماً).
    /// </summary>
    private static IEnumerable<string> NounForms(EventTrigger row)
    {
        var words = row.Pattern.Split(' ');
        var last = words[^1];
        var bases = new List<string> { last };
        if (row.Plural is { } plural)
            bases.Add(plural);
        foreach (var b in bases.Select(ArabicWords.FoldToString).Distinct(StringComparer.Ordinal))
        {
            if (words.Length > 1)
            {
                // "وقف إطلاق النار": only the first word takes clitics, in the pattern's prefix; the last stays as written.
                yield return b;
                continue;
            }

            var possessed = b[^1] == 'ه' ? b[..^1] + "ت" : b;

            // The indefinite accusative writes an alef after the noun ("هجوماً").
            var suffixed = new[] { possessed + "ه", possessed + "ها", possessed + "هم" }.Concat(b[^1] == 'ه' ? [] : [b + "ا"]);
            foreach (var form in suffixed.Concat([b, "ال" + b, b[0] == 'ل' ? "لل" + b[1..] : "لل" + b]))
            {
                yield return form;
                yield return "و" + form;
                yield return "ب" + form;
                if (!form.StartsWith("لل", StringComparison.Ordinal))
                    yield return "ل" + form;
                yield return "وب" + form;
                yield return "ف" + form;
            }
        }
    }
}
