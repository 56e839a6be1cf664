using System.Collections.Immutable;
using CsCheck;
using Daftar.Analysis.SayDo;
using Daftar.Domain;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Analysis.SayDo;

/// <summary>The pure parts: verdicts, dates, rules and suggestions over hand-made entries.</summary>
public sealed class SayDoAnalysisTests
{
    private static readonly Citation Here = new(1, new TextSpan(0, 10));

    [Fact]
    public void The_verdict_depends_only_on_the_set_of_confirmed_bearings()
    {
        Gen.Enum<Bearing>().Array[0, 12].Sample(bearings =>
        {
            var set = bearings.ToHashSet();
            var expected = (set.Contains(Bearing.Consistent), set.Contains(Bearing.Inconsistent)) switch
            {
                (true, true) => Verdict.Mixed,
                (true, false) => Verdict.Consistent,
                (false, true) => Verdict.Inconsistent,
                _ => Verdict.NotYetTested,
            };
            Assert.Equal(expected, SayDoAssessment.Compute(bearings));
            Assert.Equal(expected, SayDoAssessment.Compute(bearings.Reverse()));
            Assert.Equal(expected, SayDoAssessment.Compute(set));
        });
    }

    [Theory]
    [InlineData("2020-03-03", true)]
    [InlineData("2020-04", true)]
    [InlineData("2021", true)]
    [InlineData("2020-03-02", false)]
    [InlineData("2020-03", false)]
    [InlineData("2020", false)]
    [InlineData("2020-02-28", false)]
    [InlineData("PRESENT_REF", false)]
    [InlineData("2020-W12", false)]
    [InlineData(null, false)]
    public void Only_an_entry_wholly_after_the_day_counts_as_later(string? date, bool after) =>
        Assert.Equal(after, EvidenceSuggester.After(date, new LocalDate(2020, 3, 2)));

    [Fact]
    public void The_bundled_rules_read_and_bad_rows_are_named()
    {
        Assert.NotEmpty(BearingRules.Default.Rules);
        Assert.Equal(Bearing.Inconsistent, BearingRules.Default.Match(EvidenceKind.Event, "state-control-of-arms", Stance.Support, "assault")!.Bearing);
        Assert.Equal(Bearing.Inconsistent, BearingRules.Default.Match(EvidenceKind.Position, "elections", Stance.Oppose, "opposite-stance")!.Bearing);
        Assert.Null(BearingRules.Default.Match(EvidenceKind.Event, "elections", Stance.Support, "assault"));
        var error = Assert.Throws<FormatException>(() => BearingRules.Parse("# comment\nevent\t*\t*\tassault\tsometimes\twhy\n"));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => BearingRules.Parse("event\t*\t*\tdance\tneutral\twhy\n"));
    }

    private static StatedPosition Stated(long id, string actor, string issue, Stance stance) =>
        new(new Position(id, actor, issue, stance, "statement", Here, ReviewState.Accepted), new LocalDate(2020, 3, 2));

    private static LaterEntry Deed(long id, string actor, string date, EventType type, string text) =>
        new(EvidenceKind.Event, id, actor, date, type, null, null, text, new Citation(2, new TextSpan(0, 5)));

    [Fact]
    public void A_later_position_with_the_opposite_stance_is_a_change_and_the_same_stance_is_kept()
    {
        var positions = new[] { Stated(1, "badr-organization", "elections", Stance.Support) };
        var entries = new[]
        {
            new LaterEntry(EvidenceKind.Position, 2, "badr-organization", "2020-05-01", null, Stance.Oppose, "elections", "We reject early elections", Here with { SourceId = 3 }),
            new LaterEntry(EvidenceKind.Position, 3, "badr-organization", "2020-06-01", null, Stance.Support, "elections", "We want early elections", Here with { SourceId = 4 }),
            new LaterEntry(EvidenceKind.Position, 4, "badr-organization", "2020-06-01", null, Stance.Oppose, "federal-budget", "We reject the budget", Here with { SourceId = 4 }),
        };
        var found = EvidenceSuggester.Suggest(positions, entries, []);
        Assert.Equal([(2L, Bearing.Inconsistent), (3L, Bearing.Consistent)], found.Select(f => (f.EntryId, f.Bearing)));
    }

    [Fact]
    public void Deeds_count_for_members_and_those_led_but_not_for_unrelated_actors_or_off_issue()
    {
        var positions = new[] { Stated(1, "sadrist-movement", "state-control-of-arms", Stance.Support) };
        var relations = ImmutableArray.Create(
            new Relation(1, "muqtada-al-sadr", RelationKind.Leads, "sadrist-movement", null, null, Here, ReviewState.Accepted),
            new Relation(2, "saraya-al-salam", RelationKind.ArmedWingOf, "sadrist-movement", null, null, Here, ReviewState.Accepted),
            new Relation(3, "some-brigade", RelationKind.MemberOf, "saraya-al-salam", null, null, Here, ReviewState.Accepted),
            new Relation(4, "kataib-hezbollah", RelationKind.ArmedWingOf, "sadrist-movement", null, null, Here, ReviewState.Rejected));
        var entries = new[]
        {
            Deed(10, "some-brigade", "2020-04-19", EventType.Mobilize, "The brigade mustered fighters with loose weapons."),
            Deed(11, "kataib-hezbollah", "2020-04-19", EventType.Assault, "An attack with uncontrolled weapons."),
            Deed(12, "saraya-al-salam", "2020-04-19", EventType.Assault, "An attack on a base."),
            Deed(13, "muqtada-al-sadr", "2020-04-19", EventType.Concede, "He ordered the fighters to hand over their weapons."),
            Deed(14, "badr-organization", "2020-04-19", EventType.Assault, "An attack with uncontrolled weapons."),
        };
        var found = EvidenceSuggester.Suggest(positions, entries, relations);
        Assert.Equal([(10L, Bearing.Inconsistent), (13L, Bearing.Consistent)], found.Select(f => (f.EntryId, f.Bearing)));
        Assert.Contains("member of saraya-al-salam", found[0].Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_verdict_stands_beside_the_computed_one_and_rejected_evidence_does_not_count()
    {
        var stated = new[] { Stated(1, "sadrist-movement", "ethno-sectarian-quota-system", Stance.Oppose) };
        var evidence = new[]
        {
            new Evidence(1, 1, EvidenceKind.Event, 5, Bearing.Inconsistent, "", ReviewState.Accepted, true, 1),
            new Evidence(2, 1, EvidenceKind.Event, 6, Bearing.Consistent, "", ReviewState.Rejected, true, 1),
            new Evidence(3, 1, EvidenceKind.Event, 7, Bearing.Consistent, "", ReviewState.Candidate, true, 0),
        };
        var recorded = new Assessment(9, "sadrist-movement", "ethno-sectarian-quota-system", Verdict.Mixed, "b", Here, ReviewState.Accepted);
        var result = SayDoAssessment.Assess(stated, evidence, [recorded]).Single();
        Assert.Equal(Verdict.Inconsistent, result.Computed);
        Assert.Equal(Verdict.Mixed, result.Verdict);
        Assert.Equal(new EvidenceCounts(0, 1, 0), result.Counts);
        Assert.Equal(Stance.Oppose, result.LatestStance);
    }
}
