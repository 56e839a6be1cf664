using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Extraction;

// The document annotation of contract "daftar-annotation/1" (ANNOTATION.md): a public interface. Fields may be
// added; the ones here keep their names and meanings. Offsets are UTF-16 offsets into Text, end exclusive.

/// <summary>Everything extraction found in one document.</summary>
public sealed record DocumentAnnotation(
    AnnotationSource Source,
    string Text,
    ImmutableArray<ActorAnnotation> Actors,
    ImmutableArray<QuoteAnnotation> Quotes,
    ImmutableArray<TimexAnnotation> Timexes,
    ImmutableArray<RelationAnnotation> Relations,
    ImmutableArray<EventAnnotation> Events,
    ImmutableArray<PositionAnnotation> Positions)
{
    public const string CurrentFormat = "daftar-annotation/1";

    /// <summary>Always <see cref="CurrentFormat"/>; first in the JSON.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Format { get; init; } = CurrentFormat;
}

/// <summary>The document's metadata as ingest read it.</summary>
/// <param name="Published">ISO date (YYYY-MM-DD) or null.</param>
public sealed record AnnotationSource(
    string? Title,
    string? Published,
    string Language,
    string? Publisher,
    string? Author,
    ImmutableArray<string> Translations,
    string Sha256)
{
    /// <summary>The dateline as the page wrote it ("January 27, 2020"), when the date came from one.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Dateline { get; init; }
}

/// <summary>An actor of the document with every place it is named.</summary>
/// <param name="Id">Stable slug, unique in the ledger.</param>
/// <param name="Aliases">Every surface form seen or known, both scripts.</param>
public sealed record ActorAnnotation(
    string Id,
    string Name,
    ActorType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<TextSpan> Mentions);

/// <summary>Quoted words, their kind, their speaker and the reporting cue.</summary>
/// <param name="Text">The quoted words without the quotation marks; equals the document text at Start..End.</param>
public sealed record QuoteAnnotation(
    string Text,
    int Start,
    int End,
    QuoteKind Kind,
    SpeakerAnnotation Speaker,
    string? Cue);

/// <summary>Who speaks a quotation.</summary>
/// <param name="Actor">Actor id; for an anonymous speaker, the group they speak for; null if unknown.</param>
/// <param name="Description">The words that name the speaker ("a senior Sadrist"), or null.</param>
public sealed record SpeakerAnnotation(string? Actor, string? Description, bool Anonymous)
{
    public static SpeakerAnnotation Unknown { get; } = new(null, null, false);
}

/// <summary>A temporal expression and its TIMEX3 value.</summary>
/// <remarks>
/// The document's creation time (its dateline, which is not part of the clean body) is a timex too, as in TimeML:
/// <see cref="Function"/> is "creation_time" and its span is empty at offset 0.
/// </remarks>
public sealed record TimexAnnotation(string Text, int Start, int End, TimexType Type, string Value)
{
    public const string CreationTime = "creation_time";

    /// <summary>TimeML's functionInDocument: "creation_time" for the document's own date, otherwise absent.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Function { get; init; }
}

/// <summary>"subject PREDICATE object", with the words that say so.</summary>
public sealed record RelationAnnotation(string Subject, RelationKind Predicate, string Object, TextSpan Evidence);

/// <summary>A dated deed.</summary>
/// <param name="Date">TIMEX3 value.</param>
public sealed record EventAnnotation(string Date, string? Actor, string? Target, EventType Type, string Summary, TextSpan Evidence);

/// <summary>An actor's stated position on an issue, in its own words.</summary>
public sealed record PositionAnnotation(string Actor, string Issue, Stance Stance, string Statement, TextSpan Evidence);
