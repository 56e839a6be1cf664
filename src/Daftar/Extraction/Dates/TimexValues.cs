using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Daftar.Extraction.Dates;

/// <summary>
/// TIMEX3 value strings and the calendar arithmetic behind them. Every method returns null rather than throw when a
/// date would leave NodaTime's range (years 1–9999 here), so any document date is safe.
/// </summary>
internal static class TimexValues
{
    public const string PresentRef = "PRESENT_REF";
    public const string PastRef = "PAST_REF";
    public const string FutureRef = "FUTURE_REF";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool YearInRange(int year) => year is >= 1 and <= 9999;

    public static string? Year(int year) => YearInRange(year) ? year.ToString("D4", Invariant) : null;

    public static string? Month(int year, int month) =>
        YearInRange(year) ? string.Create(Invariant, $"{year:D4}-{month:D2}") : null;

    public static string? Day(LocalDate date) =>
        YearInRange(date.Year) ? string.Create(Invariant, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}") : null;

    public static string? Day(int year, int month, int day) =>
        IsValid(year, month, day) ? string.Create(Invariant, $"{year:D4}-{month:D2}-{day:D2}") : null;

    /// <summary>A month and day whose year is unknown: "XXXX-01-30".</summary>
    public static string YearlessDay(int month, int day) => string.Create(Invariant, $"XXXX-{month:D2}-{day:D2}");

    public static string YearlessMonth(int month) => string.Create(Invariant, $"XXXX-{month:D2}");

    /// <summary>A weekday with no week: "XXXX-WXX-5" (also the value of a set of Fridays).</summary>
    public static string AnyWeekday(int isoDay) => string.Create(Invariant, $"XXXX-WXX-{isoDay}");

    public static string? IsoWeek(LocalDate date)
    {
        if (!YearInRange(date.Year))
            return null;
        var weekYear = WeekYearRules.Iso.GetWeekYear(date);
        var week = WeekYearRules.Iso.GetWeekOfWeekYear(date);
        return YearInRange(weekYear) ? string.Create(Invariant, $"{weekYear:D4}-W{week:D2}") : null;
    }

    /// <summary>A decade: the first three digits of its years ("199" for the 1990s).</summary>
    public static string? Decade(int decade) => decade is >= 0 and <= 999 ? decade.ToString("D3", Invariant) : null;

    /// <summary>A century: its hundreds ("19" for the 20th century, 1900–1999).</summary>
    public static string? Century(int hundreds) => hundreds is >= 0 and <= 99 ? hundreds.ToString("D2", Invariant) : null;

    public static string? Season(int year, Season season) =>
        YearInRange(year) && season != Dates.Season.None ? string.Create(Invariant, $"{year:D4}-{SeasonCode(season)}") : null;

    public static string SeasonCode(Season season) => season switch
    {
        Dates.Season.Spring => "SP",
        Dates.Season.Summer => "SU",
        Dates.Season.Fall => "FA",
        _ => "WI",
    };

    /// <summary>A duration: "P18M", "P2DE", "PT3H", "PXD" (count null = unknown).</summary>
    public static string? Duration(int? count, TimeUnit unit)
    {
        var code = unit switch
        {
            TimeUnit.Minute => "M",
            TimeUnit.Hour => "H",
            TimeUnit.Day => "D",
            TimeUnit.Week => "W",
            TimeUnit.Weekend => "WE",
            TimeUnit.Month => "M",
            TimeUnit.Year => "Y",
            TimeUnit.Decade => "DE",
            TimeUnit.Century => "CE",
            _ => null,
        };
        if (code is null)
            return null;
        var time = unit is TimeUnit.Minute or TimeUnit.Hour ? "T" : "";
        var n = count is { } c ? c.ToString(Invariant) : "X";
        return string.Concat("P", time, n, code);
    }

    /// <summary>
    /// The Hijri calendar dates are read in. NodaTime's Umm al-Qura calendar (the Saudi civil calendar, 1300–1600 AH)
    /// rather than the BCL's <c>UmAlQuraCalendar</c>: the same published data, but it yields a NodaTime
    /// <see cref="LocalDate"/>, which every other value here is computed with. Rather than a tabular (arithmetic)
    /// Islamic calendar: Umm al-Qura follows the observed months that the Arabic press prints, where the tabular
    /// one drifts by a day or two. Iraqi announcements, which follow sighting, can still differ from it by a day.
    /// </summary>
    private static CalendarSystem Hijri => CalendarSystem.UmAlQura;

