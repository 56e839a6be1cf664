using System.Globalization;
using System.Text;

namespace Daftar.Domain;

/// <summary>Stable, readable identifiers made from names: "Moqtada al-Sadr" → "moqtada-al-sadr".</summary>
public static class Slug
{
    /// <summary>
    /// Lower-cases, drops Latin diacritics and apostrophes, keeps letters and digits of any script, and joins the
    /// words with single hyphens. The same name always gives the same slug.
    /// </summary>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark || c is '\'' or '’' or 'ʼ' or 'ʿ' or 'ʾ' or '\u0640')
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                    builder.Append('-');
                hyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                hyphen = true;
            }
        }

        return builder.Length == 0 ? "unnamed" : builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
