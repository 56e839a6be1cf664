using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using Daftar.Web.Rendering;
using Xunit;

namespace Daftar.Web.Tests;

public partial class AnnotatedTextTests
{
    private static TextMark Outer(int start, int end) => new(start, end, true, "<q>", "</q>");

    private static TextMark Inner(int start, int end) => new(start, end, false, "<b>", "</b>");

    [Fact]
    public void Marks_nest_inside_quotations_and_text_is_encoded()
    {
        const string text = "He said: “Iraq & the army”.";

        var html = AnnotatedText.Render(text, [Outer(10, 25), Inner(10, 14), Inner(21, 25)]);

        Assert.Equal("<p dir=\"auto\">He said: “<q><b>Iraq</b> &amp; the <b>army</b></q>”.</p>", html);
    }

    [Fact]
    public void Paragraphs_get_their_own_direction_and_a_quotation_across_them_is_reopened()
    {
        const string text = "One «two\n\nthree» four\nfive";

        var html = AnnotatedText.Render(text, [Outer(5, 15)]);

        Assert.Equal("<p dir=\"auto\">One «<q>two</q></p>\n<p dir=\"auto\"><q>three</q>» four<br>five</p>", html);
    }

    [Fact]
    public void Marks_that_do_not_nest_are_left_out()
    {
        const string text = "abcdefghij";

        var html = AnnotatedText.Render(text, [Outer(2, 6), Inner(5, 8), Inner(0, 1), Inner(0, 3), Outer(4, 9), Inner(20, 30)]);

        Assert.Equal("<p dir=\"auto\"><b>a</b>b<q>cdef</q>ghij</p>", html);
    }

    [Fact]
    public void The_output_is_balanced_and_keeps_every_character()
    {
        var gen = Gen.Select(
            Gen.String[Gen.Char["ab \n<&«»"], 0, 40],
            Gen.Select(Gen.Int[-2, 42], Gen.Int[-2, 42], Gen.Bool).Array[0, 8]);
        gen.Sample((text, raw) =>
        {
            var marks = raw.Select(m => m.Item3 ? Outer(m.Item1, m.Item2) : Inner(m.Item1, m.Item2));

            var html = AnnotatedText.Render(text, marks);

            var depth = 0;
            foreach (Match tag in Tag().Matches(html))
            {
                depth += tag.Groups[1].Value == "/" ? -1 : 1;
                Assert.True(depth >= 0, html);
            }

            Assert.Equal(0, depth);
            var plain = WebUtility.HtmlDecode(Tag().Replace(html.Replace("<br>", "\n", StringComparison.Ordinal), ""));
            Assert.Equal(Squash(text), Squash(plain));
        });
    }

    // Paragraph breaks become element boundaries: compare texts without their newlines.
    private static string Squash(string s) => s.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    [GeneratedRegex("<(/?)(?:p|q|b)\\b[^>]*>")]
    private static partial Regex Tag();
}
