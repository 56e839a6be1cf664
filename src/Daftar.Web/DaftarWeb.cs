using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Daftar.Storage;
using Daftar.Web.Accounts;
using Daftar.Web.Api;
using Daftar.Web.Exports;
using Daftar.Web.Feeds;
using Daftar.Web.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;

namespace Daftar.Web;

/// <summary>Where the analyst's web app listens and which ledger it reads.</summary>
/// <param name="Port">0 picks a free port (tests).</param>
/// <param name="Private">Every page asks the visitor to sign in (a team's site for its readers); otherwise visitors who
/// have not signed in see the public site.</param>
/// <param name="SignInAttemptsPerMinute">Sign-in attempts allowed from one client address in a minute.</param>
/// <param name="PublicCacheSeconds">How long answers to visitors who have not signed in are kept (0: not kept). Changes
/// made through the app clear them at once; changes made elsewhere (another process ingesting) show after this long.</param>
public sealed record WebOptions(
    string LedgerPath, int Port = WebOptions.DefaultPort, string Host = "127.0.0.1", bool Private = false, int SignInAttemptsPerMinute = 10, int PublicCacheSeconds = 30)
{
    public const int DefaultPort = 5080;
}

/// <summary>The analyst's web app: server-rendered pages over one ledger, in English and Arabic.</summary>
public static class DaftarWeb
{
    /// <summary>Builds the app (not yet started); the ledger must exist.</summary>
    public static WebApplication Build(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.LedgerPath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: no ledger here", path);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DaftarWeb).Assembly.GetName().Name });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Forms' antiforgery keys live with the process: a local app needs nothing kept between runs.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        // Arabic and every other script as themselves, not as numeric character references (pages a third the size).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.Services.AddRazorPages().AddApplicationPart(typeof(DaftarWeb).Assembly);

        // Only requests addressed to this machine: a page elsewhere whose name is rebound to 127.0.0.1 must not
        // reach the ledger (DNS rebinding).
        builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
            o.AllowedHosts = [.. new[] { options.Host, "localhost", "127.0.0.1", "[::1]" }.Distinct(StringComparer.OrdinalIgnoreCase)]);
        builder.Services.AddSingleton(new LedgerLocation(path));
        builder.Services.AddSingleton(options);

        // Bring the ledger's schema up to date once: public connections are read-only and need it so.
        SqliteLedger.Open(path).Dispose();
        builder.Services.AddHttpContextAccessor();
        AccessControl.AddTo(builder.Services, options);
        PublicCache.AddTo(builder.Services, options);

        // One connection per request: SQLite readers never block each other or the writer (WAL). Analysts get the
        // whole ledger, recorded under their name in the audit log; everyone else the public's view of it.
        builder.Services.AddScoped(services => AccessControl.LedgerFor(
            services.GetRequiredService<IHttpContextAccessor>().HttpContext, services.GetRequiredService<LedgerLocation>().Path));

        // Feeds, exports and other things published for anyone read the public's view whoever asks.
        builder.Services.AddKeyedScoped(LedgerAudience.Public, (services, _) =>
            SqliteLedger.Open(services.GetRequiredService<LedgerLocation>().Path, LedgerAudience.Public));
        builder.Services.AddSingleton(UiText.Default);
        builder.Services.AddApi();

        var app = builder.Build();
        app.UseHostFiltering();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseApiProblems();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        PublicCache.Use(app);
        app.MapGet("/", () => Results.Redirect("/en/"));
        app.MapGet("/assets/{name}", ServeAsset);
        app.MapGet("/{lang:regex(^(en|ar)$)}/graph.graphml", (HttpContext context, SqliteLedger ledger) =>
        {
            var graph = ledger.RelationGraph(Pages.GraphModel.ParseKinds(context.Request.Query["kind"].OfType<string>()));
            // Written whole first: XmlWriter writes synchronously, which the response stream refuses; a graph is small.
            using var buffer = new MemoryStream();
            graph.WriteGraphMl(buffer);
            return Results.File(buffer.ToArray(), "application/graphml+xml; charset=utf-8", "relations.graphml");
        });
        app.MapRazorPages();
        app.MapAccountEndpoints();
        app.MapAuditEndpoints();
        app.MapApi().MapApiDocument();
        app.MapFeeds();
        app.MapExports();
        return app;
    }

    /// <summary>Builds and runs the app until the process is stopped.</summary>
    public static async Task RunAsync(WebOptions options, CancellationToken cancellation = default)
    {
        await using var app = Build(options);
        await app.StartAsync(cancellation).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
    }

    private static IResult ServeAsset(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Daftar.Web.Assets." + name);
        if (stream is null)
            return Results.NotFound();
        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".woff2" => "font/woff2",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }
}

/// <summary>The ledger file the app serves.</summary>
public sealed record LedgerLocation(string Path);
