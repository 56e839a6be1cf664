using Microsoft.AspNetCore.Diagnostics;

namespace Daftar.Web.Pages;

/// <summary>The 404 page, in the language of the address that was not found.</summary>
public sealed class NotFoundModel : DaftarPage
{
    /// <summary>Whether the request was unreadable (400) rather than for something that does not exist (404).</summary>
    public bool IsBadRequest { get; private set; }

    public void OnGet()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var path = original?.OriginalPath ?? "";
        LanguageCode = path.StartsWith("/ar/", StringComparison.Ordinal) || path == "/ar" ? "ar" : "en";
        IsBadRequest = original?.OriginalStatusCode == 400;
        Title = T(IsBadRequest ? "badrequest.title" : "notfound.title");
        HttpContext.Response.StatusCode = IsBadRequest ? 400 : 404;
    }

    // A refused form (a missing antiforgery token) or a form to an address that does not exist comes here too.
    public void OnPost() => OnGet();
}
