using System.Globalization;
using CsCheck;
using Daftar.Ingest;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Ingest;

public class DatelineParserTests
{
    [Theory]
    [InlineData("January 27, 2020", 2020, 1, 27)]
    [InlineData("27 January 2020", 2020, 1, 27)]
    [InlineData("Jan. 27, 2020", 2020, 1, 27)]
    [InlineData("Sept. 5, 2019", 2019, 9, 5)]
    [InlineData("January 27th, 2020", 2020, 1, 27)]
    [InlineData("Monday, January 27, 2020", 2020, 1, 27)]
    [InlineData("Mon 27 Jan 2020", 2020, 1, 27)]
    [InlineData("  2020-01-27 ", 2020, 1, 27)]
    [InlineData("٢٧ كانون الثاني/يناير ٢٠٢٠", 2020, 1, 27)]
    [InlineData("27 يناير 2020", 2020, 1, 27)]
    [InlineData("الاثنين، ٢٧ يناير ٢٠٢٠م", 2020, 1, 27)]
    [InlineData("٣ آذار/مارس ٢٠٢١", 2021, 3, 3)]
    [InlineData("3 مارس (آذار) 2021", 2021, 3, 3)]
    [InlineData("15 إبريل 2019", 2019, 4, 15)]
    [InlineData("15 ابريل 2019", 2019, 4, 15)]
    [InlineData("1 تشرين الأول 2018", 2018, 10, 1)]
    [InlineData("۱۲ آب ۲۰۲۲", 2022, 8, 12)]
    public void Parses_datelines(string text, int year, int month, int day)
    {
        Assert.True(DatelineParser.TryParse(text, out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("January 2020")]
    [InlineData("February 30, 2020")]
    [InlineData("27 January 20")]
    [InlineData("On January 27, 2020, the council met.")]
    [InlineData("٢٧ كانون الثاني/فبراير ٢٠٢٠")]
    [InlineData("2020-13-01")]
    [InlineData("Policy Notes")]
    [InlineData("12345")]
    public void Rejects_what_is_not_only_a_date(string text) =>
        Assert.False(DatelineParser.TryParse(text, out _));

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] EnglishAbbreviations =
        ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly string[][] EgyptianMonths =
    [
        ["يناير"], ["فبراير"], ["مارس"], ["أبريل", "إبريل"], ["مايو"], ["يونيو", "يونيه"], ["يوليو", "يوليه"], ["أغسطس"],
        ["سبتمبر"], ["أكتوبر"], ["نوفمبر"], ["ديسمبر"],
    ];

    private static readonly string[] LevantineMonths =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] ArabicWeekdays = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    private static readonly Gen<LocalDate> Dates =
        Gen.Int[1900, 2100].Select(Gen.Int[1, 12], Gen.Int[1, 31], (y, m, d) => new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))));

    private static string Digits(int value, bool arabicIndic, string format = "D")
    {
        var ascii = value.ToString(format, CultureInfo.InvariantCulture);
        return arabicIndic ? string.Concat(ascii.Select(c => (char)('\u0660' + (c - '0')))) : ascii;
    }

    /// <summary>Formats a date in one of the English forms publishers use.</summary>
    private static string English(LocalDate date, int form, bool weekday)
    {
        var month = EnglishMonths[date.Month - 1];
        var text = form switch
        {
            0 => $"{month} {date.Day}, {date.Year}",
            1 => $"{date.Day} {month} {date.Year}",
            2 => $"{EnglishAbbreviations[date.Month - 1]} {date.Day}, {date.Year}",
            3 => $"{month} {date.Day} {date.Year}",
            _ => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        };
        return weekday && form < 4 ? $"{date.DayOfWeek}, {text}" : text;
    }

    /// <summary>Formats a date in Arabic: either digit system, either month system or both combined.</summary>
    private static string Arabic(LocalDate date, int monthSystem, int variant, bool arabicIndic, bool weekday, bool suffix)
    {
        var egyptian = EgyptianMonths[date.Month - 1];
        var eg = egyptian[variant % egyptian.Length];
        var lev = LevantineMonths[date.Month - 1];
        var month = monthSystem switch
        {
            0 => eg,
            1 => lev,
            2 => $"{lev}/{eg}",
            _ => $"{eg}/{lev}",
        };
        var text = $"{Digits(date.Day, arabicIndic)} {month} {Digits(date.Year, arabicIndic)}{(suffix ? "م" : "")}";
        return weekday ? $"{ArabicWeekdays[(int)date.DayOfWeek - 1]}، {text}" : text;
    }

    [Fact]
    public void English_forms_round_trip() =>
        Dates.Select(Gen.Int[0, 4], Gen.Bool).Sample((date, form, weekday) =>
        {
            var text = English(date, form, weekday);
            return DatelineParser.TryParse(text, out var parsed) && parsed == date;
        }, iter: 5000);

    [Fact]
    public void Arabic_forms_round_trip() =>
        Dates.Select(Gen.Int[0, 3], Gen.Int[0, 1], Gen.Bool, Gen.Bool, Gen.Bool).Sample((date, system, variant, indic, weekday, suffix) =>
        {
            var text = Arabic(date, system, variant, indic, weekday, suffix);
            return DatelineParser.TryParse(text, out var parsed) && parsed == date;
        }, iter: 5000);

    [Fact]
    public void Parser_never_throws_on_arbitrary_text() =>
        Gen.String.Sample(text =>
        {
            _ = DatelineParser.TryParse(text, out _);
        }, iter: 5000);
}
