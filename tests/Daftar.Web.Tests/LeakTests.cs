using System.Net;
using System.Text.RegularExpressions;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>
/// A ledger seeded with canary strings where only analysts may look: confidential sources (title, text, their accepted
/// entries), a confidential speaker's name, and a confidential note. Everything else in it is accepted and public.
/// </summary>
public sealed class CanaryLedger : IAsyncDisposable
{
    /// <summary>Strings that must never reach anyone but an analyst (compared ignoring case).</summary>
    public static readonly string[] Canaries =
        ["Canarybrook", "Canarynote", "Canarytitle", "Canarytext", "Canaryquote", "زمردة", "Canaryarabic", "Canaryissue", "el-Sadr"];

    public const string PublicText =
        "Vanguard report on the talks\n\nBAGHDAD, March 18, 2024 - Moqtada al-Sadr said on Monday: \"The talks will resume next week.\" "
        + "A senior Sadrist said \"the others have a month\". Saraya al-Salam handed its posts in Samarra to the Iraqi army on Saturday, "
        + "and Sadr praised the handover.";

    public const string SecretText =
        "Halvard Canarytitle memo\n\nPersimmon Canarytext: Moqtada al-Sadr said on Sunday: \"Wexford Canaryquote is the plan.\" "
        + "Kataib Hezbollah attacked a convoy near Baghdad on Friday. Moqtada el-Sadr was not seen. "
        + "A senior Sadrist listed the objectives of the movement. They were, as he described them:\n\n"
        + "1. \u201cAbolish the Zorblax Canaryissue system.\u201d\n2. \u201cEnd the Quimbly Canaryissue tax.\u201d";

    public const string SecretArabic =
        "مذكرة زمردة Canaryarabic\n\nقال مقتدى الصدر يوم الأحد إن «زمردة هي الخطة»، وأعلنت سرايا السلام انسحابها من سامراء.";

    private readonly string folder = Directory.CreateTempSubdirectory("daftar-leak-").FullName;
    private WebApplication? app;

