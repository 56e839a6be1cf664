using System.Collections.Immutable;

namespace Daftar.Extraction.Evaluation;

/// <summary>
/// How one layer did on one document (or summed over many): true positives, false positives and false negatives
/// over the required gold items, with what was missed and what was spurious, named.
/// </summary>
public sealed record LayerScore(
    string Layer,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    ImmutableArray<string> Misses,
    ImmutableArray<string> Spurious)
{
    /// <summary>TP / (TP + FP); 1 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was required.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two scores of the same layer (micro-averaging over documents).</summary>
    public LayerScore Add(LayerScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new LayerScore(
            Layer,
            TruePositives + other.TruePositives,
            FalsePositives + other.FalsePositives,
            FalseNegatives + other.FalseNegatives,
            Misses.AddRange(other.Misses),
            Spurious.AddRange(other.Spurious));
    }
}

/// <summary>Every layer's score on one document.</summary>
public sealed record DocumentScore(string Document, ImmutableArray<LayerScore> Layers);
