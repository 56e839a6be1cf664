using Daftar.Domain;
using Daftar.Storage;
using Daftar.Tests.Storage;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Analysis.SayDo;

/// <summary>What the public may see of evidence and assessments.</summary>
public sealed class SayDoPublicTests : IDisposable
{
    private readonly TemporaryLedger temporary = new();

    public void Dispose() => temporary.Dispose();

    private SqliteLedger Analyst => temporary.Ledger;

    private SqliteLedger OpenPublic() => SqliteLedger.Open(temporary.PathOf("ledger.db"), LedgerAudience.Public);

    private (long Pledge, long Attack) Reports()
    {
        var pledge = SayDoDocuments.Add(Analyst, SayDoDocuments.Pledge, SayDoDocuments.PledgeDay);
        var attack = SayDoDocuments.Add(Analyst, SayDoDocuments.Attack, new LocalDate(2020, 4, 20));
        SayDoDocuments.AcceptAll(Analyst, pledge);
        SayDoDocuments.AcceptAll(Analyst, attack);
        return (pledge, attack);
    }

    [Fact]
    public void A_suggestion_is_never_public_and_confirmed_evidence_is()
    {
        Reports();
        var suggested = Analyst.SuggestEvidence();
        Assert.NotEmpty(suggested);
        using (var before = OpenPublic())
        {
            Assert.Empty(before.ListEvidence());
            Assert.All(suggested, e => Assert.Null(before.GetEvidence(e.Id)));
        }

        var confirmed = suggested[0];
        Analyst.ReviewEvidence(confirmed.Id, ReviewState.Accepted, confirmed.Version);
        using var after = OpenPublic();
        Assert.Equal([confirmed.Id], after.ListEvidence().Select(e => e.Evidence.Id));
        Assert.Contains(after.Assessments("sadrist-movement"), a => a.Computed != Verdict.NotYetTested);
    }

    [Fact]
    public void Evidence_citing_a_confidential_source_is_never_public_nor_counted()
    {
        var (_, attack) = Reports();
        foreach (var e in Analyst.SuggestEvidence())
            Analyst.ReviewEvidence(e.Id, ReviewState.Accepted, e.Version);
        Analyst.SetSourceConfidential(attack, true);

        using var open = OpenPublic();
        Assert.DoesNotContain(open.ListEvidence(), e => e.EntryCitation.SourceId == attack);
        Assert.All(open.Assessments("sadrist-movement"), a => Assert.Equal(0, a.Counts.Inconsistent));
        Assert.Contains(Analyst.Assessments("sadrist-movement"), a => a.Counts.Inconsistent > 0);
    }

    [Fact]
    public void The_public_sees_a_recorded_verdict_but_not_who_recorded_it()
    {
        Reports();
        Analyst.Editor = new Editor("amal", "cli");
        Analyst.RecordAssessment("sadrist-movement", "state-control-of-arms", Verdict.Inconsistent, "The armed wing attacked a base.");

        using var open = OpenPublic();
        var recorded = open.Assessments("sadrist-movement", "state-control-of-arms").Single().Recorded;
        Assert.NotNull(recorded);
        Assert.Equal(Verdict.Inconsistent, recorded.Verdict);
        Assert.Null(recorded.RecordedBy);
        Assert.NotNull(recorded.RecordedAt);
    }
}
