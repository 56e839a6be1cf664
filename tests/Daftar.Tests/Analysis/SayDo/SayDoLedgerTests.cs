using Daftar.Domain;
using Daftar.Storage;
using Daftar.Tests.Storage;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Analysis.SayDo;

/// <summary>Suggestions, review and assessments over a real ledger of invented reports.</summary>
public sealed class SayDoLedgerTests : IDisposable
{
    private readonly TemporaryLedger temporary = new();

    public void Dispose() => temporary.Dispose();

    private SqliteLedger Ledger => temporary.Ledger;

    private long Add(string text, LocalDate published, string language = "en") => SayDoDocuments.Add(Ledger, text, published, language);

    private IEnumerable<Evidence> FromSource(IEnumerable<Evidence> evidence, long sourceId) =>
        evidence.Where(e => e.EntryKind == EvidenceKind.Event && Ledger.EntriesOf(sourceId).Events.Any(x => x.Id == e.EntryId));

    [Fact]
    public void A_later_attack_by_the_armed_wing_is_suggested_as_inconsistent_and_a_hand_over_as_consistent()
    {
        var pledge = Add(SayDoDocuments.Pledge, SayDoDocuments.PledgeDay);
        var attack = Add(SayDoDocuments.Attack, new LocalDate(2020, 4, 20));
        var handOver = Add(SayDoDocuments.HandOver, new LocalDate(2020, 5, 6));
        var other = Add(SayDoDocuments.OtherActor, new LocalDate(2020, 4, 20));
        var earlier = Add(SayDoDocuments.EarlierAttack, new LocalDate(2020, 2, 10));

        var suggested = Ledger.SuggestEvidence();

        var positions = Ledger.EntriesOf(pledge).Positions.Where(p => p.IssueId == "state-control-of-arms").Select(p => p.Id).ToHashSet();
        Assert.NotEmpty(positions);
        var onPledge = suggested.Where(e => positions.Contains(e.PositionId)).ToList();
        Assert.NotEmpty(FromSource(onPledge, attack));
        Assert.All(FromSource(onPledge, attack), e => Assert.Equal(Bearing.Inconsistent, e.Bearing));
        Assert.NotEmpty(FromSource(onPledge, handOver));
        Assert.All(FromSource(onPledge, handOver), e => Assert.Equal(Bearing.Consistent, e.Bearing));
        Assert.Empty(FromSource(suggested, other));
        Assert.Empty(FromSource(suggested, earlier));
        Assert.All(suggested, e => Assert.Equal(ReviewState.Candidate, e.Review));
        Assert.All(suggested, e => Assert.True(e.Suggested));
        Assert.Contains(onPledge, e => e.Bearing == Bearing.Inconsistent && Ledger.GetEvidence(e.Id)!.Evidence.Basis.Contains("armed wing of sadrist-movement", StringComparison.Ordinal));
    }

    [Fact]
    public void Arabic_reports_give_the_same_suggestion()
    {
        var pledge = Add(SayDoDocuments.PledgeArabic, SayDoDocuments.PledgeDay, "ar");
        var attack = Add(SayDoDocuments.AttackArabic, new LocalDate(2020, 4, 20), "ar");

        var suggested = Ledger.SuggestEvidence("sadrist-movement");

        var positions = Ledger.EntriesOf(pledge).Positions.Select(p => p.Id).ToHashSet();
        var onAttack = FromSource(suggested, attack).ToList();
        Assert.NotEmpty(onAttack);
        Assert.All(onAttack, e => Assert.Contains(e.PositionId, positions));
        Assert.All(onAttack, e => Assert.Equal(Bearing.Inconsistent, e.Bearing));
    }

