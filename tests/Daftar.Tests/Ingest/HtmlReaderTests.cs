using System.Text;
using Daftar.Ingest;
using NodaTime;
using Xunit;
using static Daftar.Tests.Ingest.Fixtures;

namespace Daftar.Tests.Ingest;

public class HtmlReaderTests
{
    [Fact]
    public void English_article_page_metadata()
    {
        var doc = Read("en-article.html");

        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("Water, Wheat and Power: How Drought Is Reshaping Politics in Southern Iraq", doc.Title);
        Assert.Equal(new LocalDate(2021, 3, 3), doc.Published); // as written, not converted to UTC
        Assert.Equal("en", doc.Language);
        Assert.Equal("Layla Haddad", doc.Author); // JSON-LD author[0].name
        Assert.Equal("Tigris Review", doc.Publisher);
        Assert.Equal(new[] { "ar" }, doc.Translations);
    }

    [Fact]
    public void English_article_page_body_without_furniture()
    {
        var doc = Read("en-article.html");

        AssertCleanBody(doc.Text);
        Assert.StartsWith("Across the marshes of southern Iraq, the spring of 2021 arrived", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("Whether Baghdad listens before the next dry season remains an open question.", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nThree demands\n\n", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n1. “Repair the irrigation canals before the summer,” which the governor called the most urgent task.\n\n2. “Pay", doc.Text, StringComparison.Ordinal);
        Assert.Contains("“We have waited three seasons for compensation", doc.Text, StringComparison.Ordinal);
        Assert.Contains("the people making them.\nThe next council session", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Baghdad’s ministries can still deliver what they promise—or whether", doc.Text, StringComparison.Ordinal);
        AssertNoneOf(
            doc.Text,
            "Home",
            "Donate",
            "About Us",
            "Informing Debate",
            "Also available in",
            "Policy Notes",
            "By Layla Haddad",
            "March 3, 2021",
            "Share on",
            "Subscribe",
            "Sign up",
            "Related Articles",
            "Basra's summer",
            "Photo:",
            "Follow us",
            "All rights reserved",
            "analytics",
            "font-family");
    }

    [Fact]
    public void Arabic_article_page()
    {
        var doc = Read("ar-article.html");

        Assert.Equal(Nfc("أزمة المياه في جنوب العراق: الجفاف يعيد رسم الخريطة السياسية"), doc.Title);
        Assert.Equal(new LocalDate(2021, 3, 4), doc.Published);
        Assert.Equal("ar", doc.Language);
        Assert.Equal("ليلى حداد", doc.Author);
        Assert.Equal("مجلة دجلة", doc.Publisher);
        Assert.Equal(new[] { "en" }, doc.Translations);

        AssertCleanBody(doc.Text);
        Assert.StartsWith(Nfc("لم يأتِ ربيع عام ٢٠٢١"), doc.Text, StringComparison.Ordinal);
        Assert.EndsWith(Nfc("قبل موسم الجفاف المقبل."), doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nإصلاح قنوات الري قبل حلول الصيف.\n\n", doc.Text, StringComparison.Ordinal);
        AssertNoneOf(doc.Text, "الرئيسية", "من نحن", "اتصل بنا", "بقلم", "شارك", "جميع الحقوق محفوظة");
    }

    [Fact]
    public void Page_without_metadata_falls_back_to_title_element_and_body()
    {
        const string html = """
            <html><head><title>Notes From the Marshes | Small Blog</title></head>
            <body><div id="menu">Home | Posts | About</div>
            <p>The boat left the jetty at dawn and the water was lower than anyone in the village could remember.</p>
            <p>By noon we had reached the reed beds, where the buffalo herders were already moving their animals north.</p>
            </body></html>
            """;
        var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(html), "notes.htm");

        Assert.Equal("Notes From the Marshes", doc.Title);
        Assert.StartsWith("The boat left the jetty at dawn", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("moving their animals north.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Posts", doc.Text, StringComparison.Ordinal);
        Assert.Null(doc.Published);
    }

    [Fact]
    public void Html_is_sniffed_without_an_extension()
    {
        var html = "  <!DOCTYPE html><html><body><p>The river rose by two metres overnight, flooding the lower market and the road to the bridge.</p></body></html>";
        var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(html), "-");

        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("The river rose by two metres overnight, flooding the lower market and the road to the bridge.", doc.Text);
    }

    [Fact]
    public void Windows_1256_page_is_decoded_by_its_meta_charset()
    {
        var html = "<html lang=\"ar\"><head><meta charset=\"windows-1256\"><title>عنوان تجريبي للمقال</title></head><body>"
            + "<p>ارتفع منسوب النهر مترين خلال الليل فغمرت المياه السوق القديمة والطريق المؤدي إلى الجسر.</p></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes(html);

        var doc = DocumentReader.Read(bytes, "page.html");

        Assert.Equal("ar", doc.Language);
        Assert.StartsWith("ارتفع منسوب النهر مترين", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Headline Words Here | Tigris Review", "Tigris Review", "Headline Words Here")]
    [InlineData("Tigris Review - Headline Words Here", "Tigris Review", "Headline Words Here")]
    [InlineData("Headline Words Here – Some Site", null, "Headline Words Here")]
    [InlineData("Iraq - Iran Relations After the Vote", null, "Iraq - Iran Relations After the Vote")]
    [InlineData("Plain Headline Without Site", "Tigris Review", "Plain Headline Without Site")]
    public void Site_names_are_stripped_from_titles(string title, string? site, string expected) =>
        Assert.Equal(expected, HtmlDocumentReader.StripSiteName(title, site));

    [Fact]
    public void Publisher_from_the_page_footer_when_no_metadata_names_it()
    {
        const string html = """
            <html><head><title>Notes From the Marshes</title></head><body>
            <article><p>The boat left the jetty at dawn and the water was lower than anyone in the village could remember.</p>
            <p>By noon we had reached the reed beds, where the buffalo herders were already moving their animals north.</p></article>
            <footer><p>© 2022 The Basra Centre for Economic Studies. All rights reserved.</p></footer>
            </body></html>
            """;
        var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(html), "notes.html");

        Assert.Equal("The Basra Centre for Economic Studies", doc.Publisher);
    }
}
