using System.Text;
using Daftar.Text;

namespace Daftar.Storage;

/// <summary>A short excerpt of a text around the first word a query matches, or around a given span.</summary>
/// <param name="Highlight">Where the matched word is in <paramref name="Text"/>; empty when nothing matched.</param>
public sealed record Snippet(string Text, Domain.TextSpan Highlight)
{
    private const int Context = 80;

    /// <summary>The excerpt of <paramref name="text"/> around its first word that yields one of <paramref name="queryTerms"/>.</summary>
    public static Snippet Around(string text, IReadOnlyList<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryTerms);
        var (start, end) = FirstMatch(text, queryTerms);
        return start < 0 ? new Snippet(Excerpt(text, 0, Math.Min(text.Length, 2 * Context)), default) : At(text, start, end);
    }

    /// <summary>The excerpt of <paramref name="text"/> around the span [<paramref name="start"/>, <paramref name="end"/>), highlighted.</summary>
    public static Snippet At(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var from = WordBoundaryBefore(text, Math.Max(0, start - Context));
        var to = WordBoundaryAfter(text, Math.Min(text.Length, end + Context));
        var builder = new StringBuilder();
        if (from > 0)
            builder.Append('…');
        builder.Append(Flatten(text.AsSpan(from, start - from)));
        var highlight = new Domain.TextSpan(builder.Length, builder.Length + (end - start));
        builder.Append(text.AsSpan(start, end - start)).Append(Flatten(text.AsSpan(end, to - end)));
        if (to < text.Length)
            builder.Append('…');
        return new Snippet(builder.ToString(), highlight);
    }

    // The same word boundaries and terms as the index, so the highlighted word is the one that matched.
    private static (int Start, int End) FirstMatch(string text, IReadOnlyList<string> queryTerms)
    {
        foreach (var word in SearchAnalyzer.Analyze(text))
        {
            foreach (var term in queryTerms)
            {
                if (word.IsMatchedBy(term))
                    return (word.Start, word.End);
            }
        }

        return (-1, -1);
    }

    private static int WordBoundaryBefore(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            i--;
        return i;
    }

    private static int WordBoundaryAfter(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private static string Excerpt(string text, int start, int end)
    {
        end = WordBoundaryAfter(text, end);
        var excerpt = Flatten(text.AsSpan(start, end - start));
        return end < text.Length ? excerpt + "…" : excerpt;
    }

    private static string Flatten(ReadOnlySpan<char> span) => span.ToString().ReplaceLineEndings(" ");
}
