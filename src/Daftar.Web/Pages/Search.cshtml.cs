using Daftar.Web.Rendering;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>One box for both scripts; results grouped by actor, source and quotation, matched words highlighted.</summary>
public sealed class SearchModel : DaftarPage
{
    private Dictionary<string, string> names = [];
    private string? facetActor;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public bool Searched { get; private set; }

    public IReadOnlyList<Actor> Actors { get; private set; } = [];

    public IReadOnlyList<SearchHit> Sources { get; private set; } = [];

    public IReadOnlyList<SearchHit> Quotes { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindFacet { get; set; }

    [BindProperty(SupportsGet = true, Name = "language")]
    public string? LanguageFacet { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? ActorFacet { get; set; }

    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>What the facets could not use, to tell the analyst (an unknown actor, a malformed date).</summary>
    public string? Message { get; private set; }

    /// <summary>The feed of the facets a feed has: the kind of hit, the language, the actor (the words are the search's own).</summary>
    public override Feeds.FeedSelection FeedQuery => Feeds.FeedSelection.Of(
        facetActor is null ? [] : [facetActor],
        [],
        KindFacet switch { "source" => [FeedKind.Source], "quote" => [FeedKind.Quote], _ => [] },
        Languages.Contains(LanguageFacet ?? "") ? [LanguageFacet!] : [],
        Language);

    public void OnGet()
    {
        Title = T("search.title");
        Languages = Ledger.SourceLanguages();
        if (string.IsNullOrWhiteSpace(Query))
            return;
        Searched = true;
        Actors = KindFacet is null or "" or "actor" ? Ledger.FindActors(Query) : [];
        var filter = Filter();
        var hits = KindFacet == "actor" ? [] : Ledger.Search(Query, limit: 50, filter);
        Sources = [.. hits.Where(h => h.Kind == SearchHitKind.Source)];
        Quotes = [.. hits.Where(h => h.Kind == SearchHitKind.Quote)];
        names = new Dictionary<string, string>(Ledger.ActorNames(hits.Where(h => h.Actor is not null).Select(h => h.Actor!)), StringComparer.Ordinal);
    }

    public string ActorName(string id) => names.GetValueOrDefault(id, id);

    private SearchFilter Filter()
    {
        var problems = new List<string>();
        NodaTime.LocalDate? Date(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
                return parsed.Value;
            problems.Add(T("search.bad_date"));
            return null;
        }

        string? actorId = null;
        if (!string.IsNullOrWhiteSpace(ActorFacet))
        {
            var found = Ledger.FindActors(ActorFacet.Trim());
            if (found.Count == 1)
                actorId = facetActor = found[0].Id;
            else
                problems.Add(T("review.no_such_actor"));
        }

        SearchHitKind? kind = KindFacet switch
        {
            "source" => SearchHitKind.Source,
            "quote" => SearchHitKind.Quote,
            _ => null,
        };
        var (from, to) = (Date(From), Date(To));
        Message = problems.Count == 0 ? null : string.Join(' ', problems.Distinct());
        return new SearchFilter(kind, string.IsNullOrEmpty(LanguageFacet) ? null : LanguageFacet, from, to, actorId);
    }

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
