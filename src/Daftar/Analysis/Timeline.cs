using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Analysis;

/// <summary>
/// One event on the timeline, however many sources report it: the same deed by the same actor on the same date,
/// in any language. Each report keeps its own citation, so every source stays one click away.
/// </summary>
/// <param name="Date">The TIMEX3 value the reports share.</param>
/// <param name="TargetId">The target most reports name (the first named on a tie), or null when none does.</param>
/// <param name="Reports">The ledger's events behind this one, in source order.</param>
public sealed record TimelineEvent(string Date, string? ActorId, string? TargetId, EventType Type, ImmutableArray<Event> Reports)
{
    /// <summary>The sources that report the event, each once.</summary>
    public ImmutableArray<long> SourceIds => [.. Reports.Select(r => r.Citation.SourceId).Distinct()];

    /// <summary>The summary of the first report.</summary>
    public string Summary => Reports[0].Summary;
}

/// <summary>Builds the timeline: events grouped into one per deed, ordered by date.</summary>
public static class Timeline
{
    /// <summary>
    /// Groups events that share date, actor and type into one <see cref="TimelineEvent"/>; rejected events are left
    /// out. Events without an actor are never grouped: "something happened on Friday" in two sources need not be the
    /// same thing.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Build(IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var groups = new Dictionary<(string Date, string Actor, EventType Type), List<Event>>();
        var result = new List<(string Date, long FirstId, List<Event> Reports)>();
        foreach (var item in events)
        {
            if (item.Review == ReviewState.Rejected)
                continue;
            if (item.ActorId is null)
            {
                result.Add((item.Date, item.Id, [item]));
                continue;
            }

            var key = (item.Date, item.ActorId, item.Type);
            if (groups.TryGetValue(key, out var reports))
            {
                reports.Add(item);
                continue;
            }

            groups[key] = reports = [item];
            result.Add((item.Date, item.Id, reports));
        }

        return
        [
            .. result
                .OrderBy(g => g.Date, StringComparer.Ordinal)
                .ThenBy(g => g.FirstId)
                .Select(g => ToEvent(g.Reports)),
        ];
    }

    private static TimelineEvent ToEvent(List<Event> reports)
    {
        var ordered = reports.OrderBy(r => r.Citation.SourceId).ThenBy(r => r.Citation.Span.Start).ToImmutableArray();
        var target = ordered.Where(r => r.TargetId is not null)
            .GroupBy(r => r.TargetId!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        var first = ordered[0];
        return new TimelineEvent(first.Date, first.ActorId, target, first.Type, ordered);
    }
}
