using System.Globalization;
using CsCheck;
using Daftar.Extraction.Dates;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Daftar.Tests.Extraction.Dates;

public class TimexTaggerArabicPropertyTests
{
    private static readonly LocalDate Dct = new(2024, 3, 18);

    /// <summary>Arabic date words (with proclitics, harakat, tatweel), numbers in three scripts and punctuation thrown together.</summary>
    private static readonly Gen<string[]> ArabicParts =
        Gen.OneOf(
                "آذار", "مارس", "كانون", "الثاني", "الأول", "تشرين", "رمضان", "ذو", "الحجة", "ربيع", "يوم", "السبت", "الجمعة",
                "أمس", "اليوم", "غداً", "بعد", "غد", "أول", "قبل", "منذ", "خلال", "يومين", "أيام", "يوماً", "عام", "العام", "سنة",
                "الماضي", "المقبل", "الجاري", "شهر", "الشهر", "الأسبوع", "هذا", "في", "من", "الرابع", "عشر", "والعشرين", "ثلاثين",
                "ثلاثة", "مطلع", "منتصف", "صيف", "الصيف", "مساء", "صباح", "ليلة", "الليلة", "هـ", "م", "الموافق", "القرن", "العشرين",
                "التسعينيات", "الآن", "حالياً", "الأيام", "المقبلة", "كل", "نحو", "واحد", "بالأمس", "وفي", "للعام", "العمر", "عدة",
                "آذَار", "نيســان", "ـ", "\u064E", "و", "لل", "16", "3", "30", "2024", "1445", "/", "(", ")", "،", ".", "-", "\n")
            .Array[0, 30];

