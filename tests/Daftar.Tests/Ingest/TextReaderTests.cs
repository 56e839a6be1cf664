using Daftar.Ingest;
using NodaTime;
using Xunit;
using static Daftar.Tests.Ingest.Fixtures;

namespace Daftar.Tests.Ingest;

public class TextReaderTests
{
    [Fact]
    public void English_page_dump_yields_the_article_between_the_chrome()
    {
        var doc = Read("en-page-dump.txt");

        Assert.Equal(DocumentFormat.Text, doc.Format);
        Assert.Equal("Water, Wheat and Power: How Drought Is Reshaping Politics in Southern Iraq", doc.Title);
        Assert.Equal(new LocalDate(2021, 3, 3), doc.Published);
        Assert.Equal("en", doc.Language);
        Assert.Equal(new[] { "ar" }, doc.Translations);
        Assert.Equal("Layla Haddad", doc.Author);
        Assert.Equal("The Tigris Institute for Regional Studies", doc.Publisher);

        AssertCleanBody(doc.Text);
        Assert.StartsWith("Across the marshes of southern Iraq, the spring of 2021 arrived without the floods", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("Whether Baghdad listens before the next dry season remains an open question.", doc.Text, StringComparison.Ordinal);
        AssertNoneOf(
            doc.Text,
            "Evidence. Debate. Reach.",
            "Other Pages",
            "Policy Notes",
            "معرفة مستقلة",
            "Informing Debate",
            "Also available in",
            "العربية",
            "By Layla Haddad",
            "March 3, 2021",
            "Customize your RSS Feed",
            "Share",
            "Print",
            "©",
            "All rights reserved");
    }

    [Fact]
    public void Numbered_list_lines_become_one_paragraph_each()
    {
        var paragraphs = Paragraphs(Read("en-page-dump.txt").Text);

        var lead = Array.IndexOf(paragraphs, "Local officials described their priorities in three points:");
        Assert.True(lead > 0);
        Assert.StartsWith("1. “Repair the irrigation canals", paragraphs[lead + 1], StringComparison.Ordinal);
        Assert.Equal("2. “Pay the farmers what the state owes them for last year’s harvest.”", paragraphs[lead + 2]);
        Assert.Equal("3. “Stop the upstream dams from taking more than their share.”", paragraphs[lead + 3]);
        Assert.Equal(8, paragraphs.Length);
    }

    [Fact]
    public void Arabic_page_dump_reads_the_arabic_dateline_byline_and_notice()
    {
        var doc = Read("ar-page-dump.txt");

        Assert.Equal(Nfc("أزمة المياه في جنوب العراق: الجفاف يعيد رسم الخريطة السياسية"), doc.Title);
        Assert.Equal(new LocalDate(2021, 3, 3), doc.Published);
        Assert.Equal("ar", doc.Language);
        Assert.Equal(new[] { "en" }, doc.Translations);
        Assert.Equal("ليلى حداد", doc.Author);
        Assert.Equal("مركز دجلة للدراسات الإقليمية", doc.Publisher);

        AssertCleanBody(doc.Text);
        Assert.StartsWith(Nfc("لم يأتِ ربيع عام ٢٠٢١ بالفيضانات"), doc.Text, StringComparison.Ordinal);
        Assert.EndsWith(Nfc("قبل موسم الجفاف المقبل."), doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n• إصلاح قنوات الري قبل حلول الصيف.\n\n• دفع", doc.Text, StringComparison.Ordinal);
        AssertNoneOf(doc.Text, "الرئيسية", "من نحن", "تحليلات", "مركز دجلة", "معرفة مستقلة", "متوفر", "بقلم", "آذار", "شارك", "طباعة", "جميع الحقوق محفوظة");
    }

    [Fact]
    public void Clean_text_with_title_dateline_and_body()
    {
        var doc = Read("clean.txt");

        Assert.Equal("A Quiet Reshuffle in the Provincial Councils", doc.Title);
        Assert.Equal(new LocalDate(2022, 11, 8), doc.Published);
        Assert.Equal(
            "Three provincial councils replaced their chairmen in the same week, and none of the changes made national news.\n\n"
            + "Taken together, they suggest the parties are preparing for local elections earlier than the calendar requires.",
            doc.Text);
        Assert.Null(doc.Publisher);
        Assert.Null(doc.Author);
        Assert.Empty(doc.Translations);
    }

    [Fact]
    public void Title_and_body_without_dateline()
    {
        var doc = ReadText("Notes From a Border Crossing\n\nThe queue of lorries at the crossing stretched for nine kilometres on Tuesday morning.\n");

        Assert.Equal("Notes From a Border Crossing", doc.Title);
        Assert.Null(doc.Published);
        Assert.Equal("The queue of lorries at the crossing stretched for nine kilometres on Tuesday morning.", doc.Text);
    }

    [Fact]
    public void Whitespace_is_normalised_and_characters_are_kept()
    {
        var doc = ReadText(
            "Title Of A Short Piece\r\n\r\n2020-01-02\r\n\r\n  The  minister\u00A0said \t “no”—twice — and left the room at noon.  \r\n\r\n\r\n\r\nA second paragraph follows here, with enough words to count.\r\n");

        Assert.Equal(
            "The minister said “no”—twice — and left the room at noon.\n\nA second paragraph follows here, with enough words to count.",
            doc.Text);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_keep_their_line_breaks()
    {
        var doc = ReadText(
            "A Wrapped Report From Kirkuk\n\nThe provincial council met on Sunday to discuss the budget, and\nthe session ran late into the evening because of a dispute\nover the allocation for roads.\n");

        Assert.Equal(
            "The provincial council met on Sunday to discuss the budget, and\nthe session ran late into the evening because of a dispute\nover the allocation for roads.",
            doc.Text);
    }

    [Fact]
    public void Byline_variants_set_the_author()
    {
        const string body = "\n\nThe council voted on Sunday to approve the new budget after a long debate.\n";
        Assert.Equal("Jane Roe and John Doe", ReadText("A Headline About Budgets\n\nBy Jane Roe and John Doe" + body).Author);
        Assert.Equal("Jane Roe", ReadText("A Headline About Budgets\n\nAuthor: Jane Roe" + body).Author);
        Assert.Equal("علي حسن", ReadText("A Headline About Budgets\n\nبقلم: علي حسن" + body).Author);
    }

    [Fact]
    public void A_sentence_starting_with_by_is_not_a_byline()
    {
        var doc = ReadText("A Headline About Budgets\n\nBy Tuesday, the council had approved the new budget after a long debate.\n");

        Assert.Null(doc.Author);
        Assert.StartsWith("By Tuesday", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_publisher_in_the_head_is_named_canonically()
    {
        var doc = ReadText("Rudaw Media Network\n\nHome\n\nA Headline About the Region\n\nJune 5, 2019\n\nThe regional government announced a new cabinet on Wednesday after months of talks.\n");

        Assert.Equal("Rudaw", doc.Publisher);
        Assert.Equal(new LocalDate(2019, 6, 5), doc.Published);
    }

    [Fact]
    public void Only_chrome_is_no_body()
    {
        var e = Assert.Throws<IngestException>(() => ReadText("Share\n\nPrint\n\nOther Pages\n\nCustomize your RSS Feed\n"));
        Assert.Equal(IngestProblem.NoBody, e.Problem);
    }

    [Fact]
    public void Dump_without_blank_lines_is_split_into_lines()
    {
        var text = string.Join('\n', File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingest", "en-page-dump.txt")).Where(l => l.Length > 0));
        var doc = ReadText(text);

        Assert.Equal("Water, Wheat and Power: How Drought Is Reshaping Politics in Southern Iraq", doc.Title);
        Assert.Equal(new LocalDate(2021, 3, 3), doc.Published);
        Assert.Equal("Layla Haddad", doc.Author);
        Assert.Equal(Read("en-page-dump.txt").Text, doc.Text);
    }

    [Fact]
    public void Headline_and_dateline_in_one_block()
    {
        var doc = ReadText("A Headline About the Budget Debate\nJuly 4, 2022\n\nThe provincial council met on Sunday to discuss the budget and the delayed irrigation projects.\n");

        Assert.Equal("A Headline About the Budget Debate", doc.Title);
        Assert.Equal(new LocalDate(2022, 7, 4), doc.Published);
    }

    [Fact]
    public void Wrapped_list_items_keep_their_continuation_lines()
    {
        var doc = ReadText(
            "A Headline About the Season\n\nThe ministry published its priorities for the coming season on Monday evening.\n\n"
            + "Priorities for the season:\n1. Repair the canals before the summer,\n   as the governor asked.\n2. Pay the farmers.\n");

        Assert.EndsWith(
            "\n\nPriorities for the season:\n\n1. Repair the canals before the summer,\nas the governor asked.\n\n2. Pay the farmers.",
            doc.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_author_bio_is_not_body()
    {
        var doc = ReadText(
            "A Headline About the Vote\n\nBy Jane Roe and John Doe\n\nVoters in fifteen provinces went to the polls on Monday for the first time in a decade.\n\n"
            + "Turnout was reported at 41 percent, higher than many observers had expected.\n\n"
            + "John Doe is a senior fellow at the institute, where he studies provincial politics.\n");

        Assert.EndsWith("higher than many observers had expected.", doc.Text, StringComparison.Ordinal);
    }
}
