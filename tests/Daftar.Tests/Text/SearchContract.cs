using Daftar.Text;

namespace Daftar.Tests.Text;

/// <summary>
/// The search contract without a database: a query matches a text when every query term is one of the text's index
/// terms (what an FTS5 AND of quoted terms does over a column holding <see cref="SearchAnalyzer.IndexText"/>).
/// </summary>
internal static class SearchContract
{
    public static string[] Tokens(string text) =>
        SearchAnalyzer.IndexText(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool Matches(string query, string text)
    {
        var terms = SearchAnalyzer.QueryTerms(query);
        if (terms.Count == 0)
            return false;
        var index = new HashSet<string>(Tokens(text), StringComparer.Ordinal);
        return terms.All(index.Contains);
    }
}
