using System.Collections.Immutable;
using CsCheck;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Events;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Events;

/// <summary>
/// The Arabic event rows and word order, on sentences written for these tests. Dates are given as timexes over
/// marked words (the date layer is tested on its own): "[[الجمعة|2024-03-15]]" is the word الجمعة dated 2024-03-15.
/// Actors come from the real gazetteer.
/// </summary>
public class ArabicEventTests
{
    private static ImmutableArray<EventAnnotation> Find(string marked)
    {
        var (text, timexes) = Dated(marked);
        var sentences = SentenceSplitter.Split(text);
        var actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
        return EventFinder.Find(text, sentences, actors, timexes);
    }

    /// <summary>The text without the marks, and a DATE timex for each marked phrase.</summary>
    internal static (string Text, ImmutableArray<TimexAnnotation> Timexes) Dated(string marked)
    {
        var text = new System.Text.StringBuilder();
        var timexes = ImmutableArray.CreateBuilder<TimexAnnotation>();
        var i = 0;
        while (i < marked.Length)
        {
            var open = marked.IndexOf("[[", i, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(marked, i, marked.Length - i);
                break;
            }

            text.Append(marked, i, open - i);
            var close = marked.IndexOf("]]", open, StringComparison.Ordinal);
            var parts = marked[(open + 2)..close].Split('|');
            var start = text.Length;
            text.Append(parts[0]);
            timexes.Add(new TimexAnnotation(parts[0], start, text.Length, TimexType.Date, parts[1]));
            i = close + 2;
        }

        return (text.ToString(), timexes.ToImmutable());
    }

    private static string Show(EventAnnotation e) => $"{e.Type} {e.Date} {e.Actor ?? "-"} {e.Target ?? "-"}";

    private static void AssertEvents(string marked, params string[] expected) =>
        Assert.Equal(expected, Find(marked).Select(Show));

    [Fact]
    public void A_verb_before_a_titled_subject_takes_the_person_and_the_object_after_it()
    {
        AssertEvents("أمر زعيم التيار الصدري مقتدى الصدر، [[أمس الجمعة|2024-03-15]]، سرايا السلام بتسليم مواقعها إلى الجيش.",
            "Request 2024-03-15 moqtada-al-sadr saraya-al-salam");
    }

    [Fact]
    public void A_subject_before_a_present_verb_is_its_actor()
    {
        AssertEvents("الصدر يطالب الحكومة [[اليوم|2024-03-16]] بحصر السلاح.", "Request 2024-03-16 moqtada-al-sadr -");
    }

    [Fact]
    public void Feminine_and_conjoined_forms_and_hamza_spellings_are_the_same_verb()
    {
        AssertEvents("واتهمت عصائب أهل الحق [[أمس|2024-03-15]] الولايات المتحدة بخرق السيادة.",
            "Accuse 2024-03-15 asaib-ahl-al-haq united-states");
        AssertEvents("وإتهمت عصائب أهل الحق [[أمس|2024-03-15]] الولايات المتحدة بخرق السيادة.",
            "Accuse 2024-03-15 asaib-ahl-al-haq united-states");
    }

    [Fact]
    public void Handing_over_positions_is_a_retreat_but_handing_over_a_letter_is_not()
    {
        AssertEvents("وسلّمت سرايا السلام مواقعها في سامراء إلى الجيش [[السبت|2024-04-20]].", "Retreat 2024-04-20 saraya-al-salam -");
        Assert.Empty(Find("وسلّمت سرايا السلام رسالة إلى الحكومة [[السبت|2024-04-20]]."));
    }

    [Fact]
    public void A_verbal_noun_with_its_actor_after_it_is_a_deed()
    {
        AssertEvents("وجاءت زيارة إسماعيل قاآني إلى بغداد [[الأربعاء|2024-05-08]] بعد أسابيع من التوتر.", "Consult 2024-05-08 esmail-qaani -");
        AssertEvents("وقع الهجوم الصاروخي على مطار بغداد [[الأحد|2024-03-17]].", "Assault 2024-03-17 - -");
    }

