using Daftar.Extraction.Positions;
using Xunit;

namespace Daftar.Tests.Extraction.Positions;

/// <summary>The issue catalogue: every issue the keywords name is an entry with labels in both languages.</summary>
public sealed class IssueCatalogueTests
{
    [Fact]
    public void Every_issue_with_keywords_is_catalogued_with_an_Arabic_label_and_a_description()
    {
        foreach (var id in IssueCatalogue.KeywordIssueIds())
        {
            var issue = IssueCatalogue.Default.Find(id);
            Assert.True(issue is not null, $"issue '{id}' has keywords but no catalogue entry");
            Assert.False(string.IsNullOrWhiteSpace(issue.LabelArabic), id);
            Assert.Contains(issue.LabelArabic!, c => c is >= '\u0600' and <= '\u06FF');
            Assert.False(string.IsNullOrWhiteSpace(issue.Description), id);
        }
    }

    [Fact]
    public void An_issue_is_found_by_label_or_id_and_holds_keywords_of_both_languages()
    {
        var issue = IssueCatalogue.Default.Find("Foreign troop presence");

        Assert.NotNull(issue);
        Assert.Equal("foreign-troop-presence", issue.Id);
        Assert.Equal(issue, IssueCatalogue.Default.Find("foreign-troop-presence"));
        Assert.Contains("foreign troops", issue.Keywords);
        Assert.Contains("القوات الأجنبية", issue.Keywords);
    }

    [Fact]
    public void A_label_the_catalogue_lacks_becomes_an_issue_of_its_own_words()
    {
        Assert.Null(IssueCatalogue.Default.Find("the Zorblax reform"));

        var issue = IssueCatalogue.Default.For("the Zorblax reform");

        Assert.Equal(("the-zorblax-reform", "the Zorblax reform"), (issue.Id, issue.Label));
        Assert.Null(issue.LabelArabic);
        Assert.Empty(issue.Keywords);
    }

    [Fact]
    public void Every_catalogued_issue_is_named_by_some_keyword()
    {
        var named = IssueCatalogue.KeywordIssueIds().ToHashSet(StringComparer.Ordinal);

        Assert.All(IssueCatalogue.Default.All, issue => Assert.Contains(issue.Id, named));
    }
}
