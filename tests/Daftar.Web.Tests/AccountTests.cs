using System.Globalization;
using System.Net;
using Daftar.Domain;
using Daftar.Storage;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Accounts and roles on the site: sign-in, what each role sees and may do, anti-forgery, the audit log, notes.</summary>
public sealed class AccountTests : IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly WebFixture web = new();

    public void Dispose() => web.Dispose();

    private string SourcePage => $"/en/sources/{web.EnglishId}";

    private (long Id, long Version) FirstQuote()
    {
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        var quote = ledger.EntriesOf(web.EnglishId).Quotes[0];
        return (quote.Id, ledger.VersionOf(EntryKind.Quote, quote.Id)!.Value);
    }

    private ReviewState ReviewOf(long quoteId)
    {
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        return ledger.ListQuotes().Single(q => q.Id == quoteId).Review;
    }

    // The form's antiforgery token comes from a page that has one for this client (a visitor's source page has no form).
    private Task<(int Status, string Html, string? Location)> Accept(HttpClient client, long id, long version) =>
        WebFixture.Post(client, "/en/sign-in", SourcePage + "?handler=Review",
            ("kind", "Quote"), ("entry", id.ToString(Inv)), ("version", version.ToString(Inv)), ("state", "Accepted"));

    [Fact]
    public async Task A_visitor_sees_no_candidates_and_no_review_controls()
    {
        var (status, html) = await WebFixture.Get(web.Visitor, SourcePage);

        Assert.Equal(200, status);
        Assert.DoesNotContain("What happened in Samarra", html[html.IndexOf("<aside", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Review", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Confidential", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/en/review\"", html, StringComparison.Ordinal);
        Assert.Contains("/en/sign-in", html, StringComparison.Ordinal);

        var (_, analystHtml) = await web.Get(SourcePage);
        Assert.Contains("handler=Review", analystHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_quotation_becomes_public()
    {
        var (id, version) = FirstQuote();
        await Accept(web.Client, id, version);

        var (_, html) = await WebFixture.Get(web.Visitor, SourcePage);

        Assert.Contains($"id=\"quote-{id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Review", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_cannot_review_open_the_queue_or_upload()
    {
        var (id, version) = FirstQuote();

        var (status, _, _) = await Accept(web.Visitor, id, version);
        Assert.Equal(401, status);
        Assert.Equal(ReviewState.Candidate, ReviewOf(id));

        Assert.Equal(401, (await WebFixture.Get(web.Visitor, "/en/review")).Status);
        using var content = new MultipartFormDataContent { { new StringContent("A text."), "files", "a.txt" } };
        using var upload = await web.Visitor.PostAsync(new Uri("/en/sources?handler=Upload", UriKind.Relative), content);
        Assert.True(upload.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, upload.StatusCode.ToString());
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        Assert.Equal(2, ledger.ListSources().Count);
    }

    [Fact]
    public async Task A_reader_is_refused_review_with_403()
    {
        using var reader = web.NewClient();
        Assert.Equal(302, (await WebFixture.SignIn(reader, WebFixture.ReaderName, WebFixture.Password)).Status);
        var (id, version) = FirstQuote();

        var (status, _, _) = await Accept(reader, id, version);

        Assert.Equal(403, status);
        Assert.Equal(ReviewState.Candidate, ReviewOf(id));
        Assert.Equal(403, (await WebFixture.Get(reader, "/en/review")).Status);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        using var client = web.NewClient();

        var (wrongPassword, html, _) = await WebFixture.SignIn(client, WebFixture.AnalystName, "not the password at all");
        var (noSuchAccount, html2, _) = await WebFixture.SignIn(client, "nobody-here", "not the password at all");

        Assert.Equal(401, wrongPassword);
        Assert.Equal(401, noSuchAccount);
        Assert.Contains("do not match", html, StringComparison.Ordinal);
        Assert.Contains("do not match", html2, StringComparison.Ordinal);
        Assert.Equal(401, (await WebFixture.Get(client, "/en/review")).Status);
    }

    [Fact]
    public async Task Sign_in_returns_only_to_a_page_of_this_site()
    {
        using var client = web.NewClient();

        var (_, _, local) = await WebFixture.Post(client, "/en/sign-in", "/en/sign-in?returnUrl=%2Fen%2Ftimeline",
            ("name", WebFixture.AnalystName), ("password", WebFixture.Password));
        var (_, _, elsewhere) = await WebFixture.Post(client, "/en/sign-in", "/en/sign-in?returnUrl=%2F%2Fevil.example%2F",
            ("name", WebFixture.AnalystName), ("password", WebFixture.Password));

        Assert.Equal("/en/timeline", local);
        Assert.Equal("/en/", elsewhere);
    }

    [Fact]
    public async Task A_return_address_with_a_control_character_goes_home_not_to_an_error()
    {
        using var client = web.NewClient();

        var (status, _, location) = await WebFixture.Post(client, "/en/sign-in", "/en/sign-in?returnUrl=%2F%09%2Fevil.example%2F",
            ("name", WebFixture.AnalystName), ("password", WebFixture.Password));

        Assert.Equal((302, "/en/"), (status, location));
    }

    [Fact]
    public async Task A_confidentiality_form_that_lost_its_value_changes_nothing()
    {
        using (var ledger = SqliteLedger.Open(web.LedgerPath))
            ledger.SetSourceConfidential(web.EnglishId, true);

        var (status, _, _) = await web.Post(SourcePage, SourcePage + "?handler=Confidential");

        Assert.Equal(400, status);
        using var after = SqliteLedger.Open(web.LedgerPath);
        Assert.True(after.GetSource(web.EnglishId)!.Confidential);
    }

    [Fact]
    public async Task What_an_analyst_downloads_is_marked_private_for_every_cache()
    {
        using var response = await web.Client.GetAsync(new Uri("/export/csv/quotes.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Private == true && response.Headers.CacheControl.NoStore, response.Headers.CacheControl?.ToString());
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (id, version) = FirstQuote();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["kind"] = "Quote", ["entry"] = id.ToString(Inv), ["version"] = version.ToString(Inv), ["state"] = "Accepted",
        });

        using var response = await web.Client.PostAsync(new Uri(SourcePage + "?handler=Review", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ReviewState.Candidate, ReviewOf(id));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = web.NewClient();
        await WebFixture.SignIn(client, WebFixture.AnalystName, WebFixture.Password);
        Assert.Equal(200, (await WebFixture.Get(client, "/en/review")).Status);

        var (status, _, _) = await WebFixture.Post(client, "/en/", "/en/sign-out");

        Assert.Equal(302, status);
        Assert.Equal(401, (await WebFixture.Get(client, "/en/review")).Status);
    }

    [Fact]
    public async Task A_new_password_ends_earlier_sign_ins()
    {
        using var client = web.NewClient();
        await WebFixture.SignIn(client, WebFixture.AnalystName, WebFixture.Password);
        using (var ledger = SqliteLedger.Open(web.LedgerPath))
            ledger.UpdateAccount(WebFixture.AnalystName, AccountRole.Analyst, Accounts.PasswordHashing.Hash("another long password"));

        Assert.Equal(401, (await WebFixture.Get(client, "/en/review")).Status);
    }

    [Fact]
    public async Task A_review_through_the_web_is_in_the_audit_log_with_who_and_before_and_after()
    {
        var (id, version) = FirstQuote();
        await Accept(web.Client, id, version);

        using var ledger = SqliteLedger.Open(web.LedgerPath);
        var record = Assert.Single(ledger.AuditLog(entryKind: "quote", entryId: id.ToString(Inv)));
        Assert.Equal((WebFixture.AnalystName, "web", "review"), (record.Account, record.Channel, record.Action));
        Assert.Contains("\"review\":\"candidate\"", record.Before, StringComparison.Ordinal);
        Assert.Contains("\"review\":\"accepted\"", record.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_a_source_confidential_is_audited_and_hides_it_from_visitors()
    {
        var (status, _, _) = await web.Post(SourcePage, SourcePage + "?handler=Confidential", ("confidential", "true"));
        Assert.Equal(302, status);

        Assert.Equal(404, (await WebFixture.Get(web.Visitor, SourcePage)).Status);
        var (_, list) = await WebFixture.Get(web.Visitor, "/en/sources");
        Assert.DoesNotContain("Militia hands Samarra", list, StringComparison.Ordinal);
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        var record = Assert.Single(ledger.AuditLog(entryKind: "source"));
        Assert.Equal(("confidentiality", WebFixture.AnalystName), (record.Action, record.Account));
        Assert.Contains("\"confidential\":1", record.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_read_the_audit_log()
    {
        var (id, version) = FirstQuote();
        await Accept(web.Client, id, version);
        using var admin = web.NewClient();
        await WebFixture.SignIn(admin, WebFixture.AdminName, WebFixture.Password);

        var (status, html) = await WebFixture.Get(admin, "/en/audit");
        var (csvStatus, csv) = await WebFixture.Get(admin, "/audit/export.csv");

        Assert.Equal(200, status);
        Assert.Contains(WebFixture.AnalystName, html, StringComparison.Ordinal);
        Assert.Equal(200, csvStatus);
        Assert.StartsWith("id,at,account", csv, StringComparison.Ordinal);
        Assert.Contains("\"review\"", csv, StringComparison.Ordinal);
        Assert.Equal(403, (await web.Get("/en/audit")).Status);
        Assert.Equal(401, (await WebFixture.Get(web.Visitor, "/en/audit")).Status);
        Assert.Equal(401, (await WebFixture.Get(web.Visitor, "/audit/export.json")).Status);
    }

    [Fact]
    public async Task A_confidential_note_stays_with_analysts_and_a_public_one_is_shown()
    {
        await web.Post(SourcePage, SourcePage + "?handler=Note", ("text", "Quasarcanary told us this at dinner."), ("confidential", "true"), ("confidential", "false"));
        await web.Post(SourcePage, SourcePage + "?handler=Note", ("text", "Also reported on the radio."), ("confidential", "false"));

        var (_, analyst) = await web.Get(SourcePage);
        var (_, visitor) = await WebFixture.Get(web.Visitor, SourcePage);

        Assert.Contains("Quasarcanary", analyst, StringComparison.Ordinal);
        Assert.Contains("Also reported on the radio.", analyst, StringComparison.Ordinal);
        Assert.DoesNotContain("Quasarcanary", visitor, StringComparison.Ordinal);
        Assert.Contains("Also reported on the radio.", visitor, StringComparison.Ordinal);
    }
}

/// <summary>Sign-in attempts are limited per client address.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly WebFixture web = new(path => new WebOptions(path, Port: 0, SignInAttemptsPerMinute: 3));

    public void Dispose() => web.Dispose();

    [Fact]
    public async Task Attempts_beyond_the_limit_get_429_even_with_the_right_password()
    {
        // The fixture's own sign-in used one attempt.
        using var client = web.NewClient();
        var first = await WebFixture.SignIn(client, WebFixture.AnalystName, "wrong password one");
        var second = await WebFixture.SignIn(client, WebFixture.AnalystName, "wrong password two");
        var third = await WebFixture.SignIn(client, WebFixture.AnalystName, WebFixture.Password);

        Assert.Equal((401, 401, 429), (first.Status, second.Status, third.Status));
        Assert.Contains("Too many attempts", third.Html, StringComparison.Ordinal);
        Assert.Equal(401, (await WebFixture.Get(client, "/en/review")).Status);
    }
}

/// <summary>A private site: every page asks for an account; readers then see the public view.</summary>
public sealed class PrivateSiteTests : IDisposable
{
    private readonly WebFixture web = new(path => new WebOptions(path, Port: 0, Private: true, SignInAttemptsPerMinute: 1000));

    public void Dispose() => web.Dispose();

    [Fact]
    public async Task Visitors_are_asked_to_sign_in_and_readers_read()
    {
        Assert.Equal(401, (await WebFixture.Get(web.Visitor, "/en/sources")).Status);
        Assert.Equal(200, (await WebFixture.Get(web.Visitor, "/en/sign-in")).Status);
        using var reader = web.NewClient();
        await WebFixture.SignIn(reader, WebFixture.ReaderName, WebFixture.Password);

        var (status, html) = await WebFixture.Get(reader, "/en/sources");

        Assert.Equal(200, status);
        Assert.DoesNotContain("handler=Upload", html, StringComparison.Ordinal);
    }
}
