namespace Daftar.Domain;

/// <summary>Where an actor stands on an issue.</summary>
public enum Stance
{
    Support,
    Oppose,
    Conditional,
    Unclear,
}

/// <summary>An actor's stated position on an issue, in its own words, as the cited source reports it.</summary>
public sealed record Position(
    long Id,
    string ActorId,
    string IssueId,
    Stance Stance,
    string Statement,
    Citation Citation,
    ReviewState Review);