    private static readonly Gen<LocalDate?> AnyDct =
        Gen.OneOf(
            Gen.Const((LocalDate?)null),
            Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => (LocalDate?)new LocalDate(y, m, d)),
            Gen.Const((LocalDate?)LocalDate.MinIsoValue),
            Gen.Const((LocalDate?)LocalDate.MaxIsoValue));

    private static readonly string[] Levantine =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] Egyptian =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] Hijri =
        ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    /// <summary>By ISO day, Monday first.</summary>
    private static readonly string[] Weekdays = ["", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];

    /// <summary>Which digits a number is written in: 0 ASCII, 1 Arabic-Indic, 2 Eastern Arabic-Indic, 3 mixed.</summary>
    private static readonly Gen<int> Script = Gen.Int[0, 3];

    private static string Digits(string ascii, int script, int seed)
    {
        var chars = ascii.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (!char.IsAsciiDigit(chars[k]))
                continue;
            var s = script == 3 ? (seed + k) % 3 : script;
            chars[k] = s switch
            {
                1 => (char)('\u0660' + (chars[k] - '0')),
                2 => (char)('\u06F0' + (chars[k] - '0')),
                _ => chars[k],
            };
        }

        return new string(chars);
    }

    private static string Number(int n, int script, int seed) => Digits(n.ToString(CultureInfo.InvariantCulture), script, seed);

    [Fact]
    public void Tag_never_throws_on_arabic_and_its_spans_are_exact_ordered_and_disjoint()
    {
        Gen.Select(ArabicParts, Gen.OneOf(Gen.Const(" "), Gen.Const(""), Gen.Const("  ")), Script, AnyDct).Sample((parts, separator, script, dct) =>
        {
            var text = Digits(string.Join(separator, parts), script, parts.Length);
            var previousEnd = 0;
            foreach (var t in TimexTagger.Tag(text, dct))
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
    public void Digits_of_every_script_give_the_same_timexes()
    {
        // A digit is one UTF-16 unit in every script, so the spans stay where they were.
        Gen.Select(ArabicParts, Gen.Int[1, 3], Gen.Int[0, 1000]).Sample((parts, script, seed) =>
        {
            var ascii = "في " + string.Join(' ', parts);
            var folded = Digits(ascii, script, seed);
            var expected = TimexTagger.Tag(ascii, Dct).Select(t => (t.Start, t.End, t.Type, t.Value));
            var actual = TimexTagger.Tag(folded, Dct).Select(t => (t.Start, t.End, t.Type, t.Value));
            Assert.Equal(expected, actual);
        }, iter: 10_000);
    }

    [Fact]
    public void Every_written_arabic_form_of_a_date_reads_back_as_that_date()
    {
        var dates = Gen.Int[1000, 2999].Select(Gen.Int[1, 12], Gen.Int[1, 31], (y, m, d) => new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))));
        Gen.Select(dates, Gen.Int[0, 7], Script, Gen.Int[0, 1000]).Sample((date, form, script, seed) =>
        {
            var day = Number(date.Day, script, seed);
            var year = Number(date.Year, script, seed + 1);
            var levantine = Levantine[date.Month - 1];
            var egyptian = Egyptian[date.Month - 1];
            var weekday = Weekdays[(int)date.DayOfWeek];
            var written = form switch
            {
                0 => $"{day} {levantine} {year}",
                1 => $"{day} {egyptian} {year}",
                2 => $"{day} {levantine}/{egyptian} {year}",
                3 => $"{day} {levantine} ({egyptian}) {year}",
                4 => $"{day} من {egyptian} عام {year}",
                5 => $"{day}/{Number(date.Month, script, seed + 2)}/{year}",
                6 => $"{weekday} {day} {levantine} {year}",
                _ => $"يوم {weekday} الموافق {day} {egyptian} {year}م",
            };
            var text = $"صدر البيان في {written} في بغداد.";
            var t = Assert.Single(TimexTagger.Tag(text, Dct));
            Assert.Equal(written, t.Text);
            Assert.Equal(LocalDatePattern.Iso.Format(date), t.Value);
        }, iter: 5_000);
    }

    [Fact]
    public void Hijri_dates_read_back_as_the_bcl_umm_al_qura_calendar_converts_them()
    {
        // The BCL's UmAlQuraCalendar (1318–1500 AH) as an oracle independent of the NodaTime calendar the tagger uses.
        var bcl = new UmAlQuraCalendar();
        Gen.Select(Gen.Int[1318, 1499], Gen.Int[1, 12], Gen.Int[1, 30], Script, Gen.Bool).Sample((y, m, d, script, joined) =>
        {
            d = Math.Min(d, bcl.GetDaysInMonth(y, m));
            var written = $"{Number(d, script, y)} {Hijri[m - 1]} {Number(y, script, m)}{(joined ? "هـ" : " هـ")}";
            var t = Assert.Single(TimexTagger.Tag($"صدر البيان في {written} في النجف.", Dct));
            Assert.Equal(written, t.Text);
            Assert.Equal(bcl.ToDateTime(y, m, d, 0, 0, 0, 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Value);
        }, iter: 3_000);
    }

    [Fact]
    public void A_hijri_month_is_the_gregorian_month_of_its_fifteenth_day()
    {
        // Holding at least 15 of a 29- or 30-day month is the same as holding its 15th day.
        var bcl = new UmAlQuraCalendar();
        Gen.Select(Gen.Int[1318, 1499], Gen.Int[1, 12]).Sample((y, m) =>
        {
            var written = $"{Hijri[m - 1]} {y}";
            var t = Assert.Single(TimexTagger.Tag($"تتوقف المحادثات في {written}.", Dct));
            Assert.Equal(written, t.Text);
            Assert.Equal(bcl.ToDateTime(y, m, 15, 0, 0, 0, 0).ToString("yyyy-MM", CultureInfo.InvariantCulture), t.Value);
        }, iter: 2_000);
    }

    [Fact]
    public void Arabic_yesterday_tomorrow_and_n_days_ago_resolve_against_any_document_date()
    {
        Gen.Select(Gen.Int[2, 9997], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 99], Script).Sample((y, m, d, n, script) =>
        {
            var dct = new LocalDate(y, m, d);
            var ago = n switch
            {
                1 => "قبل يوم",
                2 => "قبل يومين",
                <= 10 => $"قبل {Number(n, script, y)} أيام",
                _ => $"قبل {Number(n, script, y)} يوماً",
            };
            var text = $"غادر المبعوث أمس، ويعود غداً، وكان قد وصل {ago}.";
            var values = TimexTagger.Tag(text, dct).Select(t => t.Value).ToArray();
            Assert.Equal(
                [LocalDatePattern.Iso.Format(dct.PlusDays(-1)), LocalDatePattern.Iso.Format(dct.PlusDays(1)), LocalDatePattern.Iso.Format(dct.PlusDays(-n))],
                values);
        }, iter: 5_000);
    }

    [Fact]
    public void Month_years_and_years_read_back_with_their_markers()
    {
        Gen.Select(Gen.Int[1800, 2099], Gen.Int[1, 12], Gen.Int[0, 3], Script).Sample((year, month, form, script) =>
        {
            var y = Number(year, script, month);
            var (written, value) = form switch
            {
                0 => ($"{Levantine[month - 1]} {y}", $"{year:D4}-{month:D2}"),
                1 => ($"شهر {Egyptian[month - 1]} عام {y}م", $"{year:D4}-{month:D2}"),
                2 => ($"عام {y}", $"{year:D4}"),
                _ => ($"{y}م", $"{year:D4}"),
            };
            var t = Assert.Single(TimexTagger.Tag($"حدث ذلك في {written}.", Dct));
            Assert.Equal(written, t.Text);
            Assert.Equal(value, t.Value);
        }, iter: 2_000);
    }
}
