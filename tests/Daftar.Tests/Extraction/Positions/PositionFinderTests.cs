using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Positions;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using Daftar.Tests.Extraction.Quotes;
using Xunit;

namespace Daftar.Tests.Extraction.Positions;

/// <summary>Stated positions: lists of objectives, first-person statements and "X wants Y" (texts invented for these tests).</summary>
public class PositionFinderTests
{
    private static List<PositionAnnotation> Positions(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var actors = TestActors.In(text);
        var quotes = QuoteFinder.Find(text, sentences, actors);
        return [.. PositionFinder.Find(text, sentences, actors, quotes)];
    }

    private static PositionAnnotation One(string text, string statement) =>
        Assert.Single(Positions(text), p => p.Statement == statement);

    private const string Goals =
        "In talks with a senior Reformist, the movement’s goals emerged. They were, as he put it:\n\n"
        + "1. “Abolish the quota system.”\n\n"
        + "2. “Bring arms under the control of the state,” which refers to the militias.\n\n"
        + "3. “Fight corruption and punish the corrupt.”\n\n"
        + "4. “Remove all foreign troops, taking into account the views of parliament.”\n\n"
        + "5. “Build good relations with all neighbors.”\n\n"
        + "These goals are ambitious.";

    [Theory]
    [InlineData("Abolish the quota system", "ethno-sectarian quota system", Stance.Oppose)]
    [InlineData("Bring arms under the control of the state", "state control of arms", Stance.Support)]
    [InlineData("Fight corruption and punish the corrupt", "anti-corruption", Stance.Support)]
    [InlineData("Remove all foreign troops, taking into account the views of parliament", "foreign troop presence", Stance.Oppose)]
    [InlineData("Build good relations with all neighbors", "good relations with all neighbors", Stance.Support)]
    public void Each_quoted_list_item_is_a_position_of_the_speaker_s_group(string statement, string issue, Stance stance)
    {
        var position = One(Goals, statement);
        Assert.Equal("reform-front", position.Actor);
        Assert.Equal(issue, position.Issue);
        Assert.Equal(stance, position.Stance);
        Assert.Equal(statement, Goals[position.Evidence.Start..position.Evidence.End]);
    }

    [Fact]
    public void A_first_person_statement_in_a_speaker_s_quotation_is_a_position()
    {
        const string text = "As a senior Reformist emphasized: “We completely reject arms outside the control of the state.”";
        var position = Assert.Single(Positions(text));
        Assert.Equal(("reform-front", "state control of arms", Stance.Support), (position.Actor, position.Issue, position.Stance));
    }

    [Fact]
    public void A_condition_makes_a_position_conditional()
    {
        const string text = "Laila Aziz said: “We accept foreign troops only if parliament approves their mission.”";
        var position = Assert.Single(Positions(text));
        Assert.Equal(("laila-aziz", "foreign troop presence", Stance.Conditional), (position.Actor, position.Issue, position.Stance));
    }

    [Theory]
    [InlineData("The Reform Front wants early elections before the summer.", "elections", Stance.Support)]
    [InlineData("The Reform Front rejects any foreign military presence in the country.", "foreign troop presence", Stance.Oppose)]
    [InlineData("Karim Hadi called for the withdrawal of foreign forces.", "foreign troop presence", Stance.Oppose)]
    [InlineData("The Reform Front does not want early elections.", "elections", Stance.Oppose)]
    [InlineData("The Reform Front wants foreign troops to be limited to training.", "foreign troop presence", Stance.Conditional)]
    [InlineData("The Reform Front wants to end the quota system.", "ethno-sectarian quota system", Stance.Oppose)]
    public void X_wants_or_rejects_Y_is_a_position_of_X(string text, string issue, Stance stance)
    {
        var position = Assert.Single(Positions(text));
        Assert.Equal(issue, position.Issue);
        Assert.Equal(stance, position.Stance);
        Assert.Equal(position.Statement, text[position.Evidence.Start..position.Evidence.End]);
    }

    [Fact]
    public void A_pronoun_subject_is_resolved()
    {
        const string text = "Karim Hadi spoke in Najaf. He also called for a timetable for the departure of all foreign forces.";
        var position = Assert.Single(Positions(text));
        Assert.Equal(("karim-hadi", "foreign troop presence", Stance.Oppose), (position.Actor, position.Issue, position.Stance));
    }

    [Fact]
    public void Nobody_the_actor_layer_knows_holds_no_position()
    {
        Assert.Empty(Positions("Many people want early elections. Some protesters reject the budget."));
    }

    [Fact]
    public void A_statement_without_a_known_issue_is_not_a_position_outside_lists()
    {
        Assert.Empty(Positions("The Reform Front wants a better future for its children."));
    }

    [Fact]
    public void A_list_of_demands_without_quotations_is_attributed_to_the_group_that_sets_it_out()
    {
        const string text = "The Reform Front listed its demands:\n1. Early elections.\n2. An end to the quota system.";
        var positions = Positions(text);
        Assert.Equal(2, positions.Count);
        Assert.All(positions, p => Assert.Equal("reform-front", p.Actor));
        Assert.Equal(("elections", "Early elections"), (positions[0].Issue, positions[0].Statement));
        Assert.Equal(("ethno-sectarian quota system", Stance.Oppose), (positions[1].Issue, positions[1].Stance));
    }

    [Fact]
    public void List_items_without_a_verb_support_what_they_name_when_the_list_sets_out_objectives()
    {
        const string text = "I spoke with a senior Reformist. Asked about the front’s objectives, he listed three:\n\n"
            + "1. “A date for the last foreign soldier to leave.”\n\n"
            + "2. “Ministries for the competent, not shares for the parties.”\n\n"
            + "3. “Early elections.”";
        var positions = Positions(text);
        Assert.Equal(3, positions.Count);
        Assert.All(positions, p => Assert.Equal("reform-front", p.Actor));
        Assert.Equal(("foreign troop presence", Stance.Oppose), (positions[0].Issue, positions[0].Stance));
        Assert.Equal(("ethno-sectarian quota system", Stance.Oppose), (positions[1].Issue, positions[1].Stance));
        Assert.Equal(("elections", Stance.Support), (positions[2].Issue, positions[2].Stance));
    }

    [Fact]
    public void Wanting_something_to_leave_opposes_it()
    {
        var position = Assert.Single(Positions("The Reform Front wants all foreign troops to leave before the vote."));
        Assert.Equal(("foreign troop presence", Stance.Oppose), (position.Issue, position.Stance));
    }

    [Fact]
    public void A_name_inside_a_compound_is_not_the_subject_s_actor()
    {
        Assert.Empty(Positions("Iranian-backed factions have demanded the immediate withdrawal of all foreign forces."));
    }
}
