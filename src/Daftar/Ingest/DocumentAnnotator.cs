using System.Security.Cryptography;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using NodaTime;
using NodaTime.Text;

namespace Daftar.Ingest;

/// <summary>Reads a document's bytes and extracts its annotation: the path <c>daftar extract</c> and <c>daftar eval</c> take.</summary>
public static class DocumentAnnotator
{
    /// <summary>Reads and annotates; <paramref name="published"/>, when given, overrides the document's own date.</summary>
    /// <exception cref="IngestException">The bytes are not a readable document.</exception>
    public static DocumentAnnotation Annotate(ReadOnlySpan<byte> bytes, string name, LocalDate? published = null, Gazetteer? gazetteer = null)
    {
        var document = DocumentReader.Read(bytes, name);
        var date = published ?? document.Published;
        var source = new AnnotationSource(
            document.Title,
            date is { } d ? LocalDatePattern.Iso.Format(d) : null,
            document.Language,
            document.Publisher,
            document.Author,
            document.Translations,
            Convert.ToHexStringLower(SHA256.HashData(bytes)))
        {
            Dateline = published is null ? document.Dateline : null,
        };
        return Extractor.Extract(document.Text, source, gazetteer);
    }
}
