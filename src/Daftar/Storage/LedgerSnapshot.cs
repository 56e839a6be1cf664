using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Storage;

/// <summary>
/// The whole ledger as one value: what <c>daftar export</c> writes and <c>daftar import</c> reads back.
/// Collections are ordered by id, so two exports of the same ledger are byte-for-byte equal.
/// </summary>
public sealed record LedgerSnapshot(
    string Format,
    ImmutableArray<ArchivedSource> Sources,
    ImmutableArray<Actor> Actors,
    ImmutableArray<ActorMention> Mentions,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<Timex> Timexes,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Event> Events,
    ImmutableArray<Issue> Issues,
    ImmutableArray<Position> Positions,
    ImmutableArray<Assessment> Assessments,
    ImmutableArray<Note> Notes)
{
    /// <summary>The format tag of this shape of snapshot.</summary>
    public const string CurrentFormat = "daftar-ledger/1";

    /// <summary>Deeds and later statements set against positions (absent from snapshots made before there was any: empty).</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];
}

/// <summary>A source together with the original bytes it was read from.</summary>
public sealed record ArchivedSource(Source Source, byte[] Original);
