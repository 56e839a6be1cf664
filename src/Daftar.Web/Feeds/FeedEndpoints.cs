using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Daftar.Web.Feeds;

/// <summary>
/// The public feeds: <c>/feeds/atom</c> and <c>/feeds/rss</c>, narrowed by the query a <see cref="FeedSelection"/>
/// reads. Always read through the public's view of the ledger, whoever asks.
/// </summary>
public static class FeedEndpoints
{
    public const string AtomPath = "/feeds/atom";

    public const string RssPath = "/feeds/rss";

    /// <summary>The most entries a feed carries.</summary>
    public const int Limit = 50;

    /// <summary>Maps the feed endpoints (GET and HEAD).</summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(AtomPath, [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, [FromKeyedServices(LedgerAudience.Public)] SqliteLedger ledger, UiText text) => Serve(context, ledger, text, FeedFormat.Atom));
        endpoints.MapMethods(RssPath, [HttpMethods.Get, HttpMethods.Head],
            (HttpContext context, [FromKeyedServices(LedgerAudience.Public)] SqliteLedger ledger, UiText text) => Serve(context, ledger, text, FeedFormat.Rss));
        return endpoints;
    }

    // One per process: what each feed address last served, and since when.
    private static readonly FeedValidators Validators = new(TimeProvider.System);

    private static IResult Serve(HttpContext context, SqliteLedger ledger, UiText text, FeedFormat format)
    {
        // Nothing of the address is echoed back: a refused address says only that it was refused.
        if (FeedSelection.Parse(key => context.Request.Query[key]) is not { } selection)
            return Results.Text("This feed address could not be read.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

        var entries = ledger.FeedEntries(selection.Filter, Limit);
        var actorIds = selection.Actors.Concat(entries.SelectMany(ActorsOf));
        var names = ledger.ActorNames(actorIds);
        var issues = ledger.ListIssues().ToDictionary(i => i.Id, StringComparer.Ordinal);
        var request = context.Request;
        var site = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        var feed = new FeedBuilder(site, text, selection).Build(entries, names, issues);
        var bytes = FeedBuilder.Write(feed, format);

        var etag = FeedValidators.ETagOf(bytes);
        var lastModified = Validators.LastModified(selection.Href(format), etag);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(etag);
        headers.LastModified = lastModified;
        // Anyone may keep a copy (the feed is the same for everyone), and should ask again before using it.
        headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
        if (FeedValidators.NotModified(request, etag, lastModified))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, format == FeedFormat.Atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }

    private static IEnumerable<string> ActorsOf(FeedEntry entry) => entry switch
    {
        QuoteFeedEntry { Quote.Speaker.ActorId: { } speaker } => [speaker],
        EventFeedEntry { Event: var e } => new[] { e.ActorId, e.TargetId }.OfType<string>(),
        PositionFeedEntry { Position: var p } => [p.ActorId],
        _ => [],
    };
}
