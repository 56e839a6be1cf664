using Daftar.Analysis;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Daftar.Web.Pages;

/// <summary>One actor: names in both scripts, relations, dated events, quotations and the sources that name it.</summary>
public sealed partial class ActorModel : DaftarPage
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

    /// <summary>One line per issue and stance: the latest statement and how many say it.</summary>
    public IReadOnlyList<(Position Latest, int Statements)> Positions { get; private set; } = [];

    /// <summary>The actor's quotations by month, as a small bar chart (SVG); empty when none is dated.</summary>
    public string QuotesOverTime { get; private set; } = "";

    public IReadOnlyList<(long SourceId, int Mentions)> Sources { get; private set; } = [];

    /// <summary>The most of each list the page shows: the latest events and quotations, the sources naming the actor most.</summary>
    public const int ListLength = 50;

    /// <summary>The most names the page lists (surface forms add up on much-named actors).</summary>
    public const int MaxNamesShown = 100;

    public int EventTotal { get; private set; }

    public int RelationTotal { get; private set; }

    public int QuoteTotal { get; private set; }

    public int SourceTotal { get; private set; }

    /// <summary>The actor's feed: everything public about it.</summary>
    public override Feeds.FeedSelection FeedQuery => Actor is null ? base.FeedQuery : Feeds.FeedSelection.Of([Actor.Id], [], [], [], Language);

    public IActionResult OnGet(string id)
    {
        if (Ledger.GetActor(id) is not { } actor)
            return NotFound();
        Actor = actor;
        Title = actor.Name;
        var relations = Ledger.RelationGraph(actorId: id);
        RelationTotal = relations.Edges.Length;
        var neighbourhood = relations.Strongest(ListLength);
        Relations = neighbourhood.Edges;
        names = neighbourhood.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        Graph = GraphChart.Render(neighbourhood, other => Href("actors/" + Uri.EscapeDataString(other)), name => T("relation." + name));
        Positions = Ledger.PositionSummary(id);
        QuotesOverTime = MonthBars.Render(Ledger.QuotesByMonth(id), T("count.quotes"));
        var timeline = Ledger.RecentTimeline(id, null, null, ListLength * 4);
        EventTotal = Ledger.CountEventsOf(id);
        Timeline = [.. timeline.TakeLast(ListLength).Reverse()];
        (Quotes, QuoteTotal) = Ledger.RecentQuotesBy(id, ListLength);
        var sources = Ledger.SourcesMentioning(id);
        SourceTotal = sources.Count;
        Sources = [.. sources.Take(ListLength)];
        titles = new Dictionary<long, string>(Ledger.SourceTitles([.. Sources.Select(s => s.SourceId)]));
        LoadSayDo(id);
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

        if (Ledger.GetActor(id) is null)
            return NotFound();
        Ledger.AddAlias(id, alias.Trim());
        return Redirect(Href("actors/" + Uri.EscapeDataString(id)));
    }

    public string? Message { get; private set; }

    /// <summary>What the analyst typed into the merge form, kept when it named no actor.</summary>
    public string? MergeInput { get; private set; }

    /// <summary>Merges this actor into the one named (by any name, in either script); shows the kept actor.</summary>
    public IActionResult OnPostMerge(string id, string? into)
    {
        if (Ledger.GetActor(id) is null)
            return NotFound();
        var found = string.IsNullOrWhiteSpace(into) ? [] : Ledger.FindActors(into.Trim());
        if (found.Count != 1 || found[0].Id == id)
        {
            OnGet(id);
            MergeInput = into;
            Message = found.Count > 1 ? T("review.ambiguous_actor") : T("actor.merge_invalid");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Ledger.MergeActors(found[0].Id, id);
        return Redirect(Href("actors/" + Uri.EscapeDataString(found[0].Id)));
    }

    /// <summary>Splits one of this actor's names off as a new actor, with the mentions written that way.</summary>
    public IActionResult OnPostSplit(string id, string? alias)
    {
        if (Ledger.GetActor(id) is null)
            return NotFound();
        try
        {
            var created = Ledger.SplitActor(id, alias ?? "");
            return Redirect(Href("actors/" + Uri.EscapeDataString(created)));
        }
        catch (Exception e) when (e is LedgerException or ArgumentException)
        {
            OnGet(id);
            Message = T("actor.split_invalid");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    public string ActorName(string id) => names.GetValueOrDefault(id, id);


    public string SourceTitle(long id) => titles.GetValueOrDefault(id, "#" + id);
}
