using System.Text.RegularExpressions;
using Daftar.Storage;
using NodaTime;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>The sources list pages through a long ledger, keeping its filters.</summary>
public sealed partial class SourceListTests : IDisposable
{
    private readonly WebFixture web = new();

    public SourceListTests()
    {
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        using var group = ledger.BeginWriteGroup();
        for (var i = 0; i < 150; i++)
        {
            var text = $"Report {i}: the council of district {i} met on Monday and agreed on its budget.";
            ledger.AddSource(new Domain.Source(0, "", $"r{i}.txt", "text", "en", $"Council report {i}", new LocalDate(2024, 1, 1), null, null, [], false,
                SystemClock.Instance.GetCurrentInstant(), text), System.Text.Encoding.UTF8.GetBytes(text));
        }
    }

    public void Dispose() => web.Dispose();

    [Fact]
    public async Task A_long_list_comes_a_hundred_at_a_time()
    {
        var (_, first) = await web.Get("/en/sources");
        var (_, second) = await web.Get("/en/sources?p=2");
        var (_, beyond) = await web.Get("/en/sources?p=99");

        Assert.Equal(100, Row().Count(first));
        Assert.Contains("1 / 2 (152)", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/en/sources?q=&amp;language=&amp;p=2\"", first, StringComparison.Ordinal);
        Assert.Equal(52, Row().Count(second));
        Assert.Contains("2 / 2 (152)", beyond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_apply_before_paging()
    {
        var (_, html) = await web.Get("/en/sources?q=" + Uri.EscapeDataString("report 14") + "&language=en");

        // "14" matches the words of reports 14 only (titles are matched word by word).
        Assert.Equal(1, Row().Count(html));
        Assert.DoesNotContain("class=\"pager\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr>\\s*<td>\\d+</td>")]
    private static partial Regex Row();
}
