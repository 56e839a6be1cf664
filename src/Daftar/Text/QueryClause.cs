namespace Daftar.Text;

/// <summary>One clause of a parsed user query: a single term, or a quoted phrase of two or more terms.</summary>
public sealed class QueryClause
{
    internal QueryClause(IReadOnlyList<string> terms, bool isPhrase)
    {
        Terms = terms;
        IsPhrase = isPhrase;
    }

    /// <summary>The clause's normalised terms (see <see cref="SearchAnalyzer.QueryTerms"/>); never empty.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>True for a quoted phrase (then <see cref="Terms"/> has at least two terms, in order).</summary>
    public bool IsPhrase { get; }

    /// <inheritdoc/>
    public override string ToString() => IsPhrase ? "\"" + string.Join(' ', Terms) + "\"" : Terms[0];
}
