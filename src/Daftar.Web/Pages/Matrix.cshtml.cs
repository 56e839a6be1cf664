using System.Globalization;
using System.Text;
using Daftar.Analysis.Positions;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>
/// Actors × issues at a glance, each cell the actor's current stance opening its statements; and two sides (an actor
/// and another, or a group such as a coalition's members) compared: common ground and fault lines. Also as CSV.
/// </summary>
public sealed class MatrixModel : DaftarPage
{
    /// <summary>The most actors the grid shows as columns (those with the most statements); a comparison reaches any.</summary>
    public const int MaxActors = 12;

    private IReadOnlyDictionary<string, string> names = new Dictionary<string, string>();

    [BindProperty(SupportsGet = true, Name = "a")]
    public string? LeftInput { get; set; }

    [BindProperty(SupportsGet = true, Name = "b")]
    public List<string> RightInput { get; set; } = [];

    public PositionMatrix Matrix { get; private set; } = null!;

    /// <summary>The actors shown as columns.</summary>
    public IReadOnlyList<string> Columns { get; private set; } = [];

    public IReadOnlyList<string> Left { get; private set; } = [];

    public IReadOnlyList<string> Right { get; private set; } = [];

    /// <summary>The comparison, when both sides name actors.</summary>
    public IReadOnlyList<ComparisonRow> Comparison { get; private set; } = [];

    /// <summary>Names typed that fit no single actor.</summary>
    public IReadOnlyList<string> Unresolved { get; private set; } = [];

    /// <summary>Every actor's names, for the type-ahead list.</summary>
    public IReadOnlyList<string> Names { get; private set; } = [];

    public string CsvHref => Href("matrix") + "?handler=csv";

    public string JsonHref => ApiEndpoints.Prefix + "/matrix" + HttpContext.Request.QueryString;

    public void OnGet()
    {
        Title = T("matrix.title");
        Load();
        var actors = Ledger.ListActors();
        Names = [.. actors.SelectMany(a => a.Aliases.Select(n => n.Text).Prepend(a.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(5000)];
    }

    /// <summary>The matrix as CSV: one row per actor and issue with a position.</summary>
    public IActionResult OnGetCsv()
    {
        Load();
        var csv = new StringBuilder();
        csv.Append("actor_id,actor,issue_id,issue,parent_issue_id,stance,statements,history,latest,position_ids\r\n");
        foreach (var issue in Matrix.Issues)
        {
            foreach (var actor in Matrix.ActorIds)
            {
                if (Matrix.Cell(actor, issue.Id) is not { } cell)
                    continue;
                string[] fields =
                [
                    actor, ActorName(actor), issue.Id, issue.Label, issue.ParentId ?? "",
                    string.Join('+', cell.Current.Select(Codes.Name)),
                    cell.Statements.Length.ToString(CultureInfo.InvariantCulture),
                    StanceHistory.Describe(cell.History, Codes.Name),
                    cell.Statements[^1].DateText ?? "",
                    string.Join(' ', cell.Statements.Select(s => s.Position.Id.ToString(CultureInfo.InvariantCulture))),
                ];
                csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
            }
        }

        return File(new UTF8Encoding(false).GetBytes(csv.ToString()), "text/csv; charset=utf-8", "matrix.csv");
    }

    public string ActorName(string id) => names.GetValueOrDefault(id, id);

    /// <summary>A row's label in the page's language.</summary>
    public string IssueLabel(MatrixIssue issue) =>
        Language == Localization.UiLanguage.Arabic && issue.LabelArabic is { Length: > 0 } arabic ? arabic : issue.Label;

    /// <summary>A statement's place in its source's page.</summary>
    public string EvidenceHref(DatedPosition s) =>
        Href(string.Create(CultureInfo.InvariantCulture, $"sources/{s.Position.Citation.SourceId}#position-{s.Position.Id}"));

    /// <summary>Current stances as words: "supports", or "opposes / conditional on" when the latest statements disagree.</summary>
    public string Stances(IEnumerable<Stance> stances) =>
        stances.Any() ? string.Join(" / ", stances.Select(s => T("stance." + Codes.Name(s)))) : T("matrix.no_position");

    private void Load()
    {
        Matrix = Ledger.Matrix();
        var unresolved = new List<string>();
        List<string> Side(IEnumerable<string> inputs)
        {
            var ids = new List<string>();
            foreach (var input in inputs.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).Take(20))
            {
                if (MatrixSides.Resolve(Ledger, input) is { } id)
                    ids.Add(id);
                else
                    unresolved.Add(input);
            }

            return [.. ids.Distinct(StringComparer.Ordinal)];
        }

        Left = Side(LeftInput is null ? [] : [LeftInput]);
        Right = Side(RightInput);
        Unresolved = unresolved;
        if (Left.Count > 0 && Right.Count > 0)
            Comparison = PositionComparison.Compare(Matrix, Left, Right);
        Columns = [.. Matrix.ActorIds.Take(MaxActors)];
        names = Ledger.ActorNames(Matrix.ActorIds.Concat(Left).Concat(Right));
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
