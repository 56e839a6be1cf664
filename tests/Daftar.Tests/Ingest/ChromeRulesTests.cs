using Daftar.Ingest;
using NodaTime;
using Xunit;
using static Daftar.Tests.Ingest.Fixtures;

namespace Daftar.Tests.Ingest;

/// <summary>The general rules of the chrome filter, each on a small invented page.</summary>
public class ChromeRulesTests
{
    private const string Body =
        "The provincial council met on Sunday to discuss the budget and the delayed irrigation projects.\n\n"
        + "After six hours of debate, the members agreed to send the draft back to the finance committee.\n\n";

    [Theory]
    [InlineData("Share")]
    [InlineData("Print this page")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Follow us on Telegram")]
    [InlineData("Copyright 2020 Some Outlet")]
    [InlineData("© 2020 Some Outlet")]
    [InlineData("Some Outlet. All rights reserved.")]
    [InlineData("Customize your RSS Feed")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("Home | News | Analysis | Contact")]
    [InlineData("Knowledge. Courage. Truth.")]
    [InlineData("شارك")]
    [InlineData("تابعونا على تويتر")]
    [InlineData("جميع الحقوق محفوظة ٢٠٢٠")]
    [InlineData("Read more: Another headline about the region")]
    public void Chrome_lines_are_dropped_inside_the_body(string chrome)
    {
        var doc = ReadText("A Headline About the Budget Debate\n\n" + Body.Replace("\n\nAfter", "\n\n" + chrome + "\n\nAfter", StringComparison.Ordinal) + chrome + "\n");

        Assert.DoesNotContain(chrome, doc.Text, StringComparison.Ordinal);
        Assert.StartsWith("The provincial council met on Sunday", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("back to the finance committee.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lines_that_recur_are_chrome_but_a_subheading_is_kept()
    {
        var doc = ReadText(
            "Analysis\n\nA Headline About the Budget Debate\n\n" + Body.Replace("\n\nAfter", "\n\nThe Vote\n\nAfter", StringComparison.Ordinal) + "Analysis\n");

        Assert.Contains("\n\nThe Vote\n\n", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Analysis", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headlines_of_related_articles_after_the_body_are_dropped()
    {
        var doc = ReadText("A Headline About the Budget Debate\n\n" + Body + "Related\n\nWhy the Finance Committee Keeps Saying No\n\nBasra's Long Summer of Protest\n");

        Assert.EndsWith("back to the finance committee.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Byline_and_dateline_on_one_line()
    {
        var doc = ReadText("A Headline About the Budget Debate\n\nBy Jane Roe | Monday, February 3, 2020 | 4 min read\n\n" + Body);

        Assert.Equal("Jane Roe", doc.Author);
        Assert.Equal(new LocalDate(2020, 2, 3), doc.Published);
        Assert.Equal("A Headline About the Budget Debate", doc.Title);
        Assert.StartsWith("The provincial council", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labelled_dateline()
    {
        var doc = ReadText("A Headline About the Budget Debate\n\nPublished: 3 Feb 2020\n\n" + Body);

        Assert.Equal(new LocalDate(2020, 2, 3), doc.Published);
    }

    [Fact]
    public void A_date_inside_the_body_is_kept()
    {
        var doc = ReadText("A Headline About the Budget Debate\n\nMarch 1, 2021\n\n" + Body + "April 2, 2021\n\nThe committee returned the draft with three amendments and a request for more data.\n");

        Assert.Equal(new LocalDate(2021, 3, 1), doc.Published);
        Assert.Contains("\n\nApril 2, 2021\n\n", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Also available in العربية", "ar")]
    [InlineData("Also available in: English", "en")]
    [InlineData("This article is also available in Arabic and French", "ar,fr")]
    [InlineData("متوفر أيضاً باللغة الإنجليزية", "en")]
    [InlineData("متاح أيضا بالإنجليزية", "en")]
    [InlineData("Read in English | فارسی", "en,fa")]
    public void Also_available_notices_name_the_translations(string notice, string codes)
    {
        var doc = ReadText("A Headline About the Budget Debate\n\n" + notice + "\n\n" + Body);

        Assert.Equal(codes.Split(',').Where(c => c != "en").Order(StringComparer.Ordinal), doc.Translations);
        Assert.DoesNotContain(notice, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Also in this issue")]
    [InlineData("Read in context")]
    public void Look_alike_lines_are_not_notices(string line) =>
        Assert.False(BlockClassifier.TryAlso(line, out _));

    [Theory]
    [InlineData("Reuters", "Reuters")]
    [InlineData("Carnegie Middle East Center — Research", "Carnegie Middle East Center")]
    [InlineData("مركز مالكوم كير–كارنيغي للشرق الأوسط", "Carnegie Middle East Center")]
    [InlineData("Home Research The Washington Institute Events", "The Washington Institute for Near East Policy")]
    [InlineData("Analysis from CSIS experts", "Center for Strategic and International Studies")]
    public void Known_publishers_in_chrome_lines(string line, string expected) =>
        Assert.Equal(expected, Publishers.FindKnown([line]));

    [Theory]
    [InlineData("crisis group analysts")]
    public void Phrase_aliases_match_case_insensitively(string line) =>
        Assert.Equal("International Crisis Group", Publishers.FindKnown([line]));

    [Theory]
    [InlineData("csis experts")]
    [InlineData("A random line about Rand Paul")]
    public void Acronyms_match_only_in_capitals(string line) =>
        Assert.Null(Publishers.FindKnown([line]));

    [Theory]
    [InlineData("Ideas. The Levant Forum for Strategic Dialogue The Levant Forum: Better Policy", "The Levant Forum for Strategic Dialogue")]
    [InlineData("Welcome to The Basra Centre for Economic Studies.", "The Basra Centre for Economic Studies")]
    [InlineData("منتدى الرافدين للحوار", "منتدى الرافدين للحوار")]
    [InlineData("Mesopotamia Policy Forum Independent Readings of Iraqi Politics", "Mesopotamia Policy Forum")]
    [InlineData("منتدى الرافدين للحوار قراءات مستقلة في السياسة", "منتدى الرافدين للحوار")]
    [InlineData("مركز دجلة للدراسات الإقليمية", "مركز دجلة للدراسات الإقليمية")]
    public void Generic_institution_rule(string line, string expected) =>
        Assert.Equal(expected, Publishers.FindInstitution([line]));

    [Theory]
    [InlineData("The Council met on Sunday.")]
    [InlineData("The committee")]
    public void Generic_rule_needs_a_named_institution(string line) =>
        Assert.Null(Publishers.FindInstitution([line]));

    [Theory]
    [InlineData("© 2024 Mesopotamia Policy Forum. All rights reserved.", "Mesopotamia Policy Forum")]
    [InlineData("Copyright 2019–2023 Reuters | Privacy", "Reuters")]
    [InlineData("جميع الحقوق محفوظة © ٢٠٢١ مركز دجلة للدراسات الإقليمية", "مركز دجلة للدراسات الإقليمية")]
    [InlineData("© ٢٠٢٤ منتدى الرافدين للحوار. جميع الحقوق محفوظة.", "منتدى الرافدين للحوار")]
    public void Copyright_lines_name_the_holder(string line, string expected) =>
        Assert.Equal(expected, Publishers.FindCopyrightHolder([line]));

    [Fact]
    public void Publisher_from_a_copyright_footer_of_a_dump()
    {
        var doc = ReadText("Home\n\nA Headline About the Budget Debate\n\n" + Body + "Share\n\n© 2024 Mesopotamia Policy Forum. All rights reserved.\n");

        Assert.Equal("Mesopotamia Policy Forum", doc.Publisher);
    }
}
