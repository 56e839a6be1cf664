using Microsoft.AspNetCore.Diagnostics;

namespace Daftar.Web.Pages;

/// <summary>The 404 page, in the language of the address that was not found.</summary>
public sealed class NotFoundModel : DaftarPage
{
    public void OnGet()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        LanguageCode = original.StartsWith("/ar/", StringComparison.Ordinal) || original == "/ar" ? "ar" : "en";
        Title = T("notfound.title");
        HttpContext.Response.StatusCode = 404;
    }
}
