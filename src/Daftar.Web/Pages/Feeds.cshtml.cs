using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Daftar.Web.Pages;

/// <summary>
/// "Customise your feed": a reader picks actors (by any name, in either script), issues, kinds of entry and source
/// languages, and gets the one stable address of that selection as Atom and as RSS. The choices come from the public's
/// view of the ledger, as the feeds do, whoever is signed in.
/// </summary>
public sealed class FeedsModel : DaftarPage
{
    /// <summary>Actors as typed or ticked: ids or names in either script.</summary>
    [BindProperty(SupportsGet = true, Name = "actor")]
    public List<string> ActorInput { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "issue")]
    public List<string> IssueInput { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "kind")]
    public List<string> KindInput { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "language")]
    public List<string> LanguageInput { get; set; } = [];

    /// <summary>The selection as read, in canonical form.</summary>
    public FeedSelection Selection { get; private set; } = FeedSelection.Everything(Localization.UiLanguage.English);

    /// <summary>The chosen actors, by name.</summary>
    public IReadOnlyList<Actor> Chosen { get; private set; } = [];

    /// <summary>Every public actor's names, for the type-ahead list.</summary>
    public IReadOnlyList<string> Names { get; private set; } = [];

    public IReadOnlyList<Issue> Issues { get; private set; } = [];

    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>Names that fit no public actor, or several.</summary>
    public IReadOnlyList<string> Unresolved { get; private set; } = [];

    /// <summary>The feed's absolute address in a format.</summary>
    public string FeedUrl(FeedFormat format) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Selection.Href(format)}";

    /// <summary>The alerts of verdicts on the same actors and issues (kinds and languages do not apply to them).</summary>
    public string AssessmentsUrl(FeedFormat format) =>
        $"{Request.Scheme}://{Request.Host}{Request.PathBase}{FeedEndpoints.AssessmentsPath(format)}{Selection.With(kinds: [], languages: []).Query}";

    public override FeedSelection FeedQuery => Selection;

    public void OnGet()
    {
        Title = T("feeds.title");
        var ledger = HttpContext.RequestServices.GetRequiredKeyedService<SqliteLedger>(LedgerAudience.Public);
        var actors = ledger.ListActors();
        Names = [.. actors.SelectMany(a => a.Aliases.Select(n => n.Text).Prepend(a.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Issues = ledger.ListIssues();
        Languages = ledger.SourceLanguages();

        var chosen = new List<Actor>();
        var unresolved = new List<string>();
        foreach (var input in ActorInput.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Take(FeedSelection.MaxValues))
        {
            var found = ledger.FindActors(input);
            if (found.Count == 1)
                chosen.Add(found[0]);
            else
                unresolved.Add(input);
        }

        Chosen = [.. chosen.DistinctBy(a => a.Id).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
        Unresolved = unresolved;
        var issueIds = Issues.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var kinds = KindInput.Select(k => Codes.TryParse<FeedKind>(k, out var kind) ? kind : (FeedKind?)null).OfType<FeedKind>();
        Selection = FeedSelection.Of(
            Chosen.Select(a => a.Id),
            IssueInput.Where(issueIds.Contains),
            kinds,
            LanguageInput.Where(Languages.Contains),
            Language);
    }

    /// <summary>An issue's label in the page's language.</summary>
    public string IssueLabel(Issue issue) =>
        Language == Localization.UiLanguage.Arabic && issue.LabelArabic is { Length: > 0 } arabic ? arabic : issue?.Label ?? "";
}
