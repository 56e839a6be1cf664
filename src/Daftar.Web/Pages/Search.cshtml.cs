using Daftar.Web.Rendering;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>One box for both scripts; results grouped by actor, source and quotation, matched words highlighted.</summary>
public sealed class SearchModel : DaftarPage
{
    private Dictionary<string, string> names = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public bool Searched { get; private set; }

    public IReadOnlyList<Actor> Actors { get; private set; } = [];

    public IReadOnlyList<SearchHit> Sources { get; private set; } = [];

    public IReadOnlyList<SearchHit> Quotes { get; private set; } = [];

    public void OnGet()
    {
        Title = T("search.title");
        if (string.IsNullOrWhiteSpace(Query))
            return;
        Searched = true;
        var actors = Ledger.ListActors();
        names = actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        Actors = Ledger.FindActors(Query);
        var hits = Ledger.Search(Query, limit: 50);
        Sources = [.. hits.Where(h => h.Kind == SearchHitKind.Source)];
        Quotes = [.. hits.Where(h => h.Kind == SearchHitKind.Quote)];
    }

    public string ActorName(string id) => names.GetValueOrDefault(id, id);

    /// <summary>The snippet as HTML, its matched word in &lt;mark&gt;.</summary>
    public static string Highlight(Snippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var (text, span) = (snippet.Text, snippet.Highlight);
        if (span.Length == 0)
            return Html.Encode(text);
        return Html.Encode(text[..span.Start]) + "<mark>" + Html.Encode(text[span.Start..span.End]) + "</mark>"
            + Html.Encode(text[span.End..]);
    }
}