    [Fact]
    public void Each_root_has_an_arabic_verb()
    {
        AssertEvents("هدّد قيس الخزعلي [[أمس|2024-03-15]] القوات الأمريكية.", "Threaten 2024-03-15 qais-al-khazali united-states");
        AssertEvents("رفض مقتدى الصدر [[أمس|2024-03-15]] العرض.", "Reject 2024-03-15 moqtada-al-sadr -");
        AssertEvents("والتقى محمد شياع السوداني [[أمس|2024-03-15]] مقتدى الصدر في الحنانة.", "Consult 2024-03-15 mohammed-shia-al-sudani moqtada-al-sadr");
        AssertEvents("وأيّد هادي العامري [[أمس|2024-03-15]] محمد شياع السوداني.", "Support 2024-03-15 hadi-al-amiri mohammed-shia-al-sudani");
        AssertEvents("وقصفت الولايات المتحدة [[أمس|2024-03-15]] مواقع كتائب حزب الله.", "Assault 2024-03-15 united-states kataib-hezbollah");
        AssertEvents("وفرضت الولايات المتحدة [[أمس|2024-03-15]] عقوبات على كتائب حزب الله.", "Sanction 2024-03-15 united-states kataib-hezbollah");
        AssertEvents("وانسحبت الكتلة الصدرية من البرلمان [[في حزيران ٢٠٢٢|2022-06]].", "Retreat 2022-06 sadrist-movement -");
        AssertEvents("واحتج أنصار التيار الصدري [[الجمعة|2024-03-15]] في ساحة التحرير.", "Protest 2024-03-15 sadrist-movement -");
        AssertEvents("ووقّع العراق والولايات المتحدة [[أمس|2024-03-15]] على الاتفاق.", "Agree 2024-03-15 iraq united-states");
        AssertEvents("وأعلن مقتدى الصدر [[أمس|2024-03-15]] رؤيته للمرحلة المقبلة.", "Statement 2024-03-15 moqtada-al-sadr -");
    }

    [Fact]
    public void A_negation_or_a_subjunctive_particle_before_the_verb_tells_no_deed()
    {
        Assert.Empty(Find("ولم يهاجم قيس الخزعلي [[أمس|2024-03-15]] القوات الأمريكية."));
        Assert.Empty(Find("وطلب الصدر من سرايا السلام أن تنسحب [[الجمعة|2024-03-15]] من سامراء.").Where(e => e.Type == EventType.Retreat));
        Assert.Empty(Find("ومن المنتظر أن يصدر مكتب محمد شياع السوداني بياناً بشأن القرار [[اليوم|2024-03-16]]."));
    }

    [Fact]
    public void The_one_date_of_a_long_sentence_does_not_reach_past_another_trigger()
    {
        var events = Find("ودعا علي السيستاني مراراً إلى حصر السلاح، ويلتقي السيستاني والصدر عند هذه الدعوة منذ انسحاب نواب الكتلة [[في حزيران ٢٠٢٢|2022-06]].");
        Assert.DoesNotContain(events, e => e.Type is EventType.Request or EventType.Consult);
    }

    [Fact]
    public void A_date_aside_after_the_subject_and_its_apposition_dates_the_verb()
    {
        AssertEvents("رفض زعيم التيار الصدري مقتدى الصدر (Muqtada al-Sadr)، [[الأحد الماضي|2024-03-10]]، عرض الحكومة لتقاسم المناصب.",
            "Reject 2024-03-10 moqtada-al-sadr -");
        AssertEvents("وهاجمت كتائب حزب الله، المدعومة من إيران، [[أمس الخميس|2024-03-14]] قاعدة حرير في أربيل.",
            "Assault 2024-03-14 kataib-hezbollah -");
    }

