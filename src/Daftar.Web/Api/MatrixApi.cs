using System.ComponentModel;
using System.Globalization;
using Daftar.Analysis.Positions;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Daftar.Web.Api;

/// <summary>An actor as the matrix names it.</summary>
public sealed record MatrixActor(string Id, string Name);

/// <summary>A row of the matrix: an issue, or an aspect of the issue named by <see cref="ParentId"/>.</summary>
public sealed record MatrixRow(string Id, string Label, string? LabelArabic, string? ParentId);

/// <summary>A statement behind a cell, and where to read it.</summary>
public sealed record MatrixStatement(
    long PositionId,
    [property: Description("The statement's stance on this row's issue or aspect.")] string Stance,
    string Statement,
    [property: Description("Its source's publication day (YYYY-MM-DD), or null.")] string? Date,
    long SourceId,
    CitedSpan Span,
    [property: Description("The statement in its source's page.")] string Href);

/// <summary>A stretch of time over which the actor held one stance.</summary>
public sealed record MatrixPeriod(string Stance, string? From, string? To, int Statements);

/// <summary>Where one actor stands on one issue.</summary>
public sealed record MatrixCellItem(
    string ActorId,
    string IssueId,
    [property: Description("The current stance: that of the latest statements (several when they disagree).")] IReadOnlyList<string> Stances,
    IReadOnlyList<MatrixStatement> Statements,
    IReadOnlyList<MatrixPeriod> History);

/// <summary>How the two sides stand on one issue.</summary>
public sealed record MatrixComparisonRow(
    string IssueId,
    [property: Description("fault_line, common_ground, conditional, unclear or one_sided.")] string Agreement,
    IReadOnlyList<string> Left,
    IReadOnlyList<string> Right,
    IReadOnlyList<long> LeftPositions,
    IReadOnlyList<long> RightPositions);

/// <summary>Two sides set against each other: common ground and fault lines, issue by issue.</summary>
public sealed record MatrixComparison(IReadOnlyList<string> Left, IReadOnlyList<string> Right, IReadOnlyList<MatrixComparisonRow> Rows);

/// <summary>The position matrix, and the comparison asked for.</summary>
public sealed record MatrixAnswer(IReadOnlyList<MatrixActor> Actors, IReadOnlyList<MatrixRow> Issues, IReadOnlyList<MatrixCellItem> Cells, MatrixComparison? Comparison);

/// <summary><c>GET /api/v1/matrix</c>: actors × issues, and two sides compared.</summary>
internal static class MatrixApi
{
    /// <summary>Maps the matrix's read endpoint into the API's read group.</summary>
    public static void Map(IEndpointRouteBuilder read) =>
        read.MapGet("/matrix", Get).WithName("getMatrix").WithTags("Entries")
            .WithSummary("The position matrix")
            .WithDescription("Actors × issues from accepted stated positions: each cell the actor's current stance with its statements and history; aspects of an issue "
                + "(\"full withdrawal\" under \"foreign troop presence\") are rows of their own. With a and b, the two sides compared: common ground and fault lines.");

    private static Results<Ok<MatrixAnswer>, ValidationProblem> Get(
        HttpContext context,
        SqliteLedger ledger,
        [Description("One side of a comparison: an actor's id or a name (either script).")] string? a,
        [Description("The other side: one actor, or several (repeat b) taken as one group, such as a coalition's members.")][FromQuery] string[]? b)
    {
        var args = new ApiArguments(context, ledger);
        var left = Side(args, ledger, "a", a is null ? [] : [a]);
        var right = Side(args, ledger, "b", b ?? []);
        if (left.Count > 0 != right.Count > 0)
            args.Fail(left.Count == 0 ? "a" : "b", "a comparison needs both sides: a and b");
        if (args.Problem is { } problem)
            return problem;
        return TypedResults.Ok(Answer(ledger, ledger.Matrix(), left, right, "en"));
    }

    /// <summary>The actors a side names (each by id or by a name fitting one actor); a bad one is a problem of the parameter.</summary>
    private static List<string> Side(ApiArguments args, SqliteLedger ledger, string name, IEnumerable<string> inputs)
    {
        var ids = new List<string>();
        foreach (var input in inputs.Select(i => i.Trim()).Where(i => i.Length > 0).Take(20))
        {
            if (MatrixSides.Resolve(ledger, input) is { } id)
                ids.Add(id);
            else
                args.Fail(name, $"no single actor has the id or name '{input}'");
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The matrix as the API and the page's JSON write it.</summary>
    internal static MatrixAnswer Answer(SqliteLedger ledger, PositionMatrix matrix, IReadOnlyList<string> left, IReadOnlyList<string> right, string lang)
    {
        var names = ledger.ActorNames(matrix.ActorIds.Concat(left).Concat(right));
        MatrixStatement Statement(DatedPosition s) => new(
            s.Position.Id, Codes.Name(s.Position.Stance), s.Position.Statement, s.DateText, s.Position.Citation.SourceId, CitedSpan.Of(s.Position.Citation.Span),
            string.Create(CultureInfo.InvariantCulture, $"/{lang}/sources/{s.Position.Citation.SourceId}#position-{s.Position.Id}"));
        var cells = matrix.Issues
            .SelectMany(i => matrix.ActorIds.Select(actor => matrix.Cell(actor, i.Id)))
            .OfType<MatrixCell>()
            .Select(c => new MatrixCellItem(
                c.ActorId, c.IssueId, [.. c.Current.Select(Codes.Name)], [.. c.Statements.Select(Statement)],
                [.. c.History.Select(p => new MatrixPeriod(Codes.Name(p.Stance), Day(p.From), Day(p.To), p.Statements.Length))]))
            .ToList();
        MatrixComparison? comparison = null;
        if (left.Count > 0 && right.Count > 0)
        {
            comparison = new MatrixComparison(left, right,
            [
                .. PositionComparison.Compare(matrix, left, right).Select(r => new MatrixComparisonRow(
                    r.Issue.Id, Codes.Name(r.Agreement), [.. r.Left.Select(Codes.Name)], [.. r.Right.Select(Codes.Name)],
                    [.. r.LeftStatements.Select(s => s.Position.Id)], [.. r.RightStatements.Select(s => s.Position.Id)])),
            ]);
        }

        return new MatrixAnswer(
            [.. matrix.ActorIds.Select(id => new MatrixActor(id, names.GetValueOrDefault(id, id)))],
            [.. matrix.Issues.Select(i => new MatrixRow(i.Id, i.Label, i.LabelArabic, i.ParentId))],
            cells,
            comparison);
    }

    private static string? Day(NodaTime.LocalDate? date) => date is { } d ? NodaTime.Text.LocalDatePattern.Iso.Format(d) : null;
}

/// <summary>Reading the actors a matrix comparison names.</summary>
internal static class MatrixSides
{
    /// <summary>The actor with this id, or the one actor with this name in either script; null when none or several.</summary>
    public static string? Resolve(SqliteLedger ledger, string input)
    {
        if (input.Length is 0 or > 200)
            return null;
        if (ledger.GetActor(input) is { } actor)
            return actor.Id;
        var found = ledger.FindActors(input);
        return found.Count == 1 ? found[0].Id : null;
    }
}
