using Daftar.Ingest;
using NodaTime;
using Xunit;
using static Daftar.Tests.Ingest.Fixtures;

namespace Daftar.Tests.Ingest;

public class MarkdownReaderTests
{
    [Fact]
    public void Front_matter_supplies_the_metadata()
    {
        var doc = Read("with-front-matter.md");

        Assert.Equal(DocumentFormat.Markdown, doc.Format);
        Assert.Equal("Checkpoints and Customs: The Economics of the Nineveh Plains", doc.Title);
        Assert.Equal(new LocalDate(2023, 5, 14), doc.Published);
        Assert.Equal("Omar Saleh", doc.Author);
        Assert.Equal("Tigris Review", doc.Publisher);
        Assert.Equal("en", doc.Language);
        Assert.Equal(new[] { "ar", "ku" }, doc.Translations);
    }

    [Fact]
    public void Markdown_body_is_plain_paragraphs()
    {
        var doc = Read("with-front-matter.md");

        AssertCleanBody(doc.Text);
        Assert.StartsWith("Every lorry that crosses the plains between Mosul and Erbil pays somebody. The question is who, and how much of it reaches a public treasury.", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("it needs the forces on the road to agree.", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nWhat traders told us\n\n", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nofficial customs duties, paid at the provincial boundary;\n\n\"facilitation\" fees", doc.Text, StringComparison.Ordinal);
        AssertNoneOf(doc.Text, "Checkpoints and Customs", "https://", "checkpoint.jpg", "A checkpoint at dawn", "---", "title:", "#", "*", "](");
    }

    [Fact]
    public void Without_front_matter_the_first_heading_is_the_title()
    {
        var doc = Read("plain.md");

        Assert.Equal("Three Councils, One Week", doc.Title);
        Assert.Equal("Sara Karim", doc.Author);
        Assert.Null(doc.Published);
        Assert.Equal("en", doc.Language);
        Assert.StartsWith("Three provincial councils replaced their chairmen", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n1. Basra chose a former oil engineer.\n\n2. Maysan chose", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("earlier than the calendar requires.", doc.Text, StringComparison.Ordinal);
        AssertNoneOf(doc.Text, "Three Councils, One Week", "By Sara Karim");
    }

    [Fact]
    public void Malformed_front_matter_is_ignored()
    {
        var doc = ReadText("---\ntitle: [unclosed\n---\n\nThe council met on Sunday and agreed on nothing at all, as usual.\n", "x.md");

        Assert.Null(doc.Title);
        Assert.Equal("The council met on Sunday and agreed on nothing at all, as usual.", doc.Text);
    }

    [Fact]
    public void Language_from_front_matter_only_when_the_body_cannot_decide()
    {
        var doc = ReadText("---\nlang: fr\n---\n\n2020 — 2021 — 2022.\n", "numbers.md");

        Assert.Equal("fr", doc.Language);
    }
}
