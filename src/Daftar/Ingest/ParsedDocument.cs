using System.Collections.Immutable;
using NodaTime;

namespace Daftar.Ingest;

/// <summary>
/// What a reader makes of one document's bytes: the clean body text and its metadata. Pure data.
/// </summary>
/// <param name="Text">
/// The clean body: paragraphs separated by <c>"\n\n"</c>, no site chrome, each paragraph trimmed, NFC,
/// <c>\n</c> line ends, never three newlines in a row, never empty.
/// </param>
/// <param name="Title">The headline, or null when none was found.</param>
/// <param name="Published">The publication date as written by the source (no time-zone conversion).</param>
/// <param name="Language">"en" or "ar" by the dominant script of the body; "und" when undecided.</param>
/// <param name="Publisher">The publishing outlet or institution, or null.</param>
/// <param name="Author">The author(s) as named in the byline or metadata, or null.</param>
/// <param name="Translations">Language codes of available translations, sorted and distinct.</param>
/// <param name="Format">The format the document was read as.</param>
public sealed record ParsedDocument(
    string Text,
    string? Title,
    LocalDate? Published,
    string Language,
    string? Publisher,
    string? Author,
    ImmutableArray<string> Translations,
    DocumentFormat Format)
{
    /// <summary>
    /// The dateline as the page wrote it ("January 27, 2020"), when <see cref="Published"/> came from one; it is
    /// not part of <see cref="Text"/>, so extraction records it as the document's creation time.
    /// </summary>
    public string? Dateline { get; init; }
}
