namespace Daftar.Domain;

/// <summary>Whether an actor's deeds match its stated position.</summary>
public enum Verdict
{
    Consistent,
    Inconsistent,
    Mixed,

    /// <summary>No confirmed deed or later statement bears on the position yet.</summary>
    NotYetTested,
}

/// <summary>An analyst's judgement of an actor's say-versus-do on an issue, with its basis.</summary>
/// <remarks>
/// Every verdict recorded stays in the ledger: a newer one supersedes it (<see cref="SupersededBy"/>), so the history
/// of an actor's assessment on an issue is the list of its verdicts.
/// </remarks>
public sealed record Assessment(
    long Id,
    string ActorId,
    string IssueId,
    Verdict Verdict,
    string Basis,
    Citation Citation,
    ReviewState Review)
{
    /// <summary>When the verdict was recorded, if known.</summary>
    public NodaTime.Instant? RecordedAt { get; init; }

    /// <summary>The account that recorded it (withheld from the public), if known.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>The verdict that replaced this one, or null while it is current.</summary>
    public long? SupersededBy { get; init; }
}
