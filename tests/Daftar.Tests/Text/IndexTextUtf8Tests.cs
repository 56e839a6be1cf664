using System.Text;
using CsCheck;
using Daftar.Text;
using Xunit;

namespace Daftar.Tests.Text;

/// <summary>The storage hot path's form of the index terms: the same bytes as <see cref="SearchAnalyzer.IndexText"/>'s string.</summary>
public class IndexTextUtf8Tests
{
    private static readonly Gen<string> Texts =
        Gen.Frequency(
                (6, Gen.Char['a', 'z']),
                (2, Gen.Char['A', 'Z']),
                (6, Gen.Char['\u0620', '\u064A']),
                (4, Gen.Char[" \n'’-.,"]),
                (1, Gen.Char['\u064B', '\u0670']),
                (1, Gen.Char['\u00C0', '\u024F']),
                (1, Gen.Char['\uD800', '\uDFFF']),
                (1, Gen.Char[char.MinValue, char.MaxValue]))
            .Array[0, 80]
            .Select(a => new string(a));

    [Fact]
    public void Title_and_text_give_the_bytes_of_the_terms_of_the_title_a_blank_line_and_the_text() =>
        Gen.Select(Texts.Null(), Texts).Sample((title, text) =>
        {
            using var terms = SearchAnalyzer.IndexTextUtf8(title, text);
            var expected = SearchAnalyzer.IndexText(title is null ? text : title + "\n\n" + text);
            Assert.Equal(Encoding.UTF8.GetBytes(expected), terms.Span.ToArray());
        });

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(349_525)]
    [InlineData(349_526)]
    [InlineData(700_000)]
    public void A_buffer_holds_what_Encoding_UTF8_writes_whether_pooled_or_its_own(int length)
    {
        var text = string.Create(length, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = (i % 7) switch { 0 => 'ب', 1 => ' ', 2 => '\uD800', 3 => 'é', _ => (char)('a' + (i % 26)) };
        });

        using var buffer = Utf8Buffer.From(text);

        Assert.Equal(Encoding.UTF8.GetBytes(text), buffer.Span.ToArray());
    }
}
