using System.Xml.Linq;
using Daftar.Analysis;
using Daftar.Domain;
using Xunit;

namespace Daftar.Tests.Analysis;

public class RelationGraphTests
{
    private static readonly Actor[] Actors =
    [
        new("moqtada-al-sadr", "Moqtada al-Sadr", ActorType.Person, [new Alias("مقتدى الصدر", Script.Arabic)], ReviewState.Accepted),
        new("sadrist-movement", "Sadrist movement", ActorType.Organization, [], ReviewState.Accepted),
        new("asaib-ahl-al-haq", "Asa'ib Ahl al-Haq", ActorType.Organization, [], ReviewState.Candidate),
        new("iran", "Iran", ActorType.State, [], ReviewState.Candidate),
    ];

    private static Relation Rel(long id, string subject, RelationKind kind, string @object, long source, ReviewState review = ReviewState.Candidate) =>
        new(id, subject, kind, @object, null, null, new Citation(source, new TextSpan(0, 1)), review);

    private static readonly Relation[] Relations =
    [
        Rel(1, "moqtada-al-sadr", RelationKind.Leads, "sadrist-movement", 1),
        Rel(2, "moqtada-al-sadr", RelationKind.Leads, "sadrist-movement", 4),
        Rel(3, "asaib-ahl-al-haq", RelationKind.SplinterOf, "sadrist-movement", 2),
        Rel(4, "asaib-ahl-al-haq", RelationKind.BackedBy, "iran", 2),
        Rel(5, "asaib-ahl-al-haq", RelationKind.AlliedWith, "iran", 3, ReviewState.Rejected),
        Rel(6, "asaib-ahl-al-haq", RelationKind.Leads, "nobody-known", 3),
    ];

    [Fact]
    public void A_relation_stated_twice_is_one_edge_citing_both_and_rejected_ones_are_left_out()
    {
        var graph = RelationGraph.Build(Relations, Actors);

        Assert.Equal(3, graph.Edges.Length);
        var leads = Assert.Single(graph.Edges, e => e.Predicate == RelationKind.Leads);
        Assert.Equal([1L, 4L], leads.SourceIds.ToArray());
        Assert.DoesNotContain(graph.Edges, e => e.Predicate == RelationKind.AlliedWith);
        Assert.Equal(4, graph.Nodes.Length);
    }

    [Fact]
    public void Kinds_filter_the_edges_and_drop_the_nodes_they_leave_alone()
    {
        var graph = RelationGraph.Build(Relations, Actors, new HashSet<RelationKind> { RelationKind.BackedBy });

        var edge = Assert.Single(graph.Edges);
        Assert.Equal(("asaib-ahl-al-haq", "iran"), (edge.Source, edge.Target));
        Assert.Equal(["asaib-ahl-al-haq", "iran"], graph.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void GraphML_holds_every_node_and_edge_with_names_in_both_scripts()
    {
        var graph = RelationGraph.Build(Relations, Actors);
        using var stream = new MemoryStream();

        graph.WriteGraphMl(stream);

        stream.Position = 0;
        var document = XDocument.Load(stream);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(graph.Nodes.Length, document.Descendants(ns + "node").Count());
        var edges = document.Descendants(ns + "edge").ToList();
        Assert.Equal(graph.Edges.Length, edges.Count);
        Assert.Contains(edges, e => (string?)e.Attribute("source") == "moqtada-al-sadr" && e.Elements().Any(d => d.Value == "leads")
            && e.Elements().Any(d => (string?)d.Attribute("key") == "sources" && d.Value == "1 4"));
        Assert.Contains(document.Descendants(ns + "data"), d => d.Value == "مقتدى الصدر");
        Assert.Equal("directed", (string?)document.Descendants(ns + "graph").Single().Attribute("edgedefault"));
    }
}
