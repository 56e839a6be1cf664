using System.Text;
using Daftar.Domain;
using Daftar.Ingest;
using Daftar.Storage;
using Daftar.Tests.Storage;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Ingest;

/// <summary>An analyst's corrections teach the next batch: a name added to an actor is recognised from then on.</summary>
public sealed class CorrectionsTeachExtractionTests : IDisposable
{
    private readonly TemporaryLedger temporary = new();
    private readonly IClock clock = SystemClock.Instance;

    public void Dispose() => temporary.Dispose();

    private void Ingest(string name, string text)
    {
        using var batch = new IngestBatch(temporary.Ledger, new IngestOptions(), clock);
        batch.Ingest(name, Encoding.UTF8.GetBytes(text));
    }

    private IReadOnlyList<string> ActorsOf(long sourceId) =>
        [.. temporary.Ledger.EntriesOf(sourceId).Mentions.Select(m => m.ActorId).Distinct()];

    [Fact]
    public void A_name_added_to_an_actor_is_recognised_in_later_documents()
    {
        Ingest("first.txt", "Adviser speaks\n\nKarim al-Nuri, a senior adviser, said on Sunday that the talks would resume.");
        var nuri = temporary.Ledger.FindActors("Karim al-Nuri").Single().Id;
        const string later = "Talks resume\n\nThe Lantern of Basra, as his followers call him, told reporters on Monday that the cabinet was ready.";

        Ingest("before.txt", later);
        Assert.DoesNotContain(nuri, ActorsOf(2));

        temporary.Ledger.AddAlias(nuri, "Lantern of Basra");
        Ingest("after.txt", later.Replace("Monday", "Tuesday", StringComparison.Ordinal));

        Assert.Contains(nuri, ActorsOf(3));
    }

    [Fact]
    public void An_actor_accepted_as_a_speaker_becomes_known_with_its_names()
    {
        Ingest("first.txt", "قال كريم النوري، المستشار البارز، إن المحادثات ستستأنف.");
        var actor = temporary.Ledger.FindActors("كريم النوري").Single();
        var quote = temporary.Ledger.ListQuotes()[0];
        temporary.Ledger.SetSpeaker(quote.Id, new Speaker(actor.Id, null, false, false), 0);

        var corrections = temporary.Ledger.GazetteerCorrections(Daftar.Extraction.Actors.Gazetteer.Default);

        var entry = Assert.Single(corrections);
        Assert.Equal(actor.Id, entry.Id);
        Assert.Equal(ReviewState.Accepted, temporary.Ledger.FindActors(actor.Id).Single().Review);
    }

    [Fact]
    public void A_known_actor_keeps_its_member_words_and_gains_the_names()
    {
        Ingest("first.txt", "Sadrists rallied in Baghdad on Friday, where Moqtada al-Sadr spoke.");
        temporary.Ledger.AddAlias("moqtada-al-sadr", "the Najaf cleric");

        var entry = temporary.Ledger.GazetteerCorrections(Daftar.Extraction.Actors.Gazetteer.Default).Single(e => e.Id == "moqtada-al-sadr");

        Assert.Contains("the Najaf cleric", entry.Aliases);
        Assert.Equal(Daftar.Extraction.Actors.Gazetteer.Default.Find("moqtada-al-sadr")!.Adjectives, entry.Adjectives);
    }
}
