using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using Xunit;

namespace Daftar.Tests.Storage;

/// <summary>The public's connection reads accepted, non-confidential entries only, and cannot write.</summary>
public sealed class PublicAudienceTests : IDisposable
{
    private const string OpenText =
        "Muqtada al-Sadr said on Sunday, March 17, 2024: “The talks will resume next week.” A senior Sadrist said “the others have a month”.";

    private const string SecretText =
        "Hadi al-Amiri said on Monday, March 18, 2024: “Zephyrcanary talks are over.”";

    private readonly TemporaryLedger temporary = new();
    private readonly long openId;
    private readonly long secretId;

    public PublicAudienceTests()
    {
        var published = new AnnotationSource(null, "2024-03-18", "en", null, null, [], "");
        openId = temporary.Ledger.AddSource(Samples.Source(OpenText, "Open report"), Samples.Bytes(OpenText), Extractor.Extract(OpenText, published)).SourceId;
        secretId = temporary.Ledger.AddSource(Samples.Source(SecretText, "Zephyrcanary memo"), Samples.Bytes(SecretText), Extractor.Extract(SecretText, published)).SourceId;
        temporary.Ledger.SetSourceConfidential(secretId, true);
    }

    public void Dispose() => temporary.Dispose();

    private SqliteLedger Analyst => temporary.Ledger;

    private SqliteLedger OpenPublic() => SqliteLedger.Open(temporary.PathOf("ledger.db"), LedgerAudience.Public);

    [Fact]
    public void Candidates_are_not_public_and_accepted_ones_are()
    {
        var quote = Analyst.EntriesOf(openId).Quotes[0];
        using (var before = OpenPublic())
            Assert.Empty(before.EntriesOf(openId).Quotes);

        Analyst.SetReview(EntryKind.Quote, quote.Id, ReviewState.Accepted, 0);

        using var after = OpenPublic();
        Assert.Equal([quote.Id], after.EntriesOf(openId).Quotes.Select(q => q.Id));
    }

    [Fact]
    public void A_confidential_source_and_everything_citing_it_are_invisible()
    {
        foreach (var q in Analyst.EntriesOf(secretId).Quotes)
            Analyst.SetReview(EntryKind.Quote, q.Id, ReviewState.Accepted, 0);

        using var open = OpenPublic();
        Assert.Null(open.GetSource(secretId));
        Assert.NotNull(open.GetSource(openId));
        Assert.DoesNotContain(open.ListSources(), s => s.Id == secretId);
        Assert.Empty(open.EntriesOf(secretId).Quotes);
        Assert.Empty(open.Search("Zephyrcanary"));
        Assert.Empty(open.Export().Sources.Where(s => s.Source.Id == secretId));
        Assert.NotEmpty(Analyst.Search("Zephyrcanary"));
    }

    [Fact]
    public void A_confidential_speaker_stays_unnamed_but_keeps_the_public_description()
    {
        var anonymous = Analyst.EntriesOf(openId).Quotes[1];
        Analyst.AddActor(new Actor("zephyr-informant", "Zephyr Informant", ActorType.Person, [], ReviewState.Accepted));
        var outcome = Analyst.SetSpeaker(anonymous.Id, new Speaker("zephyr-informant", "a senior Sadrist", true, true), 0);
        Assert.Equal(ReviewStatus.Applied, outcome.Status);

        using var open = OpenPublic();
        var seen = Assert.Single(open.EntriesOf(openId).Quotes);
        Assert.Null(seen.Speaker.ActorId);
        Assert.Equal("a senior Sadrist", seen.Speaker.Description);
        Assert.False(seen.Speaker.Confidential);
        Assert.Null(open.GetActor("zephyr-informant"));
        Assert.Empty(open.QuotesBy("zephyr-informant"));
    }

    [Fact]
    public void Confidential_notes_accounts_and_the_audit_log_are_unreadable()
    {
        Analyst.AddNote(openId, "Zephyrcanary met the source at the café.");
        Analyst.AddNote(openId, "Published in print too.", confidential: false);
        Analyst.AddAccount("amal", AccountRole.Analyst, "hash");

        using var open = OpenPublic();
        Assert.Equal(["Published in print too."], open.NotesOf(openId).Select(n => n.Text));
        Assert.Empty(open.ListAccounts());
        Assert.Empty(open.AuditLog());
        Assert.Equal(2, Analyst.NotesOf(openId).Count);
    }

    [Fact]
    public void The_public_connection_cannot_write()
    {
        using var open = OpenPublic();
        Assert.ThrowsAny<Exception>(() => open.SetSourceConfidential(secretId, false));
        Assert.ThrowsAny<Exception>(() => open.AddNote(openId, "x"));
        Assert.True(Analyst.GetSource(secretId)!.Confidential);
    }

    [Fact]
    public void Accepting_a_quotation_vouches_for_its_speaker_who_then_is_public()
    {
        var quote = Analyst.EntriesOf(openId).Quotes[0];
        Assert.Equal("moqtada-al-sadr", quote.Speaker.ActorId);
        using (var before = OpenPublic())
            Assert.Null(before.GetActor("moqtada-al-sadr"));

        Analyst.SetReview(EntryKind.Quote, quote.Id, ReviewState.Accepted, 0);

        using var after = OpenPublic();
        Assert.Equal(ReviewState.Accepted, after.GetActor("moqtada-al-sadr")?.Review);
        Assert.Equal("moqtada-al-sadr", Assert.Single(after.EntriesOf(openId).Quotes).Speaker.ActorId);
    }
}
