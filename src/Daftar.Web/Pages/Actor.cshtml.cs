using Daftar.Analysis;
using Daftar.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>One actor: names in both scripts, relations, dated events, quotations and the sources that name it.</summary>
public sealed class ActorModel : DaftarPage
{
    private Dictionary<string, string> names = [];
    private Dictionary<long, string> titles = [];

    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<Relation> Relations { get; private set; } = [];

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    public IReadOnlyList<Quote> Quotes { get; private set; } = [];

    public IReadOnlyList<(long SourceId, int Mentions)> Sources { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var all = Ledger.ListActors();
        if (all.FirstOrDefault(a => a.Id == id) is not { } actor)
            return NotFound();
        Actor = actor;
        Title = actor.Name;
        names = all.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        titles = Ledger.ListSources().ToDictionary(s => s.Id, s => s.Title ?? s.Name);
        Relations = Ledger.RelationsOf(id);
        Timeline = Ledger.Timeline(id);
        Quotes = Ledger.QuotesBy(id);
        Sources = Ledger.SourcesMentioning(id);
        return Page();
    }

    public string ActorName(string id) => names.GetValueOrDefault(id, id);

    public string SourceTitle(long id) => titles.GetValueOrDefault(id, "#" + id);
}