    [Fact]
    public void A_relative_clause_after_the_subject_keeps_its_own_date()
    {
        AssertEvents("رفضت حركة النجباء، التي انشقت عن عصائب أهل الحق [[عام ٢٠١٣|2013]]، المبادرة الأمريكية [[أمس|2024-05-06]].",
            "Reject 2024-05-06 harakat-al-nujaba united-states");
    }

    [Fact]
    public void A_required_word_is_found_in_the_object_past_the_asides()
    {
        AssertEvents("سلّمت سرايا السلام، الجناح المسلح للتيار الصدري، [[أمس السبت|2024-04-20]]، مواقعها في الفلوجة إلى الشرطة الاتحادية.",
            "Retreat 2024-04-20 saraya-al-salam -");
        Assert.Empty(Find("سلّمت سرايا السلام، الجناح المسلح للتيار الصدري، [[أمس السبت|2024-04-20]]، رسالة إلى المحافظ."));
    }

    [Fact]
    public void A_title_between_a_group_and_its_leader_gives_the_leader()
    {
        AssertEvents("رفض الأمين العام لحركة النجباء الشيخ أكرم الكعبي [[اليوم|2024-05-07]] المبادرة.", "Reject 2024-05-07 akram-al-kaabi -");
    }

    [Fact]
    public void An_announced_deed_is_the_deed_with_the_announcers_actor_and_date()
    {
        AssertEvents("وأعلن مقتدى الصدر [[أمس|2024-03-15]] انسحابه من العملية السياسية.", "Retreat 2024-03-15 moqtada-al-sadr -");
        AssertEvents("أعلن التيار الصدري، [[السبت الماضي|2024-03-09]]، مقاطعة الانتخابات المحلية المقررة [[في كانون الأول المقبل|2024-12]].",
            "Protest 2024-03-09 sadrist-movement -");
        AssertEvents("أعلنت كتائب حزب الله [[أمس|2024-03-15]] تعليق هجماتها على القوات الأمريكية.", "Retreat 2024-03-15 kataib-hezbollah united-states");
    }

    [Fact]
    public void Began_with_a_deed_for_object_is_the_deed_and_alone_is_nothing()
    {
        AssertEvents("وباشرت سرايا السلام [[اليوم|2024-05-07]] تسليم مواقعها في جرف الصخر.", "Retreat 2024-05-07 saraya-al-salam -");
        Assert.Empty(Find("وبدأت سرايا السلام [[اليوم|2024-05-07]] جولة في المدينة."));
    }

    [Fact]
    public void Announcing_or_declaring_that_is_speech_not_a_deed()
    {
        Assert.Empty(Find("أعلنت حركة امتداد، المعارضة للإطار التنسيقي، [[أمس|2024-03-15]] أنها ستخوض الانتخابات بقائمة واحدة."));
        Assert.Empty(Find("صرّح مسؤول أمريكي، فضّل عدم ذكر اسمه، [[أمس|2024-03-15]] بأن واشنطن تدرس خياراتها."));
    }

    [Fact]
    public void A_statement_that_carries_a_deed_dates_it_and_is_no_event_itself()
    {
        AssertEvents("وحذّرت الولايات المتحدة من تصعيد جديد، وفقاً لبيان نشرته سفارتها [[يوم الأحد|2024-03-10]].", "Threaten 2024-03-10 united-states -");
        AssertEvents("ودعا قيس الخزعلي، في بيان [[أمس|2024-03-15]]، إلى حصر السلاح.", "Request 2024-03-15 qais-al-khazali -");
        AssertEvents("أعلنت الحكومتان العراقية والأمريكية، [[أمس الجمعة|2024-03-15]]، في بيان مشترك، التوصل إلى اتفاق لإنهاء مهمة التحالف.",
            "Agree 2024-03-15 iraq -");
    }

    [Fact]
    public void A_statement_that_carries_only_speech_is_the_speakers_statement()
    {
        AssertEvents("وقال محمد شياع السوداني، في مؤتمر صحفي عقده [[أمس|2024-03-15]]، إن الحكومة ماضية في خطتها.",
            "Statement 2024-03-15 mohammed-shia-al-sudani -");
        AssertEvents("في المقابل، قالت عصائب أهل الحق، الحركة التي انشقت عن التيار الصدري، في بيان [[يوم الجمعة|2024-03-15]]، إنها لن تتراجع.",
            "Statement 2024-03-15 asaib-ahl-al-haq -");
    }

