using System.Collections.Immutable;
using NodaTime;

namespace Daftar.Ingest;

/// <summary>
/// Reads one document: decodes its bytes (<see cref="DocumentDecoder"/>), picks the reader by file
/// extension or content sniffing, and returns the clean body with its metadata. Pure: no I/O, no clock.
/// </summary>
public static class DocumentReader
{
    /// <summary>Largest document accepted, in bytes (64 MiB).</summary>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>Reads a document.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">The file name, or "-" for standard input; only its extension is used.</param>
    /// <exception cref="IngestException">The document is empty, binary, badly encoded, too large, or has no body.</exception>
    public static ParsedDocument Read(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length > MaxDocumentBytes)
        {
            throw new IngestException(
                IngestProblem.TooLarge,
                FormattableString.Invariant($"The file is too large ({bytes.Length:N0} bytes; the limit is {MaxDocumentBytes:N0})."));
        }

        var text = DocumentDecoder.Decode(bytes);
        var format = DetectFormat(name, text);
        return format switch
        {
            DocumentFormat.Html => HtmlDocumentReader.Read(text, name),
            DocumentFormat.Markdown => MarkdownDocumentReader.Read(text),
            _ => TextDocumentReader.Read(text),
        };
    }

    /// <summary>
    /// .html .htm .xhtml → HTML; .md .markdown → Markdown; otherwise HTML when the content starts (after
    /// whitespace) with <c>&lt;!doctype html</c> or <c>&lt;html</c>, else text.
    /// </summary>
    public static DocumentFormat DetectFormat(string? name, string text)
    {
        var extension = Path.GetExtension(name ?? "").ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml":
                return DocumentFormat.Html;
            case ".md" or ".markdown":
                return DocumentFormat.Markdown;
        }

        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var close = head.IndexOf("?>", StringComparison.Ordinal);
            head = close < 0 ? head : head[(close + 2)..].TrimStart();
        }

        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Html
            : DocumentFormat.Text;
    }

    internal static IngestException NoBody() =>
        new(IngestProblem.NoBody, "No article text found: the document holds no prose, only headings, menus or page furniture.");

    /// <summary>Joins and normalises the body and assembles the document.</summary>
    internal static ParsedDocument Finish(
        IReadOnlyList<ReadOnlyMemory<char>> body,
        string? title,
        LocalDate? published,
        string? languageHint,
        string? publisher,
        string? author,
        IEnumerable<string> translations,
        DocumentFormat format)
    {
        var text = TextCleaner.JoinParagraphs(body);
        if (text.Length == 0)
        {
            throw NoBody();
        }

        var language = LanguageDetector.Detect(text) ?? Lexicon.PrimaryLanguage(languageHint) ?? LanguageDetector.Undetermined;
        var codes = translations
            .Select(Lexicon.LanguageCode)
            .OfType<string>()
            .Where(code => code != language)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        return new ParsedDocument(
            text,
            CleanInline(title),
            published,
            language,
            CleanInline(publisher),
            CleanInline(author),
            codes,
            format);
    }

    /// <summary>A metadata value on one line: whitespace collapsed, NFC, null when empty.</summary>
    internal static string? CleanInline(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var sb = new System.Text.StringBuilder(value.Length);
        TextCleaner.AppendLine(sb, value.Replace('\n', ' ').Replace('\r', ' '));
        return sb.Length == 0 ? null : TextCleaner.ToNfc(sb.ToString());
    }
}
