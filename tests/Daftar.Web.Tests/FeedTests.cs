using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Daftar.Domain;
using Daftar.Storage;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>The public feeds as a real feed client reads them: what they hold, where they link, in which order.</summary>
public sealed partial class FeedTests(FeedFixture feeds) : IClassFixture<FeedFixture>
{
    private WebFixture Web => feeds.Web;

    private string Site => Web.BaseAddress.AbsoluteUri.TrimEnd('/');

    [Theory]
    [InlineData("atom")]
    [InlineData("rss")]
    public async Task The_site_wide_feed_holds_every_public_entry_newest_source_first(string format)
    {
        var feed = await feeds.Read($"/feeds/{format}");

        Assert.Equal(format, feed.Meta.Type);
        Assert.StartsWith("Daftar", feed.Title, StringComparison.Ordinal);
        Assert.Equal("en", feed.Language);
        Assert.Equal(Expected(_ => true).Count, feed.Items.Count);
        Assert.Equal(feed.Items.Count, feed.Items.Select(i => i.Id).Distinct().Count());
        Assert.All(feed.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title));
            Assert.False(string.IsNullOrWhiteSpace(item.Description));
            Assert.StartsWith($"{Site}/en/sources/", item.Url, StringComparison.Ordinal);
            Assert.NotNull(item.Published);
            Assert.NotEmpty(item.Authors);
        });
        var dates = feed.Items.Select(i => i.Published!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal($"{Site}/en/sources/{Web.ArabicId}", feed.Items[0].Url); // published a day after the English report
        var english = Assert.Single(feed.Items, i => i.Url == $"{Site}/en/sources/{Web.EnglishId}");
        Assert.Equal("Militia hands Samarra posts to the army", english.Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 20, 0, 0, 0, TimeSpan.Zero), english.Published);
    }

    [Theory]
    [InlineData("atom")]
    [InlineData("rss")]
    public async Task A_quotation_entry_names_its_speaker_and_source_and_links_to_its_place_in_the_source(string format)
    {
        var quote = PublicQuotes().Single(q => q.Text.StartsWith("What happened in Samarra", StringComparison.Ordinal));

        var feed = await feeds.Read($"/feeds/{format}?kind=quote");

        var item = Assert.Single(feed.Items, i => i.Url == $"{Site}/en/sources/{Web.EnglishId}#quote-{quote.Id}");
        Assert.Equal("Moqtada al-Sadr: “What happened in Samarra should happen everywhere”", item.Title);
        Assert.Contains("Militia hands Samarra posts to the army", item.Description, StringComparison.Ordinal);
        Assert.Equal("Moqtada al-Sadr", Assert.Single(item.Authors).Name);
        Assert.Contains(item.Categories, c => c.Term == "quote");
        var (status, page) = await WebFixture.Get(Web.Visitor, $"/en/sources/{Web.EnglishId}");
        Assert.Equal(200, status);
        Assert.Contains($"id=\"quote-{quote.Id}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("atom")]
    [InlineData("rss")]
    public async Task An_actor_s_quotation_feed_holds_its_quotations_and_none_of_another_s(string format)
    {
        var sadr = await feeds.Read($"/feeds/{format}?actor=moqtada-al-sadr&kind=quote");
        var sadrists = await feeds.Read($"/feeds/{format}?actor=sadrist-movement&kind=quote");

        Assert.Equal(PublicQuotes().Count(q => q.Speaker.ActorId == "moqtada-al-sadr"), sadr.Items.Count);
        Assert.Equal(2, sadr.Items.Count); // one in each report
        Assert.All(sadr.Items, i => Assert.Equal("Moqtada al-Sadr", Assert.Single(i.Authors).Name));
        Assert.Contains(sadr.Items, i => i.Title!.Contains("What happened in Samarra", StringComparison.Ordinal));
        Assert.Contains(sadr.Items, i => i.Title!.Contains("ما جرى في سامراء", StringComparison.Ordinal));
        Assert.DoesNotContain(sadr.Items, i => i.Title!.Contains("the others have a month", StringComparison.Ordinal));
        var other = Assert.Single(sadrists.Items);
        Assert.Contains("the others have a month", other.Title, StringComparison.Ordinal);
        Assert.Contains("Moqtada al-Sadr", sadr.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("atom", "event")]
    [InlineData("rss", "event")]
    [InlineData("atom", "source")]
    [InlineData("rss", "quote")]
    [InlineData("atom", "position")]
    public async Task The_kind_filter_keeps_that_kind_only(string format, string kind)
    {
        var feed = await feeds.Read($"/feeds/{format}?kind={kind}");

        Assert.Equal(Expected(k => k == kind).Count, feed.Items.Count);
        Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Term == kind));
    }

    [Fact]
    public async Task Two_kinds_together_hold_both()
    {
        var feed = await feeds.Read("/feeds/atom?kind=quote&kind=event");

        Assert.Equal(Expected(k => k is "quote" or "event").Count, feed.Items.Count);
        Assert.Contains(feed.Items, i => i.Url!.Contains("#event-", StringComparison.Ordinal));
        Assert.Contains(feed.Items, i => i.Url!.Contains("#quote-", StringComparison.Ordinal));
        Assert.DoesNotContain(feed.Items, i => !i.Url!.Contains('#', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("atom", "ar")]
    [InlineData("rss", "ar")]
    [InlineData("rss", "en")]
    public async Task The_language_filter_keeps_that_language_s_sources(string format, string language)
    {
        var id = language == "ar" ? Web.ArabicId : Web.EnglishId;

        var feed = await feeds.Read($"/feeds/{format}?language={language}");

        Assert.Equal(Expected(_ => true, id).Count, feed.Items.Count);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.StartsWith($"{Site}/en/sources/{id}", i.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("atom")]
    [InlineData("rss")]
    public async Task An_arabic_feed_speaks_arabic_and_links_to_the_arabic_pages(string format)
    {
        var feed = await feeds.Read($"/feeds/{format}?lang=ar&kind=quote");

        Assert.Equal("ar", feed.Language);
        Assert.StartsWith("دفتر", feed.Title, StringComparison.Ordinal);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.StartsWith($"{Site}/ar/sources/", i.Url, StringComparison.Ordinal));
        Assert.Contains(feed.Items, i => i.Title!.Contains("«ما جرى في سامراء", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_candidate_never_reaches_a_feed_whoever_asks()
    {
        using var ledger = SqliteLedger.Open(Web.LedgerPath);
        var candidate = ledger.EntriesOf(Web.ArabicId).Quotes.Single(q => q.Text.Contains(FeedFixture.CandidateWords, StringComparison.Ordinal));
        Assert.Equal(ReviewState.Candidate, candidate.Review);
        var bearer = Web.NewClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", ledger.AddApiToken(WebFixture.AnalystName, "feed test"));

        foreach (var client in new[] { Web.Visitor, Web.Client, bearer })
        {
            foreach (var path in new[] { "/feeds/atom", "/feeds/rss", "/feeds/atom?lang=ar", "/feeds/rss?kind=quote", "/feeds/atom?kind=quote&language=ar", "/feeds/atom?actor=sadrist-movement" })
            {
                var bytes = await feeds.Bytes(path, client);
                var feed = await FeedReader.Read(bytes);

                Assert.DoesNotContain(feed.Items, i => i.Url!.EndsWith($"#quote-{candidate.Id}", StringComparison.Ordinal));
                if (path.Contains("kind=quote", StringComparison.Ordinal)) // a source entry carries its (public) text, where the words stand
                    Assert.DoesNotContain(FeedFixture.CandidateWords, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_same_selection_in_any_order_has_one_address()
    {
        var (_, one) = await WebFixture.Get(Web.Visitor, "/en/feeds?kind=quote&actor=Saraya+al-Salam&actor=%D9%85%D9%82%D8%AA%D8%AF%D9%89+%D8%A7%D9%84%D8%B5%D8%AF%D8%B1&kind=event");
        var (_, other) = await WebFixture.Get(Web.Visitor, "/en/feeds?actor=moqtada-al-sadr&kind=event&actor=saraya-al-salam&kind=quote&kind=quote");

        var address = FeedUrls(one);
        Assert.Equal(address, FeedUrls(other));
        Assert.Equal($"{Site}/feeds/atom?actor=moqtada-al-sadr&actor=saraya-al-salam&kind=quote&kind=event", address[0]);
        Assert.Equal($"{Site}/feeds/rss?actor=moqtada-al-sadr&actor=saraya-al-salam&kind=quote&kind=event", address[1]);
        var first = await feeds.Bytes("/feeds/atom?kind=event&actor=saraya-al-salam&actor=moqtada-al-sadr&kind=quote");
        var second = await feeds.Bytes("/feeds/atom?actor=moqtada-al-sadr&kind=quote&actor=saraya-al-salam&kind=event");
        Assert.Equal(first, second);
        Assert.Contains($"<id>{Site}/feeds/atom?actor=moqtada-al-sadr&amp;actor=saraya-al-salam&amp;kind=quote&amp;kind=event</id>", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task The_customising_page_answers_in_its_language_and_offers_the_choices(string lang, string dir)
    {
        var (status, html) = await WebFixture.Get(Web.Visitor, $"/{lang}/feeds?actor=no+such+actor&kind=event");

        Assert.Equal(200, status);
        Assert.Contains($"<html lang=\"{lang}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"مقتدى الصدر\">", html, StringComparison.Ordinal); // the type-ahead holds both scripts
        Assert.Contains("<option value=\"Moqtada al-Sadr\">", html, StringComparison.Ordinal);
        Assert.Contains("no such actor", html, StringComparison.Ordinal); // named back as left out
        Assert.Contains("name=\"kind\" value=\"event\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains(lang == "ar" ? "/feeds/atom?kind=event&amp;lang=ar" : "/feeds/atom?kind=event\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Every_page_advertises_a_feed_that_resolves(string lang)
    {
        var pages = new[] { "", "sources", $"sources/{Web.EnglishId}", "actors", "actors/moqtada-al-sadr", "timeline", "timeline?actor=saraya-al-salam",
            "search?q=Sadr&kind=quote", "graph", "feeds?kind=position", "sign-in" };
        foreach (var page in pages)
        {
            var (status, html) = await WebFixture.Get(Web.Visitor, $"/{lang}/{page}");
            Assert.Equal(200, status);
            var link = AlternateLink().Match(html);
            Assert.True(link.Success, $"/{lang}/{page} advertises no feed");
            var href = WebUtility.HtmlDecode(link.Groups["href"].Value);
            Assert.False(string.IsNullOrWhiteSpace(link.Groups["title"].Value));
            Assert.Equal(lang == "ar", href.Contains("lang=ar", StringComparison.Ordinal));

            var feed = await feeds.Read(href);
            Assert.Equal("atom", feed.Meta.Type);
            switch (page)
            {
                case "actors/moqtada-al-sadr":
                    Assert.Contains("actor=moqtada-al-sadr", href, StringComparison.Ordinal);
                    Assert.NotEmpty(feed.Items);
                    break;
                case "timeline?actor=saraya-al-salam":
                    Assert.Contains("actor=saraya-al-salam&kind=event", href, StringComparison.Ordinal);
                    Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Term == "event"));
                    break;
                case "search?q=Sadr&kind=quote":
                    Assert.Contains("kind=quote", href, StringComparison.Ordinal);
                    break;
                case "feeds?kind=position":
                    Assert.Contains("kind=position", href, StringComparison.Ordinal);
                    break;
                case "sources":
                    Assert.Contains("kind=source", href, StringComparison.Ordinal);
                    break;
                case "":
                    Assert.Equal(Expected(_ => true).Count, feed.Items.Count);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("/feeds/atom?kind=secret-canary")]
    [InlineData("/feeds/rss?lang=secret-canary")]
    [InlineData("/feeds/atom?actor=%3Cscript%3Esecret-canary")]
    [InlineData("/feeds/atom?language=secret-canary")]
    public async Task A_feed_address_that_cannot_be_read_is_refused_without_echoing_it(string path)
    {
        var (status, body) = await WebFixture.Get(Web.Visitor, path);

        Assert.Equal(400, status);
        Assert.DoesNotContain("canary", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_feed_of_an_actor_the_public_cannot_see_is_empty_not_refused()
    {
        var feed = await feeds.Read("/feeds/atom?actor=no-such-actor");

        Assert.Empty(feed.Items);
    }

    /// <summary>The entries a feed should hold, counted from the public's view of the sources themselves.</summary>
    private List<(string Kind, long Id)> Expected(Func<string, bool> kind, long? sourceId = null)
    {
        using var ledger = SqliteLedger.Open(Web.LedgerPath, LedgerAudience.Public);
        var entries = new List<(string, long)>();
        foreach (var source in ledger.ListSources().Where(s => sourceId is null || s.Id == sourceId))
        {
            var of = ledger.EntriesOf(source.Id);
            entries.Add(("source", source.Id));
            entries.AddRange(of.Quotes.Where(q => q.Kind != QuoteKind.Term).Select(q => ("quote", q.Id)));
            entries.AddRange(of.Events.Select(e => ("event", e.Id)));
            entries.AddRange(of.Positions.Select(p => ("position", p.Id)));
        }

        return [.. entries.Where(e => kind(e.Item1))];
    }

    private List<Quote> PublicQuotes()
    {
        using var ledger = SqliteLedger.Open(Web.LedgerPath, LedgerAudience.Public);
        return [.. ledger.ListSources().SelectMany(s => ledger.EntriesOf(s.Id).Quotes)];
    }

    private static List<string> FeedUrls(string html) =>
        [.. FeedUrl().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<link rel=\"alternate\" type=\"application/atom\\+xml\" href=\"(?<href>[^\"]+)\" title=\"(?<title>[^\"]*)\">")]
    private static partial Regex AlternateLink();

    [GeneratedRegex("class=\"feed-url\" dir=\"ltr\" href=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();
}
