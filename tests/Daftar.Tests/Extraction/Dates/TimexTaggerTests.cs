using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Dates;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Extraction.Dates;

/// <summary>
/// Unit tests of the date rules on sentences written for these tests. Unless a test says otherwise the document date
/// (DCT) is Monday 2024-03-18 (ISO week 2024-W12); the weekdays around it: Friday 2024-03-15, Thursday 2024-03-14,
/// Friday 2024-03-22 (checked with Python's datetime.isocalendar).
/// </summary>
public partial class TimexTaggerTests
{
    private static readonly LocalDate Dct = new(2024, 3, 18);

    private static ImmutableArray<TimexAnnotation> Tag(string text, LocalDate? dct = null) =>
        TimexTagger.Tag(text, dct ?? Dct);

    /// <summary>The one timex of <paramref name="text"/>; fails if there is not exactly one.</summary>
    private static TimexAnnotation Only(string text, LocalDate? dct = null)
    {
        var all = Tag(text, dct);
        Assert.True(all.Length == 1, $"expected one timex in \"{text}\", got: {string.Join(" | ", all.Select(t => $"{t.Text}={t.Value}"))}");
        return all[0];
    }

    private static void AssertOnly(string text, string expectedText, TimexType type, string value, LocalDate? dct = null)
    {
        var t = Only(text, dct);
        Assert.Equal(expectedText, t.Text);
        Assert.Equal(type, t.Type);
        Assert.Equal(value, t.Value);
    }

    private static void AssertNone(string text, LocalDate? dct = null)
    {
        var all = Tag(text, dct);
        Assert.True(all.Length == 0, $"expected no timex in \"{text}\", got: {string.Join(" | ", all.Select(t => $"{t.Text}={t.Value}"))}");
    }

