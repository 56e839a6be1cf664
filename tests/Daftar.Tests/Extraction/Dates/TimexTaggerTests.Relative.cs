using Daftar.Domain;
using Daftar.Extraction.Dates;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Extraction.Dates;

/// <summary>Relative expressions, references and durations (DCT Monday 2024-03-18, ISO week 2024-W12).</summary>
public partial class TimexTaggerTests
{
    [Theory]
    [InlineData("Today the council met.", "Today", "2024-03-18")]
    [InlineData("The council met yesterday.", "yesterday", "2024-03-17")]
    [InlineData("The council meets tomorrow.", "tomorrow", "2024-03-19")]
    [InlineData("The council met the day before yesterday.", "the day before yesterday", "2024-03-16")]
    [InlineData("The council met two days ago.", "two days ago", "2024-03-16")]
    [InlineData("The council met 10 days ago.", "10 days ago", "2024-03-08")]
    // 2024-03-18 minus three weeks is 2024-02-26, in ISO week 2024-W09.
    [InlineData("The council met three weeks ago.", "three weeks ago", "2024-W09")]
    [InlineData("The council met six months ago.", "six months ago", "2023-09")]
    [InlineData("The council met a year ago.", "a year ago", "2023")]
    [InlineData("The council met a few days ago.", "a few days ago", "PAST_REF")]
    [InlineData("The council meets two weeks from now.", "two weeks from now", "2024-W14")]
    [InlineData("The council met last week.", "last week", "2024-W11")]
    [InlineData("The council meets next week.", "next week", "2024-W13")]
    [InlineData("The council meets this week.", "this week", "2024-W12")]
    [InlineData("The council met last month.", "last month", "2024-02")]
    [InlineData("The council met earlier this month.", "earlier this month", "2024-03")]
    [InlineData("The council meets next month.", "next month", "2024-04")]
    [InlineData("The council met last year.", "last year", "2023")]
    [InlineData("The council meets this year.", "this year", "2024")]
    [InlineData("The council meets early next year.", "early next year", "2025")]
    [InlineData("The council meets next weekend.", "next weekend", "2024-W13-WE")]
    public void Expressions_counted_from_the_document_date(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The council met last night.", "last night", "2024-03-17TNI")]
    [InlineData("The council meets tonight.", "tonight", "2024-03-18TNI")]
    [InlineData("The council met this morning.", "this morning", "2024-03-18TMO")]
    [InlineData("The council met yesterday afternoon.", "yesterday afternoon", "2024-03-17TAF")]
    public void Parts_of_days(string text, string span, string value) => AssertOnly(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("The council will act in the coming days.", "the coming days", "FUTURE_REF")]
    [InlineData("The council will act in the coming weeks.", "the coming weeks", "FUTURE_REF")]
    [InlineData("The council will act in the near future.", "the near future", "FUTURE_REF")]
    [InlineData("The council will act soon.", "soon", "FUTURE_REF")]
    [InlineData("The council is currently divided.", "currently", "PRESENT_REF")]
    [InlineData("At present, the council is divided.", "At present", "PRESENT_REF")]
    [InlineData("Nowadays the council is divided.", "Nowadays", "PRESENT_REF")]
    [InlineData("The council recently split.", "recently", "PAST_REF")]
    [InlineData("The council was united in the past.", "the past", "PAST_REF")]
    [InlineData("The council was formerly united.", "formerly", "PAST_REF")]
    [InlineData("The council has split in recent years.", "recent years", "PAST_REF")]
    public void Present_past_and_future_references(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Fact]
    public void Now_is_tagged_where_it_is_set_against_another_time()
    {
        // A "now" alone in its sentence is mostly a discourse word ("what now remains to be seen"); set against
        // another time it carries the contrast ("was 30 in 2003, is now 46").
        var all = Tag("The envoy was 30 in 2003; he is now 46. What now remains to be seen is the vote.");
        Assert.Equal(["2003=2003", "now=PRESENT_REF"], all.Select(t => $"{t.Text}={t.Value}"));
    }

    [Theory]
    [InlineData("Soon after the attack, the council met.")]
    [InlineData("The council met as soon as it could.")]
    [InlineData("In today's Iraq the council is weak.")]
    [InlineData("The future of the council is unclear.")]
    [InlineData("Over the years the council grew.")]
    public void Words_that_only_look_temporal_are_not_tagged(string text) => AssertNone(text);

    [Fact]
    public void Todays_before_a_specific_event_is_that_day()
    {
        AssertOnly("Today's vote was postponed.", "Today", TimexType.Date, "2024-03-18");
    }

    [Theory]
    [InlineData("The truce lasted eighteen months.", "eighteen months", "P18M")]
    [InlineData("The truce lasted a year.", "a year", "P1Y")]
    [InlineData("The war lasted two decades.", "two decades", "P2DE")]
    [InlineData("The war lasted twenty-five years.", "twenty-five years", "P25Y")]
    [InlineData("The talks took three weeks.", "three weeks", "P3W")]
    [InlineData("The talks took 3 weeks.", "3 weeks", "P3W")]
    [InlineData("The talks took a few days.", "a few days", "PXD")]
    [InlineData("The talks took several months.", "several months", "PXM")]
    [InlineData("The talks took a couple of weeks.", "a couple of weeks", "P2W")]
    [InlineData("After months of talks, they agreed.", "months", "PXM")]
    [InlineData("They have talked for years.", "years", "PXY")]
    [InlineData("Almost two decades later, they met again.", "Almost two decades later", "P2DE")]
    [InlineData("In the first fifteen months of the war, they lost.", "the first fifteen months", "P15M")]
    [InlineData("Over the past three weeks, they lost.", "the past three weeks", "P3W")]
    [InlineData("Over the past year, they lost.", "the past year", "P1Y")]
    [InlineData("They signed an 18-month plan.", "18-month", "P18M")]
    [InlineData("The speech lasted two hours.", "two hours", "PT2H")]
    [InlineData("The speech lasted 20 minutes.", "20 minutes", "PT20M")]
    public void Durations(string text, string span, string value) => AssertOnly(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("The council meets twice a year.", "twice a year", "P1Y")]
    [InlineData("The council meets every week.", "every week", "P1W")]
    public void Sets(string text, string span, string value) => AssertOnly(text, span, TimexType.Set, value);

    [Theory]
    [InlineData("He is 30 years old.")]
    [InlineData("A 30-year-old man was arrested.")]
    [InlineData("The first day of talks was calm.")]
    public void Ages_and_ordinal_days_are_not_durations(string text) => AssertNone(text);

    [Fact]
    public void A_year_before_an_amount_is_a_rate()
    {
        AssertOnly("The deal is worth $5 billion a year.", "a year", TimexType.Set, "P1Y");
    }

    [Fact]
    public void Anaphoric_days_count_from_the_last_date_in_the_text()
    {
        // The next day after 2023-05-04 is 2023-05-05; the following year after it is 2024.
        var all = Tag("The council met on May 4, 2023. The next day it voted. The following year it split.");
        Assert.Equal(["May 4, 2023=2023-05-04", "The next day=2023-05-05", "The following year=2024"], all.Select(t => $"{t.Text}={t.Value}"));
    }

    [Fact]
    public void The_longest_match_wins_and_nothing_overlaps()
    {
        var all = Tag("As soon as Thursday, March 21, 2024, and in the first fifteen months, and on Friday night.");
        Assert.Equal(["Thursday, March 21, 2024", "the first fifteen months", "Friday night"], all.Select(t => t.Text));
    }

    // ---- without a document date --------------------------------------------------------------------------------

    [Fact]
    public void Without_a_document_date_only_what_the_text_fixes_gets_a_value()
    {
        var all = TimexTagger.Tag(
            "On January 24, 2020 and on March 3 and on Friday, a year after 2003, two days ago, last week, and now.", published: null);
        Assert.Equal(
            ["January 24, 2020=2020-01-24", "March 3=XXXX-03-03", "Friday=XXXX-WXX-5", "a year=P1Y", "2003=2003", "now=PRESENT_REF"],
            all.Select(t => $"{t.Text}={t.Value}"));
    }

    [Theory]
    // NodaTime's Umm al-Qura calendar: 5 Ramadan 1445 = 2024-03-15 (docs: ECOSYSTEM.md); 1 Muharram 1446 = 2024-07-07.
    [InlineData("The decree of 5 Ramadan 1445 was read.", "5 Ramadan 1445", "2024-03-15")]
    [InlineData("The decree of Ramadan 5, 1445 was read.", "Ramadan 5, 1445", "2024-03-15")]
    [InlineData("The decree of 1 Muharram 1446 was read.", "1 Muharram 1446", "2024-07-07")]
    public void Hijri_dates_are_converted_to_the_gregorian_day(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Fact]
    public void A_hijri_month_without_a_day_and_year_is_not_a_date() => AssertNone("The talks paused during Ramadan.");

    [Fact]
    public void Arabic_Indic_digits_are_read_as_numbers()
    {
        // The English rules already read any decimal digits; Arabic month names come with the Arabic tables.
        AssertOnly("The decree is dated ٢٠٢٣-٠٣-٠٥.", "٢٠٢٣-٠٣-٠٥", TimexType.Date, "2023-03-05");
    }

    [Fact]
    public void Text_is_exactly_the_span_of_the_source()
    {
        const string text = "Moqtada's men marched on\nFriday,\tMarch 15 and then in  the coming days.";
        foreach (var t in TimexTagger.Tag(text, new LocalDate(2024, 3, 18)))
            Assert.Equal(text[t.Start..t.End], t.Text);
    }
}
