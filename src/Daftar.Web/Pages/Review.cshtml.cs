using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Daftar.Web.Pages;

/// <summary>Every candidate waiting for review, quotations first, each with its sentence; keyboard-driven.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Accounts.Roles.AnalystPolicy)]
public sealed class ReviewModel : DaftarPage
{
    public IReadOnlyList<PendingItem> Items { get; private set; } = [];

    public string? Message { get; private set; }

    public void OnGet()
    {
        Title = T("review.title");
        Items = Ledger.PendingCandidates(200);
    }

    public IActionResult OnPostReview([BindRequired] EntryKind kind, [BindRequired] long entry, [BindRequired] long version, [BindRequired] ReviewState state)
    {
        if (!ModelState.IsValid || !ReviewForm.IsReviewable(kind) || !Enum.IsDefined(state))
        {
            OnGet();
            Message = T("review.invalid");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = Ledger.SetReview(kind, entry, state, version);
        if (outcome.Status == ReviewStatus.Applied)
            return Redirect(Href("review"));
        OnGet();
        if (outcome.Status == ReviewStatus.NotFound)
            return NotFound();
        Message = T("review.conflict");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
