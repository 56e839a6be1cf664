using System.ComponentModel;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime.Text;

namespace Daftar.Web.Api;

// What the API answers, as JSON (camelCase, dates ISO 8601, enum values as the ledger's snake_case codes). The domain
// records stay the ledger's: these are the shapes programs depend on, so they change only with a new API version.

/// <summary>One page of a list.</summary>
/// <param name="Total">How many entries the whole list holds (null where it is not counted: search).</param>
/// <param name="Next">The address of the next page, or null on the last one.</param>
public sealed record ApiPage<T>(
    IReadOnlyList<T> Items,
    [property: Description("How many entries the whole list holds; null where it is not counted (search).")] long? Total,
    int Offset,
    int Limit,
    [property: Description("The address of the next page, or null on the last.")] string? Next);

/// <summary>A source as listed: its metadata, without its text.</summary>
public sealed record SourceItem(
    long Id,
    string? Title,
    [property: Description("The file name it was ingested from.")] string Name,
    [property: Description("html, markdown or text.")] string Format,
    [property: Description("BCP 47 primary language of the text: en, ar or und.")] string Language,
    [property: Description("Publication day (ISO 8601), when known.")] string? Published,
    string? Publisher,
    string? Author,
    [property: Description("Hex SHA-256 of the original bytes.")] string Sha256,
    [property: Description("Length of the clean text, in UTF-16 code units (the unit of every span).")] int TextLength,
    [property: Description("Only analysts ever see a confidential source.")] bool Confidential,
    [property: Description("Entries of the source still awaiting review.")] int Candidates)
{
    internal static SourceItem Of(SourceSummary s) => new(
        s.Id, s.Title, s.Name, s.Format, s.Language, Day(s.Published), s.Publisher, s.Author, s.Sha256, s.TextLength, s.Confidential, s.Candidates);

    internal static string? Day(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}

/// <summary>A source with its metadata and its clean text, which every span of its entries points into.</summary>
public sealed record SourceDetail(
    long Id,
    string? Title,
    string Name,
    string Format,
    string Language,
    string? Published,
    string? Publisher,
    string? Author,
    string Sha256,
    bool Confidential,
    [property: Description("Languages the publisher offers the same piece in.")] IReadOnlyList<string> Translations,
    [property: Description("When it was ingested (ISO 8601, UTC).")] string IngestedAt,
    string Text)
{
    internal static SourceDetail Of(Source s) => new(
        s.Id, s.Title, s.Name, s.Format, s.Language, SourceItem.Day(s.Published), s.Publisher, s.Author, s.Sha256, s.Confidential,
        [.. s.Translations], InstantPattern.ExtendedIso.Format(s.IngestedAt), s.Text);
}

/// <summary>A name an actor goes by, and its script.</summary>
public sealed record ActorName(string Text, [property: Description("latin, arabic or other.")] string Script);

/// <summary>An actor with every name it goes by, in both scripts.</summary>
public sealed record ActorItem(
    [property: Description("Stable slug, e.g. moqtada-al-sadr.")] string Id,
    string Name,
    [property: Description("person, organization, state or other.")] string Type,
    [property: Description("candidate, accepted or rejected.")] string Review,
    IReadOnlyList<ActorName> Names)
{
    internal static ActorItem Of(Actor a) => new(a.Id, a.Name, Codes.Name(a.Type), Codes.Name(a.Review), NamesOf(a));

    internal static IReadOnlyList<ActorName> NamesOf(Actor a) => [.. a.Aliases.Select(n => new ActorName(n.Text, Codes.Name(n.Script)))];
}

/// <summary>An actor, its names in both scripts, and how much the ledger holds of it.</summary>
public sealed record ActorDetail(
    string Id,
    string Name,
    string Type,
    string Review,
    IReadOnlyList<ActorName> Names,
    [property: Description("Sources that name the actor.")] int Sources,
    [property: Description("Quotations the actor speaks (or is spoken for in).")] int Quotations,
    [property: Description("Reports of deeds the actor did or suffered.")] int Events);

/// <summary>Where an entry is in its source's clean text: UTF-16 code units, start inclusive, end exclusive.</summary>
public sealed record CitedSpan(int Start, int End)
{
    internal static CitedSpan Of(TextSpan span) => new(span.Start, span.End);
}

/// <summary>Who a quotation is attributed to.</summary>
public sealed record SpeakerItem(
    [property: Description("The speaker (or the group an anonymous one speaks for); null when unknown or withheld.")] string? ActorId,
    [property: Description("The words that describe the speaker in the source.")] string? Description,
    bool Anonymous,
    [property: Description("The analysts' record of who spoke must not leave their view (only analysts see it set).")] bool Confidential);

/// <summary>Quoted words in a source and their speaker.</summary>
public sealed record QuotationItem(
    long Id,
    long SourceId,
    CitedSpan Span,
    string Text,
    [property: Description("speech, fragment or term.")] string Kind,
    SpeakerItem Speaker,
    [property: Description("The reporting words (said, according to).")] string? Cue,
    [property: Description("candidate, accepted or rejected.")] string Review,
    [property: Description("The entry's version: a review names it.")] long Version)
{
    internal static QuotationItem Of(Versioned<Quote> v)
    {
        var q = v.Entry;
        return new(q.Id, q.Citation.SourceId, CitedSpan.Of(q.Citation.Span), q.Text, Codes.Name(q.Kind),
            new SpeakerItem(q.Speaker.ActorId, q.Speaker.Description, q.Speaker.Anonymous, q.Speaker.Confidential), q.Cue, Codes.Name(q.Review), v.Version);
    }
}

/// <summary>A dated deed as one source reports it: who did what to whom, when.</summary>
public sealed record EventItem(
    long Id,
    [property: Description("TIMEX3 value: 2024-04-20, 2024-04, 2024 …")] string Date,
    string? ActorId,
    string? TargetId,
    [property: Description("A PLOVER root (assault, protest, agree …) or statement.")] string Type,
    string Summary,
    long SourceId,
    CitedSpan Span,
    string Review,
    long Version)
{
    internal static EventItem Of(Versioned<Event> v)
    {
        var e = v.Entry;
        return new(e.Id, e.Date, e.ActorId, e.TargetId, Codes.Name(e.Type), e.Summary, e.Citation.SourceId, CitedSpan.Of(e.Citation.Span), Codes.Name(e.Review), v.Version);
    }
}

/// <summary>How one actor stands to another, read "subject predicate object", as one source states it.</summary>
public sealed record RelationItem(
    long Id,
    string SubjectId,
    [property: Description("leads, member_of, part_of, splinter_of, backed_by, advises, armed_wing_of, parent_of, allied_with or opposed_to.")] string Predicate,
    string ObjectId,
    [property: Description("TIMEX3 value, when the source says.")] string? Since,
    [property: Description("TIMEX3 value, when the source says.")] string? Until,
    long SourceId,
    CitedSpan Span,
    string Review,
    long Version)
{
    internal static RelationItem Of(Versioned<Relation> v)
    {
        var r = v.Entry;
        return new(r.Id, r.SubjectId, Codes.Name(r.Predicate), r.ObjectId, r.Since, r.Until, r.Citation.SourceId, CitedSpan.Of(r.Citation.Span), Codes.Name(r.Review), v.Version);
    }
}

/// <summary>An actor's stated position on an issue, in its own words.</summary>
public sealed record PositionItem(
    long Id,
    string ActorId,
    string IssueId,
    [property: Description("support, oppose, conditional or unclear.")] string Stance,
    string Statement,
    long SourceId,
    CitedSpan Span,
    string Review,
    long Version)
{
    internal static PositionItem Of(Versioned<Position> v)
    {
        var p = v.Entry;
        return new(p.Id, p.ActorId, p.IssueId, Codes.Name(p.Stance), p.Statement, p.Citation.SourceId, CitedSpan.Of(p.Citation.Span), Codes.Name(p.Review), v.Version);
    }
}

/// <summary>One search hit: a source or a quotation, with a snippet around the first matching word.</summary>
public sealed record SearchItem(
    [property: Description("source or quotation.")] string Kind,
    [property: Description("The source's or the quotation's id.")] long Id,
    long SourceId,
    string Title,
    string Snippet,
    [property: Description("The matched word in the snippet (empty when none).")] CitedSpan Highlight,
    [property: Description("Set when the source was found through an actor the query names (under another name, often in the other script).")] string? ActorId)
{
    internal static SearchItem Of(SearchHit h) => new(
        h.Kind == SearchHitKind.Quote ? "quotation" : "source", h.Id, h.SourceId, h.Title, h.Snippet.Text, CitedSpan.Of(h.Snippet.Highlight), h.Actor);
}

/// <summary>A review change: accept, reject or return to candidate one entry, from the version the reviewer saw.</summary>
public sealed record ReviewRequest(
    [property: Description("quotation, event, relation, position or date.")] string? Kind,
    long? Id,
    [property: Description("accepted, rejected or candidate.")] string? State,
    [property: Description("The version the reviewer saw (each entry in a list carries it).")] long? ExpectedVersion);

/// <summary>A review change made: the entry's state and version now.</summary>
public sealed record ReviewResult(string Kind, long Id, string State, long Version);

/// <summary>What ingesting a document did.</summary>
public sealed record IngestResult(
    [property: Description("added, or duplicate when the ledger already holds the document.")] string Status,
    SourceItem Source,
    [property: Description("For a duplicate: what it duplicates.")] string? Message);
