using System.Net.Http.Headers;
using System.Text.Json;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Daftar.Web.Tests;

/// <summary>
/// The app of <see cref="WebFixture"/> with a ledger the public can see part of: every entry of the English and Arabic
/// reports accepted, and canaries that must never reach the public: a confidential source (its title, a word of its
/// text, an actor named only there), a confidential speaker of a public quotation, and a confidential note. API tokens
/// for the analyst, the reader and the admin.
/// </summary>
public sealed class ApiFixture : IDisposable
{
    /// <summary>The confidential source's title.</summary>
    public const string SecretTitle = "Quillwort memo on the Badr talks";

    /// <summary>A word only the confidential source holds.</summary>
    public const string SecretWord = "Zanzibarcanary";

    /// <summary>An actor named only in the confidential source.</summary>
    public const string SecretActor = "hadi-al-amiri";

    /// <summary>The confidential speaker of a public quotation: its id and name.</summary>
    public const string InformantId = "zephyr-informant";

    public const string InformantName = "Zephyr Informant";

    /// <summary>A confidential note's text.</summary>
    public const string SecretNote = "Notecanary: the informant met us twice";

    private const string SecretText =
        "Hadi al-Amiri said on Monday, March 18, 2024: \"The Zanzibarcanary talks are over.\" Badr forces withdrew from Samarra the same day.";

    /// <summary>A public report in which Sadr states positions.</summary>
    public const string Terms =
        "Sadr sets out his terms\n\nNAJAF, May 2, 2024 - Moqtada al-Sadr said in a statement: \u201cWe completely reject arms outside the control of the state.\u201d "
        + "He added: \u201cWe demand the departure of all foreign troops.\u201d";

    public ApiFixture()
    {
        Web = new WebFixture();
        using var ledger = SqliteLedger.Open(Web.LedgerPath);
        TermsId = AddSource(ledger, Terms, "Sadr sets out his terms", "terms.txt", new LocalDate(2024, 5, 2));
        SecretId = AddSource(ledger, SecretText, SecretTitle, "memo.txt", new LocalDate(2024, 3, 18));
        foreach (var sourceId in new[] { Web.EnglishId, Web.ArabicId, TermsId, SecretId })
            AcceptEverything(ledger, sourceId);
        using (var connection = new SqliteConnection($"Data Source={Web.LedgerPath};Pooling=False"))
        {
            // Accepting an actor has no method of its own yet (the pages accept actors by naming, merging or
            // splitting them); the fixture sets it as a reviewer's work would.
            connection.Open();
            using var accept = connection.CreateCommand();
            accept.CommandText = "UPDATE actors SET review = 'accepted'";
            accept.ExecuteNonQuery();
        }

        ledger.SetSourceConfidential(SecretId, true);
        ledger.AddNote(Web.EnglishId, SecretNote);

        // "A senior Sadrist told reporters …": the analysts know who it was, and keep it to themselves.
        ledger.AddActor(new Actor(InformantId, InformantName, ActorType.Person, [], ReviewState.Accepted));
        var described = ledger.EntriesOf(Web.EnglishId).Quotes.Single(q => q.Speaker.Description is { } d && d.Contains("Sadrist", StringComparison.Ordinal));
        InformantQuoteId = described.Id;
        ledger.SetSpeaker(described.Id, described.Speaker with { ActorId = InformantId, Confidential = true }, ledger.VersionOf(EntryKind.Quote, described.Id)!.Value);

        AnalystToken = ledger.AddApiToken(WebFixture.AnalystName, "tests");
        ReaderToken = ledger.AddApiToken(WebFixture.ReaderName, "tests");
        AdminToken = ledger.AddApiToken(WebFixture.AdminName, "tests");
    }

    public WebFixture Web { get; }

    public long SecretId { get; }

    /// <summary>The public report of <see cref="Terms"/>.</summary>
    public long TermsId { get; }

    /// <summary>The public quotation whose speaker is confidential.</summary>
    public long InformantQuoteId { get; }

    public string AnalystToken { get; }

    public string ReaderToken { get; }

    public string AdminToken { get; }

    /// <summary>Every text that must not reach the public, whatever it asks.</summary>
    public static IReadOnlyList<string> Canaries { get; } =
        [SecretTitle, SecretWord, SecretActor, "Hadi al-Amiri", "هادي العامري", InformantId, InformantName, "Notecanary"];

    /// <summary>A client of the app that sends this token (none: a visitor).</summary>
    public HttpClient Client(string? token = null)
    {
        var client = Web.NewClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A GET's status, content type and body, the body parsed when it is JSON.</summary>
    public static async Task<ApiAnswer> Get(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await ApiAnswer.Read(response);
    }

    public void Dispose() => Web.Dispose();

    private static long AddSource(SqliteLedger ledger, string text, string title, string name, LocalDate published)
    {
        var annotation = Extractor.Extract(text, new AnnotationSource(title, published.ToString("yyyy-MM-dd", null), "en", null, null, [], ""));
        var source = new Source(0, "", name, "text", "en", title, published, null, null, [], false, SystemClock.Instance.GetCurrentInstant(), text);
        return ledger.AddSource(source, System.Text.Encoding.UTF8.GetBytes(text), annotation).SourceId;
    }

    private static void AcceptEverything(SqliteLedger ledger, long sourceId)
    {
        var entries = ledger.EntriesOf(sourceId);
        var all = entries.Quotes.Select(q => (EntryKind.Quote, q.Id))
            .Concat(entries.Timexes.Select(t => (EntryKind.Timex, t.Id)))
            .Concat(entries.Relations.Select(r => (EntryKind.Relation, r.Id)))
            .Concat(entries.Events.Select(e => (EntryKind.Event, e.Id)))
            .Concat(entries.Positions.Select(p => (EntryKind.Position, p.Id)));
        foreach (var (kind, id) in all)
            ledger.SetReview(kind, id, ReviewState.Accepted, ledger.VersionOf(kind, id)!.Value);
    }
}

/// <summary>An API answer: status, media type, the body as sent, and as JSON when it is JSON (and where it points, for a 201).</summary>
public sealed record ApiAnswer(int Status, string? MediaType, string Body, JsonElement Json, string? Location = null)
{
    public static async Task<ApiAnswer> Read(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        var media = response.Content.Headers.ContentType?.MediaType;
        var json = media is "application/json" or "application/problem+json" && body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return new ApiAnswer((int)response.StatusCode, media, body, json);
    }

    /// <summary>The ids of a page's items.</summary>
    public IReadOnlyList<long> Ids => [.. Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];

    public IReadOnlyList<JsonElement> Items => [.. Json.GetProperty("items").EnumerateArray()];
}
