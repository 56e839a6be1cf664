using System.ComponentModel;
using Daftar.Domain;
using Daftar.Ingest;
using Daftar.Storage;
using Daftar.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Daftar.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1/</c>: the ledger for programs. Reads answer through the visitor's ledger (the public's
/// view without a token, everything for an analyst's token); writes take an analyst's API token and nothing else, so a
/// signed-in browser cannot be made to post to them from another site.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Where the API lives.</summary>
    public const string Prefix = "/api/v1";

    private const string LimitText = "Entries per page, 1 to 200 (default 50).";
    private const string OffsetText = "Entries to skip (default 0).";
    private const string FromText = "Only from this day on (YYYY-MM-DD).";
    private const string ToText = "Only up to this day (YYYY-MM-DD).";
    private const string ActorText = "An actor's id, or a name (either script) that names one actor only.";
    private const string SourceText = "Only the entries of this source (its id).";
    private const string ReviewText = "Only entries in this review state: candidate, accepted or rejected (the public sees accepted ones only).";

    /// <summary>Maps the API's endpoints.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix)
            .WithGroupName(ApiDocument.Name)
            .AddEndpointFilter(RefuseUnknownTokens)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var read = api.MapGroup("");
        read.MapGet("/sources", ListSources).WithName("listSources").WithTags("Sources")
            .WithSummary("List sources")
            .WithDescription("Sources in the order they were added, without their text; filtered by language, publication dates and an actor they mention.");
        read.MapGet("/sources/{id:long}", GetSource).WithName("getSource").WithTags("Sources")
            .WithSummary("One source")
            .WithDescription("A source's metadata and clean text. A source the caller may not see is answered as one that does not exist.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        read.MapGet("/actors", ListActors).WithName("listActors").WithTags("Actors")
            .WithSummary("List actors")
            .WithDescription("Actors by name, each with every name it goes by in both scripts.")
            .WithMetadata(new ApiParameterValues("type", ApiDocument.CodesOf<ActorType>()));
        read.MapGet("/actors/{id}", GetActor).WithName("getActor").WithTags("Actors")
            .WithSummary("One actor")
            .WithDescription("An actor, its names in both scripts, and how many sources, quotations and events the caller may see of it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        read.MapGet("/quotations", ListQuotations).WithName("listQuotations").WithTags("Entries")
            .WithSummary("List quotations")
            .WithDescription("Quoted words with their speakers, in the order they were stored; dates filter by the source's publication.")
            .WithMetadata(new ApiParameterValues("kind", ApiDocument.CodesOf<QuoteKind>()), ApiParameterValues.Review);
        read.MapGet("/events", ListEvents).WithName("listEvents").WithTags("Entries")
            .WithSummary("List events")
            .WithDescription("Reports of dated deeds, by date; an event dated to a month or a year is in a date range that overlaps it.")
            .WithMetadata(new ApiParameterValues("type", ApiDocument.CodesOf<EventType>()), ApiParameterValues.Review);
        read.MapGet("/relations", ListRelations).WithName("listRelations").WithTags("Entries")
            .WithSummary("List relations")
            .WithDescription("Relations between actors as each source states them; dates filter by the source's publication.")
            .WithMetadata(new ApiParameterValues("predicate", ApiDocument.CodesOf<RelationKind>()), ApiParameterValues.Review);
        read.MapGet("/positions", ListPositions).WithName("listPositions").WithTags("Entries")
            .WithSummary("List stated positions")
            .WithDescription("Actors' stated positions on issues; dates filter by the source's publication.")
            .WithMetadata(new ApiParameterValues("stance", ApiDocument.CodesOf<Stance>()), ApiParameterValues.Review);
        read.MapGet("/search", Search).WithName("search").WithTags("Search")
            .WithSummary("Search sources and quotations")
            .WithDescription("Full-text search in either script, best hits first; a query that names an actor also finds the sources naming it otherwise.")
            .WithMetadata(new ApiParameterValues("kind", ["source", "quotation"]));
        MatrixApi.Map(read);
        SayDoEndpoints.Map(read);

        // Only the bearer scheme: a sign-in cookie, which a browser sends with any site's request, is not looked at.
        var write = api.MapGroup("")
            .RequireAuthorization(new AuthorizeAttribute(Roles.AnalystPolicy) { AuthenticationSchemes = ApiTokenAuthentication.SchemeName })
            .ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPost("/sources", IngestAsync).WithName("ingestSource").WithTags("Sources")
            .WithSummary("Ingest a document")
            .WithDescription("Reads the request body as one document (HTML, Markdown or text), stores it and its candidates, as an upload does. "
                + "201 with the new source; 200 with the source that already holds the same document.")
            .Accepts<byte[]>("text/html", "text/markdown", "text/plain", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        write.MapPost("/reviews", Review).WithName("review").WithTags("Review")
            .WithSummary("Review an entry")
            .WithDescription("Accepts, rejects or returns to candidate one entry, if it is still at the version given; recorded in the audit log (channel api).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        SayDoEndpoints.MapWrites(write);

        // Anything else under /api is answered by ApiProblems (404 as problem details), never by the pages.
        return app;
    }

    private static Results<Ok<ApiPage<SourceItem>>, ValidationProblem> ListSources(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only sources in this language (en, ar, und).")] string? language,
        [Description(FromText + " By publication day.")] string? from,
        [Description(ToText + " By publication day.")] string? to,
        [Description("Only sources that mention this actor: " + ActorText)] string? actor,
        [Description(LimitText)] string? limit,
        [Description(OffsetText)] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var paging = args.Paging(limit, offset);
        var (start, end) = args.Dates(from, to);
        var filter = new SourceFilter(args.Language(language), start, end, args.Actor(actor));
        if (args.Problem is { } problem)
            return problem;
        var page = ledger.PageOfSources(filter, paging.Offset, paging.Limit);
        return TypedResults.Ok(args.Page([.. page.Items.Select(SourceItem.Of)], page.Total, paging));
    }

    private static Results<Ok<SourceDetail>, ProblemHttpResult> GetSource(long id, SqliteLedger ledger) =>
        ledger.GetSource(id) is { } source
            ? TypedResults.Ok(SourceDetail.Of(source))
            : NotFound($"No source {id}.");

    private static Results<Ok<ApiPage<ActorItem>>, ValidationProblem> ListActors(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only actors of this type.")] string? type,
        [Description("Only the actors known by this name, in either script (any spelling search folds alike).")] string? name,
        [Description(LimitText)] string? limit,
        [Description(OffsetText)] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var paging = args.Paging(limit, offset);
        var actorType = args.Code<ActorType>("type", type);
        if (name is { Length: 0 or > 200 })
            args.Fail("name", "expected a name of 1 to 200 characters");
        if (args.Problem is { } problem)
            return problem;
        var page = ledger.PageOfActors(actorType, name, paging.Offset, paging.Limit);
        return TypedResults.Ok(args.Page([.. page.Items.Select(ActorItem.Of)], page.Total, paging));
    }

    private static Results<Ok<ActorDetail>, ProblemHttpResult> GetActor(string id, SqliteLedger ledger)
    {
        if (ledger.GetActor(id) is not { } actor)
            return NotFound("No actor of this id.");
        var (sources, quotations, events) = ledger.ActorActivity(actor.Id);
        return TypedResults.Ok(new ActorDetail(
            actor.Id, actor.Name, Codes.Name(actor.Type), Codes.Name(actor.Review), ActorItem.NamesOf(actor), sources, quotations, events));
    }

    private static Results<Ok<ApiPage<QuotationItem>>, ValidationProblem> ListQuotations(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only quotations this actor speaks: " + ActorText)] string? actor,
        [Description(SourceText)] string? source,
        [Description(FromText + " By the source's publication day.")] string? from,
        [Description(ToText + " By the source's publication day.")] string? to,
        [Description("Only quotations of this kind.")] string? kind,
        [Description(ReviewText)] string? review,
        [Description(LimitText)] string? limit,
        [Description(OffsetText)] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var (filter, paging) = EntryArguments(args, actor, source, from, to, review, limit, offset);
        var quoteKind = args.Code<QuoteKind>("kind", kind);
        if (args.Problem is { } problem)
            return problem;
        var page = ledger.PageOfQuotes(filter, quoteKind, paging.Offset, paging.Limit);
        return TypedResults.Ok(args.Page([.. page.Items.Select(QuotationItem.Of)], page.Total, paging));
    }

    private static Results<Ok<ApiPage<EventItem>>, ValidationProblem> ListEvents(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only events this actor did or suffered: " + ActorText)] string? actor,
        [Description(SourceText)] string? source,
        [Description(FromText + " By the event's date.")] string? from,
        [Description(ToText + " By the event's date.")] string? to,
        [Description("Only events of this type.")] string? type,
        [Description(ReviewText)] string? review,
        [Description(LimitText)] string? limit,
        [Description(OffsetText)] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var (filter, paging) = EntryArguments(args, actor, source, from, to, review, limit, offset);
        var eventType = args.Code<EventType>("type", type);
        if (args.Problem is { } problem)
            return problem;
        var page = ledger.PageOfEvents(filter, eventType, paging.Offset, paging.Limit);
        return TypedResults.Ok(args.Page([.. page.Items.Select(EventItem.Of)], page.Total, paging));
    }

    private static Results<Ok<ApiPage<RelationItem>>, ValidationProblem> ListRelations(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only relations with this actor on either side: " + ActorText)] string? actor,
        [Description(SourceText)] string? source,
        [Description(FromText + " By the source's publication day.")] string? from,
        [Description(ToText + " By the source's publication day.")] string? to,
        [Description("Only relations of this kind.")] string? predicate,
        [Description(ReviewText)] string? review,
        [Description(LimitText)] string? limit,
        [Description(OffsetText)] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var (filter, paging) = EntryArguments(args, actor, source, from, to, review, limit, offset);
        var kind = args.Code<RelationKind>("predicate", predicate);
        if (args.Problem is { } problem)
            return problem;
        var page = ledger.PageOfRelations(filter, kind, paging.Offset, paging.Limit);
        return TypedResults.Ok(args.Page([.. page.Items.Select(RelationItem.Of)], page.Total, paging));
    }

    private static Results<Ok<ApiPage<PositionItem>>, ValidationProblem> ListPositions(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only this actor's positions: " + ActorText)] string? actor,
        [Description(SourceText)] string? source,
        [Description(FromText + " By the source's publication day.")] string? from,
        [Description(ToText + " By the source's publication day.")] string? to,
        [Description("Only positions with this stance.")] string? stance,
        [Description("Only positions on this issue (its id, e.g. foreign-troop-presence).")] string? issue,
        [Description(ReviewText)] string? review,
        [Description(LimitText)] string? limit,
        [Description(OffsetText)] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var (filter, paging) = EntryArguments(args, actor, source, from, to, review, limit, offset);
        var positionStance = args.Code<Stance>("stance", stance);
        if (issue is { Length: 0 or > 200 })
            args.Fail("issue", "expected an issue id");
        if (args.Problem is { } problem)
            return problem;
        var page = ledger.PageOfPositions(filter, positionStance, issue, paging.Offset, paging.Limit);
        return TypedResults.Ok(args.Page([.. page.Items.Select(PositionItem.Of)], page.Total, paging));
    }

    /// <summary>The deepest a search pages: hits come best first, and past this they are rarely worth reading.</summary>
    private const int SearchDepth = 1000;

    private static Results<Ok<ApiPage<SearchItem>>, ValidationProblem> Search(
        HttpContext context,
        SqliteLedger ledger,
        [Description("The words to find, in either script (required).")] string? q,
        [Description("Only hits of this kind.")] string? kind,
        [Description("Only in sources in this language (en, ar, und).")] string? language,
        [Description(FromText + " By the source's publication day.")] string? from,
        [Description(ToText + " By the source's publication day.")] string? to,
        [Description("Only sources that mention this actor and quotations it speaks: " + ActorText)] string? actor,
        [Description(LimitText)] string? limit,
        [Description("Hits to skip (default 0; at most 1000).")] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var paging = args.Paging(limit, offset, SearchDepth);
        if (string.IsNullOrWhiteSpace(q) || q.Length > 500)
            args.Fail("q", "expected the words to find (1 to 500 characters)");
        SearchHitKind? hitKind = kind switch
        {
            null => null,
            "source" => SearchHitKind.Source,
            "quotation" => SearchHitKind.Quote,
            _ => Bad(args, "kind", "expected one of: source, quotation"),
        };
        var (start, end) = args.Dates(from, to);
        var filter = new SearchFilter(hitKind, args.Language(language), start, end, args.Actor(actor));
        if (args.Problem is { } problem)
            return problem;
        var hits = ledger.Search(q!, paging.Offset + paging.Limit + 1, filter);
        var page = hits.Skip(paging.Offset).Take(paging.Limit).Select(SearchItem.Of).ToList();
        return TypedResults.Ok(args.Page(page, null, paging, hits.Count > paging.Offset + paging.Limit));
    }

    private static SearchHitKind? Bad(ApiArguments args, string name, string problem)
    {
        args.Fail(name, problem);
        return null;
    }

    private static (EntryFilter Filter, Paging Paging) EntryArguments(
        ApiArguments args, string? actor, string? source, string? from, string? to, string? review, string? limit, string? offset)
    {
        var paging = args.Paging(limit, offset);
        var (start, end) = args.Dates(from, to);
        return (new EntryFilter(args.Actor(actor), args.Id("source", source), start, end, args.Code<ReviewState>("review", review)), paging);
    }

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ValidationProblem, ProblemHttpResult>> IngestAsync(
        HttpContext context,
        SqliteLedger ledger,
        [Description("The document's file name; its extension picks the reader (.html, .md, .txt). Without it, the content type does.")] string? name,
        [Description("true to store the new source confidential: analysts only, never public (default false).")] bool? confidential)
    {
        var args = new ApiArguments(context, ledger);
        var fileName = name is null ? DefaultName(context.Request.ContentType) : Path.GetFileName(name.Trim());
        if (string.IsNullOrEmpty(fileName) || fileName.Length > 255)
            args.Fail("name", "expected a file name of 1 to 255 characters");
        if (args.Problem is { } problem)
            return problem;

        var max = IngestOptions.DefaultMaxBytes;
        if (context.Request.ContentLength > max)
            return TooLarge(max);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max + 1;
        byte[] bytes;
        try
        {
            bytes = await ReadLimitedAsync(context.Request.Body, max, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max);
        }

        if (bytes.LongLength > max)
            return TooLarge(max);

        FileOutcome outcome;
        using (var batch = new IngestBatch(ledger, new IngestOptions(Confidential: confidential == true), NodaTime.SystemClock.Instance))
            outcome = batch.Ingest(fileName!, bytes);

        if (outcome.Status == FileStatus.Failed || outcome.SourceId is not { } id)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Document not readable", detail: outcome.Problem ?? "The document could not be read.");
        }

        var source = SourceItem.Of(ledger.ListSources([id])[0]);
        return outcome.Status == FileStatus.Added
            ? TypedResults.Created($"{Prefix}/sources/{id}", new IngestResult("added", source, null))
            : TypedResults.Ok(new IngestResult("duplicate", source, outcome.Problem));
    }

    private static string DefaultName(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/html" or "application/xhtml+xml" => "document.html",
            "text/markdown" => "document.md",
            "text/plain" => "document.txt",
            _ => "document", // no extension: the reader looks at the content
        };
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long max, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
                break; // too large: the caller answers 413 without reading the rest
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult TooLarge(long max) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Document too large",
            detail: FormattableString.Invariant($"A document may hold at most {max:N0} bytes."));

    private static readonly Dictionary<string, EntryKind> ReviewKinds = new(StringComparer.Ordinal)
    {
        ["quotation"] = EntryKind.Quote,
        ["event"] = EntryKind.Event,
        ["relation"] = EntryKind.Relation,
        ["position"] = EntryKind.Position,
        ["date"] = EntryKind.Timex, // mentions are not reviewed one by one, as on the pages
    };

    /// <summary>The kinds of entry a review names.</summary>
    internal static IReadOnlyList<string> ReviewKindNames => [.. ReviewKinds.Keys];

    private static Results<Ok<ReviewResult>, ValidationProblem, ProblemHttpResult> Review(HttpContext context, SqliteLedger ledger, [FromBody] ReviewRequest request)
    {
        var args = new ApiArguments(context, ledger);
        var kind = EntryKind.Quote;
        if (request.Kind is null || !ReviewKinds.TryGetValue(request.Kind, out kind))
            args.Fail("kind", "expected one of: " + string.Join(", ", ReviewKinds.Keys));
        if (request.Id is not > 0)
            args.Fail("id", "expected the entry's id");
        var state = request.State is null ? null : args.Code<ReviewState>("state", request.State);
        if (request.State is null)
            args.Fail("state", "expected one of: " + string.Join(", ", ApiDocument.CodesOf<ReviewState>()));
        if (request.ExpectedVersion is not >= 0)
            args.Fail("expectedVersion", "expected the version the entry had when it was read");
        if (args.Problem is { } problem)
            return problem;

        var outcome = ledger.SetReview(kind, request.Id!.Value, state!.Value, request.ExpectedVersion!.Value);
        return outcome.Status switch
        {
            ReviewStatus.Applied => TypedResults.Ok(new ReviewResult(request.Kind!, request.Id.Value, request.State!, outcome.Version)),
            ReviewStatus.Conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Changed since read",
                detail: "The entry was changed since the version given; read it again and decide anew.",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.Version }),
            _ => NotFound($"No {request.Kind} {request.Id}."),
        };
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    /// <summary>A call that carries a token the ledger does not know (or has revoked) is refused, not answered as the public.</summary>
    private static async ValueTask<object?> RefuseUnknownTokens(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (ApiTokenAuthentication.BearerToken(http.Request.Headers.Authorization.ToString()) is not null && http.User.Identity?.IsAuthenticated != true)
            return ApiProblems.Unauthorized(http, "The API token is unknown or revoked.");
        return await next(context).ConfigureAwait(false);
    }
}
