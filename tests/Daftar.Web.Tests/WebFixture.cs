using Daftar.Extraction;
using Daftar.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Daftar.Web.Tests;

/// <summary>
/// The real app on a loopback port over a small ledger written here: an English and an Arabic report of the same
/// handover, and a confidential note-like source. Shared by the tests of a class.
/// </summary>
public sealed partial class WebFixture : IAsyncDisposable, IDisposable
{
    public const string English =
        "Militia hands Samarra posts to the army\n\nSAMARRA, April 20, 2024 - Saraya al-Salam handed its last positions in Samarra to the Iraqi army on Saturday. "
        + "Moqtada al-Sadr said in a statement: \"What happened in Samarra should happen everywhere.\" A senior Sadrist told reporters that \"the others have a month\".\n\n"
        + "The handover followed an order Sadr issued on March 15.";

    public const string Arabic =
        "سرايا السلام تسلّم سامراء للجيش\n\nسامراء - سلّمت سرايا السلام، الجناح المسلح للتيار الصدري، آخر مواقعها في سامراء إلى الجيش العراقي. "
        + "وقال مقتدى الصدر في بيان: «ما جرى في سامراء يجب أن يجري في كل مكان». وأكد قيادي في التيار الصدري أن «على الآخرين أن يتحركوا خلال شهر».\n\n"
        + "وجاء التسليم تنفيذاً لأمر أصدره الصدر يوم ١٥ آذار ٢٠٢٤، وأشاد نواب بالموقف.";

    private readonly string folder = Directory.CreateTempSubdirectory("daftar-web-").FullName;
    private WebApplication? app;

    public WebFixture()
        : this(path => new WebOptions(path, Port: 0, SignInAttemptsPerMinute: 1000, PublicCacheSeconds: 0))
    {
    }

    /// <summary>A fixture whose app runs with other options (made from the ledger's path).</summary>
    internal WebFixture(Func<string, WebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LedgerPath = Path.Combine(folder, "ledger.db");
        using (var ledger = SqliteLedger.Open(LedgerPath))
        {
            EnglishId = Add(ledger, English, "en", "Militia hands Samarra posts to the army", new LocalDate(2024, 4, 20));
            ArabicId = Add(ledger, Arabic, "ar", "سرايا السلام تسلّم سامراء للجيش", new LocalDate(2024, 4, 21));
            ledger.AddAccount(AnalystName, Domain.AccountRole.Analyst, Accounts.PasswordHashing.Hash(Password));
            ledger.AddAccount(AdminName, Domain.AccountRole.Admin, Accounts.PasswordHashing.Hash(Password));
            ledger.AddAccount(ReaderName, Domain.AccountRole.Reader, Accounts.PasswordHashing.Hash(Password));
        }

        app = DaftarWeb.Build(options(LedgerPath));
        app.StartAsync().GetAwaiter().GetResult();
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Client = NewClient();
        Visitor = NewClient();
        var (status, _, _) = SignIn(Client, AnalystName, Password).GetAwaiter().GetResult();
        if (status != 302)
            throw new InvalidOperationException($"the test analyst could not sign in ({status})");
    }

    public const string AnalystName = "amal";
    public const string AdminName = "basim";
    public const string ReaderName = "chiara";
    public const string Password = "correct horse battery";

    public Uri BaseAddress { get; }

    /// <summary>A new browser-like client of the app: its own cookies, not signed in, redirects not followed.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };

    /// <summary>Signs a client in through the sign-in form.</summary>
    public static Task<(int Status, string Html, string? Location)> SignIn(HttpClient client, string name, string password) =>
        Post(client, "/en/sign-in", "/en/sign-in", ("name", name), ("password", password));

    /// <summary>A visitor who has not signed in: sees the public site.</summary>
    public HttpClient Visitor { get; }

    public string LedgerPath { get; }

    public long EnglishId { get; }

    public long ArabicId { get; }

    /// <summary>A client signed in as the analyst <see cref="AnalystName"/>.</summary>
    public HttpClient Client { get; }

    public Task<(int Status, string Html)> Get(string path) => Get(Client, path);

    public static async Task<(int Status, string Html)> Get(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Posts a form as a browser would: loads <paramref name="page"/> first for its antiforgery token (and cookie),
    /// then posts <paramref name="fields"/> to <paramref name="action"/>. Redirects are not followed.
    /// </summary>
    public Task<(int Status, string Html, string? Location)> Post(string page, string action, params (string Name, string Value)[] fields) =>
        Post(Client, page, action, fields);

    /// <summary>Posts a form from <paramref name="client"/>, as <see cref="Post(string, string, ValueTuple{string, string}[])"/> does.</summary>
    public static async Task<(int Status, string Html, string? Location)> Post(HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (_, html) = await Get(client, page);
        var token = TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : "";
        var form = fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex TokenPattern();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Visitor.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Ingests a text as a source with its extracted candidates, as the ingest pipeline would.</summary>
    internal static long Add(SqliteLedger ledger, string text, string language, string title, LocalDate published)
    {
        var annotation = Extractor.Extract(text, new AnnotationSource(title, published.ToString("yyyy-MM-dd", null), language, "Test Wire", null, [], ""));
        var source = new Domain.Source(0, "", language + ".txt", "text", language, title, published, "Test Wire", null, [], false,
            SystemClock.Instance.GetCurrentInstant(), text);
        return ledger.AddSource(source, System.Text.Encoding.UTF8.GetBytes(text), annotation).SourceId;
    }
}
