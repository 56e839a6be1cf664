using Daftar.Ingest;
using Xunit;

namespace Daftar.Tests.Ingest;

public class JsonLdTests
{
    [Fact]
    public void Graph_with_publisher_reference()
    {
        const string json = """
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"Tigris Review"},
              {"@type":["Article","NewsArticle"],"headline":"A Headline","datePublished":"2020-01-27T22:00:00-05:00",
               "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
               "publisher":{"@id":"#org"},"inLanguage":"en-US"}]}
            """;
        var article = JsonLd.Read([json]);

        Assert.NotNull(article);
        Assert.Equal("A Headline", article.Headline);
        Assert.Equal("2020-01-27T22:00:00-05:00", article.DatePublished);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal("Tigris Review", article.Publisher);
        Assert.Equal("en-US", article.Language);
    }

    [Fact]
    public void Plain_strings_and_broken_scripts()
    {
        var article = JsonLd.Read(["{ not json", """[{"@type":"WebSite","name":"x"},{"@type":"BlogPosting","name":"Post","author":"Jane Roe","publisher":"Blog Inc"}]"""]);

        Assert.NotNull(article);
        Assert.Equal("Post", article.Headline);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal("Blog Inc", article.Publisher);
    }

    [Fact]
    public void No_article_node() => Assert.Null(JsonLd.Read(["""{"@type":"WebSite","name":"x"}"""]));

    [Theory]
    [InlineData("2020-01-27T23:30:00-05:00", 2020, 1, 27)]
    [InlineData("2020-01-27", 2020, 1, 27)]
    [InlineData("2020-01-27 10:00", 2020, 1, 27)]
    [InlineData("Mon, 27 Jan 2020 10:00:00 GMT", 2020, 1, 27)]
    [InlineData("January 27, 2020", 2020, 1, 27)]
    public void Timestamps_keep_the_date_as_written(string value, int y, int m, int d)
    {
        Assert.True(DatelineParser.TryParseTimestamp(value, out var date));
        Assert.Equal(new NodaTime.LocalDate(y, m, d), date);
    }
}
