using System.Text;
using CsCheck;
using Daftar.Ingest;
using Xunit;

namespace Daftar.Tests.Ingest;

public class DocumentReaderPropertyTests
{
    private static readonly string[] Names = ["doc.txt", "page.html", "notes.md", "-", "noext"];

    /// <summary>Reads and returns the document, or null for an <see cref="IngestException"/>; anything else fails the test.</summary>
    private static ParsedDocument? TryRead(byte[] bytes, string name)
    {
        try
        {
            return DocumentReader.Read(bytes, name);
        }
        catch (IngestException)
        {
            return null;
        }
    }

    private static void AssertInvariants(ParsedDocument? doc)
    {
        if (doc is null)
        {
            return;
        }

        Fixtures.AssertCleanBody(doc.Text);
        Assert.Contains(doc.Language, new[] { "en", "ar", "und" }.Concat(doc.Language.Length is 2 or 3 ? [doc.Language] : []));
        Assert.Equal(doc.Translations.Distinct().Order(StringComparer.Ordinal), doc.Translations);
    }

    [Fact]
    public void Arbitrary_bytes_only_ever_raise_IngestException() =>
        Gen.Byte.Array[0, 600].Select(Gen.OneOf(Names)).Sample((bytes, name) =>
        {
            AssertInvariants(TryRead(bytes, name));
        }, iter: 2000);

    [Fact]
    public void Arbitrary_text_only_ever_raises_IngestException() =>
        Gen.String[0, 600].Select(Gen.OneOf(Names)).Sample((text, name) =>
        {
            AssertInvariants(TryRead(Encoding.UTF8.GetBytes(text), name));
        }, iter: 1000);

    private static readonly string[] Words =
    [
        "the", "council", "met", "on", "Sunday", "and", "Baghdad", "agreed", "المجلس", "اجتمع", "يوم", "الأحد",
        "“quoted”", "—", "U.S.", "1.", "•", "Share", "Print", "By", "Also available in", "العربية", "January 27, 2020",
        "٢٧ يناير ٢٠٢٠", "<p>", "</p>", "<br>", "# ", "- ", "---", "&amp;", "\u00A0", "\t", "\u200F", "e\u0301",
    ];

    private static readonly string[] Separators = [" ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n\r\n", "\n \n\t\n", "\r", "\u2029", "\u00A0", ". ", ".\n\n"];

    /// <summary>Documents built from article-like words and messy separators: dumps, markup fragments, front matter.</summary>
    private static readonly Gen<string> Documents =
        Gen.OneOf(Words).Select(Gen.OneOf(Separators), (w, s) => w + s).Array[1, 120]
            .Select(Gen.OneOf("", "---\ntitle: x\n---\n", "<html><body>", "\uFEFF"), (parts, prefix) => prefix + string.Concat(parts));

    [Fact]
    public void Body_never_holds_CR_or_three_newlines() =>
        Documents.Select(Gen.OneOf(Names)).Sample((text, name) =>
        {
            AssertInvariants(TryRead(Encoding.UTF8.GetBytes(text), name));
        }, iter: 1500);

    [Fact]
    public void Deeply_nested_markup_does_not_overflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>The council met on Sunday and agreed on the budget after a long debate.</p>";
        AssertInvariants(TryRead(Encoding.UTF8.GetBytes(html), "deep.html"));

        var markdown = new string('>', 5_000) + " The council met on Sunday and agreed on the budget after a long debate.";
        AssertInvariants(TryRead(Encoding.UTF8.GetBytes(markdown), "deep.md"));

        var yaml = "---\nx: " + new string('[', 5_000) + "\n---\nThe council met on Sunday and agreed on the budget.";
        AssertInvariants(TryRead(Encoding.UTF8.GetBytes(yaml), "deep.md"));
    }
}
