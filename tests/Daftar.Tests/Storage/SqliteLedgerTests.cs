using System.Text.Json;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Daftar.Tests.Storage;

public sealed class SqliteLedgerTests
{
    [Fact]
    public void A_new_file_gets_the_latest_schema_and_reopening_keeps_the_data()
    {
        using var temporary = new TemporaryLedger();
        var id = temporary.Ledger.AddSource(Samples.Source("Some words about Baghdad."), Samples.Bytes("a")).SourceId;

        var reopened = temporary.Reopen();

        Assert.Equal("Some words about Baghdad.", reopened.GetSource(id)!.Text);
        using var connection = new SqliteConnection($"Data Source={temporary.PathOf("ledger.db")}");
        connection.Open();
        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(connection));
    }

    [Fact]
    public void A_ledger_from_a_newer_Daftar_is_refused()
    {
        using var temporary = new TemporaryLedger();
        temporary.Ledger.Dispose();
        using (var connection = new SqliteConnection($"Data Source={temporary.PathOf("ledger.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {Migrator.LatestVersion + 1}";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<LedgerException>(() => SqliteLedger.Open(temporary.PathOf("ledger.db")));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_name()
    {
        using var temporary = new TemporaryLedger();
        var path = temporary.PathOf("notes.db");
        File.WriteAllText(path, "these are my notes, not a database, and they are long enough to matter");

        var error = Assert.Throws<LedgerException>(() => SqliteLedger.Open(path));

        Assert.Contains("notes.db", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("these are my notes", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_bytes_twice_add_nothing()
    {
        using var temporary = new TemporaryLedger();
        var ledger = temporary.Ledger;
        var first = ledger.AddSource(Samples.Source("A statement from Najaf."), Samples.Bytes("original"));
        var second = ledger.AddSource(Samples.Source("A statement from Najaf."), Samples.Bytes("original"));

        Assert.Equal(AddResult.Added, first.Result);
        Assert.Equal(new AddOutcome(first.SourceId, AddResult.SameBytes), second);
        Assert.Single(ledger.ListSources());
    }

    [Fact]
    public void Other_bytes_with_the_same_clean_text_add_nothing_and_say_which_source_holds_it()
    {
        using var temporary = new TemporaryLedger();
        var ledger = temporary.Ledger;
        var first = ledger.AddSource(Samples.Source("A statement from Najaf."), Samples.Bytes("<p>A statement from Najaf.</p>"));
        var second = ledger.AddSource(Samples.Source("A statement from Najaf."), Samples.Bytes("A statement from Najaf.\r\n"));

        Assert.Equal(new AddOutcome(first.SourceId, AddResult.SameText), second);
    }

    [Fact]
    public void The_original_bytes_are_kept_exactly_and_addressed_by_their_hash()
    {
        using var temporary = new TemporaryLedger();
        byte[] original = [0xEF, 0xBB, 0xBF, .. Samples.Bytes("بغداد\r\n")];
        var id = temporary.Ledger.AddSource(Samples.Source("بغداد", language: "ar"), original).SourceId;

        var source = temporary.Ledger.GetSource(id)!;

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(original)), source.Sha256);
        Assert.Equal(original, temporary.Ledger.GetOriginal(source.Sha256));
    }

    [Fact]
    public void Sources_are_found_by_number_hash_prefix_or_title_words()
    {
        using var temporary = new TemporaryLedger();
        var ledger = temporary.Ledger;
        var a = ledger.AddSource(Samples.Source("First text.", "Sadr orders a handover"), Samples.Bytes("1")).SourceId;
        var b = ledger.AddSource(Samples.Source("Second text.", "Coalition talks resume"), Samples.Bytes("2")).SourceId;
        ledger.AddSource(Samples.Source("Third text.", "Coalition talks stall"), Samples.Bytes("3"));
        var shaOfB = ledger.GetSource(b)!.Sha256;

        Assert.Equal(a, ledger.FindSource(a.ToString(System.Globalization.CultureInfo.InvariantCulture)).Source!.Id);
        Assert.Equal(b, ledger.FindSource(shaOfB[..8]).Source!.Id);
        Assert.Equal(a, ledger.FindSource("handover").Source!.Id);
        Assert.Equal(2, ledger.FindSource("Coalition talks").Ambiguous.Length);
        Assert.Null(ledger.FindSource("99").Source);
        Assert.Null(ledger.FindSource("100%_").Source);
    }

    [Theory]
    [InlineData("Sadr", "Moqtada al-Sadr's statement was read in Kufa.")]
    [InlineData("sadrists", "The Sadrist leadership met on Friday.")]
    [InlineData("militia", "Several militias refused the order.")]
    [InlineData("الصدر", "وقال مقتدى والصدر يرفض ذلك.")]
    [InlineData("الصدر", "التقى الوفد بالصدر في النجف.")]
    [InlineData("الحشد", "دعا للحشد الشعبي إلى الانضباط.")]
    [InlineData("إيران", "زار الوفد لإيران مرتين.")]
    [InlineData("مدرسة", "أغلقت المدرسه أبوابها.")]
    [InlineData("2024", "في عام ٢٠٢٤ تغير المشهد.")]
    public void Search_finds_the_other_forms_of_a_word(string query, string text)
    {
        using var temporary = new TemporaryLedger();
        var id = temporary.Ledger.AddSource(Samples.Source(text), Samples.Bytes(text)).SourceId;

        var hits = temporary.Ledger.Search(query);

        var hit = Assert.Single(hits);
        Assert.Equal(id, hit.SourceId);
        Assert.NotEqual(0, hit.Snippet.Highlight.Length);
    }

    [Theory]
    [InlineData("الصدر", "صدر بيان عن الحكومة أمس.")]
    [InlineData("Baghdad", "Nothing about the capital here.")]
    public void Search_does_not_find_what_is_not_there(string query, string text)
    {
        using var temporary = new TemporaryLedger();
        temporary.Ledger.AddSource(Samples.Source(text), Samples.Bytes(text));

        Assert.Empty(temporary.Ledger.Search(query));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("sadr OR")]
    [InlineData("* ^ -")]
    [InlineData("")]
    public void Search_syntax_in_a_query_is_taken_as_words_never_as_an_error(string query)
    {
        using var temporary = new TemporaryLedger();
        temporary.Ledger.AddSource(Samples.Source("Sadr OR near."), Samples.Bytes("x"));

        _ = temporary.Ledger.Search(query);
    }

    [Fact]
    public void Quotations_are_searchable_and_cite_their_source()
    {
        using var temporary = new TemporaryLedger();
        Samples.FillEveryKind(temporary.Ledger);

        var hits = temporary.Ledger.Search("الدولة السلاح");

        Assert.Contains(hits, h => h.Kind == SearchHitKind.Quote);
        Assert.All(hits, h => Assert.NotNull(temporary.Ledger.GetSource(h.SourceId)));
    }

    [Theory]
    [InlineData("moqtada-al-sadr")]
    [InlineData("Moqtada al-Sadr")]
    [InlineData("muqtada al-sadr")]
    [InlineData("مقتدى الصدر")]
    public void An_actor_is_found_by_any_of_its_names_in_either_script(string name)
    {
        using var temporary = new TemporaryLedger();
        Samples.FillEveryKind(temporary.Ledger);

        var actor = Assert.Single(temporary.Ledger.FindActors(name));

        Assert.Equal("moqtada-al-sadr", actor.Id);
        Assert.Single(temporary.Ledger.QuotesBy(actor.Id));
    }

    [Fact]
    public void Export_then_import_into_an_empty_ledger_then_export_gives_identical_json()
    {
        using var scratch = new TemporaryLedger();
        var snapshot = Samples.EveryKindSnapshot(scratch.Ledger);
        using var first = new TemporaryLedger();
        first.Ledger.Import(snapshot);
        var exported = JsonSerializer.Serialize(first.Ledger.Export(), LedgerJson.Options);

        using var second = new TemporaryLedger();
        second.Ledger.Import(JsonSerializer.Deserialize<LedgerSnapshot>(exported, LedgerJson.Options)!);
        var again = JsonSerializer.Serialize(second.Ledger.Export(), LedgerJson.Options);

        Assert.Equal(exported, again);
        Assert.Equal(JsonSerializer.Serialize(snapshot, LedgerJson.Options), exported);
        Assert.Contains("\"armed_wing_of\"", JsonSerializer.Serialize(RelationKind.ArmedWingOf, LedgerJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_ledger_that_already_holds_entries()
    {
        using var scratch = new TemporaryLedger();
        var snapshot = Samples.EveryKindSnapshot(scratch.Ledger);

        var error = Assert.Throws<LedgerException>(() => scratch.Ledger.Import(snapshot));

        Assert.Contains("already holds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_that_does_not_hold_together_is_refused_whole()
    {
        using var scratch = new TemporaryLedger();
        var snapshot = Samples.EveryKindSnapshot(scratch.Ledger);
        var bad = snapshot with { Quotes = [snapshot.Quotes[0] with { Citation = new Citation(snapshot.Quotes[0].Citation.SourceId, new TextSpan(0, 100_000)) }] };
        using var target = new TemporaryLedger();

        var error = Assert.Throws<LedgerException>(() => target.Ledger.Import(bad));

        Assert.Contains("outside source", error.Message, StringComparison.Ordinal);
        Assert.True(target.Ledger.IsEmpty);
    }

    [Fact]
    public void A_snapshot_whose_original_bytes_were_altered_is_refused()
    {
        using var scratch = new TemporaryLedger();
        var snapshot = Samples.EveryKindSnapshot(scratch.Ledger);
        var altered = snapshot with { Sources = [snapshot.Sources[0] with { Original = [1, 2, 3] }, .. snapshot.Sources.Skip(1)] };
        using var target = new TemporaryLedger();

        Assert.Throws<LedgerException>(() => target.Ledger.Import(altered));
        Assert.True(target.Ledger.IsEmpty);
    }
}
