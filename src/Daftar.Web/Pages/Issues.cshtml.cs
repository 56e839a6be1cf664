using System.Collections.Immutable;
using Daftar.Analysis.Positions;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Localization;

namespace Daftar.Web.Pages;

/// <summary>The issues actors take positions on, each with its labels, description and how much the ledger holds on it.</summary>
public sealed class IssuesModel : DaftarPage
{
    public sealed record Row(Issue Issue, int Positions, int Actors);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public void OnGet()
    {
        Title = T("nav.issues");
        var positions = Ledger.AcceptedPositions().GroupBy(p => p.Position.IssueId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Rows = [.. Ledger.ListIssues()
            .Select(i => new Row(i, positions.GetValueOrDefault(i.Id)?.Count ?? 0, positions.GetValueOrDefault(i.Id)?.Select(p => p.Position.ActorId).Distinct().Count() ?? 0))
            .OrderByDescending(r => r.Positions).ThenBy(r => Label(r.Issue), StringComparer.CurrentCultureIgnoreCase)];
    }

    public string Label(Issue issue) => IssueLabels.Label(issue, Language);

    public string? OtherLabel(Issue issue) => IssueLabels.Other(issue, Language);
}

/// <summary>One issue: where each actor stands on it over time, and the verdicts on their say and do.</summary>
public sealed class IssueModel : DaftarPage
{
    /// <summary>One actor on the issue: its statements in date order, the stances they make, and the verdict standing.</summary>
    public sealed record ActorOnIssue(string ActorId, ImmutableArray<DatedPosition> Statements, ImmutableArray<StancePeriod> History, Verdict? Verdict);

    public Issue Issue { get; private set; } = null!;

    public IReadOnlyList<ActorOnIssue> Actors { get; private set; } = [];

    private IReadOnlyDictionary<string, string> names = new Dictionary<string, string>();

    public override Feeds.FeedSelection FeedQuery => Issue is null ? base.FeedQuery : Feeds.FeedSelection.Of([], [Issue.Id], [], [], Language);

    public Microsoft.AspNetCore.Mvc.IActionResult OnGet(string id)
    {
        if (Ledger.ListIssues().FirstOrDefault(i => i.Id == id) is not { } issue)
            return NotFound();
        Issue = issue;
        Title = Label(issue);
        var verdicts = Ledger.Assessments(issueId: id).ToDictionary(a => a.ActorId, a => (Verdict?)a.Verdict, StringComparer.Ordinal);
        Actors = [.. Ledger.AcceptedPositions().Where(p => p.Position.IssueId == id).GroupBy(p => p.Position.ActorId)
            .Select(g => new ActorOnIssue(g.Key, StanceHistory.InOrder(g), StanceHistory.Of(g), verdicts.GetValueOrDefault(g.Key)))];
        names = Ledger.ActorNames(Actors.Select(a => a.ActorId));
        return Page();
    }

    public string ActorName(string id) => names.TryGetValue(id, out var name) ? name : id;

    public string Label(Issue issue) => IssueLabels.Label(issue, Language);

    public string? OtherLabel(Issue issue) => IssueLabels.Other(issue, Language);
}

/// <summary>An issue's label in a page's language, and in the other one.</summary>
internal static class IssueLabels
{
    public static string Label(Issue issue, UiLanguage language) =>
        language == UiLanguage.Arabic && issue.LabelArabic is { Length: > 0 } arabic ? arabic : issue.Label;

    public static string? Other(Issue issue, UiLanguage language) =>
        language == UiLanguage.Arabic ? issue.Label : issue.LabelArabic is { Length: > 0 } arabic ? arabic : null;
}
