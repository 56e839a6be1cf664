using System.Collections.Immutable;
using System.Globalization;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime;
using NodaTime.Text;

namespace Daftar.Analysis.Positions;

/// <summary>A stated position with the day it was stated: its source's publication day unless something better is known.</summary>
/// <param name="Date">Null when neither the statement nor its source is dated.</param>
public sealed record DatedPosition(Position Position, LocalDate? Date)
{
    /// <summary>The date as ISO text, or null.</summary>
    public string? DateText => Date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}

/// <summary>A stretch of time over which an actor's statements on an issue held one stance.</summary>
/// <param name="From">The first statement's date (null: undated).</param>
/// <param name="To">The last statement's date.</param>
public sealed record StancePeriod(Stance Stance, LocalDate? From, LocalDate? To, ImmutableArray<DatedPosition> Statements);

/// <summary>
/// An actor's stance on an issue over time: its statements in date order, grouped into periods of one stance, so a
/// change of position shows as a new period ("support until 2020-01-27, then conditional").
/// </summary>
public static class StanceHistory
{
    /// <summary>
    /// Statements in the order they were made: by date (undated first, as they cannot be the latest), then by source and
    /// place in the source, then by id.
    /// </summary>
    public static ImmutableArray<DatedPosition> InOrder(IEnumerable<DatedPosition> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return
        [
            .. statements
                .OrderBy(s => s.Date.HasValue)
                .ThenBy(s => s.Date ?? default)
                .ThenBy(s => s.Position.Citation.SourceId)
                .ThenBy(s => s.Position.Citation.Span.Start)
                .ThenBy(s => s.Position.Id),
        ];
    }

    /// <summary>The periods of one stance each, in date order, of one actor's statements on one issue.</summary>
    public static ImmutableArray<StancePeriod> Of(IEnumerable<DatedPosition> statements)
    {
        var periods = ImmutableArray.CreateBuilder<StancePeriod>();
        var run = new List<DatedPosition>();
        foreach (var statement in InOrder(statements))
        {
            if (run.Count > 0 && run[0].Position.Stance != statement.Position.Stance)
            {
                periods.Add(Period(run));
                run.Clear();
            }

            run.Add(statement);
        }

        if (run.Count > 0)
            periods.Add(Period(run));
        return periods.ToImmutable();
    }

    /// <summary>
    /// The stances the actor holds now: those of its latest-dated statements, in the order first stated. Several when
    /// its latest statements disagree (a public demand and a private hedge in the same interview).
    /// </summary>
    public static ImmutableArray<Stance> Current(IEnumerable<DatedPosition> statements)
    {
        var ordered = InOrder(statements);
        if (ordered.IsEmpty)
            return [];
        var latest = ordered[^1].Date;
        return [.. ordered.Where(s => s.Date == latest).Select(s => s.Position.Stance).Distinct()];
    }

    /// <summary>The history in words: "support until 2020-01-27, then conditional (from 2020-03-02)".</summary>
    /// <param name="stanceName">How a stance is written (e.g. a page's "supports").</param>
    /// <param name="undated">How an undated statement's date is written.</param>
    public static string Describe(IReadOnlyList<StancePeriod> periods, Func<Stance, string> stanceName, string undated = "undated")
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(stanceName);
        if (periods.Count == 0)
            return "";
        if (periods.Count == 1)
            return stanceName(periods[0].Stance);
        var parts = new List<string>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var name = stanceName(p.Stance);
            parts.Add(i == periods.Count - 1
                ? string.Create(CultureInfo.InvariantCulture, $"then {name} (from {Day(p.From, undated)})")
                : i == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{name} until {Day(p.To, undated)}")
                    : string.Create(CultureInfo.InvariantCulture, $"then {name} ({Day(p.From, undated)} to {Day(p.To, undated)})"));
        }

        return string.Join(", ", parts);
    }

    private static string Day(LocalDate? date, string undated) => date is { } d ? LocalDatePattern.Iso.Format(d) : undated;

    private static StancePeriod Period(List<DatedPosition> run) =>
        new(run[0].Position.Stance, run[0].Date, run[^1].Date, [.. run]);

    /// <summary>The stance's code ("support"), as the ledger and the API write it.</summary>
    public static string Code(Stance stance) => Codes.Name(stance);
}
