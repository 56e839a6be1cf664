using System.Security.Claims;
using System.Text.Encodings.Web;
using Daftar.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Daftar.Web.Accounts;

/// <summary>Signs in an API call that carries <c>Authorization: Bearer TOKEN</c> with a live token of the ledger.</summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LedgerLocation location)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request.Headers.Authorization.ToString()) is not { } token)
            return Task.FromResult(AuthenticateResult.NoResult());
        using var ledger = SqliteLedger.Open(location.Path);
        if (ledger.FindAccountByToken(token) is not { } account)
            return Task.FromResult(AuthenticateResult.Fail("unknown or revoked API token"));
        var principal = new ClaimsPrincipal(Roles.IdentityOf(account, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>The token of a "Bearer" authorization header, or null.</summary>
    public static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
}
