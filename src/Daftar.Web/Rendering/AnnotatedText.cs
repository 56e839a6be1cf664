using System.Text;

namespace Daftar.Web.Rendering;

/// <summary>A span of the text to draw: quotations are outer marks, names and dates inner ones.</summary>
/// <param name="OpenTag">The element's opening tag, already HTML-safe.</param>
public sealed record TextMark(int Start, int End, bool Outer, string OpenTag, string CloseTag);

/// <summary>
/// Draws a source's clean text as HTML paragraphs (each with its own direction, so an Arabic paragraph in an English
/// page reads right to left) with its annotations in place. Marks that would not nest — an inner mark crossing a
/// quotation's edge, or overlapping another of its layer — are left out rather than drawn wrong; a mark that spans
/// paragraphs is closed and reopened at each break.
/// </summary>
public static class AnnotatedText
{
    public static string Render(string text, IEnumerable<TextMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var valid = marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End).ToList();
        var outer = Disjoint(valid.Where(m => m.Outer));
        var inner = Disjoint(valid.Where(m => !m.Outer && !outer.Any(o => Crosses(m, o))));
        var kept = outer.Concat(inner).ToList();

        var opensAt = kept.ToLookup(m => m.Start);
        var closesAt = kept.ToLookup(m => m.End);
        var open = new List<TextMark>();
        var html = new StringBuilder(text.Length * 2);
        html.Append("<p dir=\"auto\">");
        var segment = 0;
        var i = 0;
        while (i <= text.Length)
        {
            if (closesAt.Contains(i) || opensAt.Contains(i))
            {
                Flush(i);
                foreach (var mark in closesAt[i].OrderBy(m => m.Outer))
                {
                    if (open.Remove(mark))
                        html.Append(mark.CloseTag);
                }

                foreach (var mark in opensAt[i].OrderByDescending(m => m.Outer))
                {
                    html.Append(mark.OpenTag);
                    open.Add(mark);
                }
            }

            if (i == text.Length)
                break;
            if (text[i] == '\n')
            {
                var run = i;
                while (run < text.Length && text[run] is '\n' or '\r')
                    run++;
                if (run - i >= 2 && run < text.Length && !BoundaryInside(i + 1, run))
                {
                    Flush(i);
                    for (var k = open.Count - 1; k >= 0; k--)
                        html.Append(open[k].CloseTag);
                    html.Append("</p>\n<p dir=\"auto\">");
                    foreach (var mark in open)
                        html.Append(mark.OpenTag);
                    segment = i = run;
                    continue;
                }
            }

            i++;
        }

        Flush(text.Length);
        for (var k = open.Count - 1; k >= 0; k--)
            html.Append(open[k].CloseTag);
        html.Append("</p>");
        return html.ToString();

        // A mark that starts or ends among the newlines of a break keeps the newlines as line breaks.
        bool BoundaryInside(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (opensAt.Contains(k) || closesAt.Contains(k))
                    return true;
            }

            return false;
        }

        void Flush(int end)
        {
            if (end <= segment)
                return;
            html.AppendJoin("<br>", text[segment..end].Split('\n').Select(Html.Encode));
            segment = end;
        }
    }

    private static bool Crosses(TextMark inner, TextMark outer) =>
        inner.Start < outer.End && outer.Start < inner.End && !(outer.Start <= inner.Start && inner.End <= outer.End);

    private static List<TextMark> Disjoint(IEnumerable<TextMark> marks)
    {
        var kept = new List<TextMark>();
        var end = -1;
        foreach (var mark in marks.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mark.Start < end)
                continue;
            kept.Add(mark);
            end = mark.End;
        }

        return kept;
    }
}
