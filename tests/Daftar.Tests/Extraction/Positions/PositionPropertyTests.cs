using CsCheck;
using Daftar.Extraction.Positions;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using Daftar.Tests.Extraction.Quotes;
using Xunit;

namespace Daftar.Tests.Extraction.Positions;

public class PositionPropertyTests
{
    /// <summary>Statements built from the pieces the position layer reads, with names the test actor layer knows.</summary>
    private static readonly Gen<string> Statements =
        Gen.OneOf(
                Gen.Const("The Reform Front"), Gen.Const("Karim Hadi"), Gen.Const("He"), Gen.Const("They"), Gen.Const("We"),
                Gen.Const(" wants "), Gen.Const(" rejects "), Gen.Const(" does not want "), Gen.Const(" called for "),
                Gen.Const(" to "), Gen.Const(" be limited "), Gen.Const("the withdrawal of "), Gen.Const("foreign troops"),
                Gen.Const("corruption"), Gen.Const("the quota system"), Gen.Const(" unless "), Gen.Const(" only if "),
                Gen.Const("Abolish "), Gen.Const("Fight "), Gen.Const("Remove "), Gen.Const(", "), Gen.Const(". "), Gen.Const(":"),
                Gen.Const("\n1. "), Gen.Const("\n\n2. "), Gen.Const("“"), Gen.Const("”"), Gen.Const(" said "), Gen.Const("—"),
                Gen.Const("يطالب "), Gen.Const("القوات الأجنبية"), Gen.Const("\uD800"), Gen.Const("x"),
                Gen.Const("نرفض "), Gen.Const("يؤيد "), Gen.Const("بخروج "), Gen.Const("لمغادرة "), Gen.Const("حصر السلاح بيد الدولة"),
                Gen.Const("السلاح المنفلت"), Gen.Const("حكومة أغلبية"), Gen.Const(" بشرط أن "), Gen.Const("ألّا "), Gen.Const("، "),
                Gen.Const("«"), Gen.Const("»"), Gen.Const("\n١. "), Gen.Const("مطالب:"),
                Gen.Const("وقال مقتدى الصدر إن "), Gen.Const("دعا علي السيستاني "), Gen.Const("إلى "), Gen.Const(" ما لم "),
                Gen.Const("يجب أن "), Gen.Const("لا سلاح إلا بيد الدولة"), Gen.Const("الحديث عن "), Gen.Const(" غير مطروح"),
                Gen.Const("، مطالباً "), Gen.Const("بل "), Gen.Const("لم يعد بحاجة إلى "), Gen.Const("وتابع الصدر: "))
            .Array[0, 40]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void Positions_never_throw_and_their_evidence_is_their_statement()
    {
        Statements.Sample(text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var actors = TestActors.In(text);
            var quotes = QuoteFinder.Find(text, sentences, actors);
            foreach (var p in PositionFinder.Find(text, sentences, actors, quotes))
            {
                Assert.True(p.Evidence.FitsIn(text.Length));
                Assert.Equal(text[p.Evidence.Start..p.Evidence.End], p.Statement);
                Assert.False(string.IsNullOrWhiteSpace(p.Issue));
                Assert.Contains(actors.Actors, a => a.Id == p.Actor);
            }
        });
    }

    [Fact]
    public void The_same_positions_come_with_or_without_the_cached_analysis()
    {
        Statements.Sample(text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var actors = TestActors.In(text);
            var quotes = QuoteFinder.Find(text, sentences, actors);
            var reused = PositionFinder.Find(text, sentences, actors, quotes);
            var fresh = PositionFinder.Find(text, sentences, actors, quotes);
            Assert.Equal(fresh.ToArray(), reused.ToArray());
        });
    }
}
