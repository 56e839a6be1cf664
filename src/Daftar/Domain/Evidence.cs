namespace Daftar.Domain;

/// <summary>How a later deed or statement bears on a stated position.</summary>
public enum Bearing
{
    /// <summary>The actor's side did, or said again, what the position says.</summary>
    Consistent,

    /// <summary>The actor's side did, or said, the opposite: a contradiction or a change of position.</summary>
    Inconsistent,

    /// <summary>On the issue, but neither for nor against the position.</summary>
    Neutral,
}

/// <summary>The kind of ledger entry that serves as evidence.</summary>
public enum EvidenceKind
{
    Event,
    Quote,
    Position,
}

/// <summary>
/// A stated position set against a later entry (an event, a quotation or a later position) with its bearing and the
/// analyst's basis. Daftar suggests links as candidates; an analyst confirms (accepted) or rejects them.
/// </summary>
/// <param name="Suggested">Daftar proposed the link (rather than an analyst making it).</param>
/// <param name="Version">Incremented by every change (optimistic concurrency, as for review).</param>
public sealed record Evidence(
    long Id,
    long PositionId,
    EvidenceKind EntryKind,
    long EntryId,
    Bearing Bearing,
    string Basis,
    ReviewState Review,
    bool Suggested,
    long Version)
{
    /// <summary>When the link was made (suggested or added), if known.</summary>
    public NodaTime.Instant? CreatedAt { get; init; }
}
