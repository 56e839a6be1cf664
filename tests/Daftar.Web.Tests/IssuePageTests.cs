using Daftar.Tests.Analysis;
using Xunit;

namespace Daftar.Web.Tests;

/// <summary>The issues as pages: labels in both languages, each actor's stance over time, nothing confidential.</summary>
public sealed class IssuePageTests(MatrixFixture web) : IClassFixture<MatrixFixture>
{
    [Theory]
    [InlineData("en", "foreign troop presence", "الوجود العسكري الأجنبي")]
    [InlineData("ar", "الوجود العسكري الأجنبي", "foreign troop presence")]
    public async Task The_issues_list_names_each_issue_in_both_languages(string lang, string label, string other)
    {
        var (status, html) = await WebFixture.Get(web.Visitor, $"/{lang}/issues");

        Assert.Equal(200, status);
        Assert.Contains($">{label}</a>", html, StringComparison.Ordinal);
        Assert.Contains(other, html, StringComparison.Ordinal);
        Assert.Contains($"/{lang}/issues/{SayDoLedger.Troops}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issue_page_shows_each_actors_statements_and_stances_and_offers_its_alerts()
    {
        var (status, html) = await WebFixture.Get(web.Visitor, $"/en/issues/{SayDoLedger.Troops}");

        Assert.Equal(200, status);
        Assert.Contains("Every foreign soldier must leave Iraq this year", html, StringComparison.Ordinal);
        Assert.Contains("stance-oppose", html, StringComparison.Ordinal);
        Assert.Contains("stance-conditional", html, StringComparison.Ordinal);
        Assert.Contains($"/feeds/atom?issue={SayDoLedger.Troops}", html, StringComparison.Ordinal);
        Assert.Contains($"/feeds/assessments/atom?issue={SayDoLedger.Troops}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_from_a_confidential_memo_is_not_on_the_public_issue_page()
    {
        var (publicStatus, visitor) = await WebFixture.Get(web.Visitor, $"/en/issues/{SayDoLedger.Quotas}");
        var (_, analyst) = await WebFixture.Get(web.Analyst, $"/en/issues/{SayDoLedger.Quotas}");

        Assert.Equal(404, publicStatus);
        Assert.DoesNotContain("Quincebrook", visitor, StringComparison.Ordinal);
        Assert.Contains("Quincebrook", analyst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_issue_is_not_found()
    {
        Assert.Equal(404, (await WebFixture.Get(web.Visitor, "/en/issues/weather")).Status);
    }
}
