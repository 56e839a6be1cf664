using System.Collections.Immutable;
using NodaTime;

namespace Daftar.Storage;

/// <summary>What adding a document did.</summary>
public enum AddResult
{
    /// <summary>Stored as a new source.</summary>
    Added,

    /// <summary>These exact bytes are already in the ledger; nothing was added.</summary>
    SameBytes,

    /// <summary>Other bytes, but the same clean text as a stored source (a re-saved page); nothing was added.</summary>
    SameText,
}

/// <summary>The outcome of <see cref="SqliteLedger.AddSource"/>: the source that holds the document now.</summary>
public readonly record struct AddOutcome(long SourceId, AddResult Result);

/// <summary>A source as listed: its metadata and how much review it awaits, without its text.</summary>
public sealed record SourceSummary(
    long Id,
    string Sha256,
    string Name,
    string Format,
    string Language,
    string? Title,
    LocalDate? Published,
    string? Publisher,
    string? Author,
    bool Confidential,
    int TextLength,
    int Candidates);

/// <summary>A source found by a key, or the candidates when the key fits more than one.</summary>
public sealed record SourceLookup(Domain.Source? Source, ImmutableArray<SourceSummary> Ambiguous);

/// <summary>What a search hit is.</summary>
public enum SearchHitKind
{
    Source,
    Quote,
}

/// <summary>One search result: the entry, the source it is in, a snippet, and its BM25 rank (lower is better).</summary>
/// <param name="Actor">
/// Set when the hit was found through an actor rather than the query's words: the query names this actor, and the
/// source mentions it under another name (often in the other script). The snippet shows that mention; the rank is 0.
/// </param>
public sealed record SearchHit(SearchHitKind Kind, long Id, long SourceId, string Title, Snippet Snippet, double Rank, string? Actor = null);

/// <summary>Entries per kind.</summary>
public sealed record LedgerCounts(
    long Sources,
    long Actors,
    long Quotes,
    long Timexes,
    long Relations,
    long Events,
    long Issues,
    long Positions,
    long Assessments);

/// <summary>The ledger's entries that cite one source, each kind in text order.</summary>
public sealed record SourceEntries(
    ImmutableArray<Domain.ActorMention> Mentions,
    ImmutableArray<Domain.Quote> Quotes,
    ImmutableArray<Domain.Timex> Timexes,
    ImmutableArray<Domain.Relation> Relations,
    ImmutableArray<Domain.Event> Events,
    ImmutableArray<Domain.Position> Positions);

/// <summary>Search facets: what kind of hit, which language, which publication dates, which actor (each optional).</summary>
/// <param name="ActorId">Sources that mention the actor; quotations it speaks.</param>
public sealed record SearchFilter(SearchHitKind? Kind = null, string? Language = null, LocalDate? From = null, LocalDate? To = null, string? ActorId = null)
{
    public static SearchFilter None { get; } = new();
}