    /// <summary>The Gregorian day of a Hijri date, or null outside the calendar. Example: 5 Ramadan 1445 = 2024-03-15.</summary>
    public static string? FromHijri(int year, int month, int day)
    {
        var calendar = Hijri;
        if (year < calendar.MinYear || year > calendar.MaxYear || month is < 1 or > 12 || day < 1 || day > calendar.GetDaysInMonth(year, month))
            return null;
        return Day(new LocalDate(year, month, day, calendar).WithCalendar(CalendarSystem.Iso));
    }

    /// <summary>
    /// A Hijri month as TIMEX3, which has no Hijri values: the Gregorian month that holds most of its 29 or 30 days
    /// (at least 15; a month split 15/15 is given the Gregorian month it starts in). Ramadan 1445 (2024-03-11 to
    /// 2024-04-09, 21 days in March) = 2024-03. Null outside the calendar.
    /// </summary>
    public static string? FromHijriMonth(int year, int month)
    {
        var calendar = Hijri;
        if (year < calendar.MinYear || year > calendar.MaxYear || month is < 1 or > 12)
            return null;
        var first = new LocalDate(year, month, 1, calendar).WithCalendar(CalendarSystem.Iso);
        var length = calendar.GetDaysInMonth(year, month);
        var inFirstMonth = CalendarSystem.Iso.GetDaysInMonth(first.Year, first.Month) - first.Day + 1;
        var chosen = inFirstMonth * 2 >= length ? first : first.PlusMonths(1);
        return Month(chosen.Year, chosen.Month);
    }

    /// <summary>
    /// A Hijri year as TIMEX3: the Gregorian year that holds most of its 354 or 355 days (a tie goes to the year it
    /// starts in). 1445 AH (2023-07-19 to 2024-07-06, 188 days in 2024) = 2024. Null outside the calendar.
    /// </summary>
    public static string? FromHijriYear(int year)
    {
        var calendar = Hijri;
        if (year < calendar.MinYear || year > calendar.MaxYear)
            return null;
        var first = new LocalDate(year, 1, 1, calendar).WithCalendar(CalendarSystem.Iso);
        var length = calendar.GetDaysInYear(year);
        var inFirstYear = CalendarSystem.Iso.GetDaysInYear(first.Year) - first.DayOfYear + 1;
        return Year(inFirstYear * 2 >= length ? first.Year : first.Year + 1);
    }

    public static bool IsValid(int year, int month, int day) =>
        YearInRange(year) && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    /// <summary><paramref name="date"/> moved by <paramref name="count"/> units, or null out of range.</summary>
    public static LocalDate? Plus(LocalDate date, TimeUnit unit, int count)
    {
        long years = unit switch
        {
            TimeUnit.Day => count / 365,
            TimeUnit.Week or TimeUnit.Weekend => count / 52,
            TimeUnit.Month => count / 12,
            TimeUnit.Year => count,
            TimeUnit.Decade => count * 10L,
            TimeUnit.Century => count * 100L,
            _ => 0,
        };
        var target = date.Year + years;
        if (date.Year < 2 || date.Year > 9998 || target < 2 || target > 9998)
            return null;
        return unit switch
        {
            TimeUnit.Day => date.PlusDays(count),
            TimeUnit.Week or TimeUnit.Weekend => date.PlusWeeks(count),
            TimeUnit.Month => date.PlusMonths(count),
            TimeUnit.Year => date.PlusYears(count),
            TimeUnit.Decade => date.PlusYears(count * 10),
            TimeUnit.Century => date.PlusYears(count * 100),
            _ => null,
        };
    }

    /// <summary>The value naming the <paramref name="unit"/> that holds <paramref name="date"/>: a day, week, month, year …</summary>
    public static string? Naming(LocalDate date, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => Day(date),
        TimeUnit.Week => IsoWeek(date),
        TimeUnit.Weekend => IsoWeek(date) is { } w ? w + "-WE" : null,
        TimeUnit.Month => Month(date.Year, date.Month),
        TimeUnit.Year => Year(date.Year),
        TimeUnit.Decade => Decade(date.Year / 10),
        TimeUnit.Century => Century(date.Year / 100),
        _ => null,
    };
}
