using Daftar.Storage;
using Daftar.Text;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

public sealed class SourcesModel : DaftarPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "language")]
    public string? LanguageFilter { get; set; }

    public IReadOnlyList<SourceSummary> Sources { get; private set; } = [];

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public void OnGet()
    {
        Title = T("nav.sources");
        var all = Ledger.ListSources();
        Languages = [.. all.Select(s => s.Language).Distinct().Order(StringComparer.Ordinal)];

        // The title filter matches as search does: any spelling, either script, words in any order.
        var terms = string.IsNullOrWhiteSpace(Query) ? [] : SearchAnalyzer.QueryTerms(Query);
        Sources =
        [
            .. all.Where(s => string.IsNullOrEmpty(LanguageFilter) || s.Language == LanguageFilter)
                .Where(s => terms.Count == 0 || MatchesAll(s.Title ?? s.Name, terms)),
        ];
    }

    private static bool MatchesAll(string title, IReadOnlyList<string> terms)
    {
        var words = SearchAnalyzer.Analyze(title).ToList();
        return terms.All(term => words.Exists(w => w.IsMatchedBy(term)));
    }
}
