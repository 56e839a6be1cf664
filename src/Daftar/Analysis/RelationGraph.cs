using System.Collections.Immutable;
using System.Xml;
using Daftar.Domain;
using Daftar.Storage;

namespace Daftar.Analysis;

/// <summary>An actor in the relation network.</summary>
public sealed record GraphNode(string Id, string Name, ActorType Type, string? ArabicName);

/// <summary>One relation between two actors, with every source that states it.</summary>
public sealed record GraphEdge(string Source, RelationKind Predicate, string Target, ImmutableArray<long> SourceIds);

/// <summary>
/// The relation network: who leads, backs, split from or allied with whom. A relation stated by several sources is
/// one edge citing them all; rejected relations are left out. Exported as GraphML for Gephi, yEd or networkx.
/// </summary>
public sealed record RelationGraph(ImmutableArray<GraphNode> Nodes, ImmutableArray<GraphEdge> Edges)
{
    /// <summary>The graph of <paramref name="relations"/> over <paramref name="actors"/>, keeping only <paramref name="kinds"/> when given.</summary>
    public static RelationGraph Build(IEnumerable<Relation> relations, IEnumerable<Actor> actors, IReadOnlySet<RelationKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(actors);
        var byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var edges = relations
            .Where(r => r.Review != ReviewState.Rejected && (kinds is null || kinds.Count == 0 || kinds.Contains(r.Predicate)))
            .Where(r => byId.ContainsKey(r.SubjectId) && byId.ContainsKey(r.ObjectId) && r.SubjectId != r.ObjectId)
            .GroupBy(r => (r.SubjectId, r.Predicate, r.ObjectId))
            .Select(g => new GraphEdge(g.Key.SubjectId, g.Key.Predicate, g.Key.ObjectId, [.. g.Select(r => r.Citation.SourceId).Distinct().Order()]))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Predicate).ThenBy(e => e.Target, StringComparer.Ordinal)
            .ToImmutableArray();
        var used = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        var nodes = used.Order(StringComparer.Ordinal)
            .Select(id => byId[id])
            .Select(a => new GraphNode(a.Id, a.Name, a.Type, a.Aliases.FirstOrDefault(x => x.Script == Script.Arabic)?.Text))
            .ToImmutableArray();
        return new RelationGraph(nodes, edges);
    }

    /// <summary>
    /// The graph of relations already grouped by (subject, predicate, object) with their sources (as the ledger
    /// groups them), keeping only <paramref name="kinds"/> when given.
    /// </summary>
    public static RelationGraph FromGrouped(
        IEnumerable<(string Subject, RelationKind Predicate, string Object, long[] SourceIds)> grouped,
        IEnumerable<Actor> actors,
        IReadOnlySet<RelationKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(grouped);
        ArgumentNullException.ThrowIfNull(actors);
        var relations = grouped.SelectMany(g => g.SourceIds.Select(source =>
            new Relation(0, g.Subject, g.Predicate, g.Object, null, null, new Citation(source, default), ReviewState.Candidate)));
        return Build(relations, actors, kinds);
    }

    /// <summary>The <paramref name="count"/> edges stated by the most sources, with their nodes: a graph a page can draw.</summary>
    public RelationGraph Strongest(int count)
    {
        if (Edges.Length <= count)
            return this;
        var edges = Edges.OrderByDescending(e => e.SourceIds.Length).ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Predicate).ThenBy(e => e.Target, StringComparer.Ordinal).Take(count).ToImmutableArray();
        var used = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        return new RelationGraph([.. Nodes.Where(n => used.Contains(n.Id))], edges);
    }

    /// <summary>Writes the graph as GraphML (UTF-8): node name, Arabic name and type; edge relation and citing sources.</summary>
    public void WriteGraphMl(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", ns);
        Key("name", "node", "name");
        Key("name_ar", "node", "name_ar");
        Key("type", "node", "type");
        Key("relation", "edge", "relation");
        Key("sources", "edge", "sources");
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("id", "relations");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in Nodes)
        {
            xml.WriteStartElement("node", ns);
            xml.WriteAttributeString("id", node.Id);
            Data("name", node.Name);
            if (node.ArabicName is not null)
                Data("name_ar", node.ArabicName);
            Data("type", Codes.Name(node.Type));
            xml.WriteEndElement();
        }

        var number = 0;
        foreach (var edge in Edges)
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("id", "e" + (number++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            Data("relation", Codes.Name(edge.Predicate));
            Data("sources", string.Join(' ', edge.SourceIds));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();

        void Key(string id, string target, string name)
        {
            xml.WriteStartElement("key", ns);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", "string");
            xml.WriteEndElement();
        }

        void Data(string key, string value)
        {
            xml.WriteStartElement("data", ns);
            xml.WriteAttributeString("key", key);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
    }
}
