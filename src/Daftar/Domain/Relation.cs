namespace Daftar.Domain;

/// <summary>How one actor stands to another. Read as "subject PREDICATE object".</summary>
public enum RelationKind
{
    Leads,
    MemberOf,
    PartOf,
    SplinterOf,
    BackedBy,
    Advises,
    ArmedWingOf,
    ParentOf,
    AlliedWith,
    OpposedTo,
}

/// <summary>
/// A relation between two actors, holding from <see cref="Since"/> to <see cref="Until"/> (TIMEX3 values;
/// null where the source does not say).
/// </summary>
public sealed record Relation(
    long Id,
    string SubjectId,
    RelationKind Predicate,
    string ObjectId,
    string? Since,
    string? Until,
    Citation Citation,
    ReviewState Review);
