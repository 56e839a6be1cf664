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
        AssertEvents("وأعلن مقتدى الصدر [[أمس|2024-03-15]] انسحابه من العملية السياسية.", "Statement 2024-03-15 moqtada-al-sadr -");
    }

    [Fact]
    public void A_negation_or_a_subjunctive_particle_before_the_verb_tells_no_deed()
    {
        Assert.Empty(Find("ولم يهاجم قيس الخزعلي [[أمس|2024-03-15]] القوات الأمريكية."));
        Assert.Empty(Find("وطلب الصدر من سرايا السلام أن تنسحب [[الجمعة|2024-03-15]] من سامراء.").Where(e => e.Type == EventType.Retreat));
    }

    [Fact]
    public void The_one_date_of_a_long_sentence_does_not_reach_past_another_trigger()
    {
        var events = Find("ودعا علي السيستاني مراراً إلى حصر السلاح، ويلتقي السيستاني والصدر عند هذه الدعوة منذ انسحاب نواب الكتلة [[في حزيران ٢٠٢٢|2022-06]].");
        Assert.DoesNotContain(events, e => e.Type is EventType.Request or EventType.Consult);
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