    [Fact]
    public void A_definite_head_noun_names_the_organisation_it_heads()
    {
        AssertEvents("أصدرت سرايا السلام بياناً مقتضباً. وسلّمت السرايا [[اليوم|2024-05-07]] مواقعها في المدينة إلى الجيش.",
            "Retreat 2024-05-07 saraya-al-salam -");

        // The name whose first word carries the article wins over a nearer one headed by the bare noun.
        AssertEvents("درّب التحالف الدولي القوات العراقية لسنوات. وأيّد تحالف الفتح الحكومة الجديدة. وسلّم التحالف [[اليوم|2024-05-07]] قاعدة التاجي إلى الجيش.",
            "Retreat 2024-05-07 international-coalition -");
    }

    [Fact]
    public void Followers_of_a_leader_act_as_his_movement()
    {
        AssertEvents("وجاء اعتصام أنصار الصدر أمام البرلمان [[في ٣٠ تموز ٢٠٢٢|2022-07-30]].", "Protest 2022-07-30 sadrist-movement -");
        AssertEvents("وتظاهر أنصار الصدر [[الجمعة|2024-03-15]] في ساحة التحرير.", "Protest 2024-03-15 sadrist-movement -");
    }

    [Fact]
    public void The_actor_of_a_verbal_noun_may_follow_in_a_construct()
    {
        AssertEvents("وجاء انسحاب نواب الكتلة الصدرية من البرلمان [[في حزيران ٢٠٢٢|2022-06]].", "Retreat 2022-06 sadrist-movement -");
    }

    [Fact]
    public void A_date_and_a_counted_subject_may_stand_between_a_verb_and_its_actor()
    {
        AssertEvents("وتظاهر [[اليوم|2024-05-07]] آلاف من أنصار التيار الصدري في ساحة التحرير.", "Protest 2024-05-07 sadrist-movement -");
    }

    [Fact]
    public void Since_a_date_a_noun_or_present_verb_tells_a_state_not_a_deed()
    {
        Assert.Empty(Find("وتعتمد قوات البيشمركة على دعم التحالف الدولي منذ [[٢٠١٤|2014]]."));
        Assert.Empty(Find("وتعتمد قوات البيشمركة على دعم التحالف الدولي [[منذ ٢٠١٤|2014]]."));
        AssertEvents("وكان الصدر قد أعلن [[منذ عامين|2022]] اعتزاله العمل السياسي.", "Retreat 2022 moqtada-al-sadr -");
    }

    [Fact]
    public void A_withdrawal_in_protest_is_a_walkout_dated_by_the_one_date_of_its_sentence()
    {
        AssertEvents("وعلّق البرلمان، في جلسته [[اليوم|2025-01-14]]، النقاش حول قانون الموازنة العامة للدولة إلى إشعار آخر، بعد جدل واسع انسحب على إثره نواب تحالف السيادة من القاعة احتجاجاً على طريقة التصويت.",
            "Protest 2025-01-14 siyada-alliance -");
    }

    [Fact]
    public void A_verb_with_an_object_pronoun_after_a_relative_finds_its_required_word_in_the_noun_described()
    {
        AssertEvents("وتشكّلت الألوية استجابةً لفتوى «الدفاع عن المقدسات» التي أصدرها علي السيستاني [[في ١٣ حزيران ٢٠١٤|2014-06-13]].",
            "Statement 2014-06-13 ali-al-sistani -");
        AssertEvents("وكانت الولايات المتحدة قد استهدفتها [[أمس|2024-03-15]].", "Assault 2024-03-15 united-states -");
    }

