using System.Globalization;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>
/// The app of <see cref="WebFixture"/> with invented reports for say and do: the Sadrist movement's pledge on arms, a
/// later attack by its armed wing (evidence confirmed), a hand-over (still a suggestion) and a confidential report of
/// another attack (confirmed, but never public).
/// </summary>
public sealed class SayDoWebFixture : IDisposable
{
    /// <summary>A word only the confidential report holds.</summary>
    public const string Canary = "Quokkacanary";

    public SayDoWebFixture()
    {
        Web = new WebFixture();
        using var ledger = SqliteLedger.Open(Web.LedgerPath);
        var pledge = WebFixture.Add(ledger,
            "The Sadrist movement wants all arms under the control of the state, its spokesman said on Monday. "
            + "Saraya al-Salam, the armed wing of the Sadrist movement, holds positions in Samarra.", "en", "Sadrists pledge arms under state control", new LocalDate(2020, 3, 2));
        var attack = WebFixture.Add(ledger,
            "Fighters of Saraya al-Salam attacked an army base near Samarra on Sunday, April 19, 2020, keeping their weapons outside state control.",
            "en", "Saraya al-Salam attack a base", new LocalDate(2020, 4, 20));
        SecretId = WebFixture.Add(ledger,
            $"Fighters of Saraya al-Salam attacked the {Canary} checkpoint near Balad on Friday, April 24, 2020, keeping their weapons outside state control.",
            "en", "Balad incident memo", new LocalDate(2020, 4, 25));
        HandOverId = WebFixture.Add(ledger,
            "Saraya al-Salam withdrew its fighters from Balad on Tuesday, May 5, 2020, and handed its positions to the army, putting its weapons under state control.",
            "en", "Saraya al-Salam leave Balad", new LocalDate(2020, 5, 6));
        foreach (var id in new[] { pledge, attack, SecretId, HandOverId })
        {
            var entries = ledger.EntriesOf(id);
            foreach (var (kind, entry) in entries.Relations.Select(r => (EntryKind.Relation, r.Id)).Concat(entries.Events.Select(e => (EntryKind.Event, e.Id)))
                         .Concat(entries.Positions.Select(p => (EntryKind.Position, p.Id))))
                ledger.SetReview(kind, entry, ReviewState.Accepted, ledger.VersionOf(kind, entry)!.Value);
        }

        using (var connection = new SqliteConnection($"Data Source={Web.LedgerPath};Pooling=False"))
        {
            // As ApiFixture does: every actor accepted, as a reviewer's work would.
            connection.Open();
            using var accept = connection.CreateCommand();
            accept.CommandText = "UPDATE actors SET review = 'accepted'";
            accept.ExecuteNonQuery();
        }

        ledger.SetSourceConfidential(SecretId, true);
        var suggested = ledger.SuggestEvidence("sadrist-movement");
        bool From(Evidence e, long sourceId) => e.EntryKind == EvidenceKind.Event && ledger.EntriesOf(sourceId).Events.Any(x => x.Id == e.EntryId);
        ConfirmedId = suggested.First(e => From(e, attack)).Id;
        SecretEvidenceId = suggested.First(e => From(e, SecretId)).Id;
        CandidateIds = [.. suggested.Where(e => From(e, HandOverId)).Select(e => e.Id)];
        ledger.ReviewEvidence(ConfirmedId, ReviewState.Accepted, 0, basis: "The attack came seven weeks after the pledge.");
        ledger.ReviewEvidence(SecretEvidenceId, ReviewState.Accepted, 0, basis: $"The {Canary} memo reports a second attack.");
        ledger.Editor = new Editor(WebFixture.AnalystName, "cli");
        ledger.RecordAssessment("sadrist-movement", "state-control-of-arms", Verdict.Inconsistent, "Its armed wing attacked a base seven weeks later.");
        AnalystToken = ledger.AddApiToken(WebFixture.AnalystName, "tests");
    }

    public WebFixture Web { get; }

    public long SecretId { get; }

    public long HandOverId { get; }

    public long ConfirmedId { get; }

    public long SecretEvidenceId { get; }

    /// <summary>Suggestions left for review (the hand-over).</summary>
    public IReadOnlyList<long> CandidateIds { get; }

    public string AnalystToken { get; }

    public void Dispose() => Web.Dispose();
}

/// <summary>The actor page's "Say and do" section and the say-and-do API.</summary>
public sealed class SayDoWebTests(SayDoWebFixture fixture) : IClassFixture<SayDoWebFixture>
{
    private WebFixture Web => fixture.Web;

