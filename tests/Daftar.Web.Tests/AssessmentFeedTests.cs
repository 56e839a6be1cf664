using System.Net;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Tests.Analysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Alerts when a verdict changes: the feed of verdicts recorded on actors' say and do, read by a real feed client.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class AssessmentFeedTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("daftar-verdict-feed-").FullName;
    private WebApplication? app;
    private HttpClient? visitor;

    private string LedgerPath => Path.Combine(folder, "ledger.db");

    public async Task InitializeAsync()
    {
        SayDoLedger.Write(LedgerPath);
        app = DaftarWeb.Build(new WebOptions(LedgerPath, Port: 0, PublicCacheSeconds: 0));
        await app.StartAsync();
        visitor = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public async Task DisposeAsync()
    {
        visitor?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private void Record(string actor, string issue, Verdict verdict, string basis)
    {
        using var ledger = SqliteLedger.Open(LedgerPath);
        ledger.Editor = new Editor("amal-the-analyst", "web");
        ledger.RecordAssessment(actor, issue, verdict, basis);
    }

    [Theory]
    [InlineData("atom")]
    [InlineData("rss")]
    public async Task A_changed_verdict_is_the_newest_entry_and_says_what_it_was(string format)
    {
        Record(SayDoLedger.Sadr, SayDoLedger.Arms, Verdict.Inconsistent, "its armed wing kept its heavy weapons");
        Record(SayDoLedger.Sadr, SayDoLedger.Arms, Verdict.Consistent, "the brigades handed their posts to the army");

        var bytes = await visitor!.GetByteArrayAsync(new Uri($"/feeds/assessments/{format}?actor={SayDoLedger.Sadr}&issue={SayDoLedger.Arms}", UriKind.Relative));
        var feed = await FeedReader.Read(bytes);

        Assert.True(feed.Items.Count >= 2);
        Assert.Contains("consistent (was: inconsistent)", feed.Items[0].Title, StringComparison.Ordinal);
        Assert.Contains(": inconsistent", feed.Items[1].Title, StringComparison.Ordinal);
        Assert.Contains("the brigades handed their posts", feed.Items[0].Description, StringComparison.Ordinal);
        Assert.EndsWith($"/en/actors/{SayDoLedger.Sadr}#say-do", feed.Items[0].Url, StringComparison.Ordinal);
        Assert.DoesNotContain("(was:", feed.Items[^1].Title, StringComparison.Ordinal);
        Assert.DoesNotContain("amal-the-analyst", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alerts_narrow_to_the_chosen_actor_and_issue_and_answer_304_when_unchanged()
    {
        Record(SayDoLedger.Sadr, SayDoLedger.Arms, Verdict.Consistent, "the brigades handed their posts to the army");
        Record(SayDoLedger.Coalition, SayDoLedger.Troops, Verdict.Mixed, "more trainers, and more raids");

        using var response = await visitor!.GetAsync(new Uri($"/feeds/assessments/atom?actor={SayDoLedger.Coalition}", UriKind.Relative));
        var feed = await FeedReader.Read(await response.Content.ReadAsByteArrayAsync());
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/feeds/assessments/atom?actor={SayDoLedger.Coalition}");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var unchanged = await visitor.SendAsync(again);

        Assert.Contains("mixed", Assert.Single(feed.Items).Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task The_feed_page_gives_the_alerts_address_for_its_selection()
    {
        var html = await visitor!.GetStringAsync(new Uri($"/en/feeds?actor={SayDoLedger.Sadr}&kind=quote", UriKind.Relative));

        Assert.Contains($"/feeds/assessments/atom?actor={SayDoLedger.Sadr}", html, StringComparison.Ordinal);
    }
}
