using System.Xml;
using System.Xml.Linq;
using Xunit;

namespace Daftar.Tests.Publishing;

public sealed class GraphMlExportTests : IDisposable
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    private readonly ExportLedgerFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private static XDocument Parse(Daftar.Storage.SqliteLedger ledger)
    {
        using var buffer = new MemoryStream();
        ledger.RelationGraph().WriteGraphMl(buffer);
        buffer.Position = 0;
        using var reader = XmlReader.Create(buffer, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public void The_graph_reads_back_as_GraphML_with_its_nodes_and_edges()
    {
        var analyst = Parse(fixture.Analyst);
        var open = Parse(fixture.Public);

        foreach (var document in new[] { analyst, open })
        {
            var graph = Assert.Single(document.Root!.Elements(GraphMl + "graph"));
            Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
            var keys = document.Root.Elements(GraphMl + "key").Select(k => k.Attribute("id")!.Value).ToHashSet();
            var nodes = graph.Elements(GraphMl + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
            Assert.All(graph.Elements(GraphMl + "edge"), e =>
            {
                Assert.Contains(e.Attribute("source")!.Value, nodes);
                Assert.Contains(e.Attribute("target")!.Value, nodes);
            });
            Assert.All(graph.Descendants(GraphMl + "data"), d => Assert.Contains(d.Attribute("key")!.Value, keys));
        }

        // Analyst: five relations not rejected, over five actors. Public: the two accepted ones between public actors.
        Assert.Equal(5, analyst.Descendants(GraphMl + "edge").Count());
        Assert.Equal(5, analyst.Descendants(GraphMl + "node").Count());
        Assert.Equal(2, open.Descendants(GraphMl + "edge").Count());
        Assert.Equal(["moqtada-al-sadr", "sadrist-movement", "saraya-al-salam"], open.Descendants(GraphMl + "node").Select(n => n.Attribute("id")!.Value));
        Assert.Contains(open.Descendants(GraphMl + "data"), d => d.Value == "سرايا السلام");
    }
}
