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

    [Fact]
    public void A_sentence_that_names_an_issue_without_a_stance_word_is_no_position()
    {
        Assert.Empty(Positions("وزار مقتدى الصدر مقر الحشد الشعبي في بغداد."));
    }
}
