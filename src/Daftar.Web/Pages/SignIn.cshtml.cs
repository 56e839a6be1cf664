using System.Security.Claims;
using Daftar.Storage;
using Daftar.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Daftar.Web.Pages;

/// <summary>Signing in with an account's name and password; attempts are rate-limited per client address.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessControl.SignInLimit)]
public sealed class SignInModel : DaftarPage
{
    public string? Message { get; private set; }

    public string Name { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => Title = T("signin.title");

    public async Task<IActionResult> OnPostAsync(string? name, string? password)
    {
        Title = T("signin.title");
        Name = name?.Trim() ?? "";
        var location = HttpContext.RequestServices.GetRequiredService<LedgerLocation>();
        Domain.Account? account;
        using (var ledger = SqliteLedger.Open(location.Path))
            account = Name.Length == 0 ? null : ledger.FindAccount(Name);

        // The same answer whether the name or the password was wrong: the form does not tell which accounts exist.
        if (!PasswordHashing.Verify(account, password ?? "", timeEvenWithoutAccount: true) || account is null)
        {
            Message = T("signin.refused");
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var principal = new ClaimsPrincipal(Roles.IdentityOf(account, CookieAuthenticationDefaults.AuthenticationScheme));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);

        // Only back to a page of this site.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Href(""));
    }
}
