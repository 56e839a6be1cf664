using Daftar.Storage;
using NodaTime;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>"Any new statement or deed on issue X": an issue's feed carries the quotations and events that name it.</summary>
public sealed class IssueFeedTests : IDisposable
{
    private const string Troops =
        "Talks on the troops\n\nBAGHDAD, May 4, 2024 - Hadi al-Amiri said on Saturday: \"The foreign troops must leave before the summer.\" "
        + "He also said: \"The budget must pass this month.\"";

    private const string Budget =
        "Budget vote\n\nBAGHDAD, May 6, 2024 - Mohammed Shia al-Sudani said on Monday: \"The federal budget will pay every salary.\"";

    private readonly FeedFixture feeds = new();
    private readonly long troopsId;

    public IssueFeedTests()
    {
        using var ledger = SqliteLedger.Open(feeds.Web.LedgerPath);
        troopsId = WebFixture.Add(ledger, Troops, "en", "Talks on the troops", new LocalDate(2024, 5, 4));
        WebFixture.Add(ledger, Budget, "en", "Budget vote", new LocalDate(2024, 5, 6));
        feeds.AcceptAll(ledger, _ => true);
    }

    public void Dispose() => feeds.Web.Dispose();

    [Fact]
    public async Task An_issue_feed_carries_the_quotations_that_name_the_issue_and_no_others()
    {
        var feed = await feeds.Read("/feeds/atom?issue=foreign-troop-presence&kind=quote");

        var titles = feed.Items.Select(i => i.Title ?? "").ToList();
        Assert.Contains(titles, t => t.Contains("foreign troops must leave", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("budget", StringComparison.OrdinalIgnoreCase));
        Assert.All(feed.Items, i => Assert.Contains($"/sources/{troopsId}", i.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_issue_finds_the_other_source()
    {
        var feed = await feeds.Read("/feeds/rss?issue=federal-budget&kind=quote");

        var titles = feed.Items.Select(i => i.Title ?? "").ToList();
        Assert.Contains(titles, t => t.Contains("federal budget will pay", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("budget must pass", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("troops", StringComparison.Ordinal));
    }
}
