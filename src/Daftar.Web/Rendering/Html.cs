using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Daftar.Web.Rendering;

/// <summary>HTML encoding that writes every script as itself (Arabic is not turned into numeric references).</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
