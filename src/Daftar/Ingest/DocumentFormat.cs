namespace Daftar.Ingest;

/// <summary>The kind of source a document was read from.</summary>
public enum DocumentFormat
{
    /// <summary>An HTML page (saved web page, XHTML).</summary>
    Html,

    /// <summary>A Markdown file, optionally with YAML front matter.</summary>
    Markdown,

    /// <summary>Plain text: clean text or a page-text dump with site chrome.</summary>
    Text,
}
