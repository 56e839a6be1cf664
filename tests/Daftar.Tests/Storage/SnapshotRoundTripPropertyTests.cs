using System.Text.Json;
using CsCheck;
using Daftar.Domain;
using Daftar.Storage;
using Xunit;

namespace Daftar.Tests.Storage;

/// <summary>Export → import → export is the identity for any ledger content, not just tidy samples.</summary>
public sealed class SnapshotRoundTripPropertyTests
{
    // Any text an article may hold: Arabic, Latin, marks, emoji (surrogate pairs), quotes, controls, newlines.
    private static readonly Gen<string> AnyText =
        Gen.Frequency(
                (4, Gen.Char['\u0600', '\u06FF']),
                (4, Gen.Char['a', 'z']),
                (1, Gen.Char[" \n\t\"'«»“”\\"]),
                (1, Gen.Char['\u0300', '\u036F']),
                (1, Gen.Char['\u0001', '\u001F']))
            .Array[1, 60]
            .Select(chars => new string(chars))
            .SelectMany(text => Gen.Bool.Select(emoji => emoji ? text + "\U0001F4DC" : text));

    private static readonly Gen<(string Text, string? Title, bool Confidential, QuoteKind Kind, bool Anonymous)[]> Documents =
        Gen.Select(AnyText, AnyText.Null(), Gen.Bool, Gen.Enum<QuoteKind>(), Gen.Bool).Array[1, 4];

    [Fact]
    public void Any_ledger_survives_export_import_export_unchanged()
    {
        Documents.Sample(documents =>
        {
            using var first = new TemporaryLedger();
            first.Ledger.AddActor(new Actor("speaker", "Speaker", ActorType.Person, [new Alias("المتحدث", Script.Arabic)], ReviewState.Accepted));
            var n = 0;
            foreach (var (text, title, confidential, kind, anonymous) in documents)
            {
                var outcome = first.Ledger.AddSource(
                    Samples.Source(text, title) with { Confidential = confidential },
                    Samples.Bytes($"{n++}:{text}"));
                if (outcome.Result != AddResult.Added)
                    continue;
                first.Ledger.AddQuote(new Quote(0, new Citation(outcome.SourceId, new TextSpan(0, text.Length)), text, kind,
                    new Speaker(anonymous ? "speaker" : null, anonymous ? title : null, anonymous, confidential), null, ReviewState.Candidate));
            }

            var exported = JsonSerializer.Serialize(first.Ledger.Export(), LedgerJson.Options);
            using var second = new TemporaryLedger();
            second.Ledger.Import(JsonSerializer.Deserialize<LedgerSnapshot>(exported, LedgerJson.Options)!);

            Assert.Equal(exported, JsonSerializer.Serialize(second.Ledger.Export(), LedgerJson.Options));
        }, iter: 40);
    }
}
