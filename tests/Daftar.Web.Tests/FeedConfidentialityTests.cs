using Daftar.Domain;
using Daftar.Storage;
using NodaTime;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Nothing confidential reaches a feed: not a confidential source's entries, not a confidential speaker's name.</summary>
public sealed class FeedConfidentialityTests(FeedFixture feeds) : IClassFixture<FeedFixture>
{
    private const string Canary = "Qx7canary";

    private static readonly string[] Paths =
    [
        "/feeds/atom", "/feeds/rss", "/feeds/atom?lang=ar", "/feeds/rss?kind=quote", "/feeds/atom?kind=source", "/feeds/atom?kind=event",
        "/feeds/atom?actor=moqtada-al-sadr", "/feeds/rss?actor=moqtada-al-sadr&kind=quote&language=en",
    ];

    [Fact]
    public async Task A_confidential_source_never_reaches_a_feed_whoever_asks()
    {
        var id = feeds.AddSource(
            $"Sealed memo {Canary}\n\nBAGHDAD, May 2, 2024 - Moqtada al-Sadr said in a statement: \"The {Canary} talks must stay between us.\"",
            "en", $"Sealed memo {Canary}", new LocalDate(2024, 5, 2));
        using var ledger = SqliteLedger.Open(feeds.Web.LedgerPath);
        feeds.AcceptAll(ledger, _ => true);
        Assert.Contains(ledger.EntriesOf(id).Quotes, q => q.Review == ReviewState.Accepted && q.Text.Contains(Canary, StringComparison.Ordinal));
        var bearer = feeds.Web.NewClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", ledger.AddApiToken(WebFixture.AnalystName, "confidential feed test"));

        // Public, it is published: the canary shows the test can see it.
        var sadr = await feeds.Read("/feeds/rss?actor=moqtada-al-sadr&kind=quote&language=en");
        Assert.Contains(sadr.Items, i => i.Title!.Contains(Canary, StringComparison.Ordinal));

        Assert.True(ledger.SetSourceConfidential(id, true));

        foreach (var client in new[] { feeds.Web.Visitor, feeds.Web.Client, bearer })
        {
            foreach (var path in Paths)
            {
                var text = System.Text.Encoding.UTF8.GetString(await feeds.Bytes(path, client));
                Assert.DoesNotContain(Canary, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain($"/sources/{id}", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_confidential_speaker_is_not_named_only_described()
    {
        var id = feeds.AddSource(
            "Cleric warns on the talks\n\nNAJAF, May 3, 2024 - A senior cleric told reporters that \"the talks are over for now\".",
            "en", "Cleric warns on the talks", new LocalDate(2024, 5, 3));
        using var ledger = SqliteLedger.Open(feeds.Web.LedgerPath);
        var quote = ledger.EntriesOf(id).Quotes.Single(q => q.Text.Contains("talks are over", StringComparison.Ordinal));
        const string path = "/feeds/atom?kind=quote&language=en";
        var link = $"{feeds.Web.BaseAddress.AbsoluteUri}en/sources/{id}#quote-{quote.Id}";

        // Named openly, the speaker is named in the feed.
        var named = ledger.SetSpeaker(quote.Id, new Speaker("moqtada-al-sadr", "a senior cleric", Anonymous: true, Confidential: false), ledger.VersionOf(EntryKind.Quote, quote.Id)!.Value);
        var open = Assert.Single((await feeds.Read(path)).Items, i => i.Url == link);
        Assert.Equal("Moqtada al-Sadr", Assert.Single(open.Authors).Name);

        // Marked confidential, only the source's own description remains.
        ledger.SetSpeaker(quote.Id, new Speaker("moqtada-al-sadr", "a senior cleric", Anonymous: true, Confidential: true), named.Version);
        foreach (var format in new[] { "atom", "rss" })
        {
            var item = Assert.Single((await feeds.Read($"/feeds/{format}?kind=quote&language=en")).Items, i => i.Url == link);
            Assert.Equal("a senior cleric: “the talks are over for now”", item.Title);
            Assert.Equal("a senior cleric", Assert.Single(item.Authors).Name);
            Assert.DoesNotContain("Sadr", item.Description, StringComparison.Ordinal);
            Assert.DoesNotContain((await feeds.Read($"/feeds/{format}?actor=moqtada-al-sadr&kind=quote")).Items, i => i.Url == link);
        }
    }
}
