using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>
/// How Arabic reporting refers to a speaker it has named before, or to the body a speaker works for (texts invented for
/// these tests; actors from the real gazetteer, since these rules read the names the actor layer finds).
/// </summary>
public class ArabicSpeakerReferenceTests
{
    private static QuoteAnnotation Quote(string text, string words)
    {
        var sentences = SentenceSplitter.Split(text);
        var actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
        return Assert.Single(QuoteFinder.Find(text, sentences, actors), q => q.Text == words);
    }

    [Fact]
    public void A_verb_without_a_subject_continues_the_person_named_after_the_first_verb_of_its_sentence()
    {
        // The anonymous speaker of the paragraph before is not the subject of "وأكد": the person after "رفض" is.
        const string Text = "وقال مصدر مطلع في التيار الصدري إن «اللقاء لم يحسم شيئاً».\n\n"
            + "في المقابل، رفض رئيس الوزراء محمد شياع السوداني المقترح، وأكد في مؤتمر صحفي أن الحكومة ماضية في خطتها دون تغيير.";
        Assert.Equal("mohammed-shia-al-sudani", Quote(Text, "الحكومة ماضية في خطتها دون تغيير").Speaker.Actor);
    }

    [Fact]
    public void A_person_after_a_preposition_is_not_the_subject_of_the_next_verb()
    {
        // "بالسوداني" is the one met, not the one who speaks; the speaker quoted before him goes on.
        const string Text = "وقال مقتدى الصدر: «لن نعود إلى البرلمان».\n\n"
            + "والتقى وفد من الإطار بالسوداني مساء أمس، وأضاف في بيان أن الحوار سيستمر الأسبوع المقبل.";
        Assert.Equal("moqtada-al-sadr", Quote(Text, "الحوار سيستمر الأسبوع المقبل").Speaker.Actor);
    }

    [Fact]
    public void A_family_name_alone_names_the_person_named_in_full_before()
    {
        const string Text = "استقبل أكرم الكعبي وفداً من الفصائل في بغداد. وتابع الكعبي: «لن نقبل بأي تسوية على حساب المقاومة».";
        var quote = Quote(Text, "لن نقبل بأي تسوية على حساب المقاومة");
        Assert.Equal("akram-al-kaabi", quote.Speaker.Actor);
        Assert.False(quote.Speaker.Anonymous);
    }

    [Fact]
    public void A_family_name_alone_picks_its_bearer_rather_than_the_sentence_s_subject()
    {
        const string Text = "التقى قيس الخزعلي بأكرم الكعبي في بغداد أمس. وقال الكعبي: «لن نقبل بأي تسوية على حساب المقاومة».";
        Assert.Equal("akram-al-kaabi", Quote(Text, "لن نقبل بأي تسوية على حساب المقاومة").Speaker.Actor);
    }

    [Fact]
    public void An_official_described_by_a_minister_s_portfolio_speaks_for_that_ministry()
    {
        const string Text = "أعلنت وزارة الخزانة الأمريكية عقوبات جديدة على شركات صرافة. وقال وكيل وزير الخزانة في البيان: «سنلاحق كل من يموّل الجماعات المسلحة».";
        var quote = Quote(Text, "سنلاحق كل من يموّل الجماعات المسلحة");
        Assert.Equal("treasury-department", quote.Speaker.Actor);
        Assert.True(quote.Speaker.Anonymous);
    }

    [Fact]
    public void A_government_source_speaks_for_the_state_whose_government_the_text_named()
    {
        const string Text = "دعت الحكومة العراقية الفصائل إلى التهدئة. وقال مسؤول في مكتب رئيس الوزراء إن الاتصالات مستمرة مع جميع الأطراف.\n\n"
            + "وأضاف المسؤول أن الوفد سيعود إلى بغداد قريباً.";
        Assert.Equal("iraq", Quote(Text, "الاتصالات مستمرة مع جميع الأطراف").Speaker.Actor);
        Assert.Equal("iraq", Quote(Text, "الوفد سيعود إلى بغداد قريباً").Speaker.Actor);
    }

    [Fact]
    public void A_government_source_without_a_named_government_speaks_for_nobody()
    {
        const string Text = "وقال مسؤول في مكتب رئيس الوزراء إن الاتصالات مستمرة مع جميع الأطراف.";
        Assert.Null(Quote(Text, "الاتصالات مستمرة مع جميع الأطراف").Speaker.Actor);
    }
}
