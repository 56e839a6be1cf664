using System.Collections.Immutable;

namespace Daftar.Domain;

/// <summary>What kind of party an actor is.</summary>
public enum ActorType
{
    Person,
    Organization,
    State,
    Other,
}

/// <summary>
/// A person, organisation or state that speaks or acts. One actor, whatever the script or spelling:
/// every name it goes by is an <see cref="Alias"/>.
/// </summary>
/// <param name="Id">Stable slug, unique in the ledger (e.g. "moqtada-al-sadr").</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorType Type,
    ImmutableArray<Alias> Aliases,
    ReviewState Review);

/// <summary>The writing system of a name.</summary>
public enum Script
{
    Latin,
    Arabic,
    Other,
}

/// <summary>A name an actor goes by.</summary>
public sealed record Alias(string Text, Script Script);

/// <summary>A place in a source where an actor is named.</summary>
public sealed record ActorMention(long Id, string ActorId, Citation Citation, ReviewState Review);
