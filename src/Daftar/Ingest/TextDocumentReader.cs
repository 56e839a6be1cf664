using System.Runtime.CompilerServices;
using System.Text;

namespace Daftar.Ingest;

/// <summary>
/// Reads plain text: clean articles ("Title\n\nDateline\n\nBody") and page-text dumps, where each
/// paragraph, heading and menu entry of a web page is a line of its own and the article sits between
/// site chrome.
/// </summary>
internal static class TextDocumentReader
{
    /// <summary>Hard-wrapped text has no line longer than this.</summary>
    private const int WrapWidth = 100;

    public static ParsedDocument Read(string text)
    {
        var blocks = SplitBlocks(TextCleaner.NormalizeLineEnds(text));
        BlockClassifier.Classify(blocks);
        var selection = BodySelector.SelectArticle(blocks);
        if (selection.Body.Count == 0)
        {
            throw DocumentReader.NoBody();
        }

        var publisher = Publishers.FindKnown(selection.Head)
            ?? Publishers.FindKnown(selection.Tail)
            ?? Publishers.FindCopyrightHolder(selection.Tail.Concat(selection.Head))
            ?? Publishers.FindInstitution(selection.Head)
            ?? Publishers.FindInstitution(selection.Tail);
        return DocumentReader.Finish(
            selection.Body,
            selection.Title,
            selection.Published,
            languageHint: null,
            publisher,
            selection.Author,
            selection.Translations,
            DocumentFormat.Text) with { Dateline = selection.Published is null ? null : selection.Dateline };
    }

    /// <summary>
    /// Splits text into blocks at blank lines. A multi-line block becomes one paragraph per line when it
    /// is a list (items start with "1." "•" "-" …), holds a dateline or byline, has a line longer than a
    /// wrapped line would be, or has most lines ending a sentence; otherwise it is one hard-wrapped
    /// paragraph whose line breaks are kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<PageBlock> SplitBlocks(string text)
    {
        var blocks = new List<PageBlock>();
        var scratch = new StringBuilder();
        var span = text.AsSpan();
        var lineRanges = new List<Range>();
        var position = 0;
        while (position <= span.Length)
        {
            var newline = span[position..].IndexOf('\n');
            var end = newline < 0 ? span.Length : position + newline;
            var line = span[position..end];
            if (TextCleaner.IsBlank(line))
            {
                if (lineRanges.Count > 0)
                {
                    AddBlock(text, lineRanges, blocks, scratch);
                    lineRanges.Clear();
                }
            }
            else
            {
                lineRanges.Add(position..end);
            }

            if (newline < 0)
            {
                break;
            }

            position = end + 1;
        }

        if (lineRanges.Count > 0)
        {
            AddBlock(text, lineRanges, blocks, scratch);
        }

        return blocks;
    }

    private static void AddBlock(string source, List<Range> lines, List<PageBlock> blocks, StringBuilder scratch)
    {
        var text = source.AsSpan();
        if (lines.Count == 1)
        {
            AddLine(blocks, source, lines[0], scratch);
            return;
        }

        // Hard-wrapped prose has lines of similar, moderate length that mostly end mid-sentence. A dump
        // without blank lines has whole paragraphs per line (long), or headline/date/byline lines.
        var isList = false;
        var maxLength = 0;
        var sentenceEnds = 0;
        var furnitureLine = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = TextCleaner.TrimSpace(text[lines[i]]);
            isList |= TextStats.ListMarkerLength(line) > 0;
            maxLength = Math.Max(maxLength, line.Length);
            if (i < lines.Count - 1 && TextStats.EndsSentence(line))
            {
                sentenceEnds++;
            }

            furnitureLine = furnitureLine
                || (line.Length <= DatelineParser.MaxLength && DatelineParser.TryParseDateline(line, out _))
                || (line.Length <= 120 && BlockClassifier.TryByline(line.ToString(), out _));
        }

        var splitLines = furnitureLine || maxLength > WrapWidth || (!isList && sentenceEnds * 2 >= lines.Count - 1);
        if (splitLines)
        {
            foreach (var range in lines)
            {
                AddLine(blocks, source, range, scratch);
            }

            return;
        }

        if (isList)
        {
            // Marker lines start items; other lines continue the item (or the lead-in) before them.
            var start = 0;
            for (var i = 1; i <= lines.Count; i++)
            {
                if (i == lines.Count || TextStats.ListMarkerLength(TextCleaner.TrimSpace(text[lines[i]])) > 0)
                {
                    if (i - start == 1)
                    {
                        AddLine(blocks, source, lines[start], scratch);
                    }
                    else
                    {
                        AddLines(blocks, text, lines, start, i, scratch);
                    }

                    start = i;
                }
            }
        }
        else
        {
            AddLines(blocks, text, lines, 0, lines.Count, scratch);
        }
    }

    private static void AddLines(List<PageBlock> blocks, ReadOnlySpan<char> text, List<Range> lines, int from, int to, StringBuilder scratch)
    {
        scratch.Clear();
        for (var i = from; i < to; i++)
        {
            if (scratch.Length > 0)
            {
                scratch.Append('\n');
            }

            TextCleaner.AppendLine(scratch, text[lines[i]]);
        }

        if (scratch.Length > 0)
        {
            var paragraph = scratch.ToString();
            blocks.Add(new PageBlock(paragraph, TextStats.ListMarkerLength(paragraph) > 0));
        }
    }

    /// <summary>Adds one line as a block: a slice of the source when it needs no cleaning, else a cleaned copy.</summary>
    private static void AddLine(List<PageBlock> blocks, string source, Range range, StringBuilder scratch)
    {
        var (offset, length) = range.GetOffsetAndLength(source.Length);
        var line = source.AsSpan(offset, length);
        var trimmed = TextCleaner.TrimSpace(line);
        if (trimmed.IsEmpty)
        {
            return;
        }

        var listItem = TextStats.ListMarkerLength(trimmed) > 0;
        if (TextCleaner.IsCleanLine(trimmed))
        {
            blocks.Add(new PageBlock(source, offset + TrimmedStart(line), trimmed.Length, listItem));
            return;
        }

        scratch.Clear();
        TextCleaner.AppendLine(scratch, trimmed);
        blocks.Add(new PageBlock(scratch.ToString(), listItem));
    }

    private static int TrimmedStart(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && TextCleaner.IsHorizontalSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}
