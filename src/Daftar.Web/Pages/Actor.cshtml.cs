using Daftar.Analysis;
using Daftar.Domain;
using Daftar.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Daftar.Web.Pages;

/// <summary>One actor: names in both scripts, relations, dated events, quotations and the sources that name it.</summary>
public sealed class ActorModel : DaftarPage
{
    private Dictionary<string, string> names = [];
    private Dictionary<long, string> titles = [];

    public Actor Actor { get; private set; } = null!;

    /// <summary>The actor's relations, each stated once with every source that states it.</summary>
    public IReadOnlyList<GraphEdge> Relations { get; private set; } = [];

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    public IReadOnlyList<Quote> Quotes { get; private set; } = [];

    /// <summary>The actor's relations drawn as a small graph (SVG).</summary>
    public string Graph { get; private set; } = "";

    public IReadOnlyList<Position> Positions { get; private set; } = [];

    public IReadOnlyList<(long SourceId, int Mentions)> Sources { get; private set; } = [];

    /// <summary>The most of each list the page shows: the latest events and quotations, the sources naming the actor most.</summary>
    public const int ListLength = 50;

    public int EventTotal { get; private set; }

    public int QuoteTotal { get; private set; }

    public int SourceTotal { get; private set; }

    public IActionResult OnGet(string id)
    {
        var all = Ledger.ListActors();
        if (all.FirstOrDefault(a => a.Id == id) is not { } actor)
            return NotFound();
        Actor = actor;
        Title = actor.Name;
        names = all.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var neighbourhood = Ledger.RelationGraph(actorId: id);
        Relations = neighbourhood.Edges;
        Graph = GraphChart.Render(neighbourhood, other => Href("actors/" + Uri.EscapeDataString(other)), name => T("relation." + name));
        Positions = Ledger.PositionsOf(id);
        var timeline = Ledger.RecentTimeline(id, null, null, ListLength * 4);
        EventTotal = Ledger.CountEventsOf(id);
        Timeline = [.. timeline.TakeLast(ListLength).Reverse()];
        (Quotes, QuoteTotal) = Ledger.RecentQuotesBy(id, ListLength);
        var sources = Ledger.SourcesMentioning(id);
        SourceTotal = sources.Count;
        Sources = [.. sources.Take(ListLength)];
        titles = new Dictionary<long, string>(Ledger.SourceTitles([.. Sources.Select(s => s.SourceId)]));
        return Page();
    }

    /// <summary>Adds a name to the actor; the next ingest recognises it.</summary>
    public IActionResult OnPostAlias(string id, string? alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || alias.Trim().Length > 200)
        {
            var result = OnGet(id);
            if (result is not PageResult)
                return result;
            Message = T("actor.alias_invalid");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!Ledger.ListActors().Any(a => a.Id == id))
            return NotFound();
        Ledger.AddAlias(id, alias.Trim());
        return Redirect(Href("actors/" + Uri.EscapeDataString(id)));
    }

    public string? Message { get; private set; }

    public string ActorName(string id) => names.GetValueOrDefault(id, id);

    public string SourceTitle(long id) => titles.GetValueOrDefault(id, "#" + id);
}
