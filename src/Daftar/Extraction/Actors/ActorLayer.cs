using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Extraction.Actors;

/// <summary>How a mention names its actor.</summary>
public enum MentionKind
{
    /// <summary>A name or alias: "Moqtada al-Sadr", "al-Sadr", "PMF".</summary>
    Name,

    /// <summary>A member or adherent word standing for the group: "Sadrists", "a Sadrist".</summary>
    Member,

    /// <summary>An adjective of a state or group: "Iranian", "U.S." in "U.S. forces".</summary>
    Adjective,
}

/// <summary>One place in the text that names an actor.</summary>
public readonly record struct ActorMention(TextSpan Span, string ActorId, MentionKind Kind);

/// <summary>An actor found in a document, resolved across its mentions.</summary>
/// <param name="Id">Stable slug (the gazetteer's id for known actors).</param>
/// <param name="Aliases">Every surface form seen in the document plus those the gazetteer knows, both scripts.</param>
/// <param name="Mentions">Where it is named, in text order.</param>
public sealed record ExtractedActor(
    string Id,
    string Name,
    ActorType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<TextSpan> Mentions);

/// <summary>The actor layer's output, which the quotation, relation, event and position layers read.</summary>
/// <param name="Mentions">Every mention of every actor, sorted by start, not overlapping.</param>
public sealed record ActorLayerResult(ImmutableArray<ExtractedActor> Actors, ImmutableArray<ActorMention> Mentions)
{
    public static ActorLayerResult Empty { get; } = new([], []);

    /// <summary>The actor with this id, if the document has it.</summary>
    public ExtractedActor? Find(string id) => Actors.FirstOrDefault(a => a.Id == id);

    /// <summary>The mentions lying inside <paramref name="span"/>, in text order.</summary>
    public IEnumerable<ActorMention> Within(TextSpan span) =>
        Mentions.Where(m => m.Span.Start >= span.Start && m.Span.End <= span.End);
}
