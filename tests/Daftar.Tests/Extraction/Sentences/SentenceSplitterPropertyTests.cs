using CsCheck;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Sentences;

public class SentenceSplitterPropertyTests
{
    /// <summary>Any UTF-16 code units at all: lone surrogates, controls, unassigned code points.</summary>
    private static readonly Gen<string> AnyText = Gen.Char[char.MinValue, char.MaxValue].Array[0, 80].Select(a => new string(a));

    /// <summary>Text made of what the splitter treats specially.</summary>
    private static readonly Gen<string> TrickyText =
        Gen.OneOf(
                Gen.Const("Mr."), Gen.Const("U.S."), Gen.Const("e.g."), Gen.Const("etc."), Gen.Const("J."), Gen.Const("1."),
                Gen.Const("("), Gen.Const(")"), Gen.Const("["), Gen.Const("]"), Gen.Const("“"), Gen.Const("”"), Gen.Const("\""),
                Gen.Const("..."), Gen.Const("…"), Gen.Const("—"), Gen.Const("?"), Gen.Const("!"), Gen.Const("؟"), Gen.Const("."),
                Gen.Const(" "), Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const("The"), Gen.Const("word"), Gen.Const("قال"),
                Gen.Const("• "), Gen.Const("- "), Gen.Const("2) "), Gen.Const("\uD800"), Gen.Const("\t"))
            .Array[0, 60]
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Texts = Gen.OneOf(AnyText, TrickyText);

    [Fact]
    public void Sentences_are_ordered_not_overlapping_trimmed_and_inside_the_text()
    {
        Texts.Sample(text =>
        {
            var previousEnd = 0;
            foreach (var s in SentenceSplitter.Split(text))
            {
                Assert.True(s.Start >= previousEnd, "ordered and not overlapping");
                Assert.True(s.End <= text.Length, "inside the text");
                Assert.True(s.Length > 0, "not empty");
                Assert.False(char.IsWhiteSpace(text[s.Start]), "trimmed at the start");
                Assert.False(char.IsWhiteSpace(text[s.End - 1]), "trimmed at the end");
                previousEnd = s.End;
            }
        });
    }

    [Fact]
    public void Every_visible_character_is_in_a_sentence()
    {
        Texts.Sample(text =>
        {
            var covered = new bool[text.Length];
            foreach (var s in SentenceSplitter.Split(text))
                covered.AsSpan(s.Start, s.Length).Fill(true);
            for (var i = 0; i < text.Length; i++)
                Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} is in no sentence");
        });
    }

    [Fact]
    public void A_long_text_without_breaks_is_split_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("((( Mr. J. e.g. U.S. “ ... ", 20_000));
        var started = DateTime.UtcNow;
        SentenceSplitter.Split(text);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }
}
