using Daftar.Domain;
using Daftar.Extraction.Dates;
using NodaTime;
using Xunit;

namespace Daftar.Tests.Extraction.Dates;

/// <summary>
/// Arabic dates (DCT Monday 2024-03-18, ISO week 2024-W12; Friday 2024-03-15, Saturday 2024-03-16, Sunday 2024-03-17).
/// Span convention: a separate preposition ("في", "منذ" as a preposition of a year) is outside the span, as English
/// "on"; an attached proclitic is inside its word ("بالأمس", "للعام المقبل"); a noun in construct before the date is
/// part of it ("يوم السبت", "شهر آذار", "عام ٢٠١٤"), as is an era marker ("٢٠٢٤م", "١٤٤٥ هـ").
/// </summary>
public partial class TimexTaggerTests
{
    // ---- months of both naming systems -------------------------------------------------------------------------

    [Theory]
    [InlineData("انعقد المؤتمر في آذار ٢٠٢٤ ببغداد.", "آذار ٢٠٢٤", "2024-03")]
    [InlineData("انعقد المؤتمر في مارس ٢٠٢٤ ببغداد.", "مارس ٢٠٢٤", "2024-03")]
    [InlineData("انعقد المؤتمر في كانون الثاني ٢٠٢٤.", "كانون الثاني ٢٠٢٤", "2024-01")]
    [InlineData("انعقد المؤتمر في كانون الأول ٢٠٢٣.", "كانون الأول ٢٠٢٣", "2023-12")]
    [InlineData("انعقد المؤتمر في تشرين الأول ٢٠١٩.", "تشرين الأول ٢٠١٩", "2019-10")]
    [InlineData("انعقد المؤتمر في تشرين الثاني ٢٠١٩.", "تشرين الثاني ٢٠١٩", "2019-11")]
    [InlineData("انعقد المؤتمر في شباط ٢٠٢٠.", "شباط ٢٠٢٠", "2020-02")]
    [InlineData("انعقد المؤتمر في نيسان ٢٠٢٠.", "نيسان ٢٠٢٠", "2020-04")]
    [InlineData("انعقد المؤتمر في أيار ٢٠٢٠.", "أيار ٢٠٢٠", "2020-05")]
    [InlineData("انعقد المؤتمر في حزيران ٢٠٢٠.", "حزيران ٢٠٢٠", "2020-06")]
    [InlineData("انعقد المؤتمر في تموز ٢٠٢٠.", "تموز ٢٠٢٠", "2020-07")]
    [InlineData("انعقد المؤتمر في آب ٢٠٢٠.", "آب ٢٠٢٠", "2020-08")]
    [InlineData("انعقد المؤتمر في أيلول ٢٠٢٠.", "أيلول ٢٠٢٠", "2020-09")]
    [InlineData("انعقد المؤتمر في يناير ٢٠٢٠.", "يناير ٢٠٢٠", "2020-01")]
    [InlineData("انعقد المؤتمر في فبراير ٢٠٢٠.", "فبراير ٢٠٢٠", "2020-02")]
    [InlineData("انعقد المؤتمر في أبريل ٢٠٢٠.", "أبريل ٢٠٢٠", "2020-04")]
    [InlineData("انعقد المؤتمر في إبريل ٢٠٢٠.", "إبريل ٢٠٢٠", "2020-04")]
    [InlineData("انعقد المؤتمر في مايو ٢٠٢٠.", "مايو ٢٠٢٠", "2020-05")]
    [InlineData("انعقد المؤتمر في يونيو ٢٠٢٠.", "يونيو ٢٠٢٠", "2020-06")]
    [InlineData("انعقد المؤتمر في يونيه ٢٠٢٠.", "يونيه ٢٠٢٠", "2020-06")]
    [InlineData("انعقد المؤتمر في يوليو ٢٠٢٠.", "يوليو ٢٠٢٠", "2020-07")]
    [InlineData("انعقد المؤتمر في يوليه ٢٠٢٠.", "يوليه ٢٠٢٠", "2020-07")]
    [InlineData("انعقد المؤتمر في أغسطس ٢٠٢٠.", "أغسطس ٢٠٢٠", "2020-08")]
    [InlineData("انعقد المؤتمر في سبتمبر ٢٠٢٠.", "سبتمبر ٢٠٢٠", "2020-09")]
    [InlineData("انعقد المؤتمر في أكتوبر ٢٠٢٠.", "أكتوبر ٢٠٢٠", "2020-10")]
    [InlineData("انعقد المؤتمر في نوفمبر ٢٠٢٠.", "نوفمبر ٢٠٢٠", "2020-11")]
    [InlineData("انعقد المؤتمر في ديسمبر ٢٠٢٠.", "ديسمبر ٢٠٢٠", "2020-12")]
    public void Arabic_months_of_both_naming_systems(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("انعقد المؤتمر في تشرين الأول/أكتوبر ٢٠٢٣.", "تشرين الأول/أكتوبر ٢٠٢٣", "2023-10")]
    [InlineData("انعقد المؤتمر في أكتوبر/تشرين الأول ٢٠٢٣.", "أكتوبر/تشرين الأول ٢٠٢٣", "2023-10")]
    [InlineData("انعقد المؤتمر في آذار (مارس) ٢٠٢٤.", "آذار (مارس) ٢٠٢٤", "2024-03")]
    [InlineData("انعقد المؤتمر في مارس/آذار 2024.", "مارس/آذار 2024", "2024-03")]
    [InlineData("انعقد المؤتمر في ١٦ آذار/مارس ٢٠٢٤.", "١٦ آذار/مارس ٢٠٢٤", "2024-03-16")]
    public void A_month_named_in_both_systems_is_one_month(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Fact]
    public void Two_different_months_around_a_slash_are_not_merged()
    {
        var all = Tag("انعقد المؤتمر بين آذار/نيسان ٢٠٢٤.");
        Assert.Equal(["آذار=2024-03", "نيسان ٢٠٢٤=2024-04"], all.Select(t => $"{t.Text}={t.Value}"));
    }

