using Daftar.Analysis;
using Daftar.Domain;
using Daftar.Web.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>Dated events across actors, as a picture and a list, filtered by actor, type and dates.</summary>
public sealed class TimelineModel : DaftarPage
{
    private Dictionary<string, string> names = [];

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? ActorFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    public IReadOnlyList<(string Id, string Name)> ActorChoices { get; private set; } = [];

    public IReadOnlyList<TimelineEvent> Events { get; private set; } = [];

    public string Svg { get; private set; } = "";

    /// <summary>The most events the page draws and lists.</summary>
    public const int MaxShown = 500;

    public int Total { get; private set; }

    /// <summary>Whether older events were left out.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The events of the actor the timeline is narrowed to, if any.</summary>
    public override Feeds.FeedSelection FeedQuery =>
        Feeds.FeedSelection.Of(names.ContainsKey(ActorFilter ?? "") ? [ActorFilter!] : [], [], [Storage.FeedKind.Event], [], Language);

    public void OnGet()
    {
        Title = T("nav.timeline");
        var actors = Ledger.ListActors();
        names = actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var actorId = string.IsNullOrEmpty(ActorFilter) || !names.ContainsKey(ActorFilter) ? null : ActorFilter;
        EventType? type = Enum.GetValues<EventType>().Where(t => Storage.Codes.Name(t) == TypeFilter).Select(t => (EventType?)t).FirstOrDefault();
        if (!string.IsNullOrEmpty(TypeFilter) && type is null)
            return; // an unknown type matches nothing
        int? fromYear = TimelineChart.Span(From ?? "") is { } from ? from.First.Year : null;

        // The latest events, when there are more than a page can draw: narrow by actor, type or dates for the rest.
        var recent = Ledger.RecentTimeline(actorId, type, fromYear, MaxShown * 4);
        var matching = recent.Where(e => TimelineChart.Within(e.Date, From, To)).ToList();
        Total = matching.Count;
        Events = [.. matching.TakeLast(MaxShown)];
        Truncated = Total > Events.Count || recent.Sum(e => e.Reports.Length) >= MaxShown * 4;
        var withEvents = Ledger.ActorsWithEvents();
        ActorChoices = [.. actors.Where(a => withEvents.Contains(a.Id) || a.Id == ActorFilter).Select(a => (a.Id, a.Name))];
        // Each mark opens its evidence: the first report's event in its source.
        Svg = TimelineChart.Render(Events, ActorName, e => Href(
            $"sources/{e.Reports[0].Citation.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture)}#{SourceModel.Anchor(Storage.EntryKind.Event, e.Reports[0].Id)}"));
    }

    public string ActorName(string? id) => id is null ? "—" : names.GetValueOrDefault(id, id);
}
