namespace Daftar.Domain;

/// <summary>PLOVER-style event roots, plus <see cref="Statement"/> for a public declaration.</summary>
public enum EventType
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
    Statement,
}

/// <summary>A dated deed: who did what to whom, when (a TIMEX3 value).</summary>
public sealed record Event(
    long Id,
    string Date,
    string? ActorId,
    string? TargetId,
    EventType Type,
    string Summary,
    Citation Citation,
    ReviewState Review);
