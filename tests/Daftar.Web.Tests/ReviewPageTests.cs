using System.Text.RegularExpressions;
using Daftar.Storage;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>Review through the pages: accept, reject, change a speaker, the queue, and two analysts at once.</summary>
public sealed partial class ReviewPageTests : IDisposable
{
    private readonly WebFixture web = new();

    public void Dispose() => web.Dispose();

    private (long Id, long Version) FirstQuote(long sourceId)
    {
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        var quote = ledger.EntriesOf(sourceId).Quotes.First(q => q.Text.Contains("Samarra", StringComparison.Ordinal));
        return (quote.Id, ledger.VersionOf(EntryKind.Quote, quote.Id)!.Value);
    }

    private Domain.Quote Quote(long id)
    {
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        return ledger.ListQuotes().Single(q => q.Id == id);
    }

    [Fact]
    public async Task Accepting_a_quotation_on_its_source_page_sticks_and_shows()
    {
        var page = $"/en/sources/{web.EnglishId}";
        var (id, version) = FirstQuote(web.EnglishId);

        var (status, _, location) = await web.Post(page, page + "?handler=Review",
            ("kind", "Quote"), ("entry", id.ToString(Inv)), ("version", version.ToString(Inv)), ("state", "Accepted"));

        Assert.Equal(302, status);
        Assert.Equal($"/en/sources/{web.EnglishId}#quote-{id}", location);
        Assert.Equal(Domain.ReviewState.Accepted, Quote(id).Review);
        var (_, html) = await web.Get(page);
        Assert.Contains($"class=\"entry review-accepted\" id=\"quote-{id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_analysts_is_told_and_sees_the_current_state()
    {
        var page = $"/en/sources/{web.EnglishId}";
        var (id, version) = FirstQuote(web.EnglishId);
        await web.Post(page, page + "?handler=Review", ("kind", "Quote"), ("entry", id.ToString(Inv)), ("version", version.ToString(Inv)), ("state", "Accepted"));

        // The second analyst's form still carries the old version.
        var (status, html, _) = await web.Post(page, page + "?handler=Review",
            ("kind", "Quote"), ("entry", id.ToString(Inv)), ("version", version.ToString(Inv)), ("state", "Rejected"));

        Assert.Equal(409, status);
        Assert.Contains("Someone else changed this entry", html, StringComparison.Ordinal);
        Assert.Contains($"class=\"entry review-accepted\" id=\"quote-{id}\"", html, StringComparison.Ordinal);
        Assert.Equal(Domain.ReviewState.Accepted, Quote(id).Review);
    }

    [Fact]
    public async Task Changing_the_speaker_moves_the_quotation_to_the_new_actor_s_page()
    {
        var page = $"/ar/sources/{web.EnglishId}";
        var (id, version) = FirstQuote(web.EnglishId);

        var (status, _, _) = await web.Post(page, page + "?handler=Speaker",
            ("entry", id.ToString(Inv)), ("version", version.ToString(Inv)), ("actor", "سرايا السلام"), ("description", "a spokesman"), ("anonymous", "true"));

        Assert.Equal(302, status);
        var quote = Quote(id);
        Assert.Equal("saraya-al-salam", quote.Speaker.ActorId);
        Assert.Equal("a spokesman", quote.Speaker.Description);
        var (_, actorPage) = await web.Get("/en/actors/saraya-al-salam");
        Assert.Contains(quote.Text, actorPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_speaker_keeps_what_the_analyst_typed_and_says_what_is_wrong()
    {
        var page = $"/en/sources/{web.EnglishId}";
        var (id, version) = FirstQuote(web.EnglishId);
        var before = Quote(id).Speaker;

        var (status, html, _) = await web.Post(page, page + "?handler=Speaker",
            ("entry", id.ToString(Inv)), ("version", version.ToString(Inv)), ("actor", "Nobody Atall"));

        Assert.Equal(400, status);
        Assert.Contains("value=\"Nobody Atall\"", html, StringComparison.Ordinal);
        Assert.Contains("No actor has that name", html, StringComparison.Ordinal);
        Assert.Equal(before, Quote(id).Speaker);
    }

    [Fact]
    public async Task The_queue_lists_candidates_with_their_sentence_and_forgets_reviewed_ones()
    {
        var (_, html) = await web.Get("/en/review");
        var first = QueueItem().Match(html);
        Assert.True(first.Success);
        Assert.Contains("class=\"context\"", html, StringComparison.Ordinal);
        Assert.Contains("/assets/review.js", html, StringComparison.Ordinal);
        var (kind, entry, version) = (first.Groups["kind"].Value, first.Groups["entry"].Value, first.Groups["version"].Value);

        var (status, _, location) = await web.Post("/en/review", "/en/review?handler=Review",
            ("kind", kind), ("entry", entry), ("version", version), ("state", "Rejected"));

        Assert.Equal(302, status);
        Assert.Equal("/en/review", location);
        var (_, after) = await web.Get("/en/review");
        var anchor = $"id=\"{kind.ToLowerInvariant()}-{entry}\"";
        Assert.Contains(anchor, html, StringComparison.Ordinal);
        Assert.DoesNotContain(anchor, after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quote", "Bogus", "0")]
    [InlineData("Mention", "Rejected", "0")]
    [InlineData("Quote", "Rejected", "abc")]
    [InlineData("Quote", "Rejected", "")]
    [InlineData("7", "Rejected", "0")]
    [InlineData("Quote", "9", "0")]
    public async Task An_unreadable_review_form_changes_nothing(string kind, string state, string version)
    {
        var page = $"/en/sources/{web.EnglishId}";
        var (id, _) = FirstQuote(web.EnglishId);
        var fields = new List<(string, string)> { ("kind", kind), ("entry", id.ToString(Inv)), ("state", state) };
        if (version.Length > 0)
            fields.Add(("version", version));

        var (status, html, _) = await web.Post(page, page + "?handler=Review", [.. fields]);
        var (queueStatus, _, _) = await web.Post("/en/review", "/en/review?handler=Review", [.. fields]);

        Assert.Equal(400, status);
        Assert.Equal(400, queueStatus);
        Assert.Contains("nothing was changed", html, StringComparison.Ordinal);
        Assert.Equal(Domain.ReviewState.Candidate, Quote(id).Review);
        Assert.Equal(0, FirstQuote(web.EnglishId).Version);
    }

    [Fact]
    public async Task A_source_page_cannot_change_another_source_s_entry()
    {
        var (id, version) = FirstQuote(web.EnglishId);
        var other = $"/en/sources/{web.ArabicId}";

        var (status, _, _) = await web.Post(other, other + "?handler=Review",
            ("kind", "Quote"), ("entry", id.ToString(Inv)), ("version", version.ToString(Inv)), ("state", "Rejected"));

        Assert.Equal(404, status);
        Assert.Equal(Domain.ReviewState.Candidate, Quote(id).Review);
    }

    [Fact]
    public async Task A_refused_speaker_change_vouches_for_nobody()
    {
        var page = $"/en/sources/{web.EnglishId}";
        var (id, _) = FirstQuote(web.EnglishId);

        var (status, _, _) = await web.Post(page, page + "?handler=Speaker", ("entry", id.ToString(Inv)), ("version", "99"), ("actor", "Sadrist movement"));

        Assert.Equal(409, status);
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        Assert.Equal(Domain.ReviewState.Candidate, ledger.FindActors("sadrist-movement").Single().Review);
    }

    [Fact]
    public async Task A_post_to_a_missing_source_gets_the_not_found_page_in_its_language()
    {
        var (status, html, _) = await web.Post("/ar/sources/" + web.ArabicId, "/ar/sources/99999?handler=Review",
            ("kind", "Quote"), ("entry", "1"), ("version", "0"), ("state", "Rejected"));

        Assert.Equal(404, status);
        Assert.Contains("<h1>غير موجود</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_merged_into_another_leaves_its_names_and_mentions_to_it()
    {
        var page = "/en/actors/saraya-al-salam";

        var (bad, badHtml, _) = await web.Post(page, page + "?handler=Merge", ("into", "Nobody Atall"));
        var (status, _, location) = await web.Post(page, page + "?handler=Merge", ("into", "التيار الصدري"));

        Assert.Equal(400, bad);
        Assert.Contains("value=\"Nobody Atall\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(302, status);
        Assert.Equal("/en/actors/sadrist-movement", location);
        Assert.Equal(404, (await web.Get(page)).Status);
        var (_, kept) = await web.Get("/en/actors/sadrist-movement");
        Assert.Contains("سرايا السلام", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_split_off_becomes_its_own_actor()
    {
        using (var ledger = SqliteLedger.Open(web.LedgerPath))
            ledger.AddAlias("saraya-al-salam", "Peace Companies");
        var page = "/en/actors/saraya-al-salam";

        var (status, _, location) = await web.Post(page, page + "?handler=Split", ("alias", "Peace Companies"));
        var (refused, _, _) = await web.Post(page, page + "?handler=Split", ("alias", "Saraya al-Salam"));

        Assert.Equal(302, status);
        Assert.Equal("/en/actors/peace-companies", location);
        Assert.Equal(200, (await web.Get(location!)).Status);
        Assert.Equal(400, refused);
    }

    [Fact]
    public async Task A_date_is_corrected_and_a_malformed_one_kept_for_the_analyst_to_fix()
    {
        var page = $"/en/sources/{web.EnglishId}";
        long timexId;
        using (var ledger = SqliteLedger.Open(web.LedgerPath))
            timexId = ledger.EntriesOf(web.EnglishId).Timexes.First(t => t.Citation.Span.Length > 0).Id;

        var (bad, html, _) = await web.Post(page, page + "?handler=Timex", ("entry", timexId.ToString(Inv)), ("version", "0"), ("value", "last spring"));
        var (status, _, _) = await web.Post(page, page + "?handler=Timex", ("entry", timexId.ToString(Inv)), ("version", "0"), ("value", "2024-04-19"));

        Assert.Equal(400, bad);
        Assert.Contains("value=\"last spring\"", html, StringComparison.Ordinal);
        Assert.Contains("Not a date Daftar reads", html, StringComparison.Ordinal);
        Assert.Equal(302, status);
        using var after = SqliteLedger.Open(web.LedgerPath);
        var timex = after.EntriesOf(web.EnglishId).Timexes.Single(t => t.Id == timexId);
        Assert.Equal(("2024-04-19", Domain.ReviewState.Accepted), (timex.Value, timex.Review));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        using var content = new FormUrlEncodedContent([new("kind", "Quote"), new("entry", "1"), new("version", "0"), new("state", "Rejected")]);

        using var response = await web.Client.PostAsync(new Uri("/en/review?handler=Review", UriKind.Relative), content);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task Uploaded_files_are_ingested_and_each_one_s_fate_is_shown()
    {
        var (_, page) = await web.Get("/en/sources");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("Budget talks\n\nThe council met in Basra on Monday and agreed on the budget after a long debate."u8.ToArray()), "files", "budget.txt" },
            { new ByteArrayContent([]), "files", "empty.md" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(WebFixture.English)), "files", "again.txt" },
        };

        using var response = await web.Client.PostAsync(new Uri("/en/sources?handler=Upload", UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Matches("budget.txt</span>:\\s*<a href=\"/en/sources/\\d+\">added as", html);
        Assert.Contains("class=\"upload-failed\"", html, StringComparison.Ordinal);
        Assert.Contains("already in the ledger as", html, StringComparison.Ordinal);
        using var ledger = SqliteLedger.Open(web.LedgerPath);
        Assert.Equal(3, ledger.ListSources().Count);
    }

    [Fact]
    public async Task An_upload_without_files_says_so()
    {
        var (status, html, _) = await web.Post("/en/sources", "/en/sources?handler=Upload");

        Assert.Equal(400, status);
        Assert.Contains("Choose at least one file.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_added_on_the_actor_page_finds_the_actor()
    {
        var (status, _, location) = await web.Post("/en/actors/saraya-al-salam", "/en/actors/saraya-al-salam?handler=Alias", ("alias", "  Peace Brigades  "));
        var (blank, html, _) = await web.Post("/en/actors/saraya-al-salam", "/en/actors/saraya-al-salam?handler=Alias", ("alias", " "));
        var (missing, _, _) = await web.Post("/en/actors/saraya-al-salam", "/en/actors/nobody?handler=Alias", ("alias", "x"));

        Assert.Equal(302, status);
        Assert.Equal("/en/actors/saraya-al-salam", location);
        using (var ledger = SqliteLedger.Open(web.LedgerPath))
            Assert.Equal("saraya-al-salam", Assert.Single(ledger.FindActors("peace brigades")).Id);
        Assert.Equal(400, blank);
        Assert.Contains("Type a name of at most 200 characters.", html, StringComparison.Ordinal);
        Assert.Equal(404, missing);
    }

    [Fact]
    public async Task A_source_is_marked_confidential_and_back()
    {
        var page = $"/ar/sources/{web.ArabicId}";

        var (status, _, _) = await web.Post(page, page + "?handler=Confidential", ("confidential", "true"));
        var (_, html) = await web.Get(page);

        Assert.Equal(302, status);
        Assert.Contains("<span class=\"badge\">سري</span>", html, StringComparison.Ordinal);
        using (var ledger = SqliteLedger.Open(web.LedgerPath))
            Assert.True(ledger.GetSource(web.ArabicId)!.Confidential);
        await web.Post(page, page + "?handler=Confidential", ("confidential", "false"));
        using (var ledger = SqliteLedger.Open(web.LedgerPath))
            Assert.False(ledger.GetSource(web.ArabicId)!.Confidential);
        Assert.Equal(404, (await web.Post(page, "/ar/sources/99999?handler=Confidential", ("confidential", "true"))).Status);
    }

    [Fact]
    public async Task The_review_script_is_served() => Assert.Equal(200, (await web.Get("/assets/review.js")).Status);

    private static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;

    [GeneratedRegex("name=\"kind\" value=\"(?<kind>\\w+)\"[^<]*<input type=\"hidden\" name=\"entry\" value=\"(?<entry>\\d+)\"[^<]*<input type=\"hidden\" name=\"version\" value=\"(?<version>\\d+)\"")]
    private static partial Regex QueueItem();
}
