using System.Diagnostics;
using System.Globalization;
using System.Text;
using Daftar.Ingest;
using Daftar.Storage;
using Daftar.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Daftar.Bench;

/// <summary>
/// Page latency of the web app on a large ledger: generates articles (English and Arabic, about ten quotations
/// each) until the ledger holds the wanted number of quotations, starts the real app on loopback, and requests each
/// page repeatedly. Reports p50 and p95 of the time from request to the last byte of the answer.
/// </summary>
/// <remarks>Usage: <c>web [--quotes N] [--requests K] [--keep PATH]</c> (default 100000 quotations, 40 requests a page);
/// <c>--keep</c> leaves the generated ledger at PATH (and reuses it when it exists) for a closer look.</remarks>
internal static class WebLatency
{
    public static async Task<int> Run(string[] args)
    {
        var quotes = 100_000;
        var requests = 40;
        string? keep = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--quotes")
                quotes = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--requests")
                requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--keep")
                keep = Path.GetFullPath(args[i + 1]);
        }

        var folder = Directory.CreateTempSubdirectory("daftar-web-bench-").FullName;
        try
        {
            var path = keep ?? Path.Combine(folder, "ledger.db");
            var build = Stopwatch.StartNew();
            long sources;
            long quoteCount;
            using (var ledger = SqliteLedger.Open(path))
            {
                var random = new Random(20240318);
                using (var batch = new IngestBatch(ledger, new IngestOptions(), SystemClock.Instance))
                {
                    for (var n = (int)ledger.Counts().Sources; ; n++)
                    {
                        if (n % 500 == 0 && ledger.Counts().Quotes >= quotes)
                            break;
                        var arabic = n % 3 == 2;
                        var text = (arabic ? "تقرير " : "Report ") + n.ToString(CultureInfo.InvariantCulture) + "\n\n"
                            + (arabic ? ExtractionThroughput.ArabicArticle(random) : ExtractionThroughput.Article(random));
                        batch.Ingest($"article-{n:D6}.txt", Encoding.UTF8.GetBytes(text));
                    }
                }

                var counts = ledger.Counts();
                (sources, quoteCount) = (counts.Sources, counts.Quotes);
                if (ledger.FindAccount(Analyst) is null)
                    ledger.AddAccount(Analyst, Domain.AccountRole.Analyst, Web.Accounts.PasswordHashing.Hash(Password));
            }

            Review(path);

            Console.Error.WriteLine($"ledger: {sources:N0} sources, {quoteCount:N0} quotations, built in {build.Elapsed.TotalSeconds:0} s");
            await using var app = DaftarWeb.Build(new WebOptions(path, Port: 0));
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var visitor = new HttpClient { BaseAddress = new Uri(address) };
            using var analyst = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(address) };
            await SignIn(analyst);
            var middle = sources / 2;
            string[] pages =
            [
                "/en/", "/en/sources", "/en/sources?p=40", $"/en/sources/{middle}", $"/ar/sources/{middle + 1}", "/en/actors",
                "/en/actors/moqtada-al-sadr", "/ar/actors/sadrist-movement", "/en/timeline", "/en/timeline?actor=qais-al-khazali",
                "/en/search?q=Sadr", "/ar/search?q=" + Uri.EscapeDataString("الصدر"), "/en/search?q=" + Uri.EscapeDataString("weapons state"),
                "/en/graph", "/en/feeds", "/feeds/atom", "/feeds/rss?actor=moqtada-al-sadr&kind=quote",
                "/api/v1/sources?limit=50", "/api/v1/quotations?limit=50", "/api/v1/quotations?actor=moqtada-al-sadr&limit=50",
                "/api/v1/events?limit=50", "/api/v1/search?q=Sadr", "/export/popolo.json", "/en/review",
            ];

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sources:N0} sources, {quoteCount:N0} quotations (70% accepted, 5% of sources confidential); {requests} requests a page after 3 to warm up"));
            foreach (var (audience, client) in new[] { ("an analyst, signed in", analyst), ("a visitor: the public view", visitor) })
            {
                Console.WriteLine();
                Console.WriteLine($"As {audience}:");
                Console.WriteLine();
                await Measure(client, audience.StartsWith("an analyst", StringComparison.Ordinal) ? pages : [.. pages.Where(p => !p.EndsWith("/review", StringComparison.Ordinal))], requests);
            }

            await app.StopAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string Analyst = "bench-analyst";
    private const string Password = "a bench password";

    private static async Task SignIn(HttpClient client)
    {
        var form = await client.GetStringAsync(new Uri("/en/sign-in", UriKind.Relative));
        var marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var start = form.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var token = form[start..form.IndexOf('"', start)];
        using var content = new FormUrlEncodedContent([new("name", Analyst), new("password", Password), new("__RequestVerificationToken", token)]);
        using var response = await client.PostAsync(new Uri("/en/sign-in", UriKind.Relative), content);
        if ((int)response.StatusCode != 302)
            throw new InvalidOperationException($"sign-in: {(int)response.StatusCode}");
    }

    /// <summary>
    /// An analysts' ledger at work: 70% of the candidates accepted and every actor, 5% of the sources confidential
    /// (written straight to the file: the bench needs the state, not the review path's own cost).
    /// </summary>
    private static void Review(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            UPDATE actors SET review = 'accepted';
            UPDATE mentions SET review = 'accepted' WHERE id % 10 < 7;
            UPDATE quotes SET review = 'accepted' WHERE id % 10 < 7;
            UPDATE timexes SET review = 'accepted' WHERE id % 10 < 7;
            UPDATE relations SET review = 'accepted' WHERE id % 10 < 7;
            UPDATE events SET review = 'accepted' WHERE id % 10 < 7;
            UPDATE positions SET review = 'accepted' WHERE id % 10 < 7;
            UPDATE sources SET confidential = 1 WHERE id % 20 = 7;
            """;
        command.ExecuteNonQuery();
    }

    private static async Task Measure(HttpClient client, string[] pages, int requests)
    {
        Console.WriteLine("| page | p50 ms | p95 ms | KB |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var page in pages)
        {
            var times = new List<double>();
            long bytes = 0;
            for (var r = 0; r < requests + 3; r++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                var body = await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{page}: {(int)response.StatusCode}");
                bytes = body.Length;
                if (r >= 3)
                    times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{Uri.UnescapeDataString(page)}` | {Percentile(times, 0.50):0.0} | {Percentile(times, 0.95):0.0} | {bytes / 1024.0:0} |"));
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
