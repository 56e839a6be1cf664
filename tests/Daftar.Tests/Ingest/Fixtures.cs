using System.Text;
using Daftar.Ingest;
using Xunit;

namespace Daftar.Tests.Ingest;

/// <summary>Access to the invented documents under Fixtures/Ingest (copied to the test output).</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingest", name));

    public static ParsedDocument Read(string name) => DocumentReader.Read(Bytes(name), name);

    public static ParsedDocument ReadText(string text, string name = "doc.txt") =>
        DocumentReader.Read(Encoding.UTF8.GetBytes(text), name);

    public static string Nfc(string s) => s.Normalize(NormalizationForm.FormC);

    /// <summary>Asserts the body's shape: paragraphs joined by one blank line, trimmed, no CR, NFC.</summary>
    public static void AssertCleanBody(string text)
    {
        Assert.False(string.IsNullOrEmpty(text));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Trim(), text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        foreach (var paragraph in text.Split("\n\n"))
        {
            Assert.Equal(paragraph.Trim(), paragraph);
            Assert.NotEqual(string.Empty, paragraph);
            Assert.DoesNotContain("  ", paragraph, StringComparison.Ordinal);
            Assert.DoesNotContain("\u00A0", paragraph, StringComparison.Ordinal);
        }
    }

    public static void AssertNoneOf(string text, params string[] forbidden)
    {
        foreach (var s in forbidden)
        {
            Assert.False(text.Contains(s, StringComparison.Ordinal), $"The body still contains chrome: \"{s}\"");
        }
    }

    public static string[] Paragraphs(string text) => text.Split("\n\n");
}
