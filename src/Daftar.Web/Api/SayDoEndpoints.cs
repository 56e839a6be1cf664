using System.ComponentModel;
using Daftar.Analysis.SayDo;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Daftar.Web.Api;

/// <summary>The say-and-do part of the API: assessments of actors on issues, and the evidence behind them.</summary>
internal static class SayDoEndpoints
{
    /// <summary>Maps <c>GET /assessments</c> and <c>GET /evidence</c> on the API's read group.</summary>
    public static void Map(RouteGroupBuilder read)
    {
        read.MapGet("/assessments", ListAssessments).WithName("listAssessments").WithTags("Say and do")
            .WithSummary("List assessments")
            .WithDescription("For each actor and issue with a stated position or a recorded verdict: the latest stance, the verdict the confirmed evidence gives, "
                + "the analyst's verdict (which stands when there is one), evidence counts and every verdict recorded.");
        read.MapGet("/evidence", ListEvidence).WithName("listEvidence").WithTags("Say and do")
            .WithSummary("List evidence")
            .WithDescription("Events and later statements set against stated positions, with their bearing and basis. The public sees confirmed evidence only, "
                + "and only where the position and the entry are both public.")
            .WithMetadata(ApiParameterValues.Review);
    }

    /// <summary>Maps the analysts' say-and-do writes on the API's write group (bearer tokens of analysts only).</summary>
    public static void MapWrites(RouteGroupBuilder write)
    {
        write.MapPost("/assessments", RecordAssessment).WithName("recordAssessment").WithTags("Say and do")
            .WithSummary("Record a verdict")
            .WithDescription("Records an analyst's verdict on an actor's say and do on an issue, with its basis; it stands from now on and the earlier "
                + "verdict stays in the history. Cites the actor's latest position on the issue. Recorded in the audit log (channel api).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        write.MapPost("/evidence/{id:long}/review", ReviewEvidence).WithName("reviewEvidence").WithTags("Say and do")
            .WithSummary("Confirm or reject evidence")
            .WithDescription("Confirms (accepted) or rejects a suggested link between a position and a later entry, or returns it to candidate, if it is "
                + "still at the version given; a bearing or basis given replaces the suggested one. Recorded in the audit log (channel api).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Results<Created<AssessmentItem>, ValidationProblem, ProblemHttpResult> RecordAssessment(
        HttpContext context, SqliteLedger ledger, [Microsoft.AspNetCore.Mvc.FromBody] VerdictRequest request)
    {
        var args = new ApiArguments(context, ledger);
        var actorId = request.Actor is null ? null : args.Actor(request.Actor);
        if (request.Actor is null)
            args.Fail("actor", "expected the actor's id or a name that names one actor");
        var issueId = request.Issue is null ? null : Issue(args, ledger, request.Issue);
        if (request.Issue is null)
            args.Fail("issue", "expected the issue's id or label");
        var verdict = request.Verdict is null ? null : args.Code<Verdict>("verdict", request.Verdict);
        if (request.Verdict is null)
            args.Fail("verdict", "expected one of: " + string.Join(", ", ApiDocument.CodesOf<Verdict>()));
        if (string.IsNullOrWhiteSpace(request.Basis) || request.Basis.Length > 4000)
            args.Fail("basis", "expected what the verdict rests on (1 to 4,000 characters)");
        if (args.Problem is { } problem)
            return problem;
        try
        {
            ledger.RecordAssessment(actorId!, issueId!, verdict!.Value, request.Basis!);
        }
        catch (LedgerException)
        {
            // The only refusal left: the actor states no position on the issue to cite.
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "The actor states no position on this issue.");
        }

        var current = ledger.Assessments(actorId, issueId).Single();
        return TypedResults.Created(
            $"/api/v1/assessments?actor={Uri.EscapeDataString(actorId!)}&issue={Uri.EscapeDataString(issueId!)}", AssessmentItem.Of(current));
    }

    private static Results<Ok<EvidenceEntryItem>, ValidationProblem, ProblemHttpResult> ReviewEvidence(
        HttpContext context, SqliteLedger ledger, long id, [Microsoft.AspNetCore.Mvc.FromBody] EvidenceReviewRequest request)
    {
        var args = new ApiArguments(context, ledger);
        var state = request.State is null ? null : args.Code<ReviewState>("state", request.State);
        if (request.State is null)
            args.Fail("state", "expected one of: " + string.Join(", ", ApiDocument.CodesOf<ReviewState>()));
        var bearing = request.Bearing is null ? null : args.Code<Bearing>("bearing", request.Bearing);
        if (request.ExpectedVersion is not >= 0)
            args.Fail("expectedVersion", "expected the version the evidence had when it was read");
        if (request.Basis is { Length: > 4000 })
            args.Fail("basis", "at most 4,000 characters");
        if (args.Problem is { } problem)
            return problem;
        var outcome = ledger.ReviewEvidence(id, state!.Value, request.ExpectedVersion!.Value, bearing, request.Basis);
        return outcome.Status switch
        {
            ReviewStatus.Applied => TypedResults.Ok(EvidenceEntryItem.Of(ledger.GetEvidence(id)!)),
            ReviewStatus.Conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Changed since read",
                detail: "The evidence was changed since the version given; read it again and decide anew.",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.Version }),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No evidence {id}."),
        };
    }

    private static Results<Ok<ApiPage<AssessmentItem>>, ValidationProblem> ListAssessments(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only this actor: an actor's id, or a name (either script) that names one actor only.")] string? actor,
        [Description("Only this issue (its id, e.g. state-control-of-arms, or its label).")] string? issue,
        [Description("Entries per page, 1 to 200 (default 50).")] string? limit,
        [Description("Entries to skip (default 0).")] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var actorId = args.Actor(actor);
        var issueId = Issue(args, ledger, issue);
        var paging = args.Paging(limit, offset);
        if (args.Problem is { } problem)
            return problem;
        var all = ledger.Assessments(actorId, issueId);
        return TypedResults.Ok(args.Page([.. all.Skip(paging.Offset).Take(paging.Limit).Select(AssessmentItem.Of)], all.Count, paging));
    }

    private static Results<Ok<ApiPage<EvidenceEntryItem>>, ValidationProblem> ListEvidence(
        HttpContext context,
        SqliteLedger ledger,
        [Description("Only evidence on this position (its id).")] string? position,
        [Description("Only evidence on this actor's positions: an actor's id, or a name (either script) that names one actor only.")] string? actor,
        [Description("Only evidence on positions on this issue (its id or label).")] string? issue,
        [Description("Only evidence in this review state: candidate (a suggestion), accepted (confirmed) or rejected (the public sees accepted ones only).")] string? review,
        [Description("Entries per page, 1 to 200 (default 50).")] string? limit,
        [Description("Entries to skip (default 0).")] string? offset)
    {
        var args = new ApiArguments(context, ledger);
        var positionId = args.Id("position", position);
        var actorId = args.Actor(actor);
        var issueId = Issue(args, ledger, issue);
        var state = args.Code<ReviewState>("review", review);
        var paging = args.Paging(limit, offset);
        if (args.Problem is { } problem)
            return problem;
        var all = ledger.ListEvidence(new EvidenceFilter(positionId, actorId, issueId, state));
        return TypedResults.Ok(args.Page([.. all.Skip(paging.Offset).Take(paging.Limit).Select(EvidenceEntryItem.Of)], all.Count, paging));
    }

    private static string? Issue(ApiArguments args, SqliteLedger ledger, string? issue)
    {
        if (issue is null)
            return null;
        if (issue.Length is > 0 and <= 200 && ledger.ResolveIssueId(issue) is { } id)
            return id;
        args.Fail("issue", "no issue has this id or label");
        return null;
    }
}