    [Fact]
    public void Suggesting_again_adds_nothing_and_never_brings_back_a_rejected_suggestion()
    {
        Add(SayDoDocuments.Pledge, SayDoDocuments.PledgeDay);
        Add(SayDoDocuments.Attack, new LocalDate(2020, 4, 20));
        var first = Ledger.SuggestEvidence();
        Assert.NotEmpty(first);
        var rejected = first[0];
        Assert.Equal(ReviewStatus.Applied, Ledger.ReviewEvidence(rejected.Id, ReviewState.Rejected, rejected.Version).Status);

        Assert.Empty(Ledger.SuggestEvidence());
        Assert.Empty(Ledger.SuggestEvidence("sadrist-movement"));

        var all = Ledger.ListEvidence();
        Assert.Equal(first.Count, all.Count);
        Assert.Equal(ReviewState.Rejected, all.Single(e => e.Evidence.Id == rejected.Id).Evidence.Review);
    }

    [Fact]
    public void Confirming_with_a_bearing_and_basis_is_audited_and_a_stale_version_is_refused()
    {
        Add(SayDoDocuments.Pledge, SayDoDocuments.PledgeDay);
        Add(SayDoDocuments.Attack, new LocalDate(2020, 4, 20));
        var evidence = Ledger.SuggestEvidence()[0];

        var outcome = Ledger.ReviewEvidence(evidence.Id, ReviewState.Accepted, evidence.Version, Bearing.Neutral, "A training exercise, not an attack.");
        Assert.Equal(ReviewStatus.Applied, outcome.Status);
        Assert.Equal(ReviewStatus.Conflict, Ledger.ReviewEvidence(evidence.Id, ReviewState.Rejected, evidence.Version).Status);
        Assert.Equal(ReviewStatus.NotFound, Ledger.ReviewEvidence(999_999, ReviewState.Rejected, 0).Status);

        var stored = Ledger.GetEvidence(evidence.Id)!.Evidence;
        Assert.Equal((ReviewState.Accepted, Bearing.Neutral, "A training exercise, not an attack."), (stored.Review, stored.Bearing, stored.Basis));
        var audit = Ledger.AuditLog(entryKind: "evidence", entryId: evidence.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var confirmed = Assert.Single(audit, a => a.Action == "evidence-confirmed");
        Assert.Contains("\"candidate\"", confirmed.Before, StringComparison.Ordinal);
        Assert.Contains("\"accepted\"", confirmed.After, StringComparison.Ordinal);
        Assert.Contains(audit, a => a.Action == "evidence-suggested");
    }

    [Fact]
    public void The_verdict_follows_confirmed_evidence_and_a_recorded_verdict_stands_with_its_history()
    {
        Add(SayDoDocuments.Pledge, SayDoDocuments.PledgeDay);
        var attack = Add(SayDoDocuments.Attack, new LocalDate(2020, 4, 20));
        var handOver = Add(SayDoDocuments.HandOver, new LocalDate(2020, 5, 6));
        var suggested = Ledger.SuggestEvidence();

        Assessment Arms() => Ledger.Assessments("sadrist-movement", "state-control-of-arms").Single().Recorded!;
        var untested = Ledger.Assessments("sadrist-movement", "state-control-of-arms").Single();
        Assert.Equal(Verdict.NotYetTested, untested.Computed);
        Assert.Equal(Stance.Support, untested.LatestStance);

        var contradiction = FromSource(suggested, attack).First();
        Ledger.ReviewEvidence(contradiction.Id, ReviewState.Accepted, contradiction.Version);
        Assert.Equal(Verdict.Inconsistent, Ledger.Assessments("sadrist-movement", "state-control-of-arms").Single().Computed);

        var match = FromSource(suggested, handOver).First();
        Ledger.ReviewEvidence(match.Id, ReviewState.Accepted, match.Version);
        var mixed = Ledger.Assessments("sadrist-movement", "state-control-of-arms").Single();
        Assert.Equal(Verdict.Mixed, mixed.Computed);
        Assert.Equal((1, 1), (mixed.Counts.Consistent, mixed.Counts.Inconsistent));
        Assert.Null(mixed.Recorded);

        Ledger.Editor = new Editor("amal", "cli");
        var first = Ledger.RecordAssessment("sadrist-movement", "state-control-of-arms", Verdict.Inconsistent, "The attack outweighs the later hand-over.");
        Ledger.Editor = new Editor("karim", "web");
        var second = Ledger.RecordAssessment("sadrist-movement", "state-control-of-arms", Verdict.Mixed, "Both deeds stand.");

        var assessed = Ledger.Assessments("sadrist-movement", "state-control-of-arms").Single();
        Assert.Equal(Verdict.Mixed, assessed.Verdict);
        Assert.Equal(second.Id, assessed.Recorded!.Id);
        Assert.Equal([first.Id, second.Id], assessed.History.Select(a => a.Id));
        Assert.Equal(second.Id, assessed.History[0].SupersededBy);
        Assert.Equal(["amal", "karim"], assessed.History.Select(a => a.RecordedBy));
        Assert.Equal(Verdict.Mixed, Arms().Verdict);
        Assert.Contains(Ledger.AuditLog(entryKind: "assessment"), a => a.Action == "assessment-superseded" && a.After!.Contains("superseded_by", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_and_verdict_history_survive_export_and_import()
    {
        Add(SayDoDocuments.Pledge, SayDoDocuments.PledgeDay);
        Add(SayDoDocuments.Attack, new LocalDate(2020, 4, 20));
        var suggested = Ledger.SuggestEvidence();
        Ledger.ReviewEvidence(suggested[0].Id, ReviewState.Accepted, suggested[0].Version, basis: "Seven weeks later.");
        Ledger.RecordAssessment("sadrist-movement", "state-control-of-arms", Verdict.Consistent, "First reading.");
        Ledger.RecordAssessment("sadrist-movement", "state-control-of-arms", Verdict.Inconsistent, "Second reading.");
        var snapshot = Ledger.Export();

        using var copy = SqliteLedger.Open(temporary.PathOf("copy.db"));
        copy.Import(snapshot);

        Assert.Equal(Ledger.ListEvidence(), copy.ListEvidence());
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(Ledger.Assessments(), LedgerJson.Options),
            System.Text.Json.JsonSerializer.Serialize(copy.Assessments(), LedgerJson.Options));
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(snapshot, LedgerJson.Options),
            System.Text.Json.JsonSerializer.Serialize(copy.Export(), LedgerJson.Options));
        var older = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(snapshot, LedgerJson.Options))!.AsObject();
        Assert.True(older.Remove("evidence"));
        Assert.Empty(System.Text.Json.JsonSerializer.Deserialize<LedgerSnapshot>(older, LedgerJson.Options)!.Evidence);
        var broken = snapshot with { Evidence = [snapshot.Evidence[0] with { EntryId = 999_999 }] };
        using var other = SqliteLedger.Open(temporary.PathOf("other.db"));
        Assert.Contains("evidence", Assert.Throws<LedgerException>(() => other.Import(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_needs_a_position_to_judge_a_known_actor_and_issue_and_a_basis()
    {
        Add(SayDoDocuments.Pledge, SayDoDocuments.PledgeDay);
        Assert.Throws<LedgerException>(() => Ledger.RecordAssessment("sadrist-movement", "state-control-of-arms", Verdict.Consistent, " "));
        Assert.Throws<LedgerException>(() => Ledger.RecordAssessment("nobody", "state-control-of-arms", Verdict.Consistent, "b"));
        Assert.Throws<LedgerException>(() => Ledger.RecordAssessment("sadrist-movement", "no-such-issue", Verdict.Consistent, "b"));
        var error = Assert.Throws<LedgerException>(() => Ledger.RecordAssessment("saraya-al-salam", "state-control-of-arms", Verdict.Consistent, "b"));
        Assert.Contains("no stated position", error.Message, StringComparison.Ordinal);
    }
}
