using Daftar.Analysis;
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

    public void OnGet()
    {
        Title = T("nav.timeline");
        var actors = Ledger.ListActors();
        names = actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var all = Ledger.Timeline(string.IsNullOrEmpty(ActorFilter) || !names.ContainsKey(ActorFilter) ? null : ActorFilter);
        var withEvents = all.Where(e => e.ActorId is not null).Select(e => e.ActorId!).ToHashSet(StringComparer.Ordinal);
        ActorChoices = [.. actors.Where(a => withEvents.Contains(a.Id) || a.Id == ActorFilter).Select(a => (a.Id, a.Name))];
        Events =
        [
            .. all.Where(e => string.IsNullOrEmpty(TypeFilter) || Storage.Codes.Name(e.Type) == TypeFilter)
                .Where(e => TimelineChart.Within(e.Date, From, To)),
        ];
        Svg = TimelineChart.Render(Events, ActorName, e => "#event-" + e.Reports[0].Id);
    }

    public string ActorName(string? id) => id is null ? "—" : names.GetValueOrDefault(id, id);
}
