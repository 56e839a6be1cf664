using System.Globalization;
using CsCheck;
using Daftar.Extraction;
using Daftar.Extraction.Dates;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Daftar.Tests.Extraction.Dates;

public class TimexTaggerPropertyTests
{
    /// <summary>Any UTF-16 code units at all: lone surrogates, controls, unassigned code points.</summary>
    private static readonly Gen<string> AnyText =
        Gen.Char[char.MinValue, char.MaxValue].Array[0, 60].Select(a => new string(a));

    /// <summary>Date words, numbers and punctuation thrown together, so the rules fire on broken input.</summary>
    private static readonly Gen<string> DateSoup =
        Gen.OneOf(
                "January", "May", "march", "Friday", "Fridays", "the", "a", "an", "last", "next", "this", "early", "mid", "-",
                "pre", "2003", "1990", "s", "'", "’", "24", "24th", "th", ",", ".", "/", "2020", "12", "31", "0", "9999",
                "99999999999", "century", "twentieth", "twenty", "five", "first", "years", "months", "ago", "later", "from",
                "now", "today", "today's", "yesterday", "tomorrow", "night", "week", "weekend", "of", "summer", "in", "since",
                "by", "as", "soon", "will", "was", "coming", "days", "few", "couple", "old", "$", "%", ":", "٢٠٢٠", "\uD800",
                "\n", " ", "  ", "Sept", "Jan.", "the day after tomorrow", "that year", "the next day", "every", "twice")
            .Array[0, 30]
            .Select(parts => string.Join(' ', parts));

    private static readonly Gen<LocalDate?> AnyDct =
        Gen.OneOf(
            Gen.Const((LocalDate?)null),
            Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => (LocalDate?)new LocalDate(y, m, d)),
            Gen.Const((LocalDate?)LocalDate.MinIsoValue),
            Gen.Const((LocalDate?)LocalDate.MaxIsoValue));

    private static readonly Gen<LocalDate> NewsDates =
        Gen.Int[1000, 2999].Select(Gen.Int[1, 12], Gen.Int[1, 31], (y, m, d) => new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))));

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>An English number word 1–99: "seven", "forty-two", "forty two".</summary>
    private static string Spelled(int n, bool hyphen) =>
        n < 20 ? Units[n] : n % 10 == 0 ? Tens[n / 10] : Tens[n / 10] + (hyphen ? "-" : " ") + Units[n % 10];

    [Fact]
    public void Tag_never_throws_and_its_spans_are_exact_ordered_and_disjoint()
    {
        Gen.Select(Gen.OneOf(AnyText, DateSoup), AnyDct).Sample((text, dct) =>
        {
            var timexes = TimexTagger.Tag(text, dct);
            var previousEnd = 0;
            foreach (var t in timexes)
            {
                Assert.InRange(t.Start, previousEnd, text.Length);
                Assert.InRange(t.End, t.Start + 1, text.Length);
                Assert.Equal(text[t.Start..t.End], t.Text);
                Assert.False(string.IsNullOrEmpty(t.Value));
                previousEnd = t.End;
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Every_written_form_of_a_date_reads_back_as_that_date()
    {
        Gen.Select(NewsDates, Gen.Int[0, 9], Gen.Bool, Gen.OneOf(", ", " ")).Sample((date, form, weekday, comma) =>
        {
            var month = MonthNames[date.Month - 1];
            var abbreviation = month[..3] + ".";
            var day = date.Day.ToString(CultureInfo.InvariantCulture);
            var year = date.Year.ToString("D4", CultureInfo.InvariantCulture);
            var ordinal = day + (date.Day is 1 or 21 or 31 ? "st" : date.Day is 2 or 22 ? "nd" : date.Day is 3 or 23 ? "rd" : "th");
            var written = form switch
            {
                0 => $"{month} {day}{comma}{year}",
                1 => $"{day} {month} {year}",
                2 => date.Month == 5 ? $"May {day}, {year}" : $"{abbreviation} {day}, {year}",
                3 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                4 => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
                5 => $"the {ordinal} of {month} {year}",
                6 => $"{month} {ordinal}, {year}",
                7 => date.Day > 12 || date.Day == date.Month ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                8 => date.Day > 12 || date.Day == date.Month ? date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => date.Day > 12 || date.Day == date.Month ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            if (weekday && form is 0 or 1 or 6)
                written = date.DayOfWeek.ToString() + ", " + written;
            var text = $"The council met on {written} in the capital.";
            var t = Assert.Single(TimexTagger.Tag(text, new LocalDate(2024, 3, 18)));
            Assert.Equal(written, t.Text);
            Assert.Equal(LocalDatePattern.Iso.Format(date), t.Value);
        }, iter: 5_000);
    }

    [Fact]
    public void Month_years_years_and_decades_read_back()
    {
        Gen.Select(Gen.Int[1800, 2099], Gen.Int[1, 12], Gen.Int[0, 2]).Sample((year, month, form) =>
        {
            var y = year.ToString(CultureInfo.InvariantCulture);
            var (written, value) = form switch
            {
                0 => ($"{MonthNames[month - 1]} {y}", $"{y}-{month:D2}"),
                1 => (y, y),
                _ => ($"the {y[..3]}0s", y[..3]),
            };
            var t = Assert.Single(TimexTagger.Tag($"It happened in {written}.", new LocalDate(2024, 3, 18)));
            Assert.Equal(written, t.Text);
            Assert.Equal(value, t.Value);
        }, iter: 2_000);
    }

    [Fact]
    public void Yesterday_tomorrow_and_n_days_ago_resolve_against_any_document_date()
    {
        Gen.Select(Gen.Int[2, 9997], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 99], Gen.Int[0, 4]).Sample((y, m, d, n, form) =>
        {
            var dct = new LocalDate(y, m, d);
            var count = form switch
            {
                0 => n.ToString(CultureInfo.InvariantCulture),
                1 => Spelled(n, hyphen: true),
                _ => Spelled(n, hyphen: false),
            };
            var unit = n == 1 ? "day" : "days";
            var text = $"The envoy left yesterday, returns tomorrow and first came {count} {unit} ago.";
            var values = TimexTagger.Tag(text, dct).Select(t => t.Value).ToArray();
            Assert.Equal(
                [LocalDatePattern.Iso.Format(dct.PlusDays(-1)), LocalDatePattern.Iso.Format(dct.PlusDays(1)), LocalDatePattern.Iso.Format(dct.PlusDays(-n))],
                values);
        }, iter: 5_000);
    }

    [Fact]
    public void Spelled_durations_read_back()
    {
        Gen.Select(Gen.Int[2, 99], Gen.OneOf(("days", "D"), ("weeks", "W"), ("months", "M"), ("years", "Y"), ("decades", "DE")), Gen.Bool)
            .Sample((n, unit, hyphen) =>
            {
                var written = $"{Spelled(n, hyphen)} {unit.Item1}";
                var t = Assert.Single(TimexTagger.Tag($"The siege lasted {written}.", new LocalDate(2024, 3, 18)));
                Assert.Equal(written, t.Text);
                Assert.Equal($"P{n}{unit.Item2}", t.Value);
            }, iter: 2_000);
    }
}
