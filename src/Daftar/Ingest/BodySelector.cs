using NodaTime;

namespace Daftar.Ingest;

/// <summary>What <see cref="BodySelector"/> found in a list of classified blocks.</summary>
internal sealed class Selection
{
    public List<ReadOnlyMemory<char>> Body { get; } = [];

    public string? Title { get; set; }

    public LocalDate? Published { get; set; }

    /// <summary>The dateline as written ("January 27, 2020"), when the date came from one.</summary>
    public string? Dateline { get; set; }

    public string? Author { get; set; }

    public List<string> Translations { get; } = [];

    /// <summary>Blocks before the headline (or the body): where a page names its publisher.</summary>
    public List<string> Head { get; } = [];

    /// <summary>Chrome blocks after the body (footers, copyright lines).</summary>
    public List<string> Tail { get; } = [];
}

/// <summary>
/// Finds the article in a page's blocks. The dateline is the first date-only block with few prose blocks
/// before it and more after it; the title is the headline-like block nearest before the dateline (else
/// nearest before the body); the body runs from the first prose block after the dateline (or title) to
/// the last prose block (or a list item that reads like one), and drops chrome, bylines and notices
/// inside that range.
/// </summary>
internal static class BodySelector
{
    /// <summary>A dateline may follow at most this many prose blocks (teasers, cookie notices).</summary>
    private const int MaxProseBeforeDateline = 3;

    /// <summary>Picks title, dateline and body range from a page (text dump or HTML content).</summary>
    public static Selection SelectArticle(IReadOnlyList<PageBlock> blocks)
    {
        var selection = new Selection();
        var prose = new bool[blocks.Count];
        var proseTotal = MarkProse(blocks, prose, relaxed: false);
        if (proseTotal == 0)
        {
            proseTotal = MarkProse(blocks, prose, relaxed: true);
        }

        if (proseTotal == 0)
        {
            return selection;
        }

        var dateline = -1;
        var proseBefore = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if ((b.Kind == BlockKind.Date || (b.Kind == BlockKind.Meta && b.Date is not null))
                && proseBefore <= MaxProseBeforeDateline && proseTotal - proseBefore > proseBefore)
            {
                dateline = i;
                break;
            }

            if (prose[i])
            {
                proseBefore++;
            }
        }

        var start = FirstProse(prose, dateline + 1);
        int title;
        if (dateline >= 0)
        {
            title = NearestHeadline(blocks, dateline - 1, 0);
            if (title < 0)
            {
                title = NearestHeadline(blocks, start - 1, dateline + 1);
            }
        }
        else
        {
            title = NearestHeadline(blocks, start - 1, 0);
        }

        var end = start;
        for (var i = blocks.Count - 1; i > start; i--)
        {
            if (prose[i] || ListItemEndsBody(blocks[i]))
            {
                end = i;
                break;
            }
        }

        selection.Title = title >= 0 ? blocks[title].Text : null;
        selection.Published = dateline >= 0 ? blocks[dateline].Date : FirstDateBefore(blocks, start);
        selection.Dateline = dateline >= 0 ? blocks[dateline].Text.Trim() : null;
        CollectNotices(blocks, end, selection);

        // A closing "Jane Roe is a senior fellow at …" is the author's bio, not the article.
        while (end > start && IsAuthorBio(blocks[end], selection.Author))
        {
            end--;
        }

        for (var i = start; i <= end; i++)
        {
            if (blocks[i].Kind is BlockKind.Prose or BlockKind.Other or BlockKind.Date)
            {
                selection.Body.Add(blocks[i].Memory);
            }
        }

        var headEnd = Math.Min(title >= 0 ? title : start, dateline >= 0 ? dateline : start);
        for (var i = 0; i < headEnd; i++)
        {
            selection.Head.Add(blocks[i].Text);
        }

        for (var i = end + 1; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Chrome)
            {
                selection.Tail.Add(blocks[i].Text);
            }
        }

        return selection;
    }

    /// <summary>
    /// For author-written documents (Markdown): everything is body except notices, and leading datelines
    /// and bylines, which become metadata.
    /// </summary>
    public static Selection SelectAll(IReadOnlyList<PageBlock> blocks)
    {
        var selection = new Selection();
        var leading = true;
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Also)
            {
                continue;
            }

            if (leading && b.Kind is BlockKind.Date or BlockKind.Byline or BlockKind.Meta)
            {
                selection.Published ??= b.Date;
                selection.Author ??= b.Author;
                continue;
            }

            leading = false;
            selection.Body.Add(b.Memory);
        }

        CollectNotices(blocks, blocks.Count - 1, selection);
        return selection;
    }

    private static int MarkProse(IReadOnlyList<PageBlock> blocks, bool[] prose, bool relaxed)
    {
        var total = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            prose[i] = b.Kind == BlockKind.Prose
                || (relaxed && b.Kind == BlockKind.Other
                    && ((b.Words >= 2 && TextStats.EndsSentence(b.Span)) || b.Words >= 12));
            if (prose[i])
            {
                total++;
            }
        }

        return total;
    }

    private static int FirstProse(bool[] prose, int from)
    {
        for (var i = Math.Max(from, 0); i < prose.Length; i++)
        {
            if (prose[i])
            {
                return i;
            }
        }

        return -1;
    }

    private static int NearestHeadline(IReadOnlyList<PageBlock> blocks, int from, int downTo)
    {
        for (var i = from; i >= downTo && i >= 0; i--)
        {
            if (blocks[i].Headline && blocks[i].Kind == BlockKind.Other)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAuthorBio(PageBlock block, string? author)
    {
        if (author is null || block.Length > 600)
        {
            return false;
        }

        var text = block.Span;
        foreach (var range in author.AsSpan().Split(" and "))
        {
            foreach (var nameRange in author.AsSpan()[range].SplitAny(",&"))
            {
                var name = author.AsSpan()[range][nameRange].Trim();
                if (name.Length >= 3 && text.StartsWith(name, StringComparison.Ordinal)
                    && (text[name.Length..].StartsWith(" is ", StringComparison.Ordinal)
                        || text[name.Length..].StartsWith(" was ", StringComparison.Ordinal)
                        || text[name.Length..].StartsWith(", ", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ListItemEndsBody(PageBlock b) =>
        b.IsListItem && b.Kind == BlockKind.Other && (TextStats.EndsSentence(b.Span) || b.Words >= 10);

    private static LocalDate? FirstDateBefore(IReadOnlyList<PageBlock> blocks, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (blocks[i].Kind is BlockKind.Date or BlockKind.Meta && blocks[i].Date is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The first byline up to <paramref name="last"/>, and every "also available in" notice.</summary>
    private static void CollectNotices(IReadOnlyList<PageBlock> blocks, int last, Selection selection)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (i <= last && b.Kind is BlockKind.Byline or BlockKind.Meta && b.Author is not null)
            {
                selection.Author ??= b.Author;
            }

            if (b.Kind == BlockKind.Also && b.Languages is not null)
            {
                selection.Translations.AddRange(b.Languages);
            }
        }
    }
}
