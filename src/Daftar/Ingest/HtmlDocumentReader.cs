using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NodaTime;
using SmartReader;

namespace Daftar.Ingest;

/// <summary>
/// Reads an HTML page: metadata from meta tags, JSON-LD, &lt;title&gt;, &lt;h1&gt;, &lt;time&gt;, &lt;html lang&gt;
/// and hreflang alternates; the article body from the page's one declared article (<c>itemprop="articleBody"</c> or a
/// single &lt;article&gt; holding nearly all its paragraphs), else from SmartReader's main-content extraction (falling
/// back to &lt;article&gt;/&lt;main&gt;, else the page body without furniture), converted to paragraphs and passed
/// through the same chrome filter and body selection as page-text dumps.
/// </summary>
internal static class HtmlDocumentReader
{
    /// <summary>Prose characters below which SmartReader's extraction counts as a failure.</summary>
    private const int MinProseChars = 250;

    /// <summary>The least share of the page's paragraph text a declared article must hold to be read on its own.</summary>
    private const double DeclaredArticleShare = 0.8;

    /// <summary>Deeper DOMs skip SmartReader, whose recursive walks could exhaust the stack.</summary>
    private const int MaxDepthForSmartReader = 300;

    private static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " / "];

    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "og:published_time", "published_time", "article.published",
    ];

    private static readonly string[] AuthorMetaKeys =
        ["author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author", "og:article:author"];

    public static ParsedDocument Read(string html, string name)
    {
        IHtmlDocument document;
        try
        {
            document = new HtmlParser().ParseDocument(html);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new IngestException(IngestProblem.Unreadable, "The HTML could not be parsed: " + e.Message, e);
        }

        using (document)
        {
            // Everything read from the page itself comes first: SmartReader rearranges the document.
            var meta = MetaTags(document);
            var jsonLd = JsonLd.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
            var titleElement = document.Title;
            var h1 = document.QuerySelector("h1") is { } heading ? HtmlText.InlineText(heading) : null;
            var publishedOnPage = PublishedDate(document, meta, jsonLd);
            var translations = new List<string>(Alternates(document));
            translations.AddRange(AlsoAvailable(document));
            var pageLanguage = document.DocumentElement?.GetAttribute("lang");
            var furniture = document.QuerySelectorAll("header, footer").Where(e => !InsideArticle(e))
                .Select(HtmlText.InlineText).Where(t => t.Length is > 0 and <= 2000).ToList();
            // A page that declares its one article (and holds nearly all its paragraphs there) is read from that
            // element; SmartReader, which costs about two thirds of reading a page, is for the pages that do not.
            var declared = DeclaredArticleBlocks(document);
            var article = declared is null && MaxDepth(document) <= MaxDepthForSmartReader ? RunSmartReader(document, name) : null;

            var blocks = declared ?? ChooseContent(html, article);
            var selection = BodySelector.SelectArticle(blocks);
            if (selection.Body.Count == 0)
            {
                throw DocumentReader.NoBody();
            }

            var siteName = Meta(meta, "og:site_name") ?? jsonLd?.Publisher ?? Meta(meta, "application-name")
                ?? Meta(meta, "publisher") ?? Meta(meta, "dc.publisher") ?? NullIfBlank(article?.SiteName);
            var publisher = Publishers.Canonicalize(siteName)
                ?? Publishers.FindKnown(titleElement is null ? [] : [titleElement])
                ?? Publishers.FindKnown(furniture)
                ?? Publishers.FindKnown(selection.Tail)
                ?? Publishers.FindCopyrightHolder(furniture.Concat(selection.Tail))
                ?? Publishers.FindInstitution(furniture)
                ?? Publishers.FindInstitution(selection.Tail);

            var title = FirstClean(
                siteName,
                Meta(meta, "og:title"),
                Meta(meta, "twitter:title"),
                jsonLd?.Headline,
                h1,
                titleElement,
                selection.Title);

            var author = CleanAuthor(jsonLd?.Author, publisher)
                ?? AuthorMetaKeys.Select(k => CleanAuthor(Meta(meta, k), publisher)).FirstOrDefault(a => a is not null)
                ?? selection.Author
                ?? CleanAuthor(article?.Byline, publisher)
                ?? CleanAuthor(article?.Author, publisher);

            translations.AddRange(selection.Translations);
            var language = pageLanguage
                ?? jsonLd?.Language
                ?? Meta(meta, "og:locale")
                ?? Meta(meta, "content-language")
                ?? article?.Language;
            return DocumentReader.Finish(
                selection.Body,
                title,
                publishedOnPage ?? selection.Published,
                language,
                publisher,
                author,
                translations,
                DocumentFormat.Html);
        }
    }

    /// <summary>
    /// The blocks of the page's declared article: the one element marked <c>itemprop="articleBody"</c>, else the one
    /// &lt;article&gt;, when it holds at least <see cref="DeclaredArticleShare"/> of the page's paragraph text and
    /// enough prose. Null otherwise (no such element, several of them as on a listing page, or an article element that
    /// wraps only a teaser).
    /// </summary>
    internal static List<PageBlock>? DeclaredArticleBlocks(IHtmlDocument document)
    {
        var bodies = document.QuerySelectorAll("[itemprop~=articleBody]");
        IElement? declared = bodies.Length == 1 ? bodies[0] : null;
        if (declared is null && bodies.Length == 0)
        {
            var articles = document.QuerySelectorAll("article");
            declared = articles.Length == 1 ? articles[0] : null;
        }

        if (declared is null)
        {
            return null;
        }

        long inside = 0;
        long total = 0;
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var length = paragraph.TextContent.AsSpan().Trim().Length;
            total += length;
            if (declared.Contains(paragraph))
            {
                inside += length;
            }
        }

        if (total == 0 || inside < total * DeclaredArticleShare)
        {
            return null;
        }

        var blocks = Fallback(declared);
        return ProseChars(blocks) >= MinProseChars ? blocks : null;
    }

    /// <summary>Runs SmartReader on the parsed page (which it rearranges); null when it fails.</summary>
    private static Article? RunSmartReader(IHtmlDocument document, string name)
    {
        try
        {
            var file = Path.GetFileName(name);
            var url = "https://localhost/" + Uri.EscapeDataString(string.IsNullOrEmpty(file) || file == "-" ? "document.html" : file);
            using var reader = new Reader(url, document) { DisableJSONLD = true };
            return reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException and not IngestException)
        {
            // SmartReader is a heuristic; when it trips over a page, the fallback extraction takes over.
            return null;
        }
    }

    /// <summary>SmartReader's content when it found enough prose, else the better of it and the structural fallback.</summary>
    private static List<PageBlock> ChooseContent(string html, Article? article)
    {
        List<PageBlock>? smart = null;
        var smartProse = 0;
        if (article is not null && !string.IsNullOrWhiteSpace(article.Content))
        {
            using var content = new HtmlParser().ParseDocument(article.Content);
            smart = HtmlText.ToBlocks(content.Body ?? (INode)content);
            BlockClassifier.Classify(smart);
            smartProse = ProseChars(smart);
            if (smartProse >= MinProseChars)
            {
                return smart;
            }
        }

        // SmartReader rearranged the first parse: read the page afresh for the structural fallback.
        using var document = new HtmlParser().ParseDocument(html);
        var container = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        var fallback = Fallback(container);
        if (ProseChars(fallback) < MinProseChars && container is not null)
        {
            var whole = Fallback(document.Body);
            if (ProseChars(whole) > ProseChars(fallback))
            {
                fallback = whole;
            }
        }

        return smart is not null && smartProse >= ProseChars(fallback) ? smart : fallback;
    }

    private static List<PageBlock> Fallback(IElement? root)
    {
        if (root is null)
        {
            return [];
        }

        var blocks = HtmlText.ToBlocks(root);
        BlockClassifier.Classify(blocks);
        return blocks;
    }

    private static bool InsideArticle(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "article" or "main")
            {
                return true;
            }
        }

        return false;
    }

    private static int ProseChars(List<PageBlock> blocks) =>
        blocks.Where(b => b.Kind == BlockKind.Prose).Sum(b => b.Text.Length);

    private static int MaxDepth(IHtmlDocument document)
    {
        var max = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > max)
            {
                max = depth;
                if (max > MaxDepthForSmartReader)
                {
                    return max;
                }
            }

            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Element)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return max;
    }

    private static Dictionary<string, string> MetaTags(IHtmlDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name")
                ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
            {
                meta.TryAdd(key.Trim(), content.Trim());
            }
        }

        return meta;
    }

    private static string? Meta(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var value) ? value : null;

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The first non-empty candidate title with any " | Site name" part removed.</summary>
    private static string? FirstClean(string? siteName, params string?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (DocumentReader.CleanInline(candidate) is { } clean && StripSiteName(clean, siteName) is { Length: > 0 } title)
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>"Headline | Site" → "Headline"; "Site - Headline" → "Headline" when the site is known.</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        foreach (var separator in TitleSeparators)
        {
            var i = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (i <= 0)
            {
                continue;
            }

            var head = title[..i].Trim();
            var tail = title[(i + separator.Length)..].Trim();
            if (SameSite(tail, siteName))
            {
                return head;
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            var lead = title[..first].Trim();
            if (SameSite(lead, siteName))
            {
                return title[(first + separator.Length)..].Trim();
            }

            // Unknown site: a short last segment after a longer headline is the site's name.
            if (siteName is null && separator is " | " or " – " or " — " or " :: " or " · "
                && TextStats.WordCount(tail) <= 5 && TextStats.WordCount(head) >= 3)
            {
                return head;
            }
        }

        return title;
    }

    private static bool SameSite(string part, string? siteName)
    {
        if (part.Length == 0)
        {
            return false;
        }

        if (siteName is not null
            && (part.Equals(siteName, StringComparison.OrdinalIgnoreCase)
                || siteName.Contains(part, StringComparison.OrdinalIgnoreCase)
                || part.Contains(siteName, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var canonical = Publishers.Canonicalize(part);
        return canonical is not null && !canonical.Equals(part, StringComparison.Ordinal);
    }

    private static LocalDate? PublishedDate(IHtmlDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        if (jsonLd?.DatePublished is { } ld && DatelineParser.TryParseTimestamp(ld, out var date))
        {
            return date;
        }

        foreach (var key in DateMetaKeys)
        {
            if (Meta(meta, key) is { } value && DatelineParser.TryParseTimestamp(value, out date))
            {
                return date;
            }
        }

        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished], time"))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? HtmlText.InlineText(element);
            if (DatelineParser.TryParseTimestamp(value, out date))
            {
                return date;
            }
        }

        return null;
    }

    private static string? CleanAuthor(string? value, string? publisher)
    {
        var author = DocumentReader.CleanInline(value);
        if (author is null || author.Contains("://", StringComparison.Ordinal) || author.StartsWith('@'))
        {
            return null;
        }

        if (author.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            author = author[3..].Trim();
        }

        if (author.Length is 0 or > 150 || (publisher is not null && author.Equals(publisher, StringComparison.OrdinalIgnoreCase))
            || Publishers.Canonicalize(author) is { } canonical && !canonical.Equals(author, StringComparison.Ordinal))
        {
            return null;
        }

        return author;
    }

    /// <summary>Languages of &lt;link rel="alternate" hreflang="…"&gt; (x-default excluded).</summary>
    private static IEnumerable<string> Alternates(IHtmlDocument document)
    {
        foreach (var link in document.QuerySelectorAll("link[hreflang]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (rel.Contains("alternate", StringComparison.OrdinalIgnoreCase)
                && Lexicon.PrimaryLanguage(link.GetAttribute("hreflang")) is { } code)
            {
                yield return code;
            }
        }
    }

    /// <summary>"Also available in &lt;a&gt;العربية&lt;/a&gt;" anywhere on the page (usually outside the article).</summary>
    private static List<string> AlsoAvailable(IHtmlDocument document)
    {
        var found = new List<string>();
        if (document.Body is null)
        {
            return found;
        }

        var stack = new Stack<INode>();
        stack.Push(document.Body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                if (text.Data.Length <= 200 && BlockClassifier.StartsLikeAlso(text.Data))
                {
                    var element = text.ParentElement;
                    for (var level = 0; level < 3 && element is not null; level++, element = element.ParentElement)
                    {
                        var inline = HtmlText.InlineText(element);
                        if (inline.Length > 200)
                        {
                            break;
                        }

                        if (BlockClassifier.TryAlso(inline, out var languages))
                        {
                            found.AddRange(languages);
                            break;
                        }
                    }
                }

                continue;
            }

            if (node is IElement { LocalName: "script" or "style" or "template" })
            {
                continue;
            }

            foreach (var child in node.ChildNodes)
            {
                stack.Push(child);
            }
        }

        return found;
    }
}
