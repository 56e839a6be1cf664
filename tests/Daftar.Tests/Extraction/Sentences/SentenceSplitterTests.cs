using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Sentences;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Ends_at_full_stops_question_and_exclamation_marks()
    {
        Assert.Equal(
            ["The council met.", "Did it vote?", "It did!", "Then it rose."],
            Split("The council met. Did it vote? It did! Then it rose."));
    }

    [Theory]
    [InlineData("Mr. Hadi Kazem met Dr. Layla Amin and Gen. Omar Said in Basra.")]
    [InlineData("Lt. Col. Ahmed Jasim spoke at St. Joseph's school on Monday.")]
    [InlineData("The decree, No. 14 of the council, was read aloud.")]
    [InlineData("Several groups, e.g. the Badr Organization, walked out.")]
    [InlineData("The budget (i.e. the federal one) was delayed.")]
    [InlineData("Tea, dates, bread, etc. were served to the delegates.")]
    [InlineData("A statement signed by J. R. Tolland was published.")]
    [InlineData("The U.S. Embassy and the U.K. mission both closed.")]
    [InlineData("Talks between the U.S. and Iraqi delegations resumed.")]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Theory]
    [InlineData("The talks were held in the U.S. The ministry said nothing.", "The talks were held in the U.S.", "The ministry said nothing.")]
    [InlineData("They brought tea, bread, etc. But nobody ate.", "They brought tea, bread, etc.", "But nobody ate.")]
    public void An_abbreviation_before_a_sentence_starter_ends_the_sentence(string text, string first, string second)
    {
        Assert.Equal([first, second], Split(text));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Assert.Equal(
            ["He said: “We will stay.”", "(The party denied it.)", "Nobody believed them."],
            Split("He said: “We will stay.” (The party denied it.) Nobody believed them."));
    }

    [Fact]
    public void Brackets_that_close_in_the_paragraph_are_not_split()
    {
        const string text = "The minister (who had resigned. Or so it seemed.) returned on Friday.";
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Em_dashes_do_not_end_a_sentence()
    {
        const string text = "The vote—delayed twice already—was held at last.";
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void An_ellipsis_before_a_lower_case_word_does_not_end_a_sentence_but_before_a_capital_it_does()
    {
        Assert.Equal(["We waited… and waited."], Split("We waited… and waited."));
        Assert.Equal(["We waited...", "Nobody came."], Split("We waited... Nobody came."));
    }

    [Fact]
    public void Decimal_numbers_and_dotted_words_are_not_split()
    {
        const string text = "Turnout was 44.5 percent in the U.S.-backed district.";
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence()
    {
        Assert.Equal(["A heading without a stop", "The body starts here."], Split("A heading without a stop\n\nThe body starts here."));
    }

    [Fact]
    public void Numbered_list_items_are_sentences_of_their_own_and_keep_their_marker()
    {
        const string text = "Their demands were:\n1. Early elections.\n2. A new electoral law\n3) An end to the quotas.";
        Assert.Equal(["Their demands were:", "1. Early elections.", "2. A new electoral law", "3) An end to the quotas."], Split(text));
    }

    [Fact]
    public void Numbered_items_in_their_own_paragraphs_keep_their_marker()
    {
        const string text = "The goals, as listed:\n\n1. “Fight graft.”\n\n2. “Hold elections.”";
        Assert.Equal(["The goals, as listed:", "1. “Fight graft.”", "2. “Hold elections.”"], Split(text));
    }

    [Fact]
    public void Bulleted_items_are_sentences_of_their_own()
    {
        Assert.Equal(["Points:", "• one point", "- another point"], Split("Points:\n• one point\n- another point"));
    }

    [Fact]
    public void A_sentence_may_end_inside_a_quotation_that_goes_on()
    {
        // The quotation layer joins the quoted sentences again; the splitter only finds sentences.
        Assert.Equal(
            ["She said: “We came.", "We saw.”", "Then she left."],
            Split("She said: “We came. We saw.” Then she left."));
    }

    [Fact]
    public void Arabic_sentences_end_at_full_stops_and_question_marks()
    {
        Assert.Equal(
            ["قال المتحدث إن الاجتماع انتهى.", "هل اتفقوا؟", "لم يتفقوا."],
            Split("قال المتحدث إن الاجتماع انتهى. هل اتفقوا؟ لم يتفقوا."));
    }

    [Fact]
    public void Sentences_are_trimmed_and_empty_text_has_none()
    {
        Assert.Empty(Split(""));
        Assert.Empty(Split("  \n\n  "));
        Assert.Equal(["One.", "Two."], Split("  One.   Two.  "));
    }
}
