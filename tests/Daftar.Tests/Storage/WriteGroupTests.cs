using Daftar.Storage;
using Xunit;

namespace Daftar.Tests.Storage;

/// <summary>Documents stored in a write group: each whole or not at all, all of them searchable once it closes.</summary>
public sealed class WriteGroupTests
{
    [Fact]
    public void Documents_of_a_group_are_stored_and_searchable_and_duplicates_in_it_are_recognised()
    {
        using var temporary = new TemporaryLedger();
        var ledger = temporary.Ledger;
        long first;
        using (ledger.BeginWriteGroup(maxDocuments: 3))
        {
            first = ledger.AddSource(Samples.Source("The council met in Najaf.", "Najaf"), Samples.Bytes("one")).SourceId;
            for (var i = 0; i < 7; i++)
                Assert.Equal(AddResult.Added, ledger.AddSource(Samples.Source($"Statement number {i} from Basra."), Samples.Bytes($"doc {i}")).Result);
            Assert.Equal((first, AddResult.SameBytes), Pair(ledger.AddSource(Samples.Source("Anything."), Samples.Bytes("one"))));
            Assert.Equal((first, AddResult.SameText), Pair(ledger.AddSource(Samples.Source("The council met in Najaf."), Samples.Bytes("other bytes"))));
        }

        Assert.Equal(8, ledger.ListSources().Count);
        Assert.Equal([first], ledger.Search("najaf").Select(h => h.SourceId));
        Assert.Equal(7, ledger.Search("basra").Count);
        Assert.Equal("The council met in Najaf.", ledger.GetSource(first)!.Text);
    }

    [Fact]
    public void A_document_that_fails_halfway_leaves_nothing_and_the_rest_of_the_group_is_kept()
    {
        using var temporary = new TemporaryLedger();
        var ledger = temporary.Ledger;
        var broken = Samples.Source("This one has no language.") with { Language = null! };
        using (ledger.BeginWriteGroup())
        {
            ledger.AddSource(Samples.Source("Before the failure, in Mosul."), Samples.Bytes("before"));
            // The original bytes go in first; the source row then fails its NOT NULL constraint.
            Assert.ThrowsAny<Exception>(() => ledger.AddSource(broken, Samples.Bytes("broken")));
            ledger.AddSource(Samples.Source("After the failure, in Erbil."), Samples.Bytes("after"));
        }

        Assert.Equal(2, ledger.ListSources().Count);
        Assert.Null(ledger.GetOriginal(SqliteLedger.Sha256Hex(Samples.Bytes("broken"))));
        Assert.Single(ledger.Search("mosul"));
        Assert.Single(ledger.Search("erbil"));
        Assert.Empty(ledger.Search("language"));
    }

    [Fact]
    public void Empty_text_title_and_original_are_stored_as_empty_not_missing()
    {
        using var temporary = new TemporaryLedger();
        var ledger = temporary.Ledger;
        var source = Samples.Source("") with { Title = "", Translations = [], Publisher = null, Published = null };

        var id = ledger.AddSource(source, []).SourceId;

        var stored = temporary.Reopen().GetSource(id)!;
        Assert.Equal("", stored.Text);
        Assert.Equal("", stored.Title);
        Assert.Empty(stored.Translations);
        Assert.Null(stored.Publisher);
        Assert.Null(stored.Published);
        Assert.Equal(Array.Empty<byte>(), temporary.Ledger.GetOriginal(stored.Sha256));
    }

    private static (long?, AddResult) Pair(AddOutcome outcome) => (outcome.SourceId, outcome.Result);
}
