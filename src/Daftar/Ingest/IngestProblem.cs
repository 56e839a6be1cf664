namespace Daftar.Ingest;

/// <summary>Why a document could not be read.</summary>
public enum IngestProblem
{
    /// <summary>The file is empty or holds only whitespace.</summary>
    Empty,

    /// <summary>The file is binary (an image, archive, PDF, …), not text.</summary>
    Binary,

    /// <summary>The bytes are not valid text in the detected encoding.</summary>
    InvalidEncoding,

    /// <summary>The document has no recognisable body text.</summary>
    NoBody,

    /// <summary>The file is larger than <see cref="DocumentReader.MaxDocumentBytes"/>.</summary>
    TooLarge,

    /// <summary>The document's structure could not be parsed.</summary>
    Unreadable,
}
