using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Daftar.Ingest;

/// <summary>
/// Turns an HTML element into paragraph blocks: block elements and headings become paragraphs, &lt;br&gt; a
/// line break, each list item its own paragraph (numbered for &lt;ol&gt;), table rows paragraphs with cells
/// separated by spaces; scripts, styles, media, forms and page furniture (nav, header, footer, aside, and
/// elements whose class or id names sharing, newsletters, related links, comments, ads…) are skipped.
/// The walk is iterative, so deeply nested markup cannot overflow the stack.
/// </summary>
internal static class HtmlText
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "img", "picture",
        "video", "audio", "source", "track", "map", "button", "select", "option", "input", "textarea", "label",
        "figcaption", "head", "title", "meta", "link", "base", "form", "nav", "header", "footer", "aside", "dialog", "menu");

    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "section", "article", "main", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
        "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre", "hr", "figure", "address", "details",
        "summary", "center", "body", "html", "fieldset", "legend", "hgroup", "li");

    private static readonly FrozenSet<string> ChromeRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert");

    /// <summary>Class/id name parts (split at - and _) that mark page furniture.</summary>
    private static readonly FrozenSet<string> ChromeNameParts = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "share", "sharing", "sharebar", "social", "newsletter", "subscribe", "subscription", "signup", "related",
        "comments", "comment", "advert", "advertisement", "ad", "ads", "promo", "breadcrumb", "breadcrumbs",
        "cookie", "cookies", "popup", "modal", "sidebar", "menu", "navbar", "nav", "footer", "masthead", "tags",
        "skip", "sr", "screen", "visually", "hidden", "print", "toolbar", "widget", "recommended", "outbrain", "taboola");

    private readonly record struct Step(INode Node, bool Exit);

    public static List<PageBlock> ToBlocks(INode root)
    {
        var state = new Walker();
        var stack = new Stack<Step>();
        stack.Push(new Step(root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement closing && exit)
            {
                state.Exit(closing);
                continue;
            }

            switch (node.NodeType)
            {
                case NodeType.Text:
                    state.Text(((IText)node).Data);
                    break;
                case NodeType.Element:
                    var element = (IElement)node;
                    if (!state.Enter(element))
                    {
                        break;
                    }

                    stack.Push(new Step(element, true));
                    PushChildren(stack, element);
                    break;
                case NodeType.Document:
                case NodeType.DocumentFragment:
                    PushChildren(stack, node);
                    break;
            }
        }

        state.Flush();
        return state.Blocks;
    }

    /// <summary>The text of an element on one line (for headings, titles, links), or "".</summary>
    public static string InlineText(INode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0 && sb.Length < 10_000)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                sb.Append(text.Data).Append(' ');
            }
            else if (node is IElement e && Skipped.Contains(e.LocalName) && e != root)
            {
                continue;
            }
            else
            {
                for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push(node.ChildNodes[i]);
                }
            }
        }

        return DocumentReader.CleanInline(sb.ToString()) ?? "";
    }

    private static void PushChildren(Stack<Step> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(new Step(children[i], false));
        }
    }

    internal static bool IsChromeElement(IElement element)
    {
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && ChromeRoles.Contains(role))
        {
            return true;
        }

        // A class such as "has-sidebar" on a page wrapper must not swallow the article: only small
        // elements that hold no article are furniture by name.
        return (NamesChrome(element.GetAttribute("class")) || NamesChrome(element.Id))
            && IsSmallWithoutArticle(element, 3000);
    }

    private static bool IsSmallWithoutArticle(INode root, int limit)
    {
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                length += text.Data.Length;
                if (length >= limit)
                {
                    return false;
                }
            }
            else
            {
                if (node is IElement { LocalName: "article" or "main" } || (node is IElement e && e.GetAttribute("role") == "main"))
                {
                    return false;
                }

                foreach (var child in node.ChildNodes)
                {
                    stack.Push(child);
                }
            }
        }

        return true;
    }

    private static bool NamesChrome(string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 500)
        {
            return false;
        }

        foreach (var range in names.AsSpan().SplitAny(" \t\n-_"))
        {
            var part = names.AsSpan()[range];
            if (!part.IsEmpty && ChromeNameParts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Walker
    {
        private readonly StringBuilder _current = new();
        private readonly StringBuilder _scratch = new();
        private readonly Dictionary<IElement, int> _olCounters = new(ReferenceEqualityComparer.Instance);
        private int _prefixLength;
        private bool _listItem;
        private int _preDepth;

        public List<PageBlock> Blocks { get; } = [];

        public bool Enter(IElement e)
        {
            var name = e.LocalName;
            if (Skipped.Contains(name) || IsChromeElement(e))
            {
                return false;
            }

            switch (name)
            {
                case "br":
                    _current.Append('\n');
                    return false;
                case "hr":
                    Flush();
                    return false;
                case "td" or "th":
                    _current.Append(' ');
                    return true;
                case "pre":
                    _preDepth++;
                    break;
            }

            if (BlockElements.Contains(name))
            {
                Flush();
            }

            if (name == "li")
            {
                _listItem = true;
                if (e.ParentElement is { LocalName: "ol" } list)
                {
                    if (!_olCounters.TryGetValue(list, out var number))
                    {
                        number = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
                            && start is > -1_000_000 and < 1_000_000 ? start - 1 : 0;
                    }

                    number++;
                    _olCounters[list] = number;
                    _current.Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ");
                    _prefixLength = _current.Length;
                }
            }

            return true;
        }

        public void Exit(IElement e)
        {
            var name = e.LocalName;
            if (name == "pre")
            {
                _preDepth--;
            }

            if (BlockElements.Contains(name))
            {
                Flush();
            }
        }

        public void Text(string data)
        {
            if (_preDepth > 0)
            {
                _current.Append(data);
                return;
            }

            var span = data.AsSpan();
            int i;
            while ((i = span.IndexOfAny('\n', '\r')) >= 0)
            {
                _current.Append(span[..i]).Append(' ');
                span = span[(i + 1)..];
            }

            _current.Append(span);
        }

        public void Flush()
        {
            if (_current.Length == 0)
            {
                return;
            }

            if (_prefixLength > 0 && _current.Length == _prefixLength)
            {
                // Only the list number so far (<li><p>…): keep it for the item's first paragraph.
                return;
            }

            var text = TextCleaner.CleanParagraph(_current.ToString(), _scratch);
            if (text.Length > 0)
            {
                Blocks.Add(new PageBlock(text, _listItem));
            }

            _current.Clear();
            _prefixLength = 0;
            _listItem = false;
        }
    }
}
