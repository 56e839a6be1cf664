using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;

namespace Daftar.Web.Pages;

/// <summary>
/// The status page for an error answer, in the language of the address asked for: not found (404), unreadable (400),
/// not allowed (401/403, with the way to sign in) and too many attempts (429). It tells nothing of what the ledger holds.
/// </summary>
[AllowAnonymous]
public sealed class NotFoundModel : DaftarPage
{
    /// <summary>The status answered.</summary>
    public int Status { get; private set; } = 404;

    /// <summary>The interface string key of the title; the text is under the same prefix.</summary>
    public string Key => Status switch
    {
        400 => "badrequest",
        401 or 403 => "forbidden",
        429 => "toomany",
        _ => "notfound",
    };

    public void OnGet()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var path = original?.OriginalPath ?? "";
        LanguageCode = path.StartsWith("/ar/", StringComparison.Ordinal) || path == "/ar" ? "ar" : "en";
        Status = original?.OriginalStatusCode is 400 or 401 or 403 or 429 ? original.OriginalStatusCode : 404;
        Title = T(Key + ".title");
        HttpContext.Response.StatusCode = Status;
    }

    // A refused form (a missing antiforgery token) or a form to an address that does not exist comes here too.
    public void OnPost() => OnGet();
}
