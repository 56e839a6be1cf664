using System.Globalization;
using System.Text;
using Daftar.Analysis;
using NodaTime;
using NodaTime.Calendars;

namespace Daftar.Web.Rendering;

/// <summary>
/// The timeline as an SVG picture: one lane per actor, time running left to right, a mark per event (a bar for a
/// month or a year, a dot for a day) linking to its entry in the list below. Drawn on the server: no script needed.
/// </summary>
public static class TimelineChart
{
    private const int Width = 960;
    private const int LaneHeight = 26;
    private const int LabelWidth = 200;
    private const int Top = 24;

    /// <summary>The span of days a TIMEX3 date value covers (2024-04-20, 2024-04, 2024, 2024-W13), or null for others.</summary>
    public static (LocalDate First, LocalDate Last)? Span(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split('-');
        if (parts.Length == 0 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return null;
        try
        {
            if (parts.Length == 1)
                return (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
            if (parts[1].StartsWith('W') && int.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var week))
            {
                var monday = WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday);
                return (monday, monday.PlusDays(6));
            }

            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
                return null;
            if (parts.Length == 2)
            {
                var first = new LocalDate(year, month, 1);
                return (first, first.PlusMonths(1).PlusDays(-1));
            }

            var day = int.TryParse(parts[2].AsSpan(0, Math.Min(2, parts[2].Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
            var date = new LocalDate(year, month, day);
            return (date, date);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // Not a date (2024-13), or one whose span runs past the calendar's end (9999-12).
            return null;
        }
    }

    /// <summary>Whether the event's date lies within [from, to] (ISO dates, either may be blank); undated values pass only without bounds.</summary>
    public static bool Within(string value, string? from, string? to)
    {
        var hasFrom = TryDate(from, out var first);
        var hasTo = TryDate(to, out var last);
        if (!hasFrom && !hasTo)
            return true;
        if (Span(value) is not { } span)
            return false;
        return (!hasFrom || span.Last >= first) && (!hasTo || span.First <= last);
    }

    public static string Render(IReadOnlyList<TimelineEvent> events, Func<string?, string> actorName, Func<TimelineEvent, string> link)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(actorName);
        ArgumentNullException.ThrowIfNull(link);
        var dated = events.Select(e => (Event: e, Span: Span(e.Date))).Where(x => x.Span is not null).Select(x => (x.Event, Span: x.Span!.Value)).ToList();
        if (dated.Count == 0)
            return "";
        var lanes = dated.Select(x => x.Event.ActorId).Distinct().ToList();
        var start = dated.Min(x => x.Span.First);
        var end = dated.Max(x => x.Span.Last);
        var days = Math.Max(1, Period.Between(start, end, PeriodUnits.Days).Days + 1);
        var plot = Width - LabelWidth - 16;
        double X(LocalDate date) => LabelWidth + (plot * (double)Period.Between(start, date, PeriodUnits.Days).Days / days);

        var height = Top + (lanes.Count * LaneHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" class=\"timeline-svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"14\" class=\"axis\">{Encode(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 16}\" y=\"14\" class=\"axis\" text-anchor=\"end\">{Encode(end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</text>");
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            var y = Top + (lane * LaneHeight) + (LaneHeight / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 4}\" text-anchor=\"end\" class=\"lane\">{Encode(actorName(lanes[lane]))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LabelWidth}\" x2=\"{Width - 16}\" y1=\"{y}\" y2=\"{y}\" class=\"rule\"/>");
        }

        foreach (var (e, span) in dated)
        {
            var y = Top + (lanes.IndexOf(e.ActorId) * LaneHeight) + (LaneHeight / 2);
            var x1 = X(span.First);
            var label = Encode($"{e.Date} {Storage.Codes.Name(e.Type)}: {e.Summary}");
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Encode(link(e))}\"><title>{label}</title>");
            if (span.First == span.Last)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x1:0.#}\" cy=\"{y}\" r=\"5\" class=\"mark type-{Storage.Codes.Name(e.Type)}\"/>");
            }
            else
            {
                var w = Math.Max(4, X(span.Last) - x1);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x1:0.#}\" y=\"{y - 4}\" width=\"{w:0.#}\" height=\"8\" rx=\"3\" class=\"mark span type-{Storage.Codes.Name(e.Type)}\"/>");
            }

            svg.Append("</a>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static bool TryDate(string? value, out LocalDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value) || NodaTime.Text.LocalDatePattern.Iso.Parse(value) is not { Success: true } parsed)
            return false;
        date = parsed.Value;
        return true;
    }

    private static string Encode(string text) => Html.Encode(text);
}
