using Daftar.Analysis.SayDo;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Daftar.Web.Pages;

/// <summary>The actor page's "Say and do" section (Shared/_SayDo.cshtml): per issue, stance, verdicts, evidence and history.</summary>
public sealed partial class ActorModel
{
    private IReadOnlyDictionary<string, Issue> issues = new Dictionary<string, Issue>();

    /// <summary>The actor's assessment on each issue it took a position on or was judged on.</summary>
    public IReadOnlyList<IssueAssessment> SayDo { get; private set; } = [];

    /// <summary>Evidence on the actor's positions (for the public: confirmed and public only), by issue.</summary>
    public ILookup<string, EvidenceItem> EvidenceByIssue { get; private set; } = Enumerable.Empty<EvidenceItem>().ToLookup(e => "");

    /// <summary>A problem with the last say-and-do form, shown beside the section.</summary>
    public string? SayDoMessage { get; private set; }

    private void LoadSayDo(string id)
    {
        SayDo = Ledger.Assessments(id);
        EvidenceByIssue = Ledger.ListEvidence(new EvidenceFilter(ActorId: id))
            .Where(e => e.Evidence.Review != ReviewState.Rejected || IsAnalyst)
            .ToLookup(e => e.Position.IssueId);
        issues = Ledger.IssuesById();
    }

    /// <summary>An issue's label in the page's language (the English label when there is no Arabic one).</summary>
    public string IssueLabel(string issueId) =>
        issues.TryGetValue(issueId, out var issue)
            ? (Language == Localization.UiLanguage.Arabic && issue.LabelArabic is { Length: > 0 } arabic ? arabic : issue.Label)
            : issueId;

    /// <summary>Where an evidence entry is on its source's page.</summary>
    public string EntryHref(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var kind = item.Evidence.EntryKind switch
        {
            EvidenceKind.Event => EntryKind.Event,
            EvidenceKind.Quote => EntryKind.Quote,
            _ => EntryKind.Position,
        };
        return Href("sources/" + item.EntryCitation.SourceId + "#" + SourceModel.Anchor(kind, item.Evidence.EntryId));
    }

    /// <summary>Confirms or rejects a piece of evidence, with the bearing and basis the analyst gives.</summary>
    public IActionResult OnPostEvidence(string id, long evidence, long version, string? state, string? bearing, string? basis)
    {
        if (Ledger.GetActor(id) is null)
            return NotFound();
        if (state is not ("accepted" or "rejected" or "candidate") || (bearing is { Length: > 0 } && !Codes.TryParse<Bearing>(bearing, out _))
            || (basis?.Length ?? 0) > 2000)
        {
            return SayDoProblem(id, T("saydo.invalid"));
        }

        var outcome = Ledger.ReviewEvidence(evidence, Codes.Parse<ReviewState>(state), version,
            bearing is { Length: > 0 } ? Codes.Parse<Bearing>(bearing) : null, basis);
        return outcome.Status switch
        {
            ReviewStatus.Applied => Redirect(Href("actors/" + Uri.EscapeDataString(id)) + "#say-do"),
            ReviewStatus.Conflict => SayDoProblem(id, T("review.conflict"), StatusCodes.Status409Conflict),
            _ => NotFound(),
        };
    }

    /// <summary>Records the analyst's verdict on one of the actor's issues.</summary>
    public IActionResult OnPostAssess(string id, string? issue, string? verdict, string? basis)
    {
        if (Ledger.GetActor(id) is null)
            return NotFound();
        if (issue is null || verdict is null || !Codes.TryParse<Verdict>(verdict, out var value) || string.IsNullOrWhiteSpace(basis) || basis.Length > 2000)
            return SayDoProblem(id, T("saydo.invalid"));
        try
        {
            Ledger.RecordAssessment(id, issue, value, basis);
        }
        catch (LedgerException)
        {
            return SayDoProblem(id, T("saydo.invalid"));
        }

        return Redirect(Href("actors/" + Uri.EscapeDataString(id)) + "#say-do");
    }

    private IActionResult SayDoProblem(string id, string message, int status = StatusCodes.Status400BadRequest)
    {
        var result = OnGet(id);
        if (result is not PageResult)
            return result;
        SayDoMessage = message;
        Response.StatusCode = status;
        return Page();
    }
}