    [Theory]
    // Hamza and madda on alef, alef maqsura, harakat and tatweel are folded as search folds them.
    [InlineData("انعقد المؤتمر في اذار ٢٠٢٤.", "اذار ٢٠٢٤", "2024-03")]
    [InlineData("انعقد المؤتمر في ايار ٢٠٢٠.", "ايار ٢٠٢٠", "2020-05")]
    [InlineData("انعقد المؤتمر في اغسطس ٢٠٢٠.", "اغسطس ٢٠٢٠", "2020-08")]
    [InlineData("انعقد المؤتمر في آذَار ٢٠٢٤.", "آذَار ٢٠٢٤", "2024-03")]
    [InlineData("انعقد المؤتمر في نيســان ٢٠٢٠.", "نيســان ٢٠٢٠", "2020-04")]
    [InlineData("انعقد المؤتمر في تشرين الاول ٢٠٢٠.", "تشرين الاول ٢٠٢٠", "2020-10")]
    public void Spelling_variants_of_month_names(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    // A month alone needs a frame: a preposition, an attached one, "شهر" or a modifier after it.
    [InlineData("يجتمع المجلس في نيسان.", "نيسان", "2024-04")]
    [InlineData("اجتمع المجلس في شهر آذار.", "شهر آذار", "2024-03")]
    [InlineData("يجتمع المجلس بنيسان.", "بنيسان", "2024-04")]
    [InlineData("انطلق الحوار في كانون الثاني الماضي.", "كانون الثاني الماضي", "2024-01")]
    [InlineData("يجتمع المجلس في آذار المقبل.", "آذار المقبل", "2025-03")]
    [InlineData("تعطل البرلمان منذ أيار.", "أيار", "2023-05")]
    [InlineData("تعطل البرلمان في منتصف شباط.", "منتصف شباط", "2024-02")]
    [InlineData("تعطل البرلمان في أواخر شهر شباط.", "أواخر شهر شباط", "2024-02")]
    public void An_arabic_month_alone_in_a_date_frame(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    // A month name that is no other word needs no frame: "the September deadline". September is six months from
    // the DCT either way, so the future cue "سوف" decides; October is nearer in the past.
    [InlineData("سوف يتمسك الوفد بموعد أيلول.", "أيلول", "2024-09")]
    [InlineData("تمسك الوفد بموعد تشرين الأول.", "تشرين الأول", "2023-10")]
    public void An_arabic_month_name_that_is_no_other_word_needs_no_frame(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    // آب folds to أب (father), مارس is also "he practised": they need a date frame.
    [InlineData("وقف الأب عند الباب.")]
    [InlineData("وقف أب عند الباب.")]
    [InlineData("مارس الحزب ضغطاً على الحكومة.")]
    public void Month_words_that_are_other_words_are_not_tagged_without_a_frame(string text) => AssertNone(text);

    // ---- day, month and year ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("أصدر المجلس قراره في ١٦ آذار ٢٠٢٤.", "١٦ آذار ٢٠٢٤", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في 16 آذار 2024.", "16 آذار 2024", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في ۱۶ مارس ۲۰۲۴.", "۱۶ مارس ۲۰۲۴", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في ١6 آذار 2٠2٤.", "١6 آذار 2٠2٤", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في ١٦ من آذار ٢٠٢٤.", "١٦ من آذار ٢٠٢٤", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في ١٦ من شهر آذار عام ٢٠٢٤.", "١٦ من شهر آذار عام ٢٠٢٤", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في ١٦ آذار ٢٠٢٤م.", "١٦ آذار ٢٠٢٤م", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في ١٦ آذار ٢٠٢٤ م.", "١٦ آذار ٢٠٢٤ م", "2024-03-16")]
    [InlineData("أصدر المجلس قراره في الثاني من كانون الثاني ٢٠٢٤.", "الثاني من كانون الثاني ٢٠٢٤", "2024-01-02")]
    [InlineData("أصدر المجلس قراره في ٣ تشرين الأول/أكتوبر ٢٠٢٣.", "٣ تشرين الأول/أكتوبر ٢٠٢٣", "2023-10-03")]
    public void Arabic_day_month_year(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    // Near the DCT: the nearest year. Further: the tense of the sentence (عقد = held, سيعقد = will hold).
    [InlineData("يجتمع المجلس في ٢٠ آذار.", "٢٠ آذار", "2024-03-20")]
    [InlineData("عقد المجلس جلسته في ٢٠ كانون الأول.", "٢٠ كانون الأول", "2023-12-20")]
    [InlineData("سيعقد المجلس جلسته في ٢٠ كانون الأول.", "٢٠ كانون الأول", "2024-12-20")]
    [InlineData("يجتمع المجلس في الأول من أيار.", "الأول من أيار", "2024-05-01")]
    [InlineData("تنتهي المهلة في الرابع عشر من نيسان المقبل.", "الرابع عشر من نيسان المقبل", "2024-04-14")]
    [InlineData("اجتمع المجلس في الحادي والعشرين من كانون الثاني الماضي.", "الحادي والعشرين من كانون الثاني الماضي", "2024-01-21")]
    [InlineData("تنتهي المهلة في الرابع عشر من الشهر الجاري.", "الرابع عشر من الشهر الجاري", "2024-03-14")]
    [InlineData("تنتهي المهلة في العاشر من الشهر المقبل.", "العاشر من الشهر المقبل", "2024-04-10")]
    public void Arabic_day_and_month_take_their_year_from_the_document_date(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("صدر القرار بتاريخ ١٦/٣/٢٠٢٤.", "١٦/٣/٢٠٢٤", "2024-03-16")]
    [InlineData("صدر القرار بتاريخ ٢٠٢٤/٣/١٦.", "٢٠٢٤/٣/١٦", "2024-03-16")]
    // Arabic writes numeric dates day first, so 3/4 is 3 April here (an English text leaves it ambiguous).
    [InlineData("صدر القرار بتاريخ ٣/٤/٢٠٢٤.", "٣/٤/٢٠٢٤", "2024-04-03")]
    [InlineData("صدر القرار بتاريخ 3/4/2024.", "3/4/2024", "2024-04-03")]
    [InlineData("صدر القرار بتاريخ ۳-۴-۲۰۲۴.", "۳-۴-۲۰۲۴", "2024-04-03")]
    public void Arabic_numeric_dates(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    // ---- years, decades, centuries, seasons --------------------------------------------------------------------

    [Theory]
    [InlineData("اجتاح التنظيم المدينة عام ٢٠١٤.", "عام ٢٠١٤", "2014")]
    [InlineData("اجتاح التنظيم المدينة سنة 2014.", "سنة 2014", "2014")]
    [InlineData("اجتاح التنظيم المدينة في 2014.", "2014", "2014")]
    [InlineData("تغير العراق منذ العام ٢٠٠٣.", "العام ٢٠٠٣", "2003")]
    [InlineData("أقرت الموازنة لعام ٢٠٢٤.", "لعام ٢٠٢٤", "2024")]
    [InlineData("تستأنف المحادثات مطلع عام ٢٠٢٥.", "مطلع عام ٢٠٢٥", "2025")]
    [InlineData("سقطت المدينة في منتصف ٢٠١٤.", "منتصف ٢٠١٤", "2014")]
    [InlineData("جرت انتخابات 2018 البرلمانية في موعدها.", "2018", "2018")]
    [InlineData("صدر الكتاب في ٢٠٢٤م.", "٢٠٢٤م", "2024")]
    // 1445 AH runs from 2023-07-19 to 2024-07-06, 188 of its 354 days in 2024.
    [InlineData("صدر الكتاب عام ١٤٤٥هـ.", "عام ١٤٤٥هـ", "2024")]
    [InlineData("صدر الكتاب عام 1445 هـ.", "عام 1445 هـ", "2024")]
    public void Arabic_years(string text, string span, string value) => AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("انتشر نحو ٢٠٠٠ مقاتل في المدينة.")]
    [InlineData("انتشر ٢٠٠٠ مقاتل في المدينة.")]
    [InlineData("انتشر أكثر من 2000 من المقاتلين.")]
    [InlineData("صدر القرار رقم ٢٣٣٤ بالإجماع.")]
    [InlineData("قال الأمين العام إن الوضع خطير.")]
    public void Arabic_numbers_that_are_not_years_are_not_tagged(string text) => AssertNone(text);

    [Theory]
    [InlineData("نشأت الفصائل في التسعينيات.", "التسعينيات", "199")]
    [InlineData("نشأت الفصائل في ثمانينيات القرن الماضي.", "ثمانينيات القرن الماضي", "198")]
    [InlineData("نشأت الفصائل في تسعينيات القرن العشرين.", "تسعينيات القرن العشرين", "199")]
    // Without a century: the latest such decade that has ended by the DCT, so the 1920s in 2024.
    [InlineData("نشأت الحركة في العشرينيات.", "العشرينيات", "192")]
    [InlineData("تغير العالم في القرن العشرين.", "القرن العشرين", "19")]
    [InlineData("تغير العالم في القرن الحادي والعشرين.", "القرن الحادي والعشرين", "20")]
    [InlineData("تغير العالم في القرن التاسع عشر.", "القرن التاسع عشر", "18")]
    [InlineData("تغير العالم في القرن الماضي.", "القرن الماضي", "19")]
    [InlineData("سقطت المدينة في صيف ٢٠١٤.", "صيف ٢٠١٤", "2014-SU")]
    [InlineData("سقطت المدينة منذ صيف عام ٢٠١٤.", "صيف عام ٢٠١٤", "2014-SU")]
    [InlineData("سقطت المدينة في الصيف الماضي.", "الصيف الماضي", "2023-SU")]
    [InlineData("تجمد القتال في شتاء 2023.", "شتاء 2023", "2023-WI")]
    public void Arabic_decades_centuries_and_seasons(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Fact]
    public void Arabic_decades_without_a_document_date_are_not_given_a_value()
    {
        Assert.Empty(TimexTagger.Tag("نشأت الفصائل في التسعينيات.", published: null));
    }

    // ---- Hijri dates ---------------------------------------------------------------------------------------------

    [Theory]
    // Umm al-Qura: 5 Ramadan 1445 = 2024-03-15; 1 Muharram 1446 = 2024-07-07; 10 Dhu al-Hijjah 1445 = 2024-06-16.
    [InlineData("صدر البيان في ٥ رمضان ١٤٤٥ هـ.", "٥ رمضان ١٤٤٥ هـ", "2024-03-15")]
    [InlineData("صدر البيان في ٥ رمضان ١٤٤٥هـ.", "٥ رمضان ١٤٤٥هـ", "2024-03-15")]
    [InlineData("صدر البيان في 5 رمضان 1445.", "5 رمضان 1445", "2024-03-15")]
    [InlineData("صدر البيان في ١ محرم ١٤٤٦ هـ.", "١ محرم ١٤٤٦ هـ", "2024-07-07")]
    [InlineData("صدر البيان في ١٠ ذي الحجة ١٤٤٥ هـ.", "١٠ ذي الحجة ١٤٤٥ هـ", "2024-06-16")]
    [InlineData("صدر البيان في ١٠ ذى الحجة ١٤٤٥ هـ.", "١٠ ذى الحجة ١٤٤٥ هـ", "2024-06-16")]
    [InlineData("صدر البيان في السادس من رمضان ١٤٤٥ هـ.", "السادس من رمضان ١٤٤٥ هـ", "2024-03-16")]
    public void Hijri_dates_in_arabic_are_converted_to_the_gregorian_day(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    // A Hijri month is the Gregorian month holding most of it: Ramadan 1445 = 2024-03-11 to 2024-04-09 (21 days in
    // March); Dhu al-Hijjah 1445 starts 2024-06-07; Sha'ban 1446 starts 2025-01-31, one day in January; Jumada
    // al-Akhirah 1445 runs from 2023-12-14 to 2024-01-12, 18 of its 30 days in December.
    [InlineData("تتوقف المحادثات في رمضان 1445هـ.", "رمضان 1445هـ", "2024-03")]
    [InlineData("تتوقف المحادثات في شهر رمضان ١٤٤٥ هـ.", "شهر رمضان ١٤٤٥ هـ", "2024-03")]
    [InlineData("تتوقف المحادثات في ذو الحجة ١٤٤٥.", "ذو الحجة ١٤٤٥", "2024-06")]
    [InlineData("تتوقف المحادثات في شعبان ١٤٤٦.", "شعبان ١٤٤٦", "2025-02")]
    [InlineData("تتوقف المحادثات في ربيع الأول ١٤٤٦.", "ربيع الأول ١٤٤٦", "2024-09")]
    [InlineData("تتوقف المحادثات في جمادى الآخرة ١٤٤٥.", "جمادى الآخرة ١٤٤٥", "2023-12")]
    public void A_hijri_month_with_its_year_is_the_gregorian_month_holding_most_of_it(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Fact]
    public void A_hijri_month_without_a_year_is_not_a_date_in_arabic_either() =>
        AssertNone("تتوقف المحادثات خلال شهر رمضان.");

    [Fact]
    public void A_gregorian_date_and_its_hijri_equivalent_agree()
    {
        var all = Tag("صدر البيان يوم السبت ١٦ آذار ٢٠٢٤ م الموافق ٦ رمضان ١٤٤٥ هـ.");
        Assert.Equal(["يوم السبت ١٦ آذار ٢٠٢٤ م=2024-03-16", "٦ رمضان ١٤٤٥ هـ=2024-03-16"], all.Select(t => $"{t.Text}={t.Value}"));
    }

    // ---- weekdays ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("استقال الوزير الجمعة.", "الجمعة", TimexType.Date, "2024-03-15")]
    [InlineData("استقال الوزير يوم الجمعة.", "يوم الجمعة", TimexType.Date, "2024-03-15")]
    [InlineData("استقال الوزير يوم الأحد.", "يوم الأحد", TimexType.Date, "2024-03-17")]
    [InlineData("استقال الوزير يوم الاثنين.", "يوم الاثنين", TimexType.Date, "2024-03-18")]
    [InlineData("استقال الوزير يوم الإثنين.", "يوم الإثنين", TimexType.Date, "2024-03-18")]
    [InlineData("استقال الوزير يوم الثلاثاء.", "يوم الثلاثاء", TimexType.Date, "2024-03-12")]
    [InlineData("استقال الوزير يوم الأربعاء.", "يوم الأربعاء", TimexType.Date, "2024-03-13")]
    [InlineData("استقال الوزير يوم الخميس.", "يوم الخميس", TimexType.Date, "2024-03-14")]
    [InlineData("استقال الوزير يوم السبت.", "يوم السبت", TimexType.Date, "2024-03-16")]
    [InlineData("سوف يستقيل الوزير يوم الجمعة.", "يوم الجمعة", TimexType.Date, "2024-03-22")]
    [InlineData("يستقيل الوزير الجمعة المقبلة.", "الجمعة المقبلة", TimexType.Date, "2024-03-22")]
    [InlineData("استقال الوزير يوم الجمعة الماضي.", "يوم الجمعة الماضي", TimexType.Date, "2024-03-15")]
    [InlineData("تحدث الوزير مساء الأحد.", "مساء الأحد", TimexType.Time, "2024-03-17TEV")]
    [InlineData("تحدث الوزير صباح يوم السبت.", "صباح يوم السبت", TimexType.Time, "2024-03-16TMO")]
    public void Arabic_weekdays(string text, string span, TimexType type, string value) => AssertOnly(text, span, type, value);

    [Theory]
    [InlineData("صدر البيان السبت ١٦ آذار ٢٠٢٤.", "السبت ١٦ آذار ٢٠٢٤")]
    [InlineData("صدر البيان يوم السبت ١٦ آذار ٢٠٢٤.", "يوم السبت ١٦ آذار ٢٠٢٤")]
    [InlineData("صدر البيان السبت، ١٦ آذار ٢٠٢٤.", "السبت، ١٦ آذار ٢٠٢٤")]
    [InlineData("صدر البيان السبت الموافق ١٦ آذار ٢٠٢٤.", "السبت الموافق ١٦ آذار ٢٠٢٤")]
    [InlineData("صدر البيان السبت ١٦ آذار.", "السبت ١٦ آذار")]
    [InlineData("صدر البيان يوم ١٦ آذار.", "يوم ١٦ آذار")]
    public void An_arabic_weekday_and_its_date_are_one_timex(string text, string span) =>
        AssertOnly(text, span, TimexType.Date, "2024-03-16");

    [Fact]
    public void Friday_night_is_not_read_from_laylat_al_jumaa()
    {
        // "ليلة الجمعة" is traditionally the night before Friday: only the weekday is tagged.
        AssertOnly("التقى الوفدان ليلة الجمعة.", "الجمعة", TimexType.Date, "2024-03-15");
    }

    // ---- relative to the document date ---------------------------------------------------------------------------

    [Theory]
    [InlineData("اجتمع المجلس أمس.", "أمس", "2024-03-17")]
    [InlineData("اجتمع المجلس امس.", "امس", "2024-03-17")]
    [InlineData("اجتمع المجلس بالأمس.", "بالأمس", "2024-03-17")]
    [InlineData("اجتمع المجلس يوم أمس.", "يوم أمس", "2024-03-17")]
    [InlineData("اجتمع المجلس أول أمس.", "أول أمس", "2024-03-16")]
    [InlineData("اجتمع المجلس أول من أمس.", "أول من أمس", "2024-03-16")]
    [InlineData("يجتمع المجلس اليوم.", "اليوم", "2024-03-18")]
    [InlineData("يجتمع المجلس غداً.", "غداً", "2024-03-19")]
    [InlineData("يجتمع المجلس غدا.", "غدا", "2024-03-19")]
    [InlineData("يجتمع المجلس غدًا.", "غدًا", "2024-03-19")]
    [InlineData("يجتمع المجلس بعد غد.", "بعد غد", "2024-03-20")]
    [InlineData("اجتمع المجلس هذا الأسبوع.", "هذا الأسبوع", "2024-W12")]
    [InlineData("اجتمع المجلس الأسبوع الماضي.", "الأسبوع الماضي", "2024-W11")]
    [InlineData("اجتمع المجلس في الأسبوع المنصرم.", "الأسبوع المنصرم", "2024-W11")]
    [InlineData("اجتمع المجلس الأسبوع الفائت.", "الأسبوع الفائت", "2024-W11")]
    [InlineData("يجتمع المجلس الأسبوع المقبل.", "الأسبوع المقبل", "2024-W13")]
    [InlineData("يجتمع المجلس الأسبوع القادم.", "الأسبوع القادم", "2024-W13")]
    [InlineData("اجتمع المجلس الشهر الماضي.", "الشهر الماضي", "2024-02")]
    [InlineData("يجتمع المجلس الشهر المقبل.", "الشهر المقبل", "2024-04")]
    [InlineData("اجتمع المجلس مطلع الشهر الجاري.", "مطلع الشهر الجاري", "2024-03")]
    [InlineData("اجتمع المجلس العام الماضي.", "العام الماضي", "2023")]
    [InlineData("اجتمع المجلس في السنة الماضية.", "السنة الماضية", "2023")]
    [InlineData("يجتمع المجلس العام المقبل.", "العام المقبل", "2025")]
    [InlineData("يجتمع المجلس في السنة المقبلة.", "السنة المقبلة", "2025")]
    [InlineData("يجتمع المجلس مطلع العام المقبل.", "مطلع العام المقبل", "2025")]
    [InlineData("يجتمع المجلس خلال العام الجاري.", "العام الجاري", "2024")]
    [InlineData("يجتمع المجلس في العام الحالي.", "العام الحالي", "2024")]
    [InlineData("يجتمع المجلس هذا العام.", "هذا العام", "2024")]
    [InlineData("يجتمع المجلس في هذه السنة.", "هذه السنة", "2024")]
    [InlineData("وضعت الخطة للعام المقبل.", "للعام المقبل", "2025")]
    [InlineData("اجتمع المجلس قبل يومين.", "قبل يومين", "2024-03-16")]
    [InlineData("اجتمع المجلس قبل ثلاثة أيام.", "قبل ثلاثة أيام", "2024-03-15")]
    [InlineData("اجتمع المجلس قبل ١٠ أيام.", "قبل ١٠ أيام", "2024-03-08")]
    [InlineData("اجتمع المجلس قبل أسبوعين.", "قبل أسبوعين", "2024-W10")]
    [InlineData("اجتمع المجلس قبل ستة أشهر.", "قبل ستة أشهر", "2023-09")]
    [InlineData("اجتمع المجلس قبل عام.", "قبل عام", "2023")]
    [InlineData("انشق الفصيل منذ عامين.", "منذ عامين", "2022")]
    [InlineData("انشق الفصيل قبل نحو عقدين.", "قبل نحو عقدين", "200")]
    [InlineData("انشق الفصيل منذ سنوات.", "منذ سنوات", "PAST_REF")]
    [InlineData("انشق الفصيل قبل أيام.", "قبل أيام", "PAST_REF")]
    [InlineData("انشق الفصيل قبل بضعة أسابيع.", "قبل بضعة أسابيع", "PAST_REF")]
    public void Arabic_expressions_counted_from_the_document_date(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("تحدث الوزير صباح اليوم.", "صباح اليوم", "2024-03-18TMO")]
    [InlineData("تحدث الوزير مساء أمس.", "مساء أمس", "2024-03-17TEV")]
    [InlineData("يتحدث الوزير الليلة.", "الليلة", "2024-03-18TNI")]
    [InlineData("تحدث الوزير الليلة الماضية.", "الليلة الماضية", "2024-03-17TNI")]
    [InlineData("تحدث الوزير ليلة أمس.", "ليلة أمس", "2024-03-17TNI")]
    public void Arabic_parts_of_days(string text, string span, string value) => AssertOnly(text, span, TimexType.Time, value);

    [Theory]
    // "أمس الأحد": the weekday in apposition agrees with yesterday (2024-03-17), so it is one timex with it.
    [InlineData("اجتمع المجلس أمس الأحد.", "أمس الأحد", "2024-03-17")]
    [InlineData("اجتمع المجلس أمس الأحد ١٧ آذار.", "أمس الأحد ١٧ آذار", "2024-03-17")]
    [InlineData("يجتمع المجلس اليوم الاثنين.", "اليوم الاثنين", "2024-03-18")]
    public void A_day_and_its_weekday_in_apposition_are_one_timex(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Fact]
    public void A_weekday_that_disagrees_with_the_day_before_it_stays_apart()
    {
        var all = Tag("اجتمع المجلس أمس السبت.");
        Assert.Equal(["أمس=2024-03-17", "السبت=2024-03-16"], all.Select(t => $"{t.Text}={t.Value}"));
    }

    [Theory]
    [InlineData("يقرر المجلس خلال الأيام المقبلة.", "الأيام المقبلة", "FUTURE_REF")]
    [InlineData("يقرر المجلس في الأسابيع القادمة.", "الأسابيع القادمة", "FUTURE_REF")]
    [InlineData("يقرر المجلس قريباً.", "قريباً", "FUTURE_REF")]
    [InlineData("يقرر المجلس في المستقبل.", "المستقبل", "FUTURE_REF")]
    [InlineData("يقرر المجلس في المستقبل القريب.", "المستقبل القريب", "FUTURE_REF")]
    [InlineData("المجلس منقسم حالياً.", "حالياً", "PRESENT_REF")]
    [InlineData("المجلس منقسم في الوقت الحالي.", "الوقت الحالي", "PRESENT_REF")]
    [InlineData("انقسم المجلس مؤخراً.", "مؤخراً", "PAST_REF")]
    [InlineData("كان المجلس موحداً في الماضي.", "الماضي", "PAST_REF")]
    [InlineData("انقسم المجلس في السنوات الأخيرة.", "السنوات الأخيرة", "PAST_REF")]
    [InlineData("انقسم المجلس خلال الأيام الماضية.", "الأيام الماضية", "PAST_REF")]
    public void Arabic_present_past_and_future_references(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Date, value);

    [Fact]
    public void Arabic_now_is_tagged_where_it_is_set_against_another_time()
    {
        var all = Tag("كان المبعوث في الثلاثين عام ٢٠٠٣ وهو الآن في السادسة والأربعين. ولم يتضح حتى الآن موعد التصويت.");
        Assert.Equal(["عام ٢٠٠٣=2003", "الآن=PRESENT_REF"], all.Select(t => $"{t.Text}={t.Value}"));
    }

    // ---- durations and sets --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("أمهل الصدر الفصائل ثلاثين يوماً.", "ثلاثين يوماً", "P30D")]
    [InlineData("أمهل الصدر الفصائل ثلاثين يوما.", "ثلاثين يوما", "P30D")]
    [InlineData("أمهل الصدر الفصائل ٣٠ يوماً.", "٣٠ يوماً", "P30D")]
    [InlineData("استمرت الهدنة عشرة أشهر.", "عشرة أشهر", "P10M")]
    [InlineData("استمرت الهدنة ثلاثة أيام.", "ثلاثة أيام", "P3D")]
    [InlineData("استمرت الهدنة ست سنوات.", "ست سنوات", "P6Y")]
    [InlineData("استمرت الهدنة ثلاثة عشر يوماً.", "ثلاثة عشر يوماً", "P13D")]
    [InlineData("استمرت الهدنة خمسة وعشرين عاماً.", "خمسة وعشرين عاماً", "P25Y")]
    [InlineData("استمرت الهدنة يومين.", "يومين", "P2D")]
    [InlineData("استمرت الهدنة شهرين.", "شهرين", "P2M")]
    [InlineData("استمرت الهدنة عقدين.", "عقدين", "P2DE")]
    [InlineData("استمرت الهدنة ساعتين.", "ساعتين", "PT2H")]
    [InlineData("استمرت الهدنة أسبوعاً واحداً.", "أسبوعاً واحداً", "P1W")]
    [InlineData("يتحرك الآخرون خلال شهر.", "شهر", "P1M")]
    [InlineData("استمرت الهدنة لمدة عام.", "عام", "P1Y")]
    [InlineData("استمرت الهدنة عدة أيام.", "عدة أيام", "PXD")]
    [InlineData("تفاوض الطرفان لسنوات.", "لسنوات", "PXY")]
    [InlineData("تفاوض الطرفان خلال أشهر.", "أشهر", "PXM")]
    // "بعد يومين" is "two days later" as often as "in two days": a duration, kept with "بعد" as English keeps "later".
    [InlineData("وقع الاتفاق بعد يومين.", "بعد يومين", "P2D")]
    public void Arabic_durations(string text, string span, string value) => AssertOnly(text, span, TimexType.Duration, value);

    [Theory]
    // Counted from an event, not from the document date: only the duration.
    [InlineData("أعلن الاتفاق قبل يومين من الانتخابات.", "يومين", "P2D")]
    [InlineData("أعلن الاتفاق بعد أسبوع واحد من الهجوم.", "أسبوع واحد", "P1W")]
    public void A_period_before_or_after_an_event_is_a_duration(string text, string span, string value) =>
        AssertOnly(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("يجتمع المجلس كل أسبوع.", "كل أسبوع", "P1W")]
    [InlineData("يجتمع المجلس كل عام.", "كل عام", "P1Y")]
    public void Arabic_sets(string text, string span, string value) => AssertOnly(text, span, TimexType.Set, value);

    [Theory]
    [InlineData("يبلغ الوزير من العمر ٤٦ عاماً.")]
    [InlineData("قتل رجل عمره ٣٠ عاماً.")]
    [InlineData("قتل رجل يبلغ ٣٠ عاماً من العمر.")]
    [InlineData("زار الوفد المدينة في أحد الأيام.")]
    [InlineData("كان اليوم الأول من المحادثات هادئاً.")]
    public void Arabic_ages_and_other_counts_are_not_durations(string text) => AssertNone(text);

    [Fact]
    public void Arabic_anaphoric_days_count_from_the_last_date_in_the_text()
    {
        var all = Tag("اجتمع المجلس في ٤ أيار ٢٠٢٣. وفي اليوم التالي صوّت. وفي العام التالي انقسم.");
        Assert.Equal(["٤ أيار ٢٠٢٣=2023-05-04", "اليوم التالي=2023-05-05", "العام التالي=2024"], all.Select(t => $"{t.Text}={t.Value}"));
    }

    // ---- spans -----------------------------------------------------------------------------------------------------

    [Fact]
    public void A_separate_preposition_is_outside_the_span_and_an_attached_one_inside()
    {
        const string text = "اجتمع المجلس في الأسبوع الماضي، وبالأمس، وفي آذار ٢٠٢٤، ويجتمع للعام المقبل.";
        var all = Tag(text);
        Assert.Equal(["الأسبوع الماضي", "وبالأمس", "آذار ٢٠٢٤", "للعام المقبل"], all.Select(t => t.Text));
        foreach (var t in all)
        {
            Assert.Equal(text[t.Start..t.End], t.Text);
            Assert.True(text[t.Start - 1] == ' ', $"\"{t.Text}\" does not start at a word boundary");
        }
    }

    [Fact]
    public void Arabic_without_a_document_date_only_what_the_text_fixes_gets_a_value()
    {
        var all = TimexTagger.Tag("اجتمع المجلس في ١٦ آذار ٢٠٢٤ وفي ٢ نيسان ويوم الجمعة، وقبل يومين، والأسبوع الماضي، ولمدة ثلاثة أيام.", published: null);
        Assert.Equal(
            ["١٦ آذار ٢٠٢٤=2024-03-16", "٢ نيسان=XXXX-04-02", "ويوم الجمعة=XXXX-WXX-5", "ثلاثة أيام=P3D"],
            all.Select(t => $"{t.Text}={t.Value}"));
    }
}
