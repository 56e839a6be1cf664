using AngleSharp.Html.Parser;
using Daftar.Ingest;
using Xunit;
using static Daftar.Tests.Ingest.Fixtures;

namespace Daftar.Tests.Ingest;

/// <summary>
/// The declared-article path: a page that marks its one article is read from it without SmartReader, and a page
/// that does not (or marks several, or marks only a teaser) is left to SmartReader.
/// </summary>
public class DeclaredArticleTests
{
    private const string Prose =
        "The council met on Tuesday to weigh the governor's plan for the canals, which farmers say has been promised "
        + "for three seasons without a single contract signed. Members asked the ministry for a timetable and a budget line.";

    [Fact]
    public void One_article_holding_the_paragraphs_is_read_on_its_own_without_its_share_and_related_blocks()
    {
        var html = Page(
            "<article><h1>Canals first</h1><p>" + Prose + "</p><div class=\"share-bar\"><a>Share on X</a></div>"
            + "<p>" + Prose + " Again.</p><aside><h3>Related</h3><p>Another story</p></aside></article>",
            "<footer><p>© Tigris Review</p></footer>");

        var blocks = Declared(html);

        Assert.NotNull(blocks);
        var text = string.Join("\n", blocks.Select(b => b.Text));
        Assert.Contains("The council met on Tuesday", text, StringComparison.Ordinal);
        Assert.Contains("Again.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tigris", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleBody_microdata_wins_over_the_article_element()
    {
        var html = Page(
            "<article><p>Teaser line that is not the body.</p><div itemprop=\"articleBody\"><p>" + Prose + "</p><p>" + Prose + "</p></div></article>");

        var blocks = Declared(html);

        Assert.NotNull(blocks);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Teaser", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listing_page_with_several_articles_is_left_to_SmartReader()
    {
        var html = Page("<article><p>" + Prose + "</p></article><article><p>" + Prose + "</p></article>");

        Assert.Null(Declared(html));
    }

    [Fact]
    public void An_article_element_holding_only_a_teaser_is_left_to_SmartReader()
    {
        var html = Page(
            "<article><p>A short teaser.</p></article>",
            "<div class=\"content\"><p>" + Prose + "</p><p>" + Prose + "</p></div>");

        Assert.Null(Declared(html));
    }

    [Fact]
    public void An_article_with_too_little_prose_is_left_to_SmartReader()
    {
        Assert.Null(Declared(Page("<article><p>Only a line or two here.</p></article>")));
    }

    [Fact]
    public void A_page_without_a_declared_article_is_left_to_SmartReader()
    {
        Assert.Null(Declared(Page("<div class=\"post\"><p>" + Prose + "</p></div>")));
    }

    [Theory]
    [InlineData("<article><p>{0}</p></article>")]
    [InlineData("<div class=\"entry-content\"><p>{0}</p></div>")]
    public void Both_paths_read_the_same_body(string body)
    {
        var html = Page(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Prose + "</p><p>" + Prose));

        var document = DocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal(Prose + "\n\n" + Prose, document.Text);
    }

    [Theory]
    [InlineData("en-article.html")]
    [InlineData("ar-article.html")]
    public void The_fixture_pages_declare_their_article(string name)
    {
        var html = System.Text.Encoding.UTF8.GetString(Bytes(name));

        Assert.NotNull(Declared(html));
    }

    private static List<PageBlock>? Declared(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return HtmlDocumentReader.DeclaredArticleBlocks(document);
    }

    private static string Page(string main, string after = "") =>
        "<!doctype html><html lang=\"en\"><head><title>Canals first | Tigris Review</title></head><body>"
        + "<header><nav><a href=\"/\">Home</a></nav></header><main>" + main + "</main>" + after + "</body></html>";
}
