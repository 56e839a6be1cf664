using System.Collections.Immutable;

namespace Daftar.Domain;

/// <summary>A question actors take positions on ("foreign troop presence"), labelled in both languages.</summary>
/// <param name="Id">Stable slug.</param>
/// <param name="Keywords">Words and phrases that tie statements and deeds to the issue.</param>
public sealed record Issue(
    string Id,
    string Label,
    string? LabelArabic,
    string? Description,
    ImmutableArray<string> Keywords);
