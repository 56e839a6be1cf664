using System.Collections.Immutable;
using System.Text.Json;

namespace Daftar.Extraction.Evaluation;

/// <summary>
/// A hand annotation of one document in the <c>daftar-gold/1</c> form: what an analyst would take from it, as texts
/// and values rather than offsets. Items marked <c>"required": false</c> are neither demanded nor penalised.
/// </summary>
public sealed record GoldDocument(
    string Format,
    string Document,
    string? Note,
    GoldSource? Source,
    GoldBody? Body,
    ImmutableArray<GoldActor> Actors,
    ImmutableArray<GoldQuote> Quotes,
    ImmutableArray<GoldTimex> Timexes,
    ImmutableArray<GoldRelation> Relations,
    ImmutableArray<GoldEvent> Events,
    ImmutableArray<GoldPosition> Positions)
{
    public const string CurrentFormat = "daftar-gold/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads a gold file's JSON.</summary>
    /// <exception cref="JsonException">Not JSON, or not of the gold form.</exception>
    public static GoldDocument Parse(string json)
    {
        var gold = JsonSerializer.Deserialize<GoldDocument>(json, Options) ?? throw new JsonException("empty gold file");
        if (gold.Format != CurrentFormat)
            throw new JsonException($"format is '{gold.Format}', expected '{CurrentFormat}'");
        return gold with
        {
            Actors = gold.Actors.IsDefault ? [] : gold.Actors,
            Quotes = gold.Quotes.IsDefault ? [] : gold.Quotes,
            Timexes = gold.Timexes.IsDefault ? [] : gold.Timexes,
            Relations = gold.Relations.IsDefault ? [] : gold.Relations,
            Events = gold.Events.IsDefault ? [] : gold.Events,
            Positions = gold.Positions.IsDefault ? [] : gold.Positions,
        };
    }
}

public sealed record GoldSource(
    string? Title,
    string? Published,
    string? Language,
    string? Publisher,
    string? Author,
    ImmutableArray<string>? Translations);

public sealed record GoldBody(string? StartsWith, string? EndsWith, ImmutableArray<string>? MustNotContain);

public sealed record GoldActor(string Name, string? Type, ImmutableArray<string>? Aliases, bool Required = true);

public sealed record GoldQuote(string Text, string? Kind, string? Speaker, string? SpeakerDescription, bool Required = true);

public sealed record GoldTimex(string Text, string Value, bool Required = true, int Count = 1);

public sealed record GoldRelation(
    string Subject,
    string Predicate,
    string Object,
    bool Required = true,
    ImmutableArray<string>? AlsoAcceptPredicate = null,
    ImmutableArray<string>? AlsoAcceptObject = null);

public sealed record GoldEvent(string Date, string? Actor, string Type, string? Summary, bool Required = true);

public sealed record GoldPosition(string Actor, string Issue, string Stance, string Statement, bool Required = true);
