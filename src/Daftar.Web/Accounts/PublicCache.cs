using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Daftar.Web.Accounts;

/// <summary>
/// Answers for visitors who have not signed in are kept for a short while and shared between them: the public view
/// checks every row it reads, so pages that count over the whole ledger are costly to make and the same for every
/// visitor. Signed-in requests and API calls with a token are never answered from the cache nor stored in it (the
/// output cache's own rule for authenticated requests), nor is any answer that asks not to be stored or sets a cookie
/// (a form's antiforgery token is one visitor's), and any change an analyst makes clears it at once.
/// </summary>
public static class PublicCache
{
    private const string Tag = "public";

    public static void AddTo(IServiceCollection services, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddOutputCache(o =>
        {
            o.AddBasePolicy(policy => policy
                .With(context => options.PublicCacheSeconds > 0 && context.HttpContext.User.Identity?.IsAuthenticated != true)
                .Expire(TimeSpan.FromSeconds(Math.Max(1, options.PublicCacheSeconds)))
                .Tag(Tag)
                .AddPolicy<NothingMarkedNoStore>());
        });
    }

    /// <summary>Serves and stores public answers, and clears them after every change an analyst makes.</summary>
    public static void Use(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOutputCache();
        app.Use(async (context, next) =>
        {
            // What a signed-in analyst is answered must not be kept by any cache between here and the browser.
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                    context.Response.Headers.CacheControl = "private, no-store";
                context.Response.Headers.Append("Vary", "Cookie, Authorization");
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
            var method = context.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && context.Response.StatusCode < 400 && context.User.IsAnalyst())
                await context.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, context.RequestAborted).ConfigureAwait(false);
        });
    }

    /// <summary>An answer marked no-store (as antiforgery marks a page holding a form's token), or setting a cookie, is never kept.</summary>
    private sealed class NothingMarkedNoStore : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var headers = context.HttpContext.Response.Headers;
            if (headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase) || !StringValues.IsNullOrEmpty(headers.SetCookie))
                context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}