    // ---- absolute dates ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("The council met on March 5, 2023 in Erbil.", "March 5, 2023", "2023-03-05")]
    [InlineData("The council met on 5 March 2023 in Erbil.", "5 March 2023", "2023-03-05")]
    [InlineData("The council met on Mar. 5, 2023 in Erbil.", "Mar. 5, 2023", "2023-03-05")]
    [InlineData("The council met on Sept. 11, 2001.", "Sept. 11, 2001", "2001-09-11")]
    [InlineData("The council met on March 5th, 2023.", "March 5th, 2023", "2023-03-05")]
    [InlineData("The council met on the 5th of March 2023.", "the 5th of March 2023", "2023-03-05")]
    [InlineData("The council met on the twenty-fifth of March 2023.", "the twenty-fifth of March 2023", "2023-03-25")]
    [InlineData("The decree is dated 2023-03-05.", "2023-03-05", "2023-03-05")]
    [InlineData("The decree is dated 2023/03/05.", "2023/03/05", "2023-03-05")]
    [InlineData("The decree is dated 25/03/2023.", "25/03/2023", "2023-03-25")]
    [InlineData("The decree is dated 03/25/2023.", "03/25/2023", "2023-03-25")]
    [InlineData("The decree is dated 25.03.2023.", "25.03.2023", "2023-03-25")]
    public void Absolute_dates_in_every_common_form(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The decree is dated 03/04/2023.")] // 3 April or March 4: ambiguous
    [InlineData("The decree is dated 2023-02-30.")] // no such day
    [InlineData("Version 1.2.2023.4 was released.")]
    public void Ambiguous_or_impossible_numeric_dates_are_not_tagged(string text) => AssertNone(text);

    [Fact]
    public void A_weekday_and_a_date_are_one_timex()
    {
        // 2024-03-21 is a Thursday; the weekday confirms the year.
        AssertOnly("The vote may come as soon as Thursday, March 21.", "Thursday, March 21", TimexType.Date, "2024-03-21");
        AssertOnly("The vote came on Thursday, March 21, 2019.", "Thursday, March 21, 2019", TimexType.Date, "2019-03-21");
        AssertOnly("The vote came on Thursday 21 March.", "Thursday 21 March", TimexType.Date, "2024-03-21");
    }

    [Fact]
    public void The_weekday_picks_the_year_of_a_date_without_one()
    {
        // With DCT 2024-03-18: 2023-12-20 is a Wednesday, 2024-12-20 a Friday.
        AssertOnly("The talks opened on Wednesday, December 20.", "Wednesday, December 20", TimexType.Date, "2023-12-20");
        AssertOnly("The talks open on Friday, December 20.", "Friday, December 20", TimexType.Date, "2024-12-20");
    }

    [Theory]
    [InlineData("By March 2024 the fighting had stopped.", "March 2024", "2024-03")]
    [InlineData("In March of 2024 the fighting stopped.", "March of 2024", "2024-03")]
    [InlineData("In early March 2024 the fighting stopped.", "early March 2024", "2024-03")]
    [InlineData("The August 2014 offensive failed.", "August 2014", "2014-08")]
    public void Month_and_year(string text, string span, string value) => AssertOnly(text, span, TimexType.Date, value);

    // ---- month and day without a year -------------------------------------------------------------------------

    [Theory]
    // A day near the DCT takes the nearest year whatever the tense.
    [InlineData("After the March 17 rocket attack, the embassy closed.", "March 17", "2024-03-17")]
    [InlineData("The vote will be held on March 20.", "March 20", "2024-03-20")]
    // Further away: tense decides. 2023-12-20 is 89 days before the DCT, 2024-12-20 is 277 days after.
    [InlineData("The attack happened on December 20.", "December 20", "2023-12-20")]
    [InlineData("Elections will be held on December 20.", "December 20", "2024-12-20")]
    [InlineData("Parliament will reconvene by June 1.", "June 1", "2024-06-01")]
    [InlineData("Parliament has not met since June 1.", "June 1", "2023-06-01")]
    // No cue: the nearest year (2024-05-01 is 44 days away, 2023-05-01 is 322).
    [InlineData("Parliament meets on May 1.", "May 1", "2024-05-01")]
    public void A_month_and_day_take_their_year_from_proximity_and_tense(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("In January the council met.", "January", "2024-01")]
    [InlineData("The council will meet in June.", "June", "2024-06")]
    [InlineData("The council met in June.", "June", "2023-06")]
    [InlineData("Last January was cold.", "Last January", "2024-01")]
    [InlineData("Next March the council meets.", "Next March", "2025-03")]
    [InlineData("The talks stalled in mid-February.", "mid-February", "2024-02")]
    [InlineData("The talks stalled in late February.", "late February", "2024-02")]
    public void A_month_alone_in_a_date_frame(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The reforms may prove costly.")]
    [InlineData("Protesters will march to the square.")]
    [InlineData("March with us, they said.")]
    [InlineData("Ministers may meet again.")]
    [InlineData("An august assembly gathered.")]
    [InlineData("He met Jan Kubis in Baghdad.")]
    public void Month_names_that_are_other_words_are_not_tagged(string text) => AssertNone(text);

    // ---- weekdays ---------------------------------------------------------------------------------------------

    [Theory]
    // Default past for news: the Friday on or before Monday 2024-03-18 is 2024-03-15.
    [InlineData("The minister resigned on Friday.", "Friday", TimexType.Date, "2024-03-15")]
    [InlineData("Crowds gathered after Friday prayers.", "Friday", TimexType.Date, "2024-03-15")]
    // A future cue: the next Friday, 2024-03-22.
    [InlineData("The minister will resign on Friday.", "Friday", TimexType.Date, "2024-03-22")]
    [InlineData("The minister resigns next Friday.", "next Friday", TimexType.Date, "2024-03-22")]
    [InlineData("The minister resigned last Friday.", "last Friday", TimexType.Date, "2024-03-15")]
    // On the DCT's own weekday, "on Monday" in the past is the DCT.
    [InlineData("The minister resigned on Monday.", "Monday", TimexType.Date, "2024-03-18")]
    [InlineData("The minister spoke on Sunday evening.", "Sunday evening", TimexType.Time, "2024-03-17TEV")]
    [InlineData("The council meets on Fridays.", "Fridays", TimexType.Set, "XXXX-WXX-5")]
    public void Weekdays(string text, string span, TimexType type, string value) => AssertOnly(text, span, type, value);

    // ---- years, decades, centuries, seasons -------------------------------------------------------------------

    [Theory]
    [InlineData("After the invasion in 2003, the party split.", "2003", "2003")]
    [InlineData("He was 30 in 2003.", "2003", "2003")]
    [InlineData("The pre-2011 order collapsed.", "pre-2011", "2011")]
    [InlineData("Post-2003 Iraq changed.", "Post-2003", "2003")]
    [InlineData("By mid-2014 the city had fallen.", "mid-2014", "2014")]
    [InlineData("Talks resume in early 2025.", "early 2025", "2025")]
    [InlineData("The town was founded in 1850.", "1850", "1850")]
    [InlineData("The 2018 elections were close.", "2018", "2018")]
    [InlineData("The budget for 2024 allocates more to health.", "2024", "2024")]
    public void Years(string text, string span, string value) => AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The 81-member coalition met.")]
    [InlineData("He is 46 years of age, the ministry said in its 46th report.")]
    [InlineData("The project cost $2003 per family.")]
    [InlineData("About 2000 troops stayed.")]
    [InlineData("Pay for 2000 soldiers was late.")]
    [InlineData("In all, 1,999 votes were cast.")]
    [InlineData("Some 2003 people signed.")]
    [InlineData("See page 1999 of the report.")]
    [InlineData("UN Resolution 2334 passed.")]
    [InlineData("The meeting began at 10:30.")]
    [InlineData("Turnout was 2015%.")]
    public void Numbers_that_are_not_years_are_not_tagged(string text) => AssertNone(text);

    [Theory]
    [InlineData("The militias of the 1990s were small.", "the 1990s", "199")]
    [InlineData("The militias of the 2010s were large.", "the 2010s", "201")]
    [InlineData("In the early 1980s the war began.", "the early 1980s", "198")]
    [InlineData("Reformers of the 1920s wrote it.", "the 1920s", "192")]
    [InlineData("The twentieth century ended.", "The twentieth century", "19")]
    [InlineData("It is a 21st-century problem.", "21st-century", "20")]
    [InlineData("In summer 2014 the city fell.", "summer 2014", "2014-SU")]
    [InlineData("In the summer of 2014 the city fell.", "the summer of 2014", "2014-SU")]
    [InlineData("The city fell last summer.", "last summer", "2023-SU")]
    public void Decades_centuries_and_seasons(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The Arab Spring changed the region.")]
    [InlineData("Spring water was scarce.")]
    public void Season_words_without_a_year_or_modifier_are_not_tagged(string text) => AssertNone(text);
}
