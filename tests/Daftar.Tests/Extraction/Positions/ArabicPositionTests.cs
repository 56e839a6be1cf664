using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Positions;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Positions;

/// <summary>Arabic stance words and issue phrases (texts invented for these tests; actors from the real gazetteer).</summary>
public class ArabicPositionTests
{
    private static List<PositionAnnotation> Positions(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
        var quotes = QuoteFinder.Find(text, sentences, actors);
        return [.. PositionFinder.Find(text, sentences, actors, quotes)];
    }

    private static void AssertPosition(string text, string actor, string issue, Stance stance) =>
        Assert.Single(Positions(text), p => p.Actor == actor && p.Issue == issue && p.Stance == stance);

    [Theory]
    [InlineData("وعلي السيستاني يدعو إلى حصر السلاح بيد الدولة.", "ali-al-sistani", "state control of arms", Stance.Support)]
    [InlineData("وقيس الخزعلي يطالب بخروج القوات الأمريكية من العراق.", "qais-al-khazali", "foreign troop presence", Stance.Oppose)]
    [InlineData("ومقتدى الصدر يرفض السلاح المنفلت.", "moqtada-al-sadr", "state control of arms", Stance.Support)]
    [InlineData("وهادي العامري يعارض تعديل قانون الحشد الشعبي.", "hadi-al-amiri", "Popular Mobilization Forces", Stance.Oppose)]
    [InlineData("ومقتدى الصدر يدعو إلى حكومة أغلبية وطنية.", "moqtada-al-sadr", "majority government", Stance.Support)]
    [InlineData("ونوري المالكي يؤيد حكومة توافقية.", "nouri-al-maliki", "consensus government", Stance.Support)]
    [InlineData("ومقتدى الصدر يطالب بمكافحة الفساد.", "moqtada-al-sadr", "anti-corruption", Stance.Support)]
    public void A_reported_stance_verb_and_an_issue_phrase_give_a_position(string text, string actor, string issue, Stance stance) =>
        AssertPosition(text, actor, issue, stance);

    [Theory]
    [InlineData("دعا آية الله علي السيستاني إلى حصر السلاح بيد الدولة.", "ali-al-sistani", "state control of arms", Stance.Support)]
    [InlineData("وطالب قيس الخزعلي، في كلمة متلفزة، بخروج القوات الأمريكية من العراق.", "qais-al-khazali", "foreign troop presence", Stance.Oppose)]
    [InlineData("ورفض زعيم التيار مقتدى الصدر السلاح المنفلت.", "moqtada-al-sadr", "state control of arms", Stance.Support)]
    [InlineData("وطالب نوري المالكي بإلغاء المحاصصة الطائفية.", "nouri-al-maliki", "ethno-sectarian quota system", Stance.Oppose)]
    public void A_verb_first_sentence_names_its_subject_after_the_verb(string text, string actor, string issue, Stance stance) =>
        AssertPosition(text, actor, issue, stance);

    [Fact]
    public void A_participle_clause_continues_the_sentence_s_subject()
    {
        AssertPosition("وزار مقتدى الصدر مدينة كربلاء أمس، مطالباً بحصر السلاح بيد الدولة.", "moqtada-al-sadr", "state control of arms", Stance.Support);
    }

    [Fact]
    public void A_verb_in_a_relative_clause_does_not_borrow_the_sentence_s_subject()
    {
        Assert.Empty(Positions("وأشاد مقتدى الصدر بالقرار، في وقت تتنافس فيه فصائل أراد بعضها حل الحشد الشعبي."));
    }

    [Fact]
    public void An_object_that_names_an_actor_is_not_the_verb_s_subject()
    {
        AssertPosition("وهادي العامري يرفض حل الحشد الشعبي.", "hadi-al-amiri", "Popular Mobilization Forces", Stance.Support);
    }

    [Fact]
    public void A_condition_makes_the_stance_conditional()
    {
        AssertPosition("ومقتدى الصدر يطالب بالانتخابات المبكرة بشرط أن يُعدَّل قانون الانتخابات.", "moqtada-al-sadr", "elections", Stance.Conditional);
    }

    [Fact]
    public void A_verbless_objective_that_names_a_departure_opposes_what_leaves()
    {
        const string Text = "وحدّد مقتدى الصدر ثلاثة مطالب قال إنها شرط لأي تسوية:\n\n"
            + "١. إعلان موعد واضح لمغادرة آخر جندي أجنبي الأراضي العراقية.\n\n"
            + "٢. ألّا تُستخدم أرض العراق منطلقاً للاعتداء على دول الجوار.\n";
        var positions = Positions(Text);
        Assert.Contains(positions, p => p.Actor == "moqtada-al-sadr" && p.Issue == "foreign troop presence" && p.Stance == Stance.Oppose);
        Assert.Contains(positions, p => p.Actor == "moqtada-al-sadr" && p.Issue == "use of Iraqi territory against neighbours" && p.Stance == Stance.Oppose);
    }

