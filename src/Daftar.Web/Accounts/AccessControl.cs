using System.Security.Claims;
using System.Threading.RateLimiting;
using Daftar.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Daftar.Web.Accounts;

/// <summary>
/// Who may do what on the site: cookie sign-in for people, API tokens for programs, roles as policies, a rate limit on
/// sign-in attempts, and the ledger each visitor reads (analysts the whole of it, everyone else the public's view).
/// </summary>
public static class AccessControl
{
    /// <summary>The rate-limiting policy on sign-in attempts.</summary>
    public const string SignInLimit = "sign-in";


    private const string Either = "cookie-or-token";

    public static void AddTo(IServiceCollection services, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Sign-in cookies and antiforgery tokens outlive a restart: their keys are kept beside the ledger.
        services.AddDataProtection()
            .SetApplicationName("daftar")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.LedgerPath) + ".keys"));

        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, o => o.ForwardDefaultSelector = context =>
                ApiTokenAuthentication.BearerToken(context.Request.Headers.Authorization.ToString()) is null
                    ? CookieAuthenticationDefaults.AuthenticationScheme
                    : ApiTokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "daftar";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidateStamp,
                    OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden),
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.AnalystPolicy, p => p.RequireRole(Roles.Analyst))
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin));
        if (options.Private)
            services.Configure<AuthorizationOptions>(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireRole(Roles.Reader).Build());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Attempts are posts; showing the form is not limited.
            o.AddPolicy(SignInLimit, context => HttpMethods.IsPost(context.Request.Method) ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
        });

        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new AnalystsChangeThings()));
    }

    /// <summary>The ledger a request reads: the whole of it for analysts (their changes audited under their name), else the public's view.</summary>
    public static SqliteLedger LedgerFor(HttpContext? context, string path)
    {
        var user = context?.User;
        if (user is null || !user.IsAnalyst())
            return SqliteLedger.Open(path, LedgerAudience.Public);
        var ledger = SqliteLedger.Open(path);
        ledger.Editor = new Editor(user.Identity?.Name ?? "?", user.Identity?.AuthenticationType == ApiTokenAuthentication.SchemeName ? "api" : "web");
        return ledger;
    }

    /// <summary>Pages answer 401/403 (shown by the status page, with a way to sign in); the API answers them bare.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>A sign-in made before the account's password or role changed (or of an account since removed) ends.</summary>
    private static async Task ValidateStamp(CookieValidatePrincipalContext context)
    {
        var location = context.HttpContext.RequestServices.GetRequiredService<LedgerLocation>();
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirstValue(Roles.StampClaim);
        using var ledger = SqliteLedger.Open(location.Path);
        if (name is null || ledger.FindAccount(name) is not { } account
            || stamp != account.Stamp.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }

    /// <summary>Every form a page takes changes the ledger, so only analysts may post one (sign-in aside).</summary>
    private sealed class AnalystsChangeThings : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var request = context.HttpContext.Request;
            var open = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
                || context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            if (!open && !context.HttpContext.User.IsAnalyst())
            {
                context.Result = context.HttpContext.User.Identity?.IsAuthenticated == true
                    ? new Microsoft.AspNetCore.Mvc.ForbidResult()
                    : new Microsoft.AspNetCore.Mvc.ChallengeResult();
                return;
            }

            await next().ConfigureAwait(false);
        }
    }
}
