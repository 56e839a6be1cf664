using System.Collections.Immutable;
using Daftar.Domain;

namespace Daftar.Extraction.Sentences;

/// <summary>Splits clean text into sentences (spans into the text, trimmed, in order, not overlapping).</summary>
public static class SentenceSplitter
{
    /// <summary>
    /// The sentences of <paramref name="text"/>. A paragraph break always ends a sentence; otherwise a sentence
    /// ends at . ! ? … followed by white space and an upper-case letter or opening quote.
    /// </summary>
    public static ImmutableArray<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paragraphBreak = c == '\n' && i + 1 < text.Length && text[i + 1] == '\n';
            var terminal = c is '.' or '!' or '?' or '…' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && char.IsUpper(text[i + 2]);
            if (paragraphBreak || terminal)
            {
                Add(text, sentences, start, paragraphBreak ? i : i + 1);
                start = i + 1;
            }
        }

        Add(text, sentences, start, text.Length);
        return sentences.ToImmutable();
    }

    private static void Add(string text, ImmutableArray<TextSpan>.Builder sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new TextSpan(start, end));
    }
}
