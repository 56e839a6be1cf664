using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Quotes;

namespace Daftar.Extraction.Positions;

/// <summary>An issue named in a text by one of its keywords (issues.tsv).</summary>
/// <param name="IssueId">The issue's slug, as positions store it.</param>
/// <param name="Label">The issue's canonical label.</param>
/// <param name="Polarity">+1 when the keyword names the issue itself, -1 when it names what the issue is against.</param>
/// <param name="Span">Where the keyword is.</param>
public sealed record IssueMention(string IssueId, string Label, int Polarity, TextSpan Span);

/// <summary>
/// The issues a text names, by the keywords the position layer reads statements with, so that deeds and later
/// statements are tied to issues exactly as positions are.
/// </summary>
public static class IssueKeywords
{
    /// <summary>Every issue keyword in <paramref name="text"/> (English and Arabic), longest match first at each place, in text order.</summary>
    public static ImmutableArray<IssueMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            return [];
        var a = new TextAnalysis(text, [], ActorLayerResult.Empty);
        try
        {
            var found = ImmutableArray.CreateBuilder<IssueMention>();
            var lexicons = new[] { PositionLexicon.For("en"), PositionLexicon.For("ar") };
            for (var t = 0; t < a.Count;)
            {
                var best = 0;
                IssueKeyword keyword = default;
                foreach (var lexicon in lexicons)
                {
                    var length = lexicon.Issues.Match(a, t, a.Count, out var value);
                    if (length > best)
                        (best, keyword) = (length, value);
                }

                if (best == 0)
                {
                    t++;
                    continue;
                }

                var span = new TextSpan(a.Tokens[t].Start, a.Tokens[t + best - 1].End);
                found.Add(new IssueMention(Slug.From(keyword.Label), keyword.Label, keyword.Polarity, span));
                t += best;
            }

            return found.ToImmutable();
        }
        finally
        {
            a.Release();
        }
    }

    /// <summary>The ids of the issues <paramref name="text"/> names.</summary>
    public static ImmutableHashSet<string> IssuesIn(string text) =>
        [.. Find(text).Select(m => m.IssueId)];
}
