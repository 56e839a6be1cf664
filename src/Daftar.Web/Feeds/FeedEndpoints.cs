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
        foreach (var format in new[] { FeedFormat.Atom, FeedFormat.Rss })
        {
            endpoints.MapMethods(AssessmentsPath(format), [HttpMethods.Get, HttpMethods.Head],
                (HttpContext context, [FromKeyedServices(LedgerAudience.Public)] SqliteLedger ledger, UiText text) => ServeAssessments(context, ledger, text, format));
        }

        return endpoints;
    }

    /// <summary>The alerts feed of verdicts ("X's assessment on Y changed"), narrowed by the same actor and issue parameters.</summary>
    public static string AssessmentsPath(FeedFormat format) => format == FeedFormat.Atom ? "/feeds/assessments/atom" : "/feeds/assessments/rss";

    private static IResult ServeAssessments(HttpContext context, SqliteLedger ledger, UiText text, FeedFormat format)
    {
        if (FeedSelection.Parse(key => context.Request.Query[key]) is not { } selection)
            return Results.Text("This feed address could not be read.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var changes = ledger.AssessmentChanges(selection.Actors, selection.Issues, Limit);
        var names = ledger.ActorNames(selection.Actors.Concat(changes.Select(c => c.Assessment.ActorId)));
        var issues = ledger.ListIssues().ToDictionary(i => i.Id, StringComparer.Ordinal);
        var request = context.Request;
        var site = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        var bytes = FeedBuilder.Write(new FeedBuilder(site, text, selection).BuildAssessments(changes, names, issues), format);
        return Answer(context, bytes, AssessmentsPath(format) + selection.Query, format);
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
        return Answer(context, FeedBuilder.Write(feed, format), selection.Href(format), format);
    }

    /// <summary>A feed's bytes with its validators; 304 when the reader has them already.</summary>
    private static IResult Answer(HttpContext context, byte[] bytes, string address, FeedFormat format)
    {
        var request = context.Request;
        var etag = FeedValidators.ETagOf(bytes);
        var lastModified = Validators.LastModified(address, etag);
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
