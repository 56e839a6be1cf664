using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Dates;
using Daftar.Extraction.Events;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Extraction.Events;

/// <summary>
/// Unit tests of the event rules on invented sentences. The document date is Monday 2024-03-18, so "Friday" is
/// 2024-03-15 and "Sunday" 2024-03-17 (the nearest past ones), "Thursday, March 21" is 2024-03-21 (a Thursday).
/// </summary>
public class EventFinderTests
{
    private static readonly LocalDate Dct = new(2024, 3, 18);

    private static ImmutableArray<EventAnnotation> Find(string text)
    {
        var timexes = TimexTagger.Tag(text, Dct);
        return EventFinder.Find(text, EventTestText.Sentences(text), EventTestText.Actors(text), timexes);
    }

    private static string Show(EventAnnotation e) => $"{e.Type} {e.Date} {e.Actor ?? "-"} {e.Target ?? "-"}";

    private static void AssertEvents(string text, params string[] expected) =>
        Assert.Equal(expected, Find(text).Select(Show));

    [Fact]
    public void A_verb_takes_the_date_of_its_clause_its_subject_and_its_object()
    {
        AssertEvents("Turkey struck Syria on Sunday.", "Assault 2024-03-17 turkey syria");
        AssertEvents("Turkish jets struck villages near the border on March 12.", "Assault 2024-03-12 turkey -");
    }

    [Fact]
    public void A_date_heading_the_sentence_dates_its_verbs_and_carries_to_the_next_sentences_of_the_paragraph()
    {
        AssertEvents(
            "On March 12, 2024, Layla Karimi announced a boycott. She also called for new elections.",
            "Statement 2024-03-12 layla-karimi -",
            "Request 2024-03-12 layla-karimi -");
    }

    [Fact]
    public void A_date_does_not_carry_into_another_paragraph()
    {
        AssertEvents(
            "On March 12, 2024, Layla Karimi announced a boycott.\n\nShe also called for new elections.",
            "Statement 2024-03-12 layla-karimi -");
    }

    [Fact]
    public void A_fronted_gerund_takes_the_subject_after_the_comma()
    {
        AssertEvents(
            "Omar Hadi spoke to reporters. By taking charge of the Friday marches, he sidelined the militias.",
            "Mobilize 2024-03-15 omar-hadi -");
    }

    [Fact]
    public void A_participle_clause_shares_the_subject_of_the_sentence()
    {
        AssertEvents(
            "Karimi left the Northern Bloc on Sunday, stating that it had failed.",
            "Retreat 2024-03-17 layla-karimi northern-bloc",
            "Statement 2024-03-17 layla-karimi -");
    }

    [Fact]
    public void A_noun_takes_a_date_inside_its_phrase_and_has_no_actor_unless_one_is_named()
    {
        AssertEvents("Nobody claimed the March 10 rocket attack on the Turkish embassy.", "Assault 2024-03-10 - turkey");
        AssertEvents("The state was reshaped after the invasion of Kuwait in 1990.", "Assault 1990 - kuwait");
    }

    [Fact]
    public void A_possessor_is_the_actor_of_a_noun()
    {
        AssertEvents(
            "Karimi's abrupt removal of protection from the camps on March 9 angered many.",
            "Retreat 2024-03-09 layla-karimi -");
    }

    [Fact]
    public void A_passive_takes_its_agent_as_actor()
    {
        AssertEvents("The cleric was assassinated by the Baath regime in 1999.", "Assault 1999 baath-regime -");
        AssertEvents("Hadi was arrested by Turkish police on Friday.", "Coerce 2024-03-15 turkey omar-hadi");
    }

    [Fact]
    public void An_adjectival_participle_without_an_agent_has_no_actor()
    {
        AssertEvents("They remembered the bloodily suppressed uprising of 1991.", "Assault 1991 - -");
    }

    [Fact]
    public void A_row_with_a_required_word_applies_only_next_to_it()
    {
        AssertEvents("In 2016, Canada returned to the mission as a training partner.", "Aid 2016 canada -");
        AssertEvents("In 2016, Canada returned to the negotiating table.");
    }

    [Fact]
    public void A_required_word_inside_a_name_counts_only_whole()
    {
        AssertEvents("Karimi left the Northern Bloc on Sunday.", "Retreat 2024-03-17 layla-karimi northern-bloc");
        AssertEvents("Turkish troops left Syria on Sunday.", "Retreat 2024-03-17 turkey syria");
        AssertEvents("Karimi left the Turkish embassy on Sunday.");
    }

    [Theory]
    [InlineData("Karimi did not attack Hadi on Sunday.")]
    [InlineData("Hadi would need to apologize to Karimi on Sunday.")]
    [InlineData("Karimi wanted to meet Hadi on Sunday.")]
    [InlineData("Police cleared the protest camps of Karimi's supporters on Sunday.")]
    [InlineData("Hadi has criticized Karimi for months.")]
    [InlineData("Hadi criticized Karimi recently.")]
    [InlineData("In 2018, I met Hadi in Basra.")]
    [InlineData("Karimi was unwilling to meet Hadi on Sunday.")]
    public void Things_that_are_not_dated_deeds_give_no_event(string text) => AssertEvents(text);

