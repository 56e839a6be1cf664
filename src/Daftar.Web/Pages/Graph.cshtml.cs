using Daftar.Analysis;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>The relation network, filtered by relation type, drawn and listed; downloadable as GraphML.</summary>
public sealed class GraphModel : DaftarPage
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string[] KindFilter { get; set; } = [];

    public HashSet<RelationKind> Kinds { get; private set; } = [];

    public RelationGraph Graph { get; private set; } = null!;

    public string Svg { get; private set; } = "";

    public string GraphMlHref => "/" + LanguageCode + "/graph.graphml" + HttpContext.Request.QueryString;

    public void OnGet()
    {
        Title = T("nav.graph");
        Kinds = ParseKinds(KindFilter);
        Graph = Ledger.RelationGraph(Kinds);
        Svg = GraphChart.Render(Graph, id => Href("actors/" + Uri.EscapeDataString(id)), name => T("relation." + name));
    }

    public string Name(string id) => Graph.Nodes.FirstOrDefault(n => n.Id == id)?.Name ?? id;

    /// <summary>The relation kinds named in a query (unknown names are ignored; none means all).</summary>
    public static HashSet<RelationKind> ParseKinds(IEnumerable<string> names) =>
        [.. names.SelectMany(n => Enum.GetValues<RelationKind>().Where(k => Codes.Name(k) == n))];
}
