using CsCheck;
using Daftar.Analysis;
using Daftar.Domain;
using Xunit;

namespace Daftar.Tests.Analysis;

public class TimelineTests
{
    private static Event Report(long id, long source, string date, string? actor, EventType type, string? target = null,
        ReviewState review = ReviewState.Candidate) =>
        new(id, date, actor, target, type, $"report {id}", new Citation(source, new TextSpan((int)id, (int)id + 1)), review);

    [Fact]
    public void Reports_of_one_deed_in_two_sources_are_one_event_citing_both()
    {
        var timeline = Timeline.Build(
        [
            Report(1, 9, "2024-04-20", "saraya-al-salam", EventType.Retreat, "iraqi-army"),
            Report(2, 4, "2024-04-20", "saraya-al-salam", EventType.Retreat),
            Report(3, 4, "2024-04-20", "moqtada-al-sadr", EventType.Statement),
        ]);

        Assert.Equal(2, timeline.Count);
        var handover = Assert.Single(timeline, e => e.Type == EventType.Retreat);
        Assert.Equal([4L, 9L], handover.SourceIds.ToArray());
        Assert.Equal("iraqi-army", handover.TargetId);
        Assert.Equal("report 2", handover.Summary); // the first source's words
    }

    [Fact]
    public void Other_dates_actors_or_types_stay_apart_and_events_without_an_actor_are_never_merged()
    {
        var timeline = Timeline.Build(
        [
            Report(1, 1, "2024-04-20", "a", EventType.Retreat),
            Report(2, 2, "2024-04-21", "a", EventType.Retreat),
            Report(3, 3, "2024-04-20", "b", EventType.Retreat),
            Report(4, 4, "2024-04-20", "a", EventType.Reject),
            Report(5, 5, "2024-04-20", null, EventType.Assault),
            Report(6, 6, "2024-04-20", null, EventType.Assault),
        ]);

        Assert.Equal(6, timeline.Count);
    }

    [Fact]
    public void Rejected_reports_are_left_out_and_the_rest_ordered_by_date()
    {
        var timeline = Timeline.Build(
        [
            Report(1, 1, "2024-05", "a", EventType.Agree),
            Report(2, 1, "2024-04-20", "a", EventType.Retreat, review: ReviewState.Rejected),
            Report(3, 2, "2023", "b", EventType.Protest),
        ]);

        Assert.Equal(["2023", "2024-05"], timeline.Select(e => e.Date));
    }

    [Fact]
    public void Every_kept_report_is_in_exactly_one_event_that_shares_its_key()
    {
        var reports = Gen.Select(Gen.Int[1, 5], Gen.OneOf("2024-04-20", "2024-04-21", "2024"), Gen.OneOf<string?>("a", "b", null),
                Gen.Enum<EventType>(), Gen.Enum<ReviewState>())
            .Array[0, 30]
            .Select(items => items.Select((x, i) => Report(i + 1, x.Item1, x.Item2, x.Item3, x.Item4, review: x.Item5)).ToArray());
        reports.Sample(items =>
        {
            var timeline = Timeline.Build(items);
            var kept = items.Where(r => r.Review != ReviewState.Rejected).ToList();
            Assert.Equal(kept.Select(r => r.Id).Order(), timeline.SelectMany(e => e.Reports).Select(r => r.Id).Order());
            foreach (var entry in timeline)
                Assert.All(entry.Reports, r => Assert.True(r.Date == entry.Date && r.ActorId == entry.ActorId && r.Type == entry.Type));
            Assert.Equal(timeline.Select(e => e.Date).Order(StringComparer.Ordinal), timeline.Select(e => e.Date));
        });
    }
}
