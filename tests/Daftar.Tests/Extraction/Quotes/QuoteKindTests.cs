using Daftar.Domain;
using Daftar.Extraction;
using Xunit;
using static Daftar.Tests.Extraction.Quotes.TestActors;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>Speech, fragment or term: what each quotation is.</summary>
public class QuoteKindTests
{
    [Fact]
    public void A_word_after_the_term_is_a_term()
    {
        var quote = Quote("Officials prefer the more neutral term “stabilisation force” for the troops.", "stabilisation force");
        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Equal(SpeakerAnnotation.Unknown, quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Theory]
    [InlineData("The so-called “caretaker cabinet” met again.", "caretaker cabinet")]
    [InlineData("What became known as “the Basra deal” collapsed.", "the Basra deal")]
    [InlineData("Residents use the phrase “the quiet war” for those years.", "the quiet war")]
    public void Other_term_markers_make_terms(string text, string words)
    {
        Assert.Equal(QuoteKind.Term, Quote(text, words).Kind);
    }

    [Fact]
    public void Words_joined_to_a_term_by_or_are_terms_too()
    {
        const string text = "I asked what exactly they meant by “reform” or “renewal,” but got no answer.";
        Assert.Equal(QuoteKind.Term, Quote(text, "reform").Kind);
        Assert.Equal(QuoteKind.Term, Quote(text, "renewal").Kind);
    }

    [Fact]
    public void A_short_quotation_with_no_speaker_is_a_term()
    {
        Assert.Equal(QuoteKind.Term, Quote("Karim Hadi is not a “pragmatic” cleric in the eyes of his rivals.", "pragmatic").Kind);
    }

    [Fact]
    public void A_short_quotation_in_the_author_s_own_question_is_a_term()
    {
        var quote = Quote("I asked whether they saw the trainers as “occupiers.”", "occupiers");
        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Null(quote.Speaker.Actor);
    }

    [Fact]
    public void A_few_words_attributed_inside_the_author_s_sentence_are_a_fragment()
    {
        var quote = Quote("Karim Hadi said the timetable might be “adjusted” later in the year.", "adjusted");
        Assert.Equal(QuoteKind.Fragment, quote.Kind);
        Assert.Equal("karim-hadi", quote.Speaker.Actor);
    }

    [Fact]
    public void A_clause_of_five_words_or_more_with_a_speaker_is_speech()
    {
        Assert.Equal(QuoteKind.Speech, Quote("Karim Hadi said that the militias “must hand over their weapons.”", "must hand over their weapons").Kind);
    }

    [Fact]
    public void A_short_quotation_followed_by_comma_and_speaker_is_speech()
    {
        Assert.Equal(QuoteKind.Speech, Quote("“Never,” Karim Hadi said.", "Never").Kind);
    }

    [Fact]
    public void A_short_quotation_after_a_colon_is_speech()
    {
        Assert.Equal(QuoteKind.Speech, Quote("Laila Aziz replied: “No deal.”", "No deal").Kind);
    }

    [Fact]
    public void A_whole_sentence_with_no_speaker_is_speech()
    {
        var quote = Quote("The banner read: “The people want the fall of the quota system.”", "The people want the fall of the quota system");
        Assert.Equal(QuoteKind.Speech, quote.Kind);
    }

    [Fact]
    public void A_title_after_a_term_marker_is_a_term_not_speech()
    {
        Assert.Equal(QuoteKind.Term, Quote("The report titled “After the Vote” was published.", "After the Vote").Kind);
    }
}
