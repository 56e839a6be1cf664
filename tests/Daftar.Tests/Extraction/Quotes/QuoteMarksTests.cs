using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>Which runs of text are quotations, and their exact words.</summary>
public class QuoteMarksTests
{
    private static string[] Texts(string text) =>
        [.. QuoteFinder.Find(text, SentenceSplitter.Split(text), ActorLayerResult.Empty).Select(q => q.Text)];

    [Fact]
    public void Curly_double_quotes_lose_their_marks_and_a_trailing_full_stop()
    {
        Assert.Equal(["We will win"], Texts("He said: “We will win.”"));
    }

    [Fact]
    public void A_trailing_comma_inside_the_marks_is_trimmed()
    {
        Assert.Equal(["We will not stop"], Texts("“We will not stop,” he said."));
    }

    [Fact]
    public void Other_final_punctuation_and_ellipses_are_kept()
    {
        Assert.Equal(["Why now?", "And then…"], Texts("“Why now?” she asked. “And then…” he began."));
    }

    [Fact]
    public void Straight_double_quotes_pair_open_and_close()
    {
        Assert.Equal(["We will win", "soon"], Texts("He said, \"We will win,\" and added \"soon\"."));
    }

    [Fact]
    public void Apostrophes_inside_and_after_words_are_not_quotation_marks()
    {
        Assert.Equal(["Hadi’s men don’t fight for Asa’ib or for the ministers’ salaries"],
            Texts("“Hadi’s men don’t fight for Asa’ib or for the ministers’ salaries,” he said."));
        Assert.Empty(Texts("It's the O'Neill plan, the Hashd al-Sha‘abi’s men and the officers' club."));
    }

    [Fact]
    public void Single_quotes_nested_in_double_quotes_stay_inside_the_outer_quotation()
    {
        var text = "“They call it ‘the deal’, but it isn’t one,” he said.";
        var quote = Assert.Single(QuoteFinder.Find(text, SentenceSplitter.Split(text), ActorLayerResult.Empty));
        Assert.Equal("They call it ‘the deal’, but it isn’t one", quote.Text);
    }

    [Fact]
    public void Single_quotes_can_be_the_outer_marks()
    {
        Assert.Equal(["We are ready"], Texts("‘We are ready,’ said the envoy."));
    }

    [Fact]
    public void Guillemets_are_quotation_marks()
    {
        Assert.Equal(["لن نشارك في الحكومة"], Texts("قال المتحدث: «لن نشارك في الحكومة»."));
    }

    [Fact]
    public void Brackets_and_ellipses_inside_a_quotation_are_kept()
    {
        Assert.Equal(["Fight graft [and] hold … elections"], Texts("He listed: “Fight graft [and] hold … elections.”"));
    }

    [Fact]
    public void A_quotation_goes_on_into_the_next_paragraph_when_it_opens_with_the_same_mark()
    {
        var text = "He said: “The first paragraph goes on.\n\n“The second one ends here.” Then he left.";
        var quote = Assert.Single(QuoteFinder.Find(text, SentenceSplitter.Split(text), ActorLayerResult.Empty));
        Assert.Equal("The first paragraph goes on.\n\n“The second one ends here", quote.Text);
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
    }

    [Fact]
    public void An_unclosed_quotation_ends_with_its_paragraph_and_is_dropped()
    {
        Assert.Empty(Texts("He said “we will\n\nThe next paragraph is plain."));
        Assert.Equal(["closed"], Texts("He said “we will\n\nThen “closed” came."));
    }

    [Fact]
    public void Stray_closing_marks_are_ignored()
    {
        Assert.Equal(["real"], Texts("Nothing” here» but a “real” one."));
    }

    [Fact]
    public void Quotations_with_no_letters_are_not_reported()
    {
        Assert.Empty(Texts("Marks “…” and “ ” and \"--\" alone."));
    }

    [Fact]
    public void Offsets_point_at_the_words()
    {
        const string text = "A “first,” then ‘second’ and «third».";
        var quotes = QuoteFinder.Find(text, SentenceSplitter.Split(text), ActorLayerResult.Empty);
        Assert.Equal(["first", "second", "third"], quotes.Select(q => q.Text));
        foreach (var q in quotes)
            Assert.Equal(q.Text, text[q.Start..q.End]);
    }

    [Fact]
    public void Deep_nesting_is_one_quotation()
    {
        var text = new string('“', 10_000) + "deep" + new string('”', 10_000);
        var quote = Assert.Single(QuoteFinder.Find(text, SentenceSplitter.Split(text), ActorLayerResult.Empty));
        Assert.Equal(text[1..^1], quote.Text);
    }
}