    public CanaryLedger()
    {
        LedgerPath = Path.Combine(folder, "ledger.db");
        using (var ledger = SqliteLedger.Open(LedgerPath))
        {
            PublicId = Add(ledger, PublicText, "en", "Vanguard report on the talks");
            SecretId = Add(ledger, SecretText, "en", "Halvard Canarytitle memo");
            SecretArabicId = Add(ledger, SecretArabic, "ar", "مذكرة زمردة Canaryarabic");
            foreach (var id in new[] { PublicId, SecretId, SecretArabicId })
                AcceptEverything(ledger, id);
            ledger.SetSourceConfidential(SecretId, true);
            ledger.SetSourceConfidential(SecretArabicId, true);

            // The analyst knows who the senior Sadrist is; the public must not.
            ledger.AddActor(new Actor("orvalle-canarybrook", "Orvalle Canarybrook", ActorType.Person, [new Alias("Orvalle Canarybrook", Script.Latin)], ReviewState.Accepted));
            var anonymous = ledger.EntriesOf(PublicId).Quotes.Single(q => q.Text.Contains("others have a month", StringComparison.Ordinal));
            ledger.SetSpeaker(anonymous.Id, new Speaker("orvalle-canarybrook", "a senior Sadrist", true, true), ledger.VersionOf(EntryKind.Quote, anonymous.Id)!.Value);
            ledger.AddNote(PublicId, "Met Thessaly Canarynote at the ministry.");

            // A verdict resting on the confidential memo.
            var secretPosition = ledger.EntriesOf(SecretId).Positions[0];
            ledger.RecordAssessment(secretPosition.ActorId, secretPosition.IssueId, Verdict.Inconsistent, "Canarytext shows the opposite", secretPosition.Citation);
            ledger.AddNote(PublicId, "Checked against the radio bulletin.", confidential: false);
            ledger.AddAccount(WebFixture.AnalystName, AccountRole.Analyst, Accounts.PasswordHashing.Hash(WebFixture.Password));
        }

        app = DaftarWeb.Build(new WebOptions(LedgerPath, Port: 0, SignInAttemptsPerMinute: 1000));
        app.StartAsync().GetAwaiter().GetResult();
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public string LedgerPath { get; }

    public Uri BaseAddress { get; }

    public long PublicId { get; }

    public long SecretId { get; }

    public long SecretArabicId { get; }

    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static long Add(SqliteLedger ledger, string text, string language, string title) =>
        WebFixture.Add(ledger, text, language, title, new LocalDate(2024, 3, 18));

    private static void AcceptEverything(SqliteLedger ledger, long sourceId)
    {
        var entries = ledger.EntriesOf(sourceId);
        void Accept(EntryKind kind, long id) => ledger.SetReview(kind, id, ReviewState.Accepted, ledger.VersionOf(kind, id)!.Value);
        foreach (var m in entries.Mentions)
            Accept(EntryKind.Mention, m.Id);
        foreach (var q in entries.Quotes)
            Accept(EntryKind.Quote, q.Id);
        foreach (var t in entries.Timexes)
            Accept(EntryKind.Timex, t.Id);
        foreach (var r in entries.Relations)
            Accept(EntryKind.Relation, r.Id);
        foreach (var e in entries.Events)
            Accept(EntryKind.Event, e.Id);
        foreach (var p in entries.Positions)
            Accept(EntryKind.Position, p.Id);
    }
}

/// <summary>
/// The leak test: everything a visitor can reach — every page in both languages, every link on them, feeds, API answers,
/// exports, searches for the secret words, the addresses of confidential things — is fetched as a crawler would, and
/// none holds a canary. Analysts' endpoints answer 401 to a visitor, never data.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed partial class LeakTests : IAsyncLifetime
{
    private const int MaxRequests = 3000;
    private readonly CanaryLedger ledger = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await ledger.DisposeAsync();

    /// <summary>Addresses a crawler would not find by links but a visitor could type.</summary>
    private IEnumerable<string> Typed()
    {
        foreach (var lang in new[] { "en", "ar" })
        {
            yield return $"/{lang}/sources/{ledger.SecretId}";
            yield return $"/{lang}/sources/{ledger.SecretArabicId}";
            yield return $"/{lang}/actors/orvalle-canarybrook";
            foreach (var q in SearchedWords)
                yield return $"/{lang}/search?q={Uri.EscapeDataString(q)}";
            yield return $"/{lang}/search?q=Sadr&kind=quote";
            yield return $"/{lang}/timeline?actor=kataib-hezbollah";
            yield return $"/{lang}/sources?q=memo";
        }

        yield return "/openapi/v1.json";
        yield return "/export/popolo.json";
        yield return "/export/relations.graphml";
        foreach (var table in Publishing.CsvExport.TableNames)
            yield return $"/export/csv/{table}.csv";
        foreach (var id in new[] { ledger.PublicId, ledger.SecretId, ledger.SecretArabicId })
            yield return $"/export/sources/{id}/annotation.json";
        foreach (var feed in new[] { "atom", "rss" })
        {
            yield return $"/feeds/assessments/{feed}";
            yield return $"/feeds/assessments/{feed}?actor=sadrist-movement";
            yield return $"/feeds/{feed}";
            foreach (var kind in new[] { "source", "quote", "event", "position" })
                yield return $"/feeds/{feed}?kind={kind}";
            yield return $"/feeds/{feed}?actor=orvalle-canarybrook";
            yield return $"/feeds/{feed}?actor=moqtada-al-sadr&kind=quote";
            yield return $"/feeds/{feed}?language=ar&lang=ar";
        }
    }

    /// <summary>Every GET operation the OpenAPI document describes, with each id the ledger holds, public or not, and each searched word.</summary>
    private async Task<IEnumerable<string>> Documented(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
            return [];
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = new[] { ledger.PublicId.ToString(System.Globalization.CultureInfo.InvariantCulture), ledger.SecretId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ledger.SecretArabicId.ToString(System.Globalization.CultureInfo.InvariantCulture), "orvalle-canarybrook", "moqtada-al-sadr", "kataib-hezbollah" };
        var paths = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out _))
                continue;
            var template = path.Name;
            var open = template.IndexOf('{', StringComparison.Ordinal);
            var expanded = open < 0 ? [template] : ids.Select(id => template[..open] + Uri.EscapeDataString(id) + template[(template.IndexOf('}', open) + 1)..]);
            foreach (var address in expanded)
            {
                paths.Add(address);
                foreach (var id in ids.Skip(3))
                    paths.Add(address + "?actor=" + id);
                foreach (var id in ids.Take(3))
                    paths.Add(address + "?source=" + id);
                foreach (var word in SearchedWords)
                    paths.Add(address + "?q=" + Uri.EscapeDataString(word));
                paths.Add(address + "?review=candidate");
            }
        }

        return paths;
    }

    private const string SecretActorId = "orvalle-canarybrook";

    // Each searched word stands beside a canary in the secret material: a hit would show the canary in its snippet.
    private static readonly string[] SearchedWords = ["Persimmon", "Wexford", "Halvard", "Thessaly", "Orvalle", "plan", "Sadr", "الصدر", "memo", "مذكرة", "الخطة"];

    [Fact]
    public async Task Nothing_a_visitor_can_reach_holds_a_canary()
    {
        using var visitor = ledger.NewClient();

        var crawl = await Crawl(visitor);

        Assert.Empty(crawl.Leaks);
        Assert.Empty(crawl.Errors);
        Assert.True(crawl.Seen.Count > 30, $"the crawl reached only {crawl.Seen.Count} addresses");
        Assert.Contains($"/en/sources/{ledger.PublicId}", crawl.Seen);
        Assert.Contains("/api/v1/quotations", crawl.Seen);
        Assert.Contains("/export/csv/notes.csv", crawl.Seen);
    }

    [Fact]
    public async Task The_same_crawl_as_an_analyst_finds_every_canary()
    {
        // The crawl reaches the places where the secrets are: signed in, it must find each of them.
        using var analyst = ledger.NewClient();
        await WebFixture.SignIn(analyst, WebFixture.AnalystName, WebFixture.Password);

        var crawl = await Crawl(analyst);

        foreach (var canary in CanaryLedger.Canaries)
            Assert.Contains(crawl.Leaks, leak => leak.StartsWith(canary + " ", StringComparison.Ordinal));
    }

    private async Task<(List<string> Leaks, List<string> Errors, HashSet<string> Seen)> Crawl(HttpClient client)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(new[] { "/", "/en/", "/ar/" }.Concat(Typed()).Concat(await Documented(client)));
        var leaks = new List<string>();
        var errors = new List<string>();
        while (queue.Count > 0 && seen.Count < MaxRequests)
        {
            var path = queue.Dequeue();
            if (!seen.Add(path))
                continue;
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            // An address that names the secret actor by its id may say that id back (a feed's own link); that is the
            // visitor's input, not the ledger's. Anything more (the name, a quotation) still counts.
            if (path.Contains(SecretActorId, StringComparison.Ordinal))
                body = body.Replace(SecretActorId, "", StringComparison.Ordinal);
            if ((int)response.StatusCode >= 500)
                errors.Add($"{(int)response.StatusCode} {path}");
            foreach (var canary in CanaryLedger.Canaries)
            {
                if (body.Contains(canary, StringComparison.OrdinalIgnoreCase))
                    leaks.Add($"{canary} in {path}");
            }

            if (response.Headers.Location is { } location)
                Enqueue(queue, seen, location.OriginalString);
            foreach (var link in Links(body))
                Enqueue(queue, seen, link);
        }

        return (leaks, errors, seen);
    }

    [Fact]
    public async Task The_public_sees_the_accepted_public_entries_and_the_anonymous_speaker_as_described()
    {
        using var visitor = ledger.NewClient();

        var (status, html) = await WebFixture.Get(visitor, $"/en/sources/{ledger.PublicId}");

        Assert.Equal(200, status);
        Assert.Contains("a senior Sadrist", html, StringComparison.Ordinal);
        Assert.Contains("The talks will resume next week", html, StringComparison.Ordinal);
        Assert.Contains("Checked against the radio bulletin.", html, StringComparison.Ordinal);
        Assert.Contains("/en/actors/moqtada-al-sadr", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_sees_what_the_public_does_not()
    {
        using var analyst = ledger.NewClient();
        await WebFixture.SignIn(analyst, WebFixture.AnalystName, WebFixture.Password);

        var (status, html) = await WebFixture.Get(analyst, $"/en/sources/{ledger.SecretId}");
        var (_, open) = await WebFixture.Get(analyst, $"/en/sources/{ledger.PublicId}");

        Assert.Equal(200, status);
        Assert.Contains("Canarytitle", html, StringComparison.Ordinal);
        Assert.Contains("Orvalle Canarybrook", open, StringComparison.Ordinal);
        Assert.Contains("Canarynote", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_an_analyst_is_shown_is_never_kept_for_visitors()
    {
        // The app keeps visitors' answers for a while (PublicCacheSeconds); an analyst's must never be among them.
        using var analyst = ledger.NewClient();
        await WebFixture.SignIn(analyst, WebFixture.AnalystName, WebFixture.Password);
        using var visitor = ledger.NewClient();
        var page = $"/en/sources/{ledger.PublicId}";

        var (_, seenByAnalyst) = await WebFixture.Get(analyst, page);
        var (_, seenByVisitor) = await WebFixture.Get(visitor, page);
        var (_, seenByAnalystAgain) = await WebFixture.Get(analyst, page);

        Assert.Contains("Canarybrook", seenByAnalyst, StringComparison.Ordinal);
        Assert.DoesNotContain("Canarybrook", seenByVisitor, StringComparison.Ordinal);
        Assert.Contains("Canarybrook", seenByAnalystAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_holding_a_forms_token_is_never_kept_for_another_visitor()
    {
        using var first = ledger.NewClient();
        using var second = ledger.NewClient();

        var (_, one) = await WebFixture.Get(first, "/en/sign-in");
        var (_, again) = await WebFixture.Get(first, "/en/sign-in");
        using var response = await second.GetAsync(new Uri("/en/sign-in", UriKind.Relative));
        var other = await response.Content.ReadAsStringAsync();

        Assert.Null(response.Headers.Age);
        Assert.NotEqual(Token(one), Token(other));
        Assert.NotEqual(Token(again), Token(other));
        Assert.Equal(302, (await WebFixture.SignIn(second, WebFixture.AnalystName, WebFixture.Password)).Status);
    }

    private static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public async Task A_change_an_analyst_makes_reaches_visitors_at_once_despite_the_cache()
    {
        using var analyst = ledger.NewClient();
        await WebFixture.SignIn(analyst, WebFixture.AnalystName, WebFixture.Password);
        using var visitor = ledger.NewClient();
        var page = $"/en/sources/{ledger.PublicId}";
        Assert.Equal(200, (await WebFixture.Get(visitor, page)).Status);
        using (var again = await visitor.GetAsync(new Uri(page, UriKind.Relative)))
            Assert.True(again.Headers.Age is not null, "the second visit should be answered from the cache");

        var (status, _, _) = await WebFixture.Post(analyst, page, page + "?handler=Confidential", ("confidential", "true"));

        Assert.Equal(302, status);
        Assert.Equal(404, (await WebFixture.Get(visitor, page)).Status);
    }

    [Theory]
    [InlineData("/en/review")]
    [InlineData("/ar/review")]
    [InlineData("/en/audit")]
    [InlineData("/audit/export.json")]
    [InlineData("/audit/export.csv")]
    public async Task Analysts_pages_answer_401_to_a_visitor_with_no_data(string path)
    {
        using var visitor = ledger.NewClient();

        var (status, body) = await WebFixture.Get(visitor, path);

        Assert.Equal(401, status);
        Assert.DoesNotContain("Sadr", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary", body, StringComparison.OrdinalIgnoreCase);
    }

    private void Enqueue(Queue<string> queue, HashSet<string> seen, string link)
    {
        link = WebUtility.HtmlDecode(link);
        if (link.StartsWith(ledger.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            link = link[ledger.BaseAddress.GetLeftPart(UriPartial.Authority).Length..];
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            link = link[..hash];
        if (link.Length == 0 || link[0] != '/' || link.StartsWith("//", StringComparison.Ordinal) || link.Contains("sign-out", StringComparison.Ordinal))
            return;
        if (!seen.Contains(link))
            queue.Enqueue(link);
    }

    /// <summary>Links in HTML and XML (href, src) and in JSON (string values that are addresses on this site).</summary>
    private static IEnumerable<string> Links(string body)
    {
        foreach (Match m in AttributeLink().Matches(body))
            yield return m.Groups[1].Value;
        foreach (Match m in JsonLink().Matches(body))
            yield return m.Groups[1].Value.Replace("\\u0026", "&", StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex AttributeLink();

    [GeneratedRegex("\"((?:https?://[^\"/]+)?/(?:api|en|ar|feeds|export|openapi)[^\"\\s]*)\"")]
    private static partial Regex JsonLink();
}
