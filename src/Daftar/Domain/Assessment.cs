namespace Daftar.Domain;

/// <summary>Whether an actor's deeds match its stated position.</summary>
public enum Verdict
{
    Consistent,
    Inconsistent,
    Mixed,
}

/// <summary>An analyst's judgement of an actor's say-versus-do on an issue, with its basis.</summary>
public sealed record Assessment(
    long Id,
    string ActorId,
    string IssueId,
    Verdict Verdict,
    string Basis,
    Citation Citation,
    ReviewState Review);
