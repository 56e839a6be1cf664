using Dapper;
using Daftar.Analysis.Brief;
using Daftar.Analysis.Positions;
using Daftar.Domain;

namespace Daftar.Storage;

/// <summary>The position matrix's and the analyst brief's reads.</summary>
public sealed partial class SqliteLedger
{
    /// <summary>The accepted stated positions, each dated by its source's publication day: what the matrix is made of.</summary>
    public IReadOnlyList<DatedPosition> AcceptedPositions() =>
        DatedPositions("p.review = @accepted", new { accepted = Codes.Name(ReviewState.Accepted) });

    /// <summary>The position matrix of the accepted positions, with the issues' aspects (<see cref="IssueAspects.Default"/>).</summary>
    public PositionMatrix Matrix() => Analysis.Positions.PositionMatrix.Build(AcceptedPositions(), ListIssues(), IssueAspects.Default);

    /// <summary>An actor's stated positions, rejected ones left out, each dated by its source's publication day.</summary>
    public IReadOnlyList<DatedPosition> PositionsOf(string actorId) =>
        DatedPositions("p.actor_id = @actorId AND p.review <> @rejected", new { actorId, rejected = Codes.Name(ReviewState.Rejected) });

    /// <summary>The analysts' assessments of an actor's say-versus-do, rejected ones left out, by issue.</summary>
    public IReadOnlyList<Assessment> AssessmentsOf(string actorId) =>
        [.. connection.Query<AssessmentRow>(
                "SELECT id, actor_id, issue_id, verdict, basis, source_id, start, \"end\", review FROM assessments WHERE actor_id = @actorId AND review <> @rejected ORDER BY issue_id, id",
                new { actorId, rejected = Codes.Name(ReviewState.Rejected) })
            .Select(ToAssessment)];

    /// <summary>
    /// What a brief on the actor is written from, as this connection sees it (the public's view reads only public
    /// entries); rejected entries left out. Null when there is no such actor.
    /// </summary>
    /// <param name="issueLabel">An issue's label in the brief's language.</param>
    public BriefInput? BriefOf(string actorId, Func<Issue, string> issueLabel)
    {
        ArgumentNullException.ThrowIfNull(issueLabel);
        if (GetActor(actorId) is not { } actor)
            return null;
        var positions = PositionsOf(actorId);
        var assessments = AssessmentsOf(actorId);
        var relations = RelationsOf(actorId).Where(r => r.Review != ReviewState.Rejected).ToList();
        var events = EventsOf(actorId).Where(e => e.Review != ReviewState.Rejected).ToList();
        var cited = positions.Select(p => p.Position.Citation.SourceId)
            .Concat(assessments.Select(a => a.Citation.SourceId))
            .Concat(relations.Select(r => r.Citation.SourceId))
            .Concat(events.Select(e => e.Citation.SourceId))
            .Distinct();
        var sources = new Dictionary<long, BriefSource>();
        foreach (var id in cited)
        {
            if (GetSource(id) is { } s)
                sources[id] = new BriefSource(s.Id, s.Title ?? s.Name, s.Publisher, s.Published, s.Text);
        }

        var others = relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId })
            .Concat(events.SelectMany(e => new[] { e.ActorId, e.TargetId }).OfType<string>());
        return new BriefInput(
            actor, positions, assessments, relations, events, sources,
            ActorNames(others),
            ListIssues().ToDictionary(i => i.Id, issueLabel, StringComparer.Ordinal));
    }

    private List<DatedPosition> DatedPositions(string where, object parameters) =>
        connection.Query<DatedPositionRow>(
                $"""
                SELECT p.id, p.actor_id, p.issue_id, p.stance, p.statement, p.source_id, p.start, p."end", p.review, s.published
                FROM positions p JOIN sources s ON s.id = p.source_id
                WHERE {where}
                ORDER BY p.id
                """,
                parameters)
            .Select(r => new DatedPosition(ToPosition(r), ParseDate(r.Published)))
            .ToList();

#pragma warning disable CA1812 // Instantiated by Dapper.
    private sealed class DatedPositionRow : PositionRow
    {
        public string? Published { get; init; }
    }
#pragma warning restore CA1812
}