    [Fact]
    public void A_deed_expected_on_a_date_is_kept()
    {
        AssertEvents("Hadi will resign as soon as Thursday, March 21.", "Concede 2024-03-21 omar-hadi -");
    }

    [Fact]
    public void A_hyphenated_compound_is_neither_a_trigger_nor_a_subject()
    {
        AssertEvents("Iran-backed militias marched on Friday.", "Protest 2024-03-15 - -");
    }

    [Fact]
    public void A_noun_after_a_demonstrative_or_as_an_object_is_not_a_second_event()
    {
        AssertEvents("These statements echo Karimi's communique on March 4.", "Statement 2024-03-04 layla-karimi -");
        AssertEvents("The Oil Ministry signed an agreement with Turkey on March 2.", "Agree 2024-03-02 oil-ministry turkey");
        AssertEvents("Karimi's March 4 statement against attacks on the camps was welcome.", "Statement 2024-03-04 layla-karimi -");
    }

    [Fact]
    public void One_deed_told_twice_is_one_event()
    {
        AssertEvents(
            "Karimi's communique on March 4 was brief. Later, Karimi's March 4 statement was quoted widely.",
            "Statement 2024-03-04 layla-karimi -");
    }

    [Fact]
    public void Durations_and_references_do_not_date_events()
    {
        AssertEvents("Turkey has struck Syria for two decades.");
        AssertEvents("Turkey is now attacking Syria.");
    }

    [Fact]
    public void The_summary_is_the_deed_with_its_object_and_the_evidence_the_sentence()
    {
        const string text = "Calm returned. Karimi's abrupt removal of protection from the camps on March 9 angered many.";
        var e = Assert.Single(Find(text));
        Assert.Equal("abrupt removal of protection from the camps", e.Summary);
        Assert.Equal("Karimi's abrupt removal of protection from the camps on March 9 angered many.", text[e.Evidence.Start..e.Evidence.End]);
    }

    [Fact]
    public void A_summary_skips_the_date_and_keeps_what_follows()
    {
        var e = Assert.Single(Find("Layla Karimi announced on March 12 that the Northern Bloc would boycott the session."));
        Assert.Equal("announced that the Northern Bloc would boycott the session", e.Summary);
        Assert.Null(e.Target);
    }

    [Fact]
    public void Coordinated_verbs_share_their_subject_and_stop_each_others_objects()
    {
        var events = Find("Karimi condemned the arrests on Sunday and called on Hadi to step down.");
        Assert.Equal(["Accuse 2024-03-17 layla-karimi -", "Request 2024-03-17 layla-karimi omar-hadi"], events.Select(Show));
        Assert.Equal(["condemned the arrests", "called on Hadi to step down"], events.Select(e => e.Summary));
    }

    [Fact]
    public void An_appositive_does_not_hide_the_subject()
    {
        AssertEvents("In 2019, protests spread. Karimi, then a junior deputy, backed the protesters.", "Support 2019 layla-karimi -");
    }

    [Fact]
    public void The_one_date_of_a_sentence_dates_its_finite_verbs_and_a_time_gives_its_day()
    {
        // "Sunday evening" is a TIME (2024-03-17TEV); the event takes its day.
        AssertEvents("Hadi, speaking on Sunday evening, denied the report.", "Reject 2024-03-17 omar-hadi -");
    }

    [Fact]
    public void A_date_across_a_colon_does_not_date_a_list_of_grievances()
    {
        AssertEvents("Hadi listed grievances: backing Turkey in the war, and the crackdown of 2014.", "Assault 2014 - -");
    }

    [Fact]
    public void A_later_date_that_belongs_to_another_verb_does_not_date_the_trigger()
    {
        AssertEvents("Last week Karimi began pulling out of the posts under the order she issued on March 1.", "Retreat 2024-W11 layla-karimi -");
        AssertEvents("Turkey struck Syria again on Sunday.", "Assault 2024-03-17 turkey syria");
    }

    [Fact]
    public void A_present_passive_is_a_state_not_a_dated_deed()
    {
        AssertEvents("Founded in 2004, the Northern Bloc is backed by Turkey.");
    }

    [Fact]
    public void The_subject_is_named_before_a_parenthesis()
    {
        AssertEvents(
            "The Northern Bloc, the party that split from Hadi's movement, said in a statement on Sunday that it would stay.",
            "Statement 2024-03-17 northern-bloc -");
    }

    [Fact]
    public void A_date_between_the_parenthesis_and_the_verb_does_not_hide_the_subject()
    {
        AssertEvents(
            "The Northern Bloc, the armed wing of Omar Hadi's movement, on Sunday rejected the plan.",
            "Reject 2024-03-17 northern-bloc -");
    }

    [Fact]
    public void Pronouns_resolve_to_the_last_actor_of_their_kind()
    {
        AssertEvents(
            "Omar Hadi met the Northern Bloc on Friday. It rejected his plan on Sunday.",
            "Consult 2024-03-15 omar-hadi northern-bloc",
            "Reject 2024-03-17 northern-bloc -");
    }
}
