using System.Collections.Immutable;
using NodaTime;

namespace Daftar.Domain;

/// <summary>
/// One ingested document. Its identity is the SHA-256 of its original bytes, which the ledger keeps, so the
/// same bytes are never ingested twice and re-extraction never needs the original file.
/// </summary>
/// <param name="Id">Ledger-assigned number, stable once assigned.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the original bytes.</param>
/// <param name="Name">File name the document came from ("-" for standard input).</param>
/// <param name="Format">"html", "markdown" or "text".</param>
/// <param name="Language">BCP 47 primary language of the body: "en", "ar", or "und".</param>
/// <param name="Translations">Languages the publisher offers the same piece in.</param>
/// <param name="Text">The clean body text that every citation's span points into.</param>
/// <param name="Confidential">When true, the source is never shown outside the analysts' view.</param>
public sealed record Source(
    long Id,
    string Sha256,
    string Name,
    string Format,
    string Language,
    string? Title,
    LocalDate? Published,
    string? Publisher,
    string? Author,
    ImmutableArray<string> Translations,
    bool Confidential,
    Instant IngestedAt,
    string Text);
