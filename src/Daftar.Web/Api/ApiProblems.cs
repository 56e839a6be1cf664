using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Daftar.Web.Api;

/// <summary>
/// Every error under <c>/api/</c> as RFC 9457 problem details (<c>application/problem+json</c>): what the endpoints
/// answer themselves, and what the pipeline answers with an empty body (401 and 403 from authorization, 404 for an
/// address the API does not have, 405, 415, 429, a failed binding, an exception). The pages' HTML status page is for
/// people and is kept out of the way. No detail is drawn from the ledger or from an exception: an error never echoes
/// what the caller may not see.
/// </summary>
public static partial class ApiProblems
{
    /// <summary>Adds the problem-details answers for API paths; must come after the status-code pages in the pipeline.</summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems));
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                // The exception is logged for the operator; the caller learns only that it failed.
                LogFailure(logger, e, context.Request.Method, context.Request.Path);
                context.Response.Clear();
                context.Response.StatusCode = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            }

            var response = context.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                var result = response.StatusCode == StatusCodes.Status401Unauthorized
                    ? Unauthorized(context, "This needs an API token: send it as \"Authorization: Bearer dft_…\".")
                    : Problem(response.StatusCode);
                await result.ExecuteAsync(context).ConfigureAwait(false);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "API request {Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, PathString path);

    /// <summary>401 with the scheme to use, and why.</summary>
    internal static ProblemHttpResult Unauthorized(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);
    }

    private static ProblemHttpResult Problem(int status) => TypedResults.Problem(statusCode: status, detail: status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read: check its parameters and its JSON body.",
        StatusCodes.Status403Forbidden => "The token's account may not do this: it needs the analyst role.",
        StatusCodes.Status404NotFound => "The API has no such address; its description is at /openapi/v1.json.",
        StatusCodes.Status405MethodNotAllowed => "This address does not take this method.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "This address does not take this content type.",
        StatusCodes.Status429TooManyRequests => "Too many requests: try again later.",
        >= 500 => "The server failed to answer; the failure is logged.",
        _ => null,
    });
}
