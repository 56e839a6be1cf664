using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Analysis.Positions;

/// <summary>A row of the matrix: an issue, or an aspect of one (<see cref="ParentId"/> set).</summary>
public sealed record MatrixIssue(string Id, string Label, string? LabelArabic, string? ParentId);

/// <summary>
/// Where one actor stands on one issue: its current stance (the stance of its latest statements; several when they
/// disagree), every statement in date order, and the stance's history.
/// </summary>
public sealed record MatrixCell(string ActorId, string IssueId, ImmutableArray<Stance> Current, ImmutableArray<DatedPosition> Statements, ImmutableArray<StancePeriod> History)
{
    /// <summary>The one current stance, or null when the latest statements disagree.</summary>
    public Stance? Stance => Current.Length == 1 ? Current[0] : null;

    /// <summary>Whether the latest statements hold more than one stance.</summary>
    public bool Mixed => Current.Length > 1;

    /// <summary>Whether the stance has changed over time.</summary>
    public bool Changed => History.Length > 1;
}

/// <summary>
/// Actors × issues: each cell an actor's current stance on an issue, from its accepted statements, with the
/// statements and the history behind it. Aspects of issues (<see cref="IssueAspects"/>) are rows of their own under
/// their issue.
/// </summary>
public sealed class PositionMatrix
{
    private readonly ImmutableDictionary<(string Actor, string Issue), MatrixCell> cells;

    private PositionMatrix(ImmutableArray<string> actorIds, ImmutableArray<MatrixIssue> issues, ImmutableDictionary<(string, string), MatrixCell> cells)
    {
        ActorIds = actorIds;
        Issues = issues;
        this.cells = cells;
    }

    /// <summary>The actors with at least one statement, most statements first.</summary>
    public ImmutableArray<string> ActorIds { get; }

    /// <summary>The issues stated on, by label, each followed by its aspects.</summary>
    public ImmutableArray<MatrixIssue> Issues { get; }

    /// <summary>Every cell that holds a statement.</summary>
    public IEnumerable<MatrixCell> Cells => cells.Values;

    /// <summary>The actor's cell on the issue, or null when it has stated nothing on it.</summary>
    public MatrixCell? Cell(string actorId, string issueId) => cells.GetValueOrDefault((actorId, issueId));

    /// <summary>Builds the matrix from statements (the caller passes the accepted ones).</summary>
    /// <param name="issues">The issues' labels; an issue the statements name but this does not is labelled by its id.</param>
    public static PositionMatrix Build(IEnumerable<DatedPosition> statements, IEnumerable<Issue> issues, IssueAspects aspects)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(aspects);
        var known = issues.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var all = statements.SelectMany(s => aspects.Derive(s).Prepend(s)).ToList();
        var cells = all
            .GroupBy(s => (s.Position.ActorId, s.Position.IssueId))
            .ToImmutableDictionary(
                g => g.Key,
                g => new MatrixCell(g.Key.ActorId, g.Key.IssueId, StanceHistory.Current(g), StanceHistory.InOrder(g), StanceHistory.Of(g)));

        var aspectRows = aspects.Aspects.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var stated = cells.Keys.Select(k => k.IssueId).ToHashSet(StringComparer.Ordinal);
        var rows = new List<MatrixIssue>();
        foreach (var id in stated.Where(i => !aspectRows.ContainsKey(i)).OrderBy(i => known.TryGetValue(i, out var issue) ? issue.Label : i, StringComparer.OrdinalIgnoreCase).ThenBy(i => i, StringComparer.Ordinal))
        {
            rows.Add(known.TryGetValue(id, out var issue) ? new MatrixIssue(id, issue.Label, issue.LabelArabic, null) : new MatrixIssue(id, id, null, null));
            rows.AddRange(aspectRows.Values.Where(a => a.IssueId == id && stated.Contains(a.Id)).Select(a => new MatrixIssue(a.Id, a.Label, a.LabelArabic, id)));
        }

        var actors = cells.Values
            .Where(c => !aspectRows.ContainsKey(c.IssueId))
            .GroupBy(c => c.ActorId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(c => c.Statements.Length))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);
        return new PositionMatrix([.. actors], [.. rows], cells);
    }
}
