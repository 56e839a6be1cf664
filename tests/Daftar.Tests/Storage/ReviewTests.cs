using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using Xunit;

namespace Daftar.Tests.Storage;

/// <summary>Review changes: each names the version it was made from, so two analysts never overwrite each other silently.</summary>
public sealed class ReviewTests : IDisposable
{
    private const string Text =
        "Karim al-Nuri, a senior adviser, said on Sunday, March 17, 2024: “The talks will resume next week.” A senior Sadrist said “the others have a month”.";

    private readonly TemporaryLedger temporary = new();
    private readonly long sourceId;

    public ReviewTests()
    {
        var annotation = Extractor.Extract(Text, new AnnotationSource(null, "2024-03-18", "en", null, null, [], ""));
        sourceId = temporary.Ledger.AddSource(Samples.Source(Text), Samples.Bytes(Text), annotation).SourceId;
    }

    public void Dispose() => temporary.Dispose();

    private SqliteLedger Ledger => temporary.Ledger;

    private Quote FirstQuote() => Ledger.EntriesOf(sourceId).Quotes[0];

    [Fact]
    public void Accepting_a_candidate_moves_its_version_on()
    {
        var quote = FirstQuote();

        var outcome = Ledger.SetReview(EntryKind.Quote, quote.Id, ReviewState.Accepted, 0);

        Assert.Equal(new ReviewOutcome(ReviewStatus.Applied, 1), outcome);
        Assert.Equal(ReviewState.Accepted, FirstQuote().Review);
        Assert.Equal(1, Ledger.VersionOf(EntryKind.Quote, quote.Id));
    }

    [Fact]
    public void A_change_from_an_old_version_is_refused_and_changes_nothing()
    {
        var quote = FirstQuote();
        Ledger.SetReview(EntryKind.Quote, quote.Id, ReviewState.Accepted, 0);

        // A second analyst, who loaded the page before the first one's change, rejects it.
        var outcome = Ledger.SetReview(EntryKind.Quote, quote.Id, ReviewState.Rejected, 0);

        Assert.Equal(new ReviewOutcome(ReviewStatus.Conflict, 1), outcome);
        Assert.Equal(ReviewState.Accepted, FirstQuote().Review);
    }

    [Fact]
    public void An_unknown_entry_is_not_found()
    {
        Assert.Equal(ReviewStatus.NotFound, Ledger.SetReview(EntryKind.Event, 9999, ReviewState.Accepted, 0).Status);
        Assert.Null(Ledger.VersionOf(EntryKind.Timex, 9999));
    }

    [Fact]
    public void Correcting_a_speaker_accepts_the_quotation_and_checks_the_actor()
    {
        var quote = FirstQuote();
        Ledger.AddActor(new Actor("layla-karimi", "Layla Karimi", ActorType.Person, [], ReviewState.Accepted));

        var outcome = Ledger.SetSpeaker(quote.Id, new Speaker("layla-karimi", " an aide ", true, true), 0);

        Assert.Equal(ReviewStatus.Applied, outcome.Status);
        var changed = FirstQuote();
        Assert.Equal(new Speaker("layla-karimi", "an aide", true, true), changed.Speaker);
        Assert.Equal(ReviewState.Accepted, changed.Review);
        Assert.Contains(Ledger.QuotesBy("layla-karimi"), q => q.Id == quote.Id);
        Assert.Throws<LedgerException>(() => Ledger.SetSpeaker(quote.Id, new Speaker("nobody", null, false, false), outcome.Version));
    }

    [Fact]
    public void The_latest_timeline_of_an_actor_filters_before_it_cuts()
    {
        var ledger = temporary.Ledger;
        var actor = ledger.FindActors("Karim al-Nuri").Single().Id;
        var snapshot = ledger.Export();
        var events = Enumerable.Range(1, 30)
            .Select(i => new Event(i, $"2024-02-{i % 28 + 1:D2}", actor, null, EventType.Statement, "said", new Citation(sourceId, new TextSpan(0, 5)), ReviewState.Candidate))
            .Append(new Event(31, "2023-01-01", actor, null, EventType.Request, "asked", new Citation(sourceId, new TextSpan(0, 5)), ReviewState.Candidate))
            .ToImmutableArray();
        using var other = new TemporaryLedger();
        other.Ledger.Import(snapshot with { Events = events });

        var requests = other.Ledger.RecentTimeline(actor, EventType.Request, null, reports: 10);

        Assert.Equal("2023-01-01", Assert.Single(requests).Date);
        Assert.Equal(10, other.Ledger.RecentTimeline(actor, null, null, reports: 10).Sum(e => e.Reports.Length));
        Assert.Empty(other.Ledger.RecentTimeline(actor, EventType.Request, 2024, reports: 10));
    }

    [Fact]
    public void Correcting_a_date_keeps_the_new_value()
    {
        var timex = Ledger.EntriesOf(sourceId).Timexes.First(t => t.Citation.Span.Length > 0);

        var outcome = Ledger.SetTimexValue(timex.Id, "2024-03-16", 0);

        Assert.Equal(ReviewStatus.Applied, outcome.Status);
        Assert.Equal("2024-03-16", Ledger.EntriesOf(sourceId).Timexes.Single(t => t.Id == timex.Id).Value);
        Assert.Throws<ArgumentException>(() => Ledger.SetTimexValue(timex.Id, " ", 1));
    }

