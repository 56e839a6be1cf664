using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Publishing;

/// <summary>
/// The ledger's tables as an export reads them, through whichever audience's connection it was given: without original
/// bytes, and without the sources' text unless asked (<see cref="SourceTexts"/>). Every collection ordered by id.
/// </summary>
/// <param name="SourceTexts">Whether <see cref="Source.Text"/> holds the clean text; otherwise it is empty.</param>
/// <param name="Issues">The issues the <see cref="Positions"/> name, for their labels.</param>
public sealed record LedgerTables(
    ImmutableArray<Source> Sources,
    bool SourceTexts,
    ImmutableArray<Actor> Actors,
    ImmutableArray<ActorMention> Mentions,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<Timex> Timexes,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Event> Events,
    ImmutableArray<Issue> Issues,
    ImmutableArray<Position> Positions,
    ImmutableArray<Note> Notes)
{
    /// <summary>Deeds and later statements linked to positions as evidence.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    /// <summary>Every verdict recorded on an actor's say and do on an issue (superseded ones too: the history).</summary>
    public ImmutableArray<Assessment> Assessments { get; init; } = [];
}