    // ---- A speaker's own words: Arabic verbs carry their subject, so no pronoun is needed ----------------------------

    [Theory]
    [InlineData("وقال قيس الخزعلي: «نطالب بإقرار قانون الحشد الشعبي قبل نهاية الدورة».", "qais-al-khazali", "Popular Mobilization Forces", Stance.Support)]
    [InlineData("وقال مقتدى الصدر: «ندعو إلى مقاطعة الانتخابات المقبلة».", "moqtada-al-sadr", "elections", Stance.Oppose)]
    [InlineData("وقال هادي العامري إن البلاد لم تعد بحاجة إلى القوات الأجنبية.", "hadi-al-amiri", "foreign troop presence", Stance.Oppose)]
    [InlineData("وقال علي السيستاني إن السلاح يجب أن يبقى تحت إمرة الدولة.", "ali-al-sistani", "state control of arms", Stance.Support)]
    [InlineData("وقال قيس الخزعلي: «لن نهدأ حتى يخرج آخر جندي أمريكي من البلاد».", "qais-al-khazali", "foreign troop presence", Stance.Oppose)]
    public void A_stance_word_in_a_speaker_s_quotation_gives_the_speaker_s_position(string text, string actor, string issue, Stance stance) =>
        AssertPosition(text, actor, issue, stance);

    [Theory]
    [InlineData("وقال نوري المالكي: «الحكومة التوافقية هي الطريق الوحيد للاستقرار».", "nouri-al-maliki", "consensus government", Stance.Support)]
    [InlineData("وقال نوري المالكي: «الشراكة هي الضمانة، لا حكومات الأغلبية».", "nouri-al-maliki", "majority government", Stance.Oppose)]
    [InlineData("وقال نوري المالكي إن الحديث عن الانتخابات المبكرة غير مطروح الآن.", "nouri-al-maliki", "elections", Stance.Oppose)]
    [InlineData("وقال مقتدى الصدر: «نريد دولة قوية، فلا سلاح إلا بيد الدولة».", "moqtada-al-sadr", "state control of arms", Stance.Support)]
    public void Without_a_stance_word_a_quotation_states_a_stance_on_its_topic_or_a_negated_issue(string text, string actor, string issue, Stance stance) =>
        AssertPosition(text, actor, issue, stance);

    [Fact]
    public void An_issue_after_a_preposition_is_not_the_topic_of_its_clause()
    {
        Assert.Empty(Positions("وقال نوري المالكي: «المشاركة في الانتخابات قرار يعود إلى الهيئة العامة للحزب»."));
    }

    [Fact]
    public void An_issue_held_under_a_condition_is_conditional_and_the_condition_is_demanded()
    {
        var positions = Positions("وقال مقتدى الصدر: «لن يمرّ قانون الحشد الشعبي ما لم يسبقه حصر السلاح بيد الدولة».");
        Assert.Contains(positions, p => p.Actor == "moqtada-al-sadr" && p.Issue == "Popular Mobilization Forces" && p.Stance == Stance.Conditional);
        Assert.Contains(positions, p => p.Actor == "moqtada-al-sadr" && p.Issue == "state control of arms" && p.Stance == Stance.Support);
    }

    [Fact]
    public void A_return_that_waits_on_a_condition_demands_the_condition()
    {
        var position = Assert.Single(Positions("وقال مقتدى الصدر إن تياره لن يعود إلى البرلمان ما لم تتشكل حكومة أغلبية وطنية."));
        Assert.Equal(("moqtada-al-sadr", "majority government", Stance.Support), (position.Actor, position.Issue, position.Stance));
    }

    [Fact]
    public void Each_clause_of_a_quotation_is_read_on_its_own_and_the_statement_is_its_sentence()
    {
        const string Text = "وقال مقتدى الصدر: «الإصلاح لا يتم بالشعارات، بل بمحاسبة الفاسدين دون استثناء».";
        var position = Assert.Single(Positions(Text), p => p.Issue == "anti-corruption");
        Assert.Equal(Stance.Support, position.Stance);
        Assert.Equal("الإصلاح لا يتم بالشعارات، بل بمحاسبة الفاسدين دون استثناء", position.Statement);
    }

    [Fact]
    public void A_sentence_that_names_an_issue_without_a_stance_word_is_no_position()
    {
        Assert.Empty(Positions("وزار مقتدى الصدر مقر الحشد الشعبي في بغداد."));
    }
}