    [Fact]
    public void The_queue_lists_candidates_with_their_sentence_until_they_are_reviewed()
    {
        var pending = Ledger.PendingCandidates();

        var first = pending[0];
        Assert.Equal(EntryKind.Quote, first.Kind);
        Assert.Contains(first.Summary, first.Context, StringComparison.Ordinal);
        Assert.Contains(pending, p => p.Kind == EntryKind.Timex);

        Ledger.SetReview(first.Kind, first.Id, ReviewState.Rejected, first.Version);

        Assert.DoesNotContain(Ledger.PendingCandidates(), p => p.Kind == first.Kind && p.Id == first.Id);
    }

    [Fact]
    public void An_alias_is_added_once_whatever_its_spelling_and_helps_find_the_actor()
    {
        var actor = Ledger.FindActors("Karim al-Nuri").Single();

        Ledger.AddAlias(actor.Id, "كريم النوري");
        Ledger.AddAlias(actor.Id, "كريم  النوري");

        Assert.Single(Ledger.ListActors().Single(a => a.Id == actor.Id).Aliases, a => a.Text == "كريم النوري");
        Assert.Equal(actor.Id, Ledger.FindActors("كريم النوري").Single().Id);
        Assert.Throws<LedgerException>(() => Ledger.AddAlias("nobody", "x"));
    }

    [Fact]
    public void Merging_moves_every_reference_and_every_name_to_the_kept_actor()
    {
        var ledger = Ledger;
        ledger.AddActor(new Actor("k-nuri", "K. Nuri", ActorType.Person, [new Alias("كريم النوري", Script.Arabic)], ReviewState.Candidate));
        var nuri = ledger.FindActors("Karim al-Nuri").Single().Id;
        var quote = FirstQuote();
        ledger.SetSpeaker(quote.Id, new Speaker("k-nuri", null, false, false), 0);

        ledger.MergeActors(nuri, "k-nuri");

        Assert.DoesNotContain(ledger.ListActors(), a => a.Id == "k-nuri");
        var kept = ledger.FindActors(nuri).Single();
        Assert.Contains(kept.Aliases, a => a.Text == "K. Nuri");
        Assert.Contains(kept.Aliases, a => a.Text == "كريم النوري");
        Assert.Equal(ReviewState.Accepted, kept.Review);
        Assert.Equal(nuri, FirstQuote().Speaker.ActorId);
        Assert.Throws<LedgerException>(() => ledger.MergeActors(nuri, nuri));
        Assert.Throws<LedgerException>(() => ledger.MergeActors(nuri, "k-nuri"));
        var exported = ledger.Export();
        using var copy = new TemporaryLedger();
        copy.Ledger.Import(exported); // still a ledger that holds together
    }

    [Fact]
    public void Splitting_a_name_off_moves_it_and_its_mentions_to_a_new_actor()
    {
        var ledger = Ledger;
        const string text = "Karim al-Nuri spoke first on Monday. Later Nuri, the elder brother, answered the questions.";
        var annotation = Extractor.Extract(text, new AnnotationSource(null, "2024-03-18", "en", null, null, [], ""));
        var second = ledger.AddSource(Samples.Source(text), Samples.Bytes(text), annotation).SourceId;
        var nuri = ledger.ListActors().Single(a => a.Name == "Karim al-Nuri");
        Assert.Equal(2, ledger.EntriesOf(second).Mentions.Count(m => m.ActorId == nuri.Id));

        var id = ledger.SplitActor(nuri.Id, "Nuri");

        var mentions = ledger.EntriesOf(second).Mentions;
        Assert.Equal("Nuri", text[mentions.Single(m => m.ActorId == id).Citation.Span.Start..mentions.Single(m => m.ActorId == id).Citation.Span.End]);
        Assert.Single(mentions, m => m.ActorId == nuri.Id);
        var split = ledger.ListActors().Single(a => a.Id == id);
        Assert.Equal(("Nuri", ActorType.Person), (split.Name, split.Type));
        Assert.DoesNotContain(ledger.ListActors().Single(a => a.Id == nuri.Id).Aliases, a => a.Text == "Nuri");
        Assert.Throws<LedgerException>(() => ledger.SplitActor(nuri.Id, "Nobody at all"));
        Assert.Throws<LedgerException>(() => ledger.SplitActor(nuri.Id, "Karim al-Nuri"));
    }

    [Fact]
    public void A_source_can_be_marked_confidential()
    {
        Assert.True(Ledger.SetSourceConfidential(sourceId, true));
        Assert.True(Ledger.GetSource(sourceId)!.Confidential);
        Assert.False(Ledger.SetSourceConfidential(9999, true));
    }

    [Theory]
    [InlineData("One. Two words here. Three.", 5, 9, "Two words here.")]
    [InlineData("Line one\nline two\nline three", 10, 14, "line two")]
    [InlineData("قال: نعم. ثم قال: لا؟ وانتهى.", 13, 17, "ثم قال: لا؟")]
    public void The_context_is_the_sentence_around_the_span(string text, int start, int end, string expected) =>
        Assert.Equal(expected, SqliteLedger.SentenceAround(text, new TextSpan(start, end)));
}
