using System.Text.Json;
using System.Text.Json.Nodes;
using Daftar.Extraction;
using Daftar.Storage;
using Daftar.Tests.Storage;
using Xunit;

namespace Daftar.Tests.Publishing;

public sealed class AnnotationExportTests : IDisposable
{
    private const string Report =
        "Sadr orders handover\n\nMoqtada al-Sadr said on Saturday: \"What happened in Samarra should happen everywhere.\" "
        + "Saraya al-Salam, the armed wing of the Sadrist movement, handed its positions in Samarra to the Iraqi army on April 20, 2024.";

    private readonly TemporaryLedger temporary = new();

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void A_fresh_sources_annotation_rebuilt_from_the_ledger_is_what_extraction_printed()
    {
        var source = new AnnotationSource("Sadr orders handover", "2024-04-21", "en", "Tigris Review", null, ["ar"], "");
        var extracted = Extractor.Extract(Report, source);
        var id = temporary.Ledger.AddSource(Samples.Source(Report, "Sadr orders handover") with { Published = new NodaTime.LocalDate(2024, 4, 21) },
            Samples.Bytes(Report), extracted).SourceId;

        var rebuilt = temporary.Ledger.AnnotationOf(id)!;
        var printed = JsonSerializer.SerializeToNode(extracted, AnnotationJson.Options)!.AsObject();

        Assert.Equal(DocumentAnnotation.CurrentFormat, rebuilt["format"]!.GetValue<string>());
        Assert.Equal(Report, rebuilt["text"]!.GetValue<string>());
        foreach (var layer in new[] { "quotes", "timexes", "relations", "events", "positions" })
            Assert.Equal(Strip(printed[layer]!).ToJsonString(), Strip(rebuilt[layer]!).ToJsonString());
        Assert.Equal(
            printed["actors"]!.AsArray().Select(a => (a!["id"]!.GetValue<string>(), a["mentions"]!.ToJsonString())).Order(),
            rebuilt["actors"]!.AsArray().Select(a => (a!["id"]!.GetValue<string>(), a["mentions"]!.ToJsonString())).Order());
        Assert.All(rebuilt["quotes"]!.AsArray(), q => Assert.Equal("candidate", q!["review"]!.GetValue<string>()));
        Assert.Contains(rebuilt["timexes"]!.AsArray(), t => t!["function"]?.GetValue<string>() == TimexAnnotation.CreationTime);
    }

    [Fact]
    public void Review_and_corrections_show_in_the_rebuilt_annotation()
    {
        var extracted = Extractor.Extract(Report, new AnnotationSource(null, "2024-04-21", "en", null, null, [], ""));
        var id = temporary.Ledger.AddSource(Samples.Source(Report), Samples.Bytes(Report), extracted).SourceId;
        var quote = temporary.Ledger.EntriesOf(id).Quotes[0];
        temporary.Ledger.SetReview(EntryKind.Quote, quote.Id, Domain.ReviewState.Rejected, 0);

        var rebuilt = temporary.Ledger.AnnotationOf(id)!;

        Assert.Equal("rejected", rebuilt["quotes"]![0]!["review"]!.GetValue<string>());
        Assert.Null(temporary.Ledger.AnnotationOf(id + 1));
    }

    /// <summary>The annotation without the fields the ledger adds (review), as extraction prints it.</summary>
    private static JsonNode Strip(JsonNode items)
    {
        var copy = items.DeepClone();
        foreach (var item in copy.AsArray())
            item!.AsObject().Remove("review");
        return copy;
    }
}
