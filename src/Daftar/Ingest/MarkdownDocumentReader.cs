using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NodaTime;

namespace Daftar.Ingest;

/// <summary>
/// Reads Markdown: YAML front matter for metadata (title, date/published, author(s), publisher, language,
/// translations), else the title from the first level-1 heading (removed from the body). The body is the
/// document as plain paragraphs: headings and list items each a paragraph, link text kept without URLs,
/// images and raw HTML tags dropped.
/// </summary>
internal static class MarkdownDocumentReader
{
    /// <summary>Containers nested deeper than this are flattened into their parent's text.</summary>
    private const int MaxNesting = 32;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static ParsedDocument Read(string text)
    {
        var (meta, markdown) = FrontMatter.Split(TextCleaner.NormalizeLineEnds(text));
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new IngestException(IngestProblem.Unreadable, "The Markdown could not be parsed: " + e.Message, e);
        }

        var title = meta?.Get("title");
        var blocks = new List<PageBlock>();
        var scratch = new StringBuilder();
        var inline = new StringBuilder();
        var first = true;
        foreach (var (block, listItem, prefix) in Leaves(document))
        {
            var paragraph = LeafText(block, prefix, inline, scratch);
            if (paragraph.Length == 0)
            {
                continue;
            }

            // The first level-1 heading is the title (or repeats it): not body.
            if (first && block is HeadingBlock { Level: 1 }
                && (title is null || string.Equals(title.Trim(), paragraph, StringComparison.OrdinalIgnoreCase)))
            {
                title ??= paragraph;
                first = false;
                continue;
            }

            first = false;
            blocks.Add(new PageBlock(paragraph, listItem));
        }

        BlockClassifier.Classify(blocks);
        var selection = BodySelector.SelectAll(blocks);
        if (selection.Body.Count == 0)
        {
            throw DocumentReader.NoBody();
        }

        LocalDate? published = null;
        if (meta?.Get("date", "published", "publishdate", "pubdate", "date_published") is { } dateValue
            && DatelineParser.TryParseTimestamp(dateValue, out var date))
        {
            published = date;
        }

        var translations = new List<string>(selection.Translations);
        if (meta is not null)
        {
            foreach (var value in meta.GetAll("translations", "translation", "available_in"))
            {
                translations.AddRange(value.Split([',', '،', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        var author = meta?.GetAll("author", "authors", "byline") is { Count: > 0 } authors
            ? string.Join(" and ", authors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()))
            : null;
        return DocumentReader.Finish(
            selection.Body,
            title,
            published ?? selection.Published,
            meta?.Get("language", "lang", "locale"),
            Publishers.Canonicalize(meta?.Get("publisher", "source", "site", "site_name")),
            string.IsNullOrWhiteSpace(author) ? selection.Author : author,
            translations,
            DocumentFormat.Markdown);
    }

    /// <summary>Leaf blocks in document order with whether they belong to a list item and the item's number prefix.</summary>
    private static IEnumerable<(LeafBlock Block, bool ListItem, string? Prefix)> Leaves(MarkdownDocument document)
    {
        var stack = new Stack<(Markdig.Syntax.Block Block, int Depth, bool InList, string? Prefix)>();
        for (var i = document.Count - 1; i >= 0; i--)
        {
            stack.Push((document[i], 0, false, null));
        }

        while (stack.Count > 0)
        {
            var (block, depth, inList, prefix) = stack.Pop();
            switch (block)
            {
                case LeafBlock leaf:
                    yield return (leaf, inList, prefix);
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        foreach (var leaf in Descendants(row))
                        {
                            yield return (leaf, false, null);
                        }
                    }

                    break;
                case ContainerBlock container when depth < MaxNesting:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        var child = container[i];
                        var childPrefix = (string?)null;
                        var childInList = inList;
                        if (child is ListItemBlock item)
                        {
                            childInList = true;
                            if (container is ListBlock { IsOrdered: true } list)
                            {
                                var number = item.Order != 0 ? item.Order : OrderOf(list, i);
                                childPrefix = number.ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter + " ";
                            }
                        }
                        else if (i == 0)
                        {
                            childPrefix = prefix;
                        }

                        stack.Push((child, depth + 1, childInList, childPrefix));
                    }

                    break;
                case ContainerBlock container:
                    foreach (var leaf in Descendants(container))
                    {
                        yield return (leaf, inList, null);
                    }

                    break;
            }
        }
    }

    private static int OrderOf(ListBlock list, int index) =>
        (int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1) + index;

    private static IEnumerable<LeafBlock> Descendants(ContainerBlock container) => container.Descendants<LeafBlock>();

    /// <param name="sb">Reused for the leaf's raw text (cleared here).</param>
    /// <param name="scratch">Reused by the cleaning.</param>
    private static string LeafText(LeafBlock block, string? prefix, StringBuilder sb, StringBuilder scratch)
    {
        sb.Clear();
        if (prefix is not null)
        {
            sb.Append(prefix);
        }

        switch (block)
        {
            case HtmlBlock html:
                var fragment = new HtmlParser().ParseDocument(html.Lines.ToString());
                return string.Join("\n\n", HtmlText.ToBlocks(fragment).Select(b => b.Text));
            case CodeBlock code:
                sb.Append(code.Lines.ToString());
                break;
            case ThematicBreakBlock:
                return "";
            default:
                if (block.Inline is not null)
                {
                    AppendInlines(block.Inline, sb);
                }

                break;
        }

        return CleanParagraph(sb, scratch);
    }

    /// <summary>Cleans the builder's text in place when it is one chunk (the usual case once it has grown), else a copy.</summary>
    private static string CleanParagraph(StringBuilder sb, StringBuilder scratch)
    {
        ReadOnlyMemory<char> single = default;
        var chunks = 0;
        foreach (var chunk in sb.GetChunks())
        {
            if (chunk.IsEmpty)
            {
                continue;
            }

            single = chunk;
            chunks++;
        }

        return chunks <= 1 ? TextCleaner.CleanParagraph(single.Span, scratch) : TextCleaner.CleanParagraph(sb.ToString(), scratch);
    }

    private static void AppendInlines(ContainerInline root, StringBuilder sb)
    {
        var stack = new Stack<Inline>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline lineBreak:
                    sb.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container:
                    PushChildren(stack, container);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<Inline> stack, ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }
}
