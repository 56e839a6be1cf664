using Daftar.Web.Rendering;
using Xunit;

namespace Daftar.Web.Tests;

public class TimelineChartTests
{
    [Theory]
    [InlineData("2024-04-20", "2024-04-20", "2024-04-20")]
    [InlineData("2024-04", "2024-04-01", "2024-04-30")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-W13", "2024-03-25", "2024-03-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    public void Timex_values_span_their_days(string value, string first, string last)
    {
        var span = TimelineChart.Span(value);

        Assert.NotNull(span);
        Assert.Equal(first, span.Value.First.ToString("yyyy-MM-dd", null));
        Assert.Equal(last, span.Value.Last.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("")]
    [InlineData("20240")]
    public void Other_values_have_no_span(string value) => Assert.Null(TimelineChart.Span(value));

    [Theory]
    [InlineData("2024-04", "2024-04-15", null, true)]
    [InlineData("2024-04", "2024-05-01", null, false)]
    [InlineData("2024", null, "2023-12-31", false)]
    [InlineData("PAST_REF", null, null, true)]
    [InlineData("PAST_REF", "2024-01-01", null, false)]
    [InlineData("2024-04-20", "nonsense", null, true)]
    public void Date_filters_keep_overlapping_events(string value, string? from, string? to, bool kept) =>
        Assert.Equal(kept, TimelineChart.Within(value, from, to));
}
