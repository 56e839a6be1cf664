using System.Text;
using Daftar.Ingest;
using Xunit;

namespace Daftar.Tests.Ingest;

public class DecoderTests
{
    private static IngestException Fails(byte[] bytes, string name = "doc.txt") =>
        Assert.Throws<IngestException>(() => DocumentReader.Read(bytes, name));

    [Fact]
    public void Empty_file()
    {
        var e = Fails([]);
        Assert.Equal(IngestProblem.Empty, e.Problem);
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_only_file() =>
        Assert.Equal(IngestProblem.Empty, Fails(Encoding.UTF8.GetBytes(" \n\t \r\n\u00A0\n")).Problem);

    [Fact]
    public void Bom_only_file() => Assert.Equal(IngestProblem.Empty, Fails([0xEF, 0xBB, 0xBF]).Problem);

    [Fact]
    public void Nul_byte_means_binary()
    {
        var e = Fails(Encoding.UTF8.GetBytes("The council met on Sunday.\0\0\0 and more text"));
        Assert.Equal(IngestProblem.Binary, e.Problem);
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_is_binary_not_invalid_utf8()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xC0];
        var e = Fails(png, "picture.txt");
        Assert.Equal(IngestProblem.Binary, e.Problem);
        Assert.Contains("PNG", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_is_binary() =>
        Assert.Equal(IngestProblem.Binary, Fails(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00E2\u00E3\n1 0 obj")).Problem);

    [Fact]
    public void Many_control_characters_mean_binary()
    {
        var bytes = new byte[400];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 3 == 0 ? 0x01 : 'a');
        }

        Assert.Equal(IngestProblem.Binary, Fails(bytes).Problem);
    }

    [Fact]
    public void Invalid_utf8_reports_the_offset_of_the_first_bad_byte()
    {
        var e = Fails([.. "abc"u8, 0xFF, .. "def"u8]);
        Assert.Equal(IngestProblem.InvalidEncoding, e.Problem);
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("offset 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_after_multibyte_text_counts_bytes_not_chars()
    {
        // "عراق " is 9 bytes in UTF-8; the lone continuation byte follows it.
        var e = Fails([.. "عراق "u8, 0x80, .. " نص"u8]);
        Assert.Equal(IngestProblem.InvalidEncoding, e.Problem);
        Assert.Contains("offset 9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_multibyte_sequence_at_the_end()
    {
        // The first two bytes of "€" (E2 82 AC).
        var e = Fails([.. "Price: 5"u8, 0xE2, 0x82]);
        Assert.Equal(IngestProblem.InvalidEncoding, e.Problem);
        Assert.Contains("offset 8", e.Message, StringComparison.Ordinal);
        Assert.Contains("cut off", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoded_surrogate_is_invalid() =>
        Assert.Equal(IngestProblem.InvalidEncoding, Fails([.. "ab"u8, 0xED, 0xA0, 0x80]).Problem);

    [Fact]
    public void Overlong_encoding_is_invalid() =>
        Assert.Equal(IngestProblem.InvalidEncoding, Fails([.. "ab"u8, 0xC0, 0xAF]).Problem);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_decodes(bool bigEndian)
    {
        const string text = "اجتماع المجلس\n\nاجتمع مجلس المحافظة يوم الأحد لمناقشة الموازنة الجديدة وإقرار المشاريع المؤجلة منذ العام الماضي.\n";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

        Assert.Equal(text, DocumentDecoder.Decode(bytes));
        var doc = DocumentReader.Read(bytes, "council.txt");
        Assert.Equal("ar", doc.Language);
        Assert.StartsWith("اجتمع مجلس المحافظة", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bom_is_removed() =>
        Assert.Equal("abc", DocumentDecoder.Decode([0xEF, 0xBB, 0xBF, .. "abc"u8]));

    [Fact]
    public void Odd_length_utf16_is_invalid() =>
        Assert.Equal(IngestProblem.InvalidEncoding, Assert.Throws<IngestException>(() => DocumentDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x42])).Problem);

    [Fact]
    public void Too_large_file()
    {
        var bytes = new byte[DocumentReader.MaxDocumentBytes + 1];
        Assert.Equal(IngestProblem.TooLarge, Fails(bytes).Problem);
    }

    [Theory]
    [InlineData("a.html", "plain words", DocumentFormat.Html)]
    [InlineData("a.HTM", "plain words", DocumentFormat.Html)]
    [InlineData("a.xhtml", "plain words", DocumentFormat.Html)]
    [InlineData("a.md", "<html>", DocumentFormat.Markdown)]
    [InlineData("a.markdown", "text", DocumentFormat.Markdown)]
    [InlineData("a.txt", "\n  <!DOCTYPE html><html>", DocumentFormat.Html)]
    [InlineData("-", "<HTML lang=ar>", DocumentFormat.Html)]
    [InlineData("-", "<?xml version=\"1.0\"?>\n<html>", DocumentFormat.Html)]
    [InlineData("a.txt", "Some text about <html> tags", DocumentFormat.Text)]
    [InlineData("noextension", "# Heading", DocumentFormat.Text)]
    public void Format_detection(string name, string content, DocumentFormat expected) =>
        Assert.Equal(expected, DocumentReader.DetectFormat(name, content));
}
