namespace Daftar.Domain;

/// <summary>What a run of quoted words is.</summary>
public enum QuoteKind
{
    /// <summary>Words someone said or wrote, reported as theirs.</summary>
    Speech,

    /// <summary>A few of someone's words lifted into the author's own sentence.</summary>
    Fragment,

    /// <summary>Scare quotes: the author holding a word at arm's length; nobody's speech.</summary>
    Term,
}

/// <summary>
/// Who a quotation is attributed to. An anonymous speaker keeps the words that describe them
/// ("a senior Sadrist") and the actor they speak for.
/// </summary>
/// <param name="ActorId">The speaker, or for an anonymous speaker the group they speak for; null if unknown.</param>
/// <param name="Description">The words that name the speaker in the source, if any.</param>
/// <param name="Anonymous">The source withholds the speaker's name.</param>
/// <param name="Confidential">The analyst's record of who the speaker is must not leave the analysts' view.</param>
public sealed record Speaker(string? ActorId, string? Description, bool Anonymous, bool Confidential)
{
    public static Speaker None { get; } = new(null, null, false, false);
}

/// <summary>Quoted words in a source, with their speaker and the reporting cue ("said", "according to").</summary>
public sealed record Quote(
    long Id,
    Citation Citation,
    string Text,
    QuoteKind Kind,
    Speaker Speaker,
    string? Cue,
    ReviewState Review);
