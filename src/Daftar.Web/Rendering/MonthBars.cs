using System.Globalization;
using System.Text;

namespace Daftar.Web.Rendering;

/// <summary>Counts by month as a small SVG bar chart (quotations over time on an actor's page); months without any are drawn empty.</summary>
public static class MonthBars
{
    private const int Height = 90;
    private const int BarWidth = 14;
    private const int Gap = 3;
    private const int MaxMonths = 60;

    public static string Render(IReadOnlyList<(string Month, int Count)> counts, string unit)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byMonth = counts.Where(c => Parse(c.Month) is not null).ToDictionary(c => c.Month, c => c.Count, StringComparer.Ordinal);
        if (byMonth.Count == 0)
            return "";
        var first = byMonth.Keys.Min(StringComparer.Ordinal)!;
        var last = byMonth.Keys.Max(StringComparer.Ordinal)!;
        var months = new List<string>();
        for (var m = Parse(first)!.Value; string.CompareOrdinal(Key(m), last) <= 0; m = m.AddMonths(1))
            months.Add(Key(m));
        if (months.Count > MaxMonths)
            months = months[^MaxMonths..];
        var max = Math.Max(1, months.Max(m => byMonth.GetValueOrDefault(m)));
        var width = months.Count * (BarWidth + Gap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {Height + 16}\" class=\"bars\" role=\"img\">");
        for (var i = 0; i < months.Count; i++)
        {
            var count = byMonth.GetValueOrDefault(months[i]);
            var h = count == 0 ? 0 : Math.Max(2, Height * count / max);
            var x = i * (BarWidth + Gap);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x}\" y=\"{Height - h}\" width=\"{BarWidth}\" height=\"{h}\" class=\"bar\"><title>{months[i]}: {count} {Html.Encode(unit)}</title></rect>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Height + 13}\" class=\"axis\">{months[0]}</text>");
        if (months.Count > 4)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width}\" y=\"{Height + 13}\" class=\"axis\" text-anchor=\"end\">{months[^1]}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static DateTime? Parse(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Key(DateTime month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
