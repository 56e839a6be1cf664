using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Analysis.SayDo;

/// <summary>How many confirmed pieces of evidence bear each way.</summary>
public readonly record struct EvidenceCounts(int Consistent, int Inconsistent, int Neutral)
{
    public int Total => Consistent + Inconsistent + Neutral;
}

/// <summary>
/// An actor's say-versus-do on one issue: its latest stance, the verdict the confirmed evidence gives, the verdict an
/// analyst recorded (which stands when there is one) and every verdict recorded before it.
/// </summary>
/// <param name="LatestStance">The stance of the actor's latest position on the issue (by publication, then id).</param>
/// <param name="Computed">The verdict from confirmed evidence alone.</param>
/// <param name="Recorded">The analyst's current verdict, or null.</param>
/// <param name="History">Every recorded verdict, oldest first.</param>
public sealed record IssueAssessment(
    string ActorId,
    string IssueId,
    Stance? LatestStance,
    Verdict Computed,
    EvidenceCounts Counts,
    Assessment? Recorded,
    ImmutableArray<Assessment> History)
{
    /// <summary>The verdict that stands: the analyst's when recorded, else the computed one.</summary>
    public Verdict Verdict => Recorded?.Verdict ?? Computed;
}

/// <summary>Verdicts from evidence, and the assessment of each actor and issue.</summary>
public static class SayDoAssessment
{
    /// <summary>
    /// The verdict confirmed evidence gives: none (or only neutral) → not yet tested; consistent only → consistent;
    /// inconsistent only → inconsistent; both → mixed. Only which bearings occur matters, not how often or in what order.
    /// </summary>
    public static Verdict Compute(IEnumerable<Bearing> confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        var consistent = false;
        var inconsistent = false;
        foreach (var bearing in confirmed)
        {
            consistent |= bearing == Bearing.Consistent;
            inconsistent |= bearing == Bearing.Inconsistent;
        }

        return (consistent, inconsistent) switch
        {
            (true, true) => Verdict.Mixed,
            (true, false) => Verdict.Consistent,
            (false, true) => Verdict.Inconsistent,
            _ => Verdict.NotYetTested,
        };
    }

    /// <summary>
    /// One assessment per actor and issue that has a position or a recorded verdict, ordered by actor and issue.
    /// Only accepted evidence counts; rejected positions and verdicts play no part; the current recorded verdict is the
    /// latest accepted one not superseded.
    /// </summary>
    /// <param name="stated">Positions with the day each was stated (for the latest stance).</param>
    public static ImmutableArray<IssueAssessment> Assess(
        IEnumerable<StatedPosition> stated,
        IEnumerable<Evidence> evidence,
        IEnumerable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(assessments);
        var positions = stated.Where(p => p.Position.Review != ReviewState.Rejected).ToList();
        var keyOf = positions.ToDictionary(p => p.Position.Id, p => (p.Position.ActorId, p.Position.IssueId));
        var bearings = evidence.Where(e => e.Review == ReviewState.Accepted && keyOf.ContainsKey(e.PositionId))
            .ToLookup(e => keyOf[e.PositionId], e => e.Bearing);
        var recorded = assessments.Where(a => a.Review != ReviewState.Rejected).ToLookup(a => (a.ActorId, a.IssueId));
        var latest = positions.GroupBy(p => (p.Position.ActorId, p.Position.IssueId))
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Stated ?? NodaTime.LocalDate.MinIsoValue).ThenBy(p => p.Position.Id).Last().Position.Stance);

        var keys = latest.Keys.Concat(recorded.Select(g => g.Key)).Distinct()
            .OrderBy(k => k.ActorId, StringComparer.Ordinal).ThenBy(k => k.IssueId, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<IssueAssessment>();
        foreach (var key in keys)
        {
            var these = bearings[key].ToList();
            var counts = new EvidenceCounts(
                these.Count(b => b == Bearing.Consistent), these.Count(b => b == Bearing.Inconsistent), these.Count(b => b == Bearing.Neutral));
            var history = recorded[key].OrderBy(a => a.RecordedAt ?? NodaTime.Instant.MinValue).ThenBy(a => a.Id).ToImmutableArray();
            var current = history.LastOrDefault(a => a.Review == ReviewState.Accepted && a.SupersededBy is null);
            result.Add(new IssueAssessment(key.ActorId, key.IssueId, latest.TryGetValue(key, out var stance) ? stance : null,
                Compute(these), counts, current, history));
        }

        return result.ToImmutable();
    }
}
