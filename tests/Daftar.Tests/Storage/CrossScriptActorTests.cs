using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using Xunit;

namespace Daftar.Tests.Storage;

/// <summary>
/// One person, one actor, whatever the script or spelling: documents that name the same person in English and
/// in Arabic (or in two transliterations) add to one actor, and a search for either name finds every document.
/// </summary>
public sealed class CrossScriptActorTests : IDisposable
{
    private const string English =
        "Karim al-Nuri, a senior adviser to the prime minister, said on Sunday that the talks would resume. Nuri added that the cabinet was ready.";

    private const string Arabic =
        "قال كريم النوري، المستشار البارز لرئيس الوزراء، إن المحادثات ستستأنف. وأضاف النوري أن الحكومة مستعدة للحوار.";

    private const string OtherSpelling =
        "Kareem al-Noori, the adviser, told reporters on Monday that the cabinet would meet again.";

    private readonly TemporaryLedger temporary = new();

    public void Dispose() => temporary.Dispose();

    private long Add(string text, string language)
    {
        var annotation = Extractor.Extract(text, new AnnotationSource(null, "2024-03-18", language, null, null, [], ""));
        return temporary.Ledger.AddSource(Samples.Source(text, language: language), Samples.Bytes(text), annotation).SourceId;
    }

    [Fact]
    public void An_English_and_an_Arabic_document_about_one_person_make_one_actor_holding_both_names()
    {
        Add(English, "en");
        Add(Arabic, "ar");

        var persons = temporary.Ledger.ListActors().Where(a => a.Type == ActorType.Person).ToList();

        var person = Assert.Single(persons);
        var names = person.Aliases.Select(a => a.Text).Append(person.Name).ToList();
        Assert.Contains("Karim al-Nuri", names);
        Assert.Contains("كريم النوري", names);
        Assert.Contains(person.Aliases, a => a.Script == Script.Arabic);
        Assert.Equal(person.Id, Assert.Single(temporary.Ledger.FindActors("كريم النوري")).Id);
        Assert.Equal(person.Id, Assert.Single(temporary.Ledger.FindActors("karim al-nuri")).Id);
    }

    [Fact]
    public void The_Arabic_document_first_gives_the_same_single_actor()
    {
        Add(Arabic, "ar");
        Add(English, "en");

        Assert.Single(temporary.Ledger.ListActors(), a => a.Type == ActorType.Person);
    }

    [Fact]
    public void Another_transliteration_joins_the_same_actor()
    {
        Add(English, "en");
        Add(OtherSpelling, "en");

        var person = Assert.Single(temporary.Ledger.ListActors(), a => a.Type == ActorType.Person);
        Assert.Contains(person.Aliases, a => a.Text == "Kareem al-Noori");
    }

    [Fact]
    public void A_different_person_with_similar_consonants_but_other_vowels_stays_apart()
    {
        Add("Hassan al-Amiri, a deputy, said on Sunday that the vote was delayed.", "en");
        Add("Hussein al-Amiri, a deputy, said on Monday that the vote would happen.", "en");

        Assert.Equal(2, temporary.Ledger.ListActors().Count(a => a.Type == ActorType.Person));
    }

    [Theory]
    [InlineData("كريم النوري")]
    [InlineData("Karim al-Nuri")]
    [InlineData("karim al nuri")]
    public void A_search_for_either_name_finds_both_documents(string query)
    {
        var english = Add(English, "en");
        var arabic = Add(Arabic, "ar");

        var hits = temporary.Ledger.Search(query);

        Assert.Equal(new[] { arabic, english }.Order(), hits.Select(h => h.SourceId).Distinct().Order());
        var throughActor = Assert.Single(hits, h => h.Actor is not null);
        Assert.NotEqual(0, throughActor.Snippet.Highlight.Length);
    }

    [Fact]
    public void A_search_for_an_ordinary_word_finds_no_documents_through_actors()
    {
        Add(English, "en");
        Add(Arabic, "ar");

        Assert.All(temporary.Ledger.Search("cabinet"), h => Assert.Null(h.Actor));
    }

    [Fact]
    public void Hits_through_an_actor_keep_a_share_of_the_limit()
    {
        for (var i = 0; i < 6; i++)
            Add(English + " Item " + i + ".", "en");
        var arabic = Add(Arabic, "ar");

        var hits = temporary.Ledger.Search("Karim al-Nuri", limit: 4);

        Assert.Equal(4, hits.Count);
        Assert.Equal(arabic, hits[^1].SourceId);
    }

    [Fact]
    public void Facets_narrow_a_search_by_kind_language_dates_and_actor()
    {
        var english = Add(English, "en");
        var arabic = Add(Arabic, "ar");
        var ledger = temporary.Ledger;
        var nuri = ledger.FindActors("Karim al-Nuri").Single().Id;

        Assert.All(ledger.Search("Karim al-Nuri", filter: new SearchFilter(Kind: SearchHitKind.Quote)), h => Assert.Equal(SearchHitKind.Quote, h.Kind));
        Assert.Equal([arabic], ledger.Search("Karim al-Nuri", filter: new SearchFilter(Language: "ar")).Select(h => h.SourceId).Distinct());
        Assert.Empty(ledger.Search("talks", filter: new SearchFilter(From: new NodaTime.LocalDate(2025, 1, 1))));
        Assert.NotEmpty(ledger.Search("talks", filter: new SearchFilter(To: new NodaTime.LocalDate(2024, 3, 18))));
        Assert.Equal([english], ledger.Search("talks", filter: new SearchFilter(Kind: SearchHitKind.Source, ActorId: nuri)).Select(h => h.SourceId));
        Assert.Empty(ledger.Search("talks", filter: new SearchFilter(ActorId: "iran")));
    }

    [Fact]
    public void Rejected_mentions_do_not_lead_a_search_to_a_document()
    {
        var ledger = temporary.Ledger;
        var snapshot = ledger.Export();
        Assert.Empty(snapshot.Sources);
        var english = Add(English, "en");
        var arabic = Add(Arabic, "ar");
        var exported = ledger.Export();
        var rejected = exported with
        {
            Mentions = [.. exported.Mentions.Select(m => m.Citation.SourceId == arabic ? m with { Review = ReviewState.Rejected } : m)],
        };
        using var other = new TemporaryLedger();
        other.Ledger.Import(rejected);

        var hits = other.Ledger.Search("Karim al-Nuri");

        Assert.Equal([english], hits.Select(h => h.SourceId).Distinct());
    }
}
