using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Analysis.Positions;

/// <summary>How two sides stand to each other on an issue.</summary>
public enum Agreement
{
    /// <summary>One side supports what the other opposes.</summary>
    FaultLine,

    /// <summary>Both support it, or both oppose it.</summary>
    CommonGround,

    /// <summary>Neither parts nor meets the other outright: one or both set conditions.</summary>
    Conditional,

    /// <summary>A side's stance is unclear.</summary>
    Unclear,

    /// <summary>Only one side has stated a position.</summary>
    OneSided,
}

/// <summary>One issue of a comparison: each side's current stances and statements, and how they stand.</summary>
public sealed record ComparisonRow(
    MatrixIssue Issue,
    Agreement Agreement,
    ImmutableArray<Stance> Left,
    ImmutableArray<Stance> Right,
    ImmutableArray<DatedPosition> LeftStatements,
    ImmutableArray<DatedPosition> RightStatements);

/// <summary>
/// Two actors (or an actor and a group, such as a coalition given as its members) set side by side, issue by issue:
/// common ground where they take the same stance, fault lines where one supports what the other opposes. A side of
/// several actors holds every current stance of its members.
/// </summary>
public static class PositionComparison
{
    /// <summary>Compares two sides over every issue either has stated a position on, in the matrix's order.</summary>
    public static ImmutableArray<ComparisonRow> Compare(PositionMatrix matrix, IReadOnlyCollection<string> left, IReadOnlyCollection<string> right)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var rows = ImmutableArray.CreateBuilder<ComparisonRow>();
        foreach (var issue in matrix.Issues)
        {
            var a = Side(matrix, left, issue.Id);
            var b = Side(matrix, right, issue.Id);
            if (a.Statements.IsEmpty && b.Statements.IsEmpty)
                continue;
            rows.Add(new ComparisonRow(issue, Classify(a.Stances, b.Stances), a.Stances, b.Stances, a.Statements, b.Statements));
        }

        return rows.ToImmutable();
    }

    /// <summary>
    /// How two sides' stances stand: a fault line outweighs common ground (a side that both demands and resists a
    /// withdrawal still parts from one that only resists it), and either outweighs conditions.
    /// </summary>
    public static Agreement Classify(IReadOnlyCollection<Stance> left, IReadOnlyCollection<Stance> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Count == 0 || right.Count == 0)
            return Agreement.OneSided;
        if ((left.Contains(Stance.Support) && right.Contains(Stance.Oppose)) || (left.Contains(Stance.Oppose) && right.Contains(Stance.Support)))
            return Agreement.FaultLine;
        if (left.Intersect(right).Any(s => s is Stance.Support or Stance.Oppose))
            return Agreement.CommonGround;
        if (left.Contains(Stance.Conditional) || right.Contains(Stance.Conditional))
            return Agreement.Conditional;
        return Agreement.Unclear;
    }

    private static (ImmutableArray<Stance> Stances, ImmutableArray<DatedPosition> Statements) Side(PositionMatrix matrix, IReadOnlyCollection<string> actors, string issueId)
    {
        var cells = actors.Select(a => matrix.Cell(a, issueId)).OfType<MatrixCell>().ToList();
        return ([.. cells.SelectMany(c => c.Current).Distinct().Order()], StanceHistory.InOrder(cells.SelectMany(c => c.Statements)));
    }
}