    private static string Anchor(long id) => "id=\"evidence-" + id.ToString(CultureInfo.InvariantCulture) + "\"";

    [Fact]
    public async Task An_analyst_sees_verdicts_evidence_suggestions_and_forms_in_both_languages()
    {
        var (status, html) = await Web.Get("/en/actors/sadrist-movement");
        Assert.Equal(200, status);
        Assert.Contains("Say and do", html, StringComparison.Ordinal);
        Assert.Contains("state control of arms", html, StringComparison.Ordinal);
        Assert.Contains(Anchor(fixture.ConfirmedId), html, StringComparison.Ordinal);
        Assert.All(fixture.CandidateIds, id => Assert.Contains(Anchor(id), html, StringComparison.Ordinal));
        Assert.Contains("handler=Evidence", html, StringComparison.Ordinal);
        Assert.Contains("handler=Assess", html, StringComparison.Ordinal);
        Assert.Contains("Its armed wing attacked a base seven weeks later.", html, StringComparison.Ordinal);
        Assert.Contains(WebFixture.AnalystName, html, StringComparison.Ordinal);

        var (arabicStatus, arabic) = await Web.Get("/ar/actors/sadrist-movement");
        Assert.Equal(200, arabicStatus);
        Assert.Contains("القول والفعل", arabic, StringComparison.Ordinal);
        Assert.Contains("غير متسق", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_sees_confirmed_public_evidence_only_no_forms_and_no_analyst_names()
    {
        var (status, html) = await WebFixture.Get(Web.Visitor, "/en/actors/sadrist-movement");
        Assert.Equal(200, status);
        Assert.Contains(Anchor(fixture.ConfirmedId), html, StringComparison.Ordinal);
        Assert.DoesNotContain(Anchor(fixture.SecretEvidenceId), html, StringComparison.Ordinal);
        Assert.DoesNotContain(SayDoWebFixture.Canary, html, StringComparison.OrdinalIgnoreCase);
        Assert.All(fixture.CandidateIds, id => Assert.DoesNotContain(Anchor(id), html, StringComparison.Ordinal));
        Assert.DoesNotContain("handler=Evidence", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Assess", html, StringComparison.Ordinal);
        Assert.Contains("Its armed wing attacked a base seven weeks later.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + WebFixture.AnalystName + "<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_cannot_post_the_forms()
    {
        var id = fixture.ConfirmedId;
        var (status, _, _) = await WebFixture.Post(Web.Visitor, "/en/actors/sadrist-movement", "/en/actors/sadrist-movement?handler=Evidence",
            ("evidence", id.ToString(CultureInfo.InvariantCulture)), ("version", "1"), ("state", "rejected"));
        Assert.True(status is 302 or 400 or 401 or 403, $"status {status}"); // refused (no form, so no antiforgery token), or sent to sign in
        using var ledger = SqliteLedger.Open(Web.LedgerPath);
        Assert.Equal(ReviewState.Accepted, ledger.GetEvidence(id)!.Evidence.Review);
    }

    [Fact]
    public async Task An_analyst_confirms_a_suggestion_with_a_bearing_and_records_a_verdict()
    {
        var id = fixture.CandidateIds[^1];
        var (status, _, location) = await Web.Post("/en/actors/sadrist-movement", "/en/actors/sadrist-movement?handler=Evidence",
            ("evidence", id.ToString(CultureInfo.InvariantCulture)), ("version", "0"), ("state", "accepted"), ("bearing", "consistent"), ("basis", "The fighters left Balad."));
        Assert.Equal(302, status);
        Assert.EndsWith("#say-do", location, StringComparison.Ordinal);

        var (stale, staleHtml, _) = await Web.Post("/en/actors/sadrist-movement", "/en/actors/sadrist-movement?handler=Evidence",
            ("evidence", id.ToString(CultureInfo.InvariantCulture)), ("version", "0"), ("state", "rejected"));
        Assert.Equal(409, stale);
        Assert.Contains("Someone else changed this entry", staleHtml, StringComparison.Ordinal);

        var (bad, _, _) = await Web.Post("/en/actors/sadrist-movement", "/en/actors/sadrist-movement?handler=Assess",
            ("issue", "state-control-of-arms"), ("verdict", "sometimes"), ("basis", "x"));
        Assert.Equal(400, bad);

        var (recorded, _, _) = await Web.Post("/en/actors/sadrist-movement", "/en/actors/sadrist-movement?handler=Assess",
            ("issue", "state-control-of-arms"), ("verdict", "mixed"), ("basis", "An attack, then a withdrawal."));
        Assert.Equal(302, recorded);

        using var ledger = SqliteLedger.Open(Web.LedgerPath);
        var evidence = ledger.GetEvidence(id)!.Evidence;
        Assert.Equal((ReviewState.Accepted, Bearing.Consistent, "The fighters left Balad."), (evidence.Review, evidence.Bearing, evidence.Basis));
        var assessment = ledger.Assessments("sadrist-movement", "state-control-of-arms").Single();
        Assert.Equal(Verdict.Mixed, assessment.Verdict);
        Assert.True(assessment.History.Length >= 2);
        Assert.Contains(ledger.AuditLog(entryKind: "assessment"), a => a.Channel == "web" && a.Account == WebFixture.AnalystName);
    }

    [Fact]
    [Exercises("GET /api/v1/assessments")]
    public async Task The_assessments_API_gives_verdicts_counts_and_history_and_hides_who_from_the_public()
    {
        using var analyst = new ApiClient(Web, fixture.AnalystToken);
        var all = await ApiFixture.Get(analyst.Http, "/api/v1/assessments?actor=sadrist-movement&issue=state%20control%20of%20arms");
        Assert.Equal(200, all.Status);
        var arms = Assert.Single(all.Items);
        Assert.Equal("support", arms.GetProperty("latestStance").GetString());
        Assert.True(arms.GetProperty("evidence").GetProperty("inconsistent").GetInt32() >= 2);
        Assert.Equal(WebFixture.AnalystName, arms.GetProperty("history")[0].GetProperty("recordedBy").GetString());

        var open = await ApiFixture.Get(Web.Visitor, "/api/v1/assessments?actor=sadrist-movement&issue=state-control-of-arms");
        var publicArms = Assert.Single(open.Items);
        Assert.Equal(1, publicArms.GetProperty("evidence").GetProperty("inconsistent").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, publicArms.GetProperty("history")[0].GetProperty("recordedBy").ValueKind);

        var unknown = await ApiFixture.Get(Web.Visitor, "/api/v1/assessments?issue=weather");
        Assert.Equal(400, unknown.Status);
    }

    [Fact]
    [Exercises("GET /api/v1/evidence")]
    public async Task The_evidence_API_filters_and_the_public_sees_confirmed_public_evidence_only()
    {
        using var analyst = new ApiClient(Web, fixture.AnalystToken);
        var candidates = await ApiFixture.Get(analyst.Http, "/api/v1/evidence?actor=sadrist-movement&review=candidate");
        Assert.Equal(200, candidates.Status);
        Assert.All(candidates.Items, e => Assert.Equal("candidate", e.GetProperty("review").GetString()));

        var open = await ApiFixture.Get(Web.Visitor, "/api/v1/evidence?issue=state-control-of-arms");
        Assert.Equal(200, open.Status);
        Assert.Contains(fixture.ConfirmedId, open.Ids);
        Assert.DoesNotContain(fixture.SecretEvidenceId, open.Ids);
        Assert.Empty((await ApiFixture.Get(Web.Visitor, "/api/v1/evidence?review=candidate")).Ids);
        Assert.DoesNotContain(SayDoWebFixture.Canary, open.Body, StringComparison.OrdinalIgnoreCase);
        var item = open.Items.Single(i => i.GetProperty("id").GetInt64() == fixture.ConfirmedId);
        Assert.Equal("inconsistent", item.GetProperty("bearing").GetString());
        Assert.Equal("saraya-al-salam", item.GetProperty("entryActorId").GetString());

        var byPosition = await ApiFixture.Get(Web.Visitor, "/api/v1/evidence?position=" + item.GetProperty("position").GetProperty("id").GetInt64());
        Assert.Contains(fixture.ConfirmedId, byPosition.Ids);
        Assert.Equal(400, (await ApiFixture.Get(Web.Visitor, "/api/v1/evidence?position=abc")).Status);
    }

    /// <summary>An HTTP client with an API token.</summary>
    private sealed class ApiClient : IDisposable
    {
        public ApiClient(WebFixture web, string token)
        {
            Http = web.NewClient();
            Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        public HttpClient Http { get; }

        public void Dispose() => Http.Dispose();
    }
}
