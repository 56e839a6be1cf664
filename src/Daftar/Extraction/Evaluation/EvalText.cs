using System.Text;

namespace Daftar.Extraction.Evaluation;

/// <summary>
/// The normalisations the gold form's matching rules name: typographic quotes, dashes and apostrophes made plain,
/// white space collapsed, a trailing comma or full stop dropped; for names also case and a leading "the".
/// </summary>
public static class EvalText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var mapped = c switch
            {
                '“' or '”' or '„' or '«' or '»' or '″' => '"',
                '‘' or '’' or 'ʼ' or '`' or '′' or 'ʻ' => '\'',
                '—' or '–' or '‐' or '‑' or '−' => '-',
                _ => c,
            };
            if (char.IsWhiteSpace(mapped))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(mapped);
        }

        while (builder.Length > 0 && builder[^1] is ',' or '.' or ' ')
            builder.Length--;
        return builder.ToString();
    }

    public static string NormalizeName(string? name)
    {
        var text = Normalize(name).ToLowerInvariant();
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }
}
