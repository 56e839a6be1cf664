using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Daftar.Storage;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>An analyst's program records verdicts and reviews evidence through the API, audited on channel "api".</summary>
public sealed class SayDoApiWriteTests : IDisposable
{
    private readonly SayDoWebFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    private HttpClient Analyst()
    {
        var client = fixture.Web.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.AnalystToken);
        return client;
    }

    [Fact]
    [Exercises("POST /api/v1/assessments")]
    public async Task A_verdict_recorded_through_the_api_stands_and_is_audited()
    {
        using var analyst = Analyst();
        var body = new { actor = "Sadrist movement", issue = "state control of arms", verdict = "mixed", basis = "A hand-over, then an attack." };

        using var response = await analyst.PostAsJsonAsync(new Uri("/api/v1/assessments", UriKind.Relative), body);
        using var refused = await fixture.Web.Visitor.PostAsJsonAsync(new Uri("/api/v1/assessments", UriKind.Relative), body);
        using var bad = await analyst.PostAsJsonAsync(new Uri("/api/v1/assessments", UriKind.Relative), body with { verdict = "sideways" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("mixed", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var ledger = SqliteLedger.Open(fixture.Web.LedgerPath);
        var record = ledger.AuditLog(entryKind: "assessment")[0];
        Assert.Equal(("assessment-recorded", "api", WebFixture.AnalystName), (record.Action, record.Channel, record.Account));
    }

    [Fact]
    [Exercises("POST /api/v1/evidence/{id}/review")]
    public async Task A_suggestion_is_confirmed_once_and_a_stale_or_unknown_one_is_refused()
    {
        using var analyst = Analyst();
        var id = fixture.CandidateIds[0];

        using var confirmed = await analyst.PostAsJsonAsync(new Uri($"/api/v1/evidence/{id}/review", UriKind.Relative),
            new { state = "accepted", bearing = "consistent", basis = "They handed the posts over.", expectedVersion = 0 });
        using var stale = await analyst.PostAsJsonAsync(new Uri($"/api/v1/evidence/{id}/review", UriKind.Relative),
            new { state = "rejected", expectedVersion = 0 });
        using var unknown = await analyst.PostAsJsonAsync(new Uri("/api/v1/evidence/99999/review", UriKind.Relative),
            new { state = "rejected", expectedVersion = 0 });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        using var json = JsonDocument.Parse(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(("accepted", "consistent"), (json.RootElement.GetProperty("review").GetString(), json.RootElement.GetProperty("bearing").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var ledger = SqliteLedger.Open(fixture.Web.LedgerPath);
        Assert.Equal("api", ledger.AuditLog(entryKind: "evidence", entryId: id.ToString(System.Globalization.CultureInfo.InvariantCulture))[0].Channel);
    }
}
