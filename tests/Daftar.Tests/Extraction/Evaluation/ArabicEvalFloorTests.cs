using Daftar.Extraction.Evaluation;
using Daftar.Ingest;
using Xunit;
using Xunit.Abstractions;

namespace Daftar.Tests.Extraction.Evaluation;

/// <summary>
/// The Arabic evaluation corpus (Fixtures/Eval/ar: invented documents with hand annotations) scored layer by layer,
/// held to floors: quotations recall ≥ 0.95, speakers ≥ 0.90, dates recall ≥ 0.95, the same floors as English,
/// and the other layers at what they reach today, so a regression shows.
/// </summary>
public sealed class ArabicEvalFloorTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, LayerScore>> Totals = new(Score);

    [Theory]
    [InlineData(Scorer.QuotesLayer, 0.90, 0.95)]
    [InlineData(Scorer.SpeakersLayer, 0.90, 0.90)]
    [InlineData(Scorer.TimexesLayer, 0.80, 0.95)]
    [InlineData(Scorer.ActorsLayer, 0.90, 0.90)]
    [InlineData(Scorer.BodyLayer, 1.0, 1.0)]
    [InlineData(Scorer.SourceLayer, 0.9, 0.9)]
    [InlineData(Scorer.RelationsLayer, 0.80, 0.75)]
    [InlineData(Scorer.PositionsLayer, 0.90, 0.75)]
    [InlineData(Scorer.EventsLayer, 0.90, 0.90)]
    public void Arabic_extraction_reaches_its_floor(string layer, double precision, double recall)
    {
        var score = Totals.Value[layer];
        output.WriteLine($"{layer}: precision {score.Precision:0.000}, recall {score.Recall:0.000}");
        foreach (var miss in score.Misses.Concat(score.Spurious))
            output.WriteLine("  " + miss);

        Assert.True(score.Precision >= precision, $"{layer} precision {score.Precision:0.000} < {precision}");
        Assert.True(score.Recall >= recall, $"{layer} recall {score.Recall:0.000} < {recall}");
    }

    private static Dictionary<string, LayerScore> Score()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Eval", "ar");
        var documents = new List<DocumentScore>();
        foreach (var goldPath in Directory.EnumerateFiles(Path.Combine(folder, "gold"), "*.gold.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldDocument.Parse(File.ReadAllText(goldPath));
            var documentPath = Path.Combine(folder, "corpus", Path.GetFileName(gold.Document));
            documents.Add(Scorer.Score(gold, DocumentAnnotator.Annotate(File.ReadAllBytes(documentPath), Path.GetFileName(documentPath))));
        }

        Assert.Equal(5, documents.Count);
        return Scorer.Layers.ToDictionary(
            layer => layer,
            layer => documents.Select(d => d.Layers.First(l => l.Layer == layer)).Aggregate((a, b) => a.Add(b)),
            StringComparer.Ordinal);
    }
}
