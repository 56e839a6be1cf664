namespace Daftar.Text;

/// <summary>One word of a text as <see cref="SearchAnalyzer.Analyze"/> sees it.</summary>
public sealed class AnalyzedWord
{
    internal AnalyzedWord(string term, int start, int end, IReadOnlyList<string> indexTerms)
    {
        Term = term;
        Start = start;
        End = end;
        IndexTerms = indexTerms;
    }

    /// <summary>The normalised term: what <see cref="SearchAnalyzer.QueryTerms"/> gives for this word alone.</summary>
    public string Term { get; }

    /// <summary>UTF-16 offset of the word's first character in the analysed text.</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset just past the word's last character (trailing harakat included); greater than <see cref="Start"/>.</summary>
    public int End { get; }

    /// <summary>The word's length in the analysed text, in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>
    /// The terms this word puts in the index: <see cref="Term"/> first, then its distinct Arabic proclitic variants
    /// (never more than <see cref="SearchAnalyzer.MaxTermsPerWord"/> in all). A backend with positions should place
    /// them all at the word's position.
    /// </summary>
    public IReadOnlyList<string> IndexTerms { get; }

    /// <summary>True when the query term <paramref name="queryTerm"/> finds this word (it is one of <see cref="IndexTerms"/>).</summary>
    public bool IsMatchedBy(string queryTerm)
    {
        foreach (var term in IndexTerms)
        {
            if (string.Equals(term, queryTerm, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Term} [{Start}, {End})";
}