/// <summary>An analyst's verdict to record.</summary>
public sealed record VerdictRequest(
    [property: Description("The actor: its id, or a name (either script) that names one actor only.")] string? Actor,
    [property: Description("The issue: its id or label.")] string? Issue,
    [property: Description("consistent, inconsistent, mixed or not_yet_tested.")] string? Verdict,
    [property: Description("What the verdict rests on.")] string? Basis);

/// <summary>A review of a piece of evidence.</summary>
public sealed record EvidenceReviewRequest(
    [property: Description("accepted (confirmed), rejected or candidate.")] string? State,
    [property: Description("consistent, inconsistent or neutral: replaces the suggested bearing (optional).")] string? Bearing,
    [property: Description("Why it bears on the position: replaces the suggested basis (optional).")] string? Basis,
    [property: Description("The version the reviewer saw.")] long? ExpectedVersion);

/// <summary>An actor's say-versus-do on one issue.</summary>
public sealed record AssessmentItem(
    string ActorId,
    string IssueId,
    [property: Description("The stance of the actor's latest position on the issue: support, oppose, conditional or unclear; null when it has none.")] string? LatestStance,
    [property: Description("The verdict that stands: the analyst's when recorded, else the computed one (consistent, inconsistent, mixed, not_yet_tested).")] string Verdict,
    [property: Description("The verdict from confirmed evidence alone.")] string Computed,
    [property: Description("Confirmed evidence by bearing.")] EvidenceCountsItem Evidence,
    [property: Description("The analyst's current verdict, or null.")] VerdictItem? Recorded,
    [property: Description("Every verdict recorded, oldest first.")] IReadOnlyList<VerdictItem> History)
{
    internal static AssessmentItem Of(IssueAssessment a) => new(
        a.ActorId, a.IssueId, a.LatestStance is { } s ? Codes.Name(s) : null, Codes.Name(a.Verdict), Codes.Name(a.Computed),
        new EvidenceCountsItem(a.Counts.Consistent, a.Counts.Inconsistent, a.Counts.Neutral),
        a.Recorded is { } r ? VerdictItem.Of(r) : null, [.. a.History.Select(VerdictItem.Of)]);
}

