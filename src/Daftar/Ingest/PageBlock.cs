using NodaTime;

namespace Daftar.Ingest;

/// <summary>What a paragraph-sized block of a page is.</summary>
internal enum BlockKind
{
    /// <summary>Not (yet) known: headings, short lines, section names.</summary>
    Other,

    /// <summary>Real sentences: enough words and sentence punctuation at the end.</summary>
    Prose,

    /// <summary>Only a date (a dateline).</summary>
    Date,

    /// <summary>A byline: "By Name", "بقلم …", "Author: …".</summary>
    Byline,

    /// <summary>A short line combining a byline and/or date with other furniture ("By X | Jan 1, 2020 | 5 min read").</summary>
    Meta,

    /// <summary>"Also available in …" with the languages it names.</summary>
    Also,

    /// <summary>Page furniture: share/print/subscribe, feeds, copyright, taglines, menus, repeated section names.</summary>
    Chrome,
}

/// <summary>
/// One paragraph candidate of a document, with what the classifier made of it. The text is a slice of the
/// decoded document when it needed no cleaning (so a large text dump is not copied block by block), or a
/// cleaned string of its own.
/// </summary>
internal sealed class PageBlock
{
    private readonly string _source;
    private readonly int _start;
    private string? _text;

    public PageBlock(string text, bool isListItem = false)
        : this(text, 0, text.Length, isListItem)
    {
    }

    public PageBlock(string source, int start, int length, bool isListItem)
    {
        _source = source;
        _start = start;
        Length = length;
        IsListItem = isListItem;
    }

    /// <summary>The cleaned paragraph (trimmed lines, collapsed spaces, <c>\n</c> inside only for hard line breaks).</summary>
    public string Text => _text ??= _start == 0 && Length == _source.Length ? _source : _source.Substring(_start, Length);

    public ReadOnlySpan<char> Span => _source.AsSpan(_start, Length);

    public ReadOnlyMemory<char> Memory => _source.AsMemory(_start, Length);

    public int Length { get; }

    /// <summary>True for an item of a numbered or bulleted list.</summary>
    public bool IsListItem { get; }

    public BlockKind Kind { get; set; }

    /// <summary>Could be a headline: one line, 3–30 words, no final full stop, not furniture.</summary>
    public bool Headline { get; set; }

    /// <summary>Word count, capped (see <see cref="BlockClassifier"/>).</summary>
    public int Words { get; set; }

    public LocalDate? Date { get; set; }

    public string? Author { get; set; }

    public IReadOnlyList<string>? Languages { get; set; }

    public override string ToString() => $"{Kind}{(Headline ? "/H" : "")}{(IsListItem ? "/L" : "")}: {Text}";
}
