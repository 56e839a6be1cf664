using System.Globalization;
using Daftar.Storage;
using Daftar.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Daftar.Web.Pages;

/// <summary>What every page has: its interface language (the URL's first segment), strings, links and the ledger.</summary>
public abstract class DaftarPage : PageModel
{
    /// <summary>The route's language code, "en" or "ar" (the route allows no other).</summary>
    [FromRoute(Name = "lang")]
    public string LanguageCode { get; set; } = "en";

    public UiLanguage Language => UiText.Parse(LanguageCode) ?? UiLanguage.English;

    /// <summary>The page's direction: Arabic pages are laid out right to left.</summary>
    public string Direction => Language == UiLanguage.Arabic ? "rtl" : "ltr";

    /// <summary>The feed this page advertises (its actor's, its filters'); the whole public ledger unless a page says otherwise.</summary>
    public virtual Feeds.FeedSelection FeedQuery => Feeds.FeedSelection.Everything(Language);

    /// <summary>The page title, set by the page.</summary>
    public string Title { get; protected set; } = "";

    protected SqliteLedger Ledger => HttpContext.RequestServices.GetRequiredService<SqliteLedger>();

    /// <summary>Whether the visitor is an analyst: sees candidates and confidential entries, and may change them.</summary>
    public bool IsAnalyst => Accounts.Roles.IsAnalyst(User);

    /// <summary>Whether the visitor is an admin (accounts, audit log).</summary>
    public bool IsAdmin => Accounts.Roles.IsAdmin(User);

    /// <summary>The signed-in account's name, or null for a visitor.</summary>
    public string? SignedInAs => User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;

    /// <summary>The sign-in page, coming back here after.</summary>
    public string SignInHref => Href("sign-in") + "?returnUrl=" + Uri.EscapeDataString(HttpContext.Request.Path + HttpContext.Request.QueryString);

    public string T(string key) => UiText.Default[key, Language];

    /// <summary>A link to another page in this page's language.</summary>
    public string Href(string path) => "/" + LanguageCode + "/" + path;

    /// <summary>This page in the other interface language.</summary>
    public string OtherLanguageHref
    {
        get
        {
            var path = HttpContext.Request.Path.Value ?? "/";
            var rest = path.Length >= 3 && (path.StartsWith("/en", StringComparison.Ordinal) || path.StartsWith("/ar", StringComparison.Ordinal))
                ? (path.Length > 3 ? path[3..] : "/")
                : "/";
            return "/" + (Language == UiLanguage.Arabic ? "en" : "ar") + rest + HttpContext.Request.QueryString;
        }
    }

    public string OtherLanguageName => Language == UiLanguage.Arabic ? "English" : "العربية";

    /// <summary>"12", or "50 of 1,204" when a list shows only part of what there is.</summary>
    public string Shown(int shown, int total) =>
        shown >= total ? Number(total) : string.Format(CultureInfo.InvariantCulture, T("list.shown_of"), Number(shown), Number(total));

    /// <summary>A number in the page's language (Arabic pages keep Western digits, as Iraqi print does).</summary>
    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
