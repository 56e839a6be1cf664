using System.Security.Claims;
using Daftar.Domain;

namespace Daftar.Web.Accounts;

/// <summary>Role names as claims, and the policies built on them. Each role holds the claims of the roles below it.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    /// <summary>Policy: analysts and admins (review, ingest, confidential entries).</summary>
    public const string AnalystPolicy = "analyst";

    /// <summary>Policy: admins (accounts, audit log).</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The claims a signed-in account carries.</summary>
    public static ClaimsIdentity IdentityOf(Account account, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Name),
            new(StampClaim, account.Stamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Role, Reader),
        };
        if (account.Role >= AccountRole.Analyst)
            claims.Add(new(ClaimTypes.Role, Analyst));
        if (account.Role >= AccountRole.Admin)
            claims.Add(new(ClaimTypes.Role, Admin));
        return new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role);
    }

    /// <summary>The account's stamp when it signed in: a sign-in from before a password or role change is refused.</summary>
    public const string StampClaim = "daftar:stamp";

    public static bool IsAnalyst(this ClaimsPrincipal user) => user?.IsInRole(Analyst) == true;

    public static bool IsAdmin(this ClaimsPrincipal user) => user?.IsInRole(Admin) == true;
}
