using System.Globalization;
using System.Text;
using Daftar.Analysis;
using Daftar.Storage;

namespace Daftar.Web.Rendering;

/// <summary>
/// The relation network as an SVG picture: a force-directed layout (Fruchterman–Reingold, a fixed start so the same
/// graph is always drawn the same), arrows coloured by relation, names written beside the nodes, each node linking to
/// its actor page. Computed on the server; a few hundred nodes take a few milliseconds.
/// </summary>
public static class GraphChart
{
    private const int Width = 960;
    private const int Height = 640;
    private const int MarginX = 150; // room for the names beside the outermost nodes
    private const int MarginY = 40;
    private const int Iterations = 300;

    public static string Render(RelationGraph graph, Func<string, string> actorHref, Func<string, string> relationLabel)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(actorHref);
        ArgumentNullException.ThrowIfNull(relationLabel);
        if (graph.Nodes.Length == 0)
            return "";
        var positions = Layout(graph);
        var index = graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" class=\"graph-svg\">");
        svg.Append("<defs>");
        foreach (var kind in graph.Edges.Select(e => e.Predicate).Distinct())
        {
            var name = Codes.Name(kind);
            svg.Append(CultureInfo.InvariantCulture,
                $"<marker id=\"arrow-{name}\" viewBox=\"0 0 10 10\" refX=\"18\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"edge-{name}\"/></marker>");
        }

        svg.Append("</defs>");
        foreach (var edge in graph.Edges)
        {
            var (x1, y1) = positions[index[edge.Source]];
            var (x2, y2) = positions[index[edge.Target]];
            var name = Codes.Name(edge.Predicate);
            var sources = string.Join(' ', edge.SourceIds.Take(10).Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)))
                + (edge.SourceIds.Length > 10 ? " +" + (edge.SourceIds.Length - 10).ToString(CultureInfo.InvariantCulture) : "");
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" class=\"edge edge-{name}\" marker-end=\"url(#arrow-{name})\"><title>{Html.Encode(relationLabel(name))} ({Html.Encode(sources)})</title></line>");
        }

        for (var i = 0; i < graph.Nodes.Length; i++)
        {
            var node = graph.Nodes[i];
            var (x, y) = positions[i];
            var anchor = x > Width / 2.0 ? "start" : "end";
            var dx = x > Width / 2.0 ? 9 : -9;
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Html.Encode(actorHref(node.Id))}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"6\" class=\"node node-{Codes.Name(node.Type)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + dx:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"{anchor}\">{Html.Encode(node.Name)}</text>");
            svg.Append("</a>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Node positions inside the picture's margins.</summary>
    internal static (double X, double Y)[] Layout(RelationGraph graph)
    {
        var n = graph.Nodes.Length;
        var x = new double[n];
        var y = new double[n];

        // Start on a circle: deterministic, and already spread out.
        for (var i = 0; i < n; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, n);
            x[i] = Math.Cos(angle) * 0.5;
            y[i] = Math.Sin(angle) * 0.5;
        }

        var index = graph.Nodes.Select((node, i) => (node.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var links = graph.Edges.Select(e => (index[e.Source], index[e.Target])).Distinct().ToArray();
        var k = Math.Sqrt(1.0 / Math.Max(1, n));
        var temperature = 0.1;
        var dx = new double[n];
        var dy = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var ddx = x[i] - x[j];
                    var ddy = y[i] - y[j];
                    var distance = Math.Max(1e-4, Math.Sqrt((ddx * ddx) + (ddy * ddy)));
                    var force = k * k / distance;
                    dx[i] += ddx / distance * force;
                    dy[i] += ddy / distance * force;
                    dx[j] -= ddx / distance * force;
                    dy[j] -= ddy / distance * force;
                }
            }

            foreach (var (a, b) in links)
            {
                var ddx = x[a] - x[b];
                var ddy = y[a] - y[b];
                var distance = Math.Max(1e-4, Math.Sqrt((ddx * ddx) + (ddy * ddy)));
                var force = distance * distance / k;
                dx[a] -= ddx / distance * force;
                dy[a] -= ddy / distance * force;
                dx[b] += ddx / distance * force;
                dy[b] += ddy / distance * force;
            }

            for (var i = 0; i < n; i++)
            {
                // A weak pull to the centre keeps separate components on the page.
                dx[i] -= x[i] * 0.3;
                dy[i] -= y[i] * 0.3;
                var length = Math.Max(1e-9, Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i])));
                x[i] += dx[i] / length * Math.Min(length, temperature);
                y[i] += dy[i] / length * Math.Min(length, temperature);
            }

            temperature *= 0.985;
        }

        var (minX, maxX, minY, maxY) = (x.Min(), x.Max(), y.Min(), y.Max());
        var spanX = Math.Max(1e-9, maxX - minX);
        var spanY = Math.Max(1e-9, maxY - minY);
        return [.. Enumerable.Range(0, n).Select(i => (
            n == 1 ? Width / 2.0 : MarginX + ((x[i] - minX) / spanX * (Width - (2 * MarginX))),
            n == 1 ? Height / 2.0 : MarginY + ((y[i] - minY) / spanY * (Height - (2 * MarginY)))))];
    }
}
