using System.Text.RegularExpressions;
using Daftar.Web.Rendering;
using Xunit;

namespace Daftar.Web.Tests;

public partial class MonthBarsTests
{
    [Fact]
    public void Every_month_between_the_first_and_the_last_gets_a_bar_and_empty_ones_are_flat()
    {
        var svg = MonthBars.Render([("2023-11", 2), ("2024-02", 4)], "quotations");

        var bars = Bar().Matches(svg).Select(m => (m.Groups["title"].Value, int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(["2023-11: 2 quotations", "2023-12: 0 quotations", "2024-01: 0 quotations", "2024-02: 4 quotations"], bars.Select(b => b.Item1));
        Assert.Equal([45, 0, 0, 90], bars.Select(b => b.Item2));
    }

    [Fact]
    public void Nothing_dated_draws_nothing_and_bad_months_are_ignored()
    {
        Assert.Equal("", MonthBars.Render([], "quotations"));
        Assert.Equal("", MonthBars.Render([("2024", 3), ("2024-13", 1)], "quotations"));
    }

    [GeneratedRegex("height=\"(?<h>\\d+)\" class=\"bar\"><title>(?<title>[^<]+)</title>")]
    private static partial Regex Bar();
}