    [Fact]
    public void A_verb_form_that_is_no_trigger_here_does_not_keep_a_date_from_a_statement()
    {
        AssertEvents("وحذّرت إيران من أي تصعيد، بحسب بيان نشرته وزارة خارجيتها [[يوم الأحد|2024-03-10]].", "Threaten 2024-03-10 iran -");
    }

    [Fact]
    public void Harakat_and_tatweel_do_not_hide_a_trigger()
    {
        AssertEvents("وهـاجَمَ قيس الخزعلي [[أمس|2024-03-15]] القوات الأمريكية.", "Assault 2024-03-15 qais-al-khazali united-states");
    }
}

/// <summary>Properties of the Arabic rows: every form of the table is found, whatever its spelling variant.</summary>
public class ArabicEventPropertyTests
{
    private static readonly (string Verb, string Object, EventType Type)[] Rows =
    [
        ("هاجم", "القوات الأمريكية", EventType.Assault), ("اتهم", "الولايات المتحدة", EventType.Accuse), ("هدد", "الولايات المتحدة", EventType.Threaten),
        ("أيد", "الولايات المتحدة", EventType.Support), ("انتقد", "الولايات المتحدة", EventType.Accuse), ("التقى", "الولايات المتحدة", EventType.Consult),
    ];

    private static readonly Gen<string> Clitic = Gen.OneOf("", "و", "ف");

    private static readonly string[] Carriers = ["أعلن", "أعلنت", "بدأ", "بدأت", "باشر", "باشرت", "شرع", "شرعت"];

    private static readonly (string Noun, EventType Type)[] Deeds =
    [
        ("انسحابه من البرلمان", EventType.Retreat), ("تعليق هجماتها", EventType.Retreat), ("مقاطعة الانتخابات", EventType.Protest),
        ("تسليم مواقعها", EventType.Retreat), ("رفضه للعرض", EventType.Reject), ("هجوماً على القاعدة", EventType.Assault),
    ];

    [Fact]
    public void A_carrier_verb_before_a_deed_noun_gives_one_event_of_the_nouns_type_with_the_verbs_actor_and_date()
    {
        Gen.Select(Gen.Int[0, Carriers.Length - 1], Gen.Int[0, Deeds.Length - 1], Clitic, Gen.Bool).Sample((c, d, clitic, aside) =>
        {
            var (noun, type) = Deeds[d];
            var date = aside ? "، [[أمس|2024-03-15]]،" : " [[أمس|2024-03-15]]";
            var (text, timexes) = ArabicEventTests.Dated($"{clitic}{Carriers[c]} سرايا السلام{date} {noun}.");
            var sentences = SentenceSplitter.Split(text);
            var actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
            var e = Assert.Single(EventFinder.Find(text, sentences, actors, timexes));
            Assert.Equal(type, e.Type);
            Assert.Equal("saraya-al-salam", e.Actor);
            Assert.Equal("2024-03-15", e.Date);
        }, iter: 300);
    }

    private static readonly Gen<string> Mark = Gen.OneOf("", "\u064E", "\u0651", "\u0640");

    [Fact]
    public void A_row_verb_with_any_conjunction_harakat_or_tatweel_gives_its_root_with_actor_and_target()
    {
        Gen.Select(Gen.Int[0, Rows.Length - 1], Clitic, Mark, Gen.Int[1, 2]).Sample((row, clitic, mark, at) =>
        {
            var (verb, obj, type) = Rows[row];
            var spelled = clitic + verb[..at] + mark + verb[at..];
            var (text, timexes) = ArabicEventTests.Dated($"{spelled} قيس الخزعلي [[أمس|2024-03-15]] {obj}.");
            var sentences = SentenceSplitter.Split(text);
            var actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
            var e = Assert.Single(EventFinder.Find(text, sentences, actors, timexes));
            Assert.Equal(type, e.Type);
            Assert.Equal("qais-al-khazali", e.Actor);
            Assert.Equal("2024-03-15", e.Date);
            Assert.Equal("united-states", e.Target);
        }, iter: 300);
    }
}
