using Daftar.Domain;
using Daftar.Extraction;
using Xunit;
using static Daftar.Tests.Extraction.Quotes.TestActors;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>Who speaks each quotation, and the cue that says so. All texts are invented for these tests.</summary>
public class SpeakerTests
{
    private static void Named(QuoteAnnotation quote, string actor, string? cue)
    {
        Assert.Equal(new SpeakerAnnotation(actor, null, false), quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    // ---- Explicit -----------------------------------------------------------------------------------------------

    [Fact]
    public void Speaker_and_verb_after_the_quotation()
    {
        Named(Quote("“We will not join the cabinet,” Karim Hadi said on Monday.", "We will not join the cabinet"), "karim-hadi", "said");
    }

    [Fact]
    public void Verb_and_speaker_after_the_quotation()
    {
        Named(Quote("“We will not join the cabinet,” said Karim Hadi.", "We will not join the cabinet"), "karim-hadi", "said");
    }

    [Fact]
    public void Speaker_and_verb_before_a_colon()
    {
        Named(Quote("Karim Hadi told reporters: “The cabinet will fall before the summer.”", "The cabinet will fall before the summer"), "karim-hadi", "told reporters");
    }

    [Fact]
    public void As_speaker_noted()
    {
        Named(Quote("As Laila Aziz noted: “Nobody in Basra trusts the council any more.”", "Nobody in Basra trusts the council any more"), "laila-aziz", "noted");
    }

    [Fact]
    public void According_to_speaker()
    {
        var quote = Quote("According to Karim Hadi, the party “will never accept foreign troops on Iraqi soil.”", "will never accept foreign troops on Iraqi soil");
        Named(quote, "karim-hadi", "According to");
    }

    [Fact]
    public void Speaker_told_me()
    {
        Named(Quote("Karim Hadi told me that “the elections must be held on time.”", "the elections must be held on time"), "karim-hadi", "told me");
    }

    [Fact]
    public void A_group_speaks_for_itself()
    {
        Named(Quote("The Foreign Ministry said: “The ambassador has been summoned.”", "The ambassador has been summoned"), "foreign-ministry", "said");
    }

    [Fact]
    public void In_the_words_of_after_the_quotation_names_the_speaker_of_the_quotations_before_and_after_it()
    {
        const string text = "He sees himself as a “guardian” of “national unity” (in the words of one Reformist advisor) who “wants to set the direction, not run the ministries.”";
        foreach (var words in new[] { "guardian", "national unity", "wants to set the direction, not run the ministries" })
        {
            var quote = Quote(text, words);
            Assert.Equal(new SpeakerAnnotation("reform-front", "one Reformist advisor", true), quote.Speaker);
        }

        Assert.Equal(QuoteKind.Fragment, Quote(text, "guardian").Kind);
        Assert.Equal(QuoteKind.Fragment, Quote(text, "national unity").Kind);
        Assert.Equal(QuoteKind.Speech, Quote(text, "wants to set the direction, not run the ministries").Kind);
    }

    [Fact]
    public void A_speech_noun_names_its_owner()
    {
        var quote = Quote("The decision echoes Karim Hadi’s latest sermon, which promised “severe punishment” for looters.", "severe punishment");
        Assert.Equal("karim-hadi", quote.Speaker.Actor);
        Assert.Equal(QuoteKind.Fragment, quote.Kind);
    }

    // ---- Continuation -------------------------------------------------------------------------------------------

    [Fact]
    public void Adding_that_continues_the_sentence_s_speaker()
    {
        const string text = "Karim Hadi warned: “The budget is late again,” adding that the ministers should “resign before the summer recess.”";
        var second = Quote(text, "resign before the summer recess");
        Assert.Equal("karim-hadi", second.Speaker.Actor);
        Assert.Equal("adding", second.Cue);
        Assert.Equal(QuoteKind.Speech, second.Kind);
    }

    [Fact]
    public void A_participle_cue_takes_the_subject_of_the_sentence()
    {
        var quote = Quote("Karim Hadi called for new elections, signaling that the date might be “flexible.”", "flexible");
        Assert.Equal("karim-hadi", quote.Speaker.Actor);
        Assert.Equal(QuoteKind.Fragment, quote.Kind);
    }

    [Fact]
    public void A_quotation_standing_alone_after_another_in_its_paragraph_continues_its_speaker()
    {
        const string text = "“The law must change,” a Reformist leader ventured. “Parliament has to vote on every foreign deployment.”";
        var second = Quote(text, "Parliament has to vote on every foreign deployment");
        Assert.Equal(new SpeakerAnnotation("reform-front", "a Reformist leader", true), second.Speaker);
        Assert.Equal(QuoteKind.Speech, second.Kind);
    }

    // ---- Pronouns and definite descriptions ----------------------------------------------------------------------

    [Fact]
    public void He_is_the_person_who_is_the_subject_of_the_sentence_before()
    {
        const string text = "Karim Hadi arrived in Najaf on Monday. He said: “We are here to listen to the people.”";
        Named(Quote(text, "We are here to listen to the people"), "karim-hadi", "said");
    }

    [Fact]
    public void She_is_the_last_speaker()
    {
        const string text = "Laila Aziz spoke first. “The council failed us,” she said. Then she added: “We will keep protesting.”";
        Assert.Equal("laila-aziz", Quote(text, "The council failed us").Speaker.Actor);
        Assert.Equal("laila-aziz", Quote(text, "We will keep protesting").Speaker.Actor);
    }

    [Fact]
    public void A_definite_description_refers_back_and_keeps_its_words()
    {
        const string text = "As a senior Reformist emphasized: “We reject any deal with the militias.” According to this Reformist, the party “will leave the government if the deal is signed.”";
        Assert.Equal(new SpeakerAnnotation("reform-front", "a senior Reformist", true), Quote(text, "We reject any deal with the militias").Speaker);
        var second = Quote(text, "will leave the government if the deal is signed");
        Assert.Equal(new SpeakerAnnotation("reform-front", "this Reformist", true), second.Speaker);
        Assert.Equal("According to", second.Cue);
    }

    [Fact]
    public void The_official_refers_back_to_the_last_official()
    {
        const string text = "“The mission is over,” one U.S. official said. “We will leave by spring,” the official added.";
        var second = Quote(text, "We will leave by spring");
        Assert.Equal(new SpeakerAnnotation("united-states", "the official", true), second.Speaker);
    }

    // ---- Anonymous descriptions -----------------------------------------------------------------------------------

    [Fact]
    public void An_anonymous_description_speaks_for_the_state_named_in_it()
    {
        var quote = Quote("As one U.S. official told me, “we will not stay forever in this country.”", "we will not stay forever in this country");
        Assert.Equal(new SpeakerAnnotation("united-states", "one U.S. official", true), quote.Speaker);
        Assert.Equal("told me", quote.Cue);
    }

    [Fact]
    public void An_anonymous_description_without_a_group_speaks_for_the_group_the_author_interviewed()
    {
        const string text = "Last spring I held interviews with Reformists in Basra.\n\nAs one interviewee noted: “We have lost faith in every party in parliament.”";
        Assert.Equal(new SpeakerAnnotation("reform-front", "one interviewee", true), Quote(text, "We have lost faith in every party in parliament").Speaker);
    }

    [Fact]
    public void Other_people_described_without_a_group_do_not_speak_for_the_interviewees()
    {
        const string text = "Last spring I held interviews with Reformists in Basra. A Western diplomat said the vote was “a turning point for the whole region.”";
        Assert.Equal(new SpeakerAnnotation(null, "A Western diplomat", true), Quote(text, "a turning point for the whole region").Speaker);
    }

    [Fact]
    public void Asking_about_a_group_does_not_make_it_the_interlocutor()
    {
        const string text = "I held interviews with Reformists. When asked about American troops, opinions differed. As one interviewee noted: “The troops are a pretext for the militias.”";
        Assert.Equal("reform-front", Quote(text, "The troops are a pretext for the militias").Speaker.Actor);
    }

    [Fact]
    public void I_was_told_that_is_an_unnamed_speaker_placed_by_context()
    {
        const string text = "In Basra I spoke with Reformists about the militias. I was told that “No armed group will be allowed outside the army.”";
        var quote = Quote(text, "No armed group will be allowed outside the army");
        Assert.Equal(new SpeakerAnnotation("reform-front", null, true), quote.Speaker);
        Assert.Equal("I was told that", quote.Cue);
        Assert.Equal(QuoteKind.Speech, quote.Kind);
    }

    [Fact]
    public void One_of_a_leader_s_aides_speaks_for_the_group_the_leader_heads()
    {
        const string text = "Karim Hadi has long been at the head of the Reform Front.\n\nKarim Hadi’s aides emphasize his “courage” and one told me he is “ready to lead a government of national unity.”";
        Assert.Equal(new SpeakerAnnotation("reform-front", "Karim Hadi’s aides", true), Quote(text, "courage").Speaker);
        var second = Quote(text, "ready to lead a government of national unity");
        Assert.Equal(new SpeakerAnnotation("reform-front", "one of Karim Hadi’s aides", true), second.Speaker);
        Assert.Equal("told me", second.Cue);
    }

    [Fact]
    public void A_standalone_quotation_opening_a_paragraph_goes_to_the_context_group_without_a_description()
    {
        const string text = "“The law must change,” a Reformist leader ventured.\n\nTrainers were another matter. “Trainers are welcome in Iraq, combat troops are not.”";
        Assert.Equal(new SpeakerAnnotation("reform-front", null, true), Quote(text, "Trainers are welcome in Iraq, combat troops are not").Speaker);
    }

    // ---- News style -----------------------------------------------------------------------------------------------

    [Fact]
    public void An_apposition_between_speaker_and_verb_is_skipped()
    {
        Named(Quote("Karim Hadi, a spokesman for the Reform Front, said: “The vote will go ahead.”", "The vote will go ahead"), "karim-hadi", "said");
        Named(Quote("“The vote will go ahead,” Karim Hadi, the front’s spokesman, said.", "The vote will go ahead"), "karim-hadi", "said");
    }

    [Fact]
    public void A_name_in_the_apposition_is_the_speaker()
    {
        Named(Quote("The front’s spokesman, Karim Hadi, said: “The vote will go ahead.”", "The vote will go ahead"), "karim-hadi", "said");
    }

    [Fact]
    public void According_to_a_statement_from_a_group()
    {
        var quote = Quote("The vote was “a mistake,” according to a statement from the Foreign Ministry.", "a mistake");
        Named(quote, "foreign-ministry", "according to");
    }

    [Fact]
    public void A_quotation_split_by_its_attribution()
    {
        const string text = "“We will win,” Laila Aziz said, “and nobody will stop us.”";
        Named(Quote(text, "We will win"), "laila-aziz", "said");
        Named(Quote(text, "and nobody will stop us"), "laila-aziz", "said");
    }

    [Fact]
    public void An_anonymous_speaker_before_an_apposition_keeps_its_description()
    {
        const string text = "A senior U.S. official, speaking on condition of anonymity, said the plan was “realistic” but warned that “the threat has not gone away.”";
        Assert.Equal(new SpeakerAnnotation("united-states", "A senior U.S. official", true), Quote(text, "realistic").Speaker);
        Assert.Equal(QuoteKind.Fragment, Quote(text, "realistic").Kind);
        Assert.Equal(new SpeakerAnnotation("united-states", "A senior U.S. official", true), Quote(text, "the threat has not gone away").Speaker);
    }

    [Fact]
    public void A_verb_coordinated_with_the_sentence_s_first_verb_shares_its_subject()
    {
        const string text = "Karim Hadi, a veteran of the Reform Front, welcomed the plan on Monday, but warned that “the talks will fail without guarantees.”";
        Named(Quote(text, "the talks will fail without guarantees"), "karim-hadi", "warned");
    }

    [Fact]
    public void A_coordinated_verb_with_its_own_object_does_not_borrow_the_subject()
    {
        // "calls on the factions" names whom the call is to: no speaker comes from the sentence's subject.
        const string text = "Karim Hadi met the delegation on Monday and calls on the factions, “the Reformists among them”, to follow.";
        Assert.NotEqual("karim-hadi", Quote(text, "the Reformists among them").Speaker.Actor);
    }

    [Fact]
    public void A_role_without_a_group_does_not_take_the_group_of_the_last_anonymous_speaker()
    {
        const string text = "“We will stay,” one U.S. official said. “We just want our salaries,” one protester in the square said.";
        Assert.Equal(new SpeakerAnnotation(null, "one protester in the square", true), Quote(text, "We just want our salaries").Speaker);
    }

    [Fact]
    public void A_name_inside_a_compound_is_not_the_speaker_s_group()
    {
        var quote = Quote("“The occupation must end,” an Iranian-backed commander said.", "The occupation must end");
        Assert.Null(quote.Speaker.Actor);
        Assert.Equal("an Iranian-backed commander", quote.Speaker.Description);
    }

    [Fact]
    public void The_ministry_refers_back_to_the_ministry_named_before()
    {
        const string text = "In a statement, the Foreign Ministry called the move “unconstitutional.” The ministry said it “rejects any step that threatens the unity of Iraq.”";
        Named(Quote(text, "unconstitutional"), "foreign-ministry", "called");
        Named(Quote(text, "rejects any step that threatens the unity of Iraq"), "foreign-ministry", "said");
    }

    [Fact]
    public void A_short_attribution_sentence_after_the_quotation()
    {
        Named(Quote("Karim Hadi spoke last. “Enough.” He said.", "Enough"), "karim-hadi", "said");
    }

    // ---- Lists ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Each_item_of_a_list_introduced_with_its_speaker_is_that_speaker_s_speech()
    {
        const string text = "In talks with a senior Reformist, several goals emerged. They were, as he put it:\n\n"
            + "1. “End the quota system” that lets parties “own” ministries.\n\n"
            + "2. “Bring all weapons under state control,” which means the militias.\n\n"
            + "3. “Hold early elections.”";
        foreach (var words in new[] { "End the quota system", "Bring all weapons under state control", "Hold early elections" })
        {
            var quote = Quote(text, words);
            Assert.Equal(QuoteKind.Speech, quote.Kind);
            Assert.Equal(new SpeakerAnnotation("reform-front", "a senior Reformist", true), quote.Speaker);
            Assert.Equal("put it", quote.Cue);
        }

        Assert.Equal(QuoteKind.Term, Quote(text, "own").Kind);
    }

    [Fact]
    public void A_list_without_an_introduction_naming_a_speaker_has_no_speaker()
    {
        const string text = "Banners in the square:\n\n1. “Jobs now.”\n\n2. “No to the quotas.”";
        Assert.All(TestActors.Quotes(text), q => Assert.Null(q.Speaker.Actor));
    }
}
