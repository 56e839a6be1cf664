using System.Net;
using System.Net.Http.Headers;
using Daftar.Domain;
using Daftar.Storage;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Feeds answer conditional GET: 304 with no body while unchanged, 200 again once the ledger changes.</summary>
public sealed class FeedConditionalGetTests(FeedFixture feeds) : IClassFixture<FeedFixture>
{
    private static readonly string[] Paths = ["/feeds/atom?kind=quote", "/feeds/rss?kind=quote&lang=ar"];

    [Fact]
    public async Task A_feed_answers_304_to_either_validator_until_the_ledger_changes()
    {
        var before = new Dictionary<string, (EntityTagHeaderValue ETag, DateTimeOffset Modified)>();
        foreach (var path in Paths)
        {
            using var first = await Send(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var etag = first.Headers.ETag;
            var modified = first.Content.Headers.LastModified;
            Assert.NotNull(etag);
            Assert.NotNull(modified);
            before[path] = (etag, modified.Value);

            using var byTag = await Send(path, r => r.Headers.IfNoneMatch.Add(etag));
            using var byDate = await Send(path, r => r.Headers.IfModifiedSince = modified);
            foreach (var unchanged in new[] { byTag, byDate })
            {
                Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
                Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
                Assert.Equal(etag, unchanged.Headers.ETag);
            }

            // A client holding other content is sent the feed.
            using var stale = await Send(path, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        }

        // The quotation left a candidate is accepted: both feeds of quotations change.
        using (var ledger = SqliteLedger.Open(feeds.Web.LedgerPath))
        {
            var candidate = ledger.PendingCandidates().Single(c => c.Kind == EntryKind.Quote);
            Assert.Equal(ReviewStatus.Applied, ledger.SetReview(EntryKind.Quote, candidate.Id, ReviewState.Accepted, candidate.Version).Status);
        }

        foreach (var path in Paths)
        {
            var (etag, modified) = before[path];
            using var byTag = await Send(path, r => r.Headers.IfNoneMatch.Add(etag));
            using var byDate = await Send(path, r => r.Headers.IfModifiedSince = modified);

            Assert.Equal(HttpStatusCode.OK, byTag.StatusCode);
            Assert.NotEqual(etag, byTag.Headers.ETag);
            Assert.Contains(FeedFixture.CandidateWords, await byTag.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, byDate.StatusCode);
            Assert.True(byDate.Content.Headers.LastModified > modified);
        }
    }

    private async Task<HttpResponseMessage> Send(string path, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        headers?.Invoke(request);
        return await feeds.Web.Visitor.SendAsync(request);
    }
}