/// <summary>How many confirmed pieces of evidence bear each way.</summary>
public sealed record EvidenceCountsItem(int Consistent, int Inconsistent, int Neutral);

/// <summary>A verdict an analyst recorded, with its basis and citation.</summary>
public sealed record VerdictItem(
    long Id,
    string Verdict,
    string Basis,
    long SourceId,
    CitedSpan Span,
    [property: Description("When it was recorded (ISO 8601), if known.")] string? RecordedAt,
    [property: Description("Who recorded it; only analysts see this.")] string? RecordedBy,
    [property: Description("The verdict that replaced it, or null while it is current.")] long? SupersededBy)
{
    internal static VerdictItem Of(Assessment a) => new(
        a.Id, Codes.Name(a.Verdict), a.Basis, a.Citation.SourceId, CitedSpan.Of(a.Citation.Span),
        a.RecordedAt is { } at ? NodaTime.Text.InstantPattern.ExtendedIso.Format(at) : null, a.RecordedBy, a.SupersededBy);
}

/// <summary>A position set against a later entry, with the bearing and the analyst's basis.</summary>
public sealed record EvidenceEntryItem(
    long Id,
    [property: Description("consistent, inconsistent or neutral.")] string Bearing,
    string Basis,
    [property: Description("candidate (a suggestion), accepted (confirmed) or rejected.")] string Review,
    [property: Description("Daftar suggested the link.")] bool Suggested,
    long Version,
    EvidencePositionItem Position,
    [property: Description("The position's source's publication day, if known.")] string? PositionDate,
    [property: Description("event, quote or position.")] string EntryKind,
    long EntryId,
    [property: Description("The event's actor, the quotation's speaker or the later position's actor (null when withheld or unknown).")] string? EntryActorId,
    [property: Description("The event's TIMEX3 date, or the publication day of the entry's source.")] string? EntryDate,
    [property: Description("The event's summary, the quotation's words or the later position's statement.")] string EntryText,
    long EntrySourceId,
    CitedSpan EntrySpan)
{
    internal static EvidenceEntryItem Of(EvidenceItem item)
    {
        var e = item.Evidence;
        var p = item.Position;
        return new(e.Id, Codes.Name(e.Bearing), e.Basis, Codes.Name(e.Review), e.Suggested, e.Version,
            new EvidencePositionItem(p.Id, p.ActorId, p.IssueId, Codes.Name(p.Stance), p.Statement, p.Citation.SourceId, CitedSpan.Of(p.Citation.Span), Codes.Name(p.Review)),
            item.PositionDate, Codes.Name(e.EntryKind), e.EntryId, item.EntryActorId, item.EntryDate, item.EntryText,
            item.EntryCitation.SourceId, CitedSpan.Of(item.EntryCitation.Span));
    }
}

/// <summary>The stated position a piece of evidence bears on (GET /positions has it with its version).</summary>
public sealed record EvidencePositionItem(
    long Id,
    string ActorId,
    string IssueId,
    [property: Description("support, oppose, conditional or unclear.")] string Stance,
    string Statement,
    long SourceId,
    CitedSpan Span,
    string Review);
