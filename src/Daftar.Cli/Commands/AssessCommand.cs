using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daftar.Analysis.SayDo;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime.Text;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary>
/// <c>daftar assess ACTOR ISSUE --verdict V --basis TEXT</c> records an analyst's verdict; <c>daftar assessments [ACTOR]</c>
/// lists each actor and issue with its computed and recorded verdicts, evidence counts and history.
/// </summary>
internal static class AssessCommand
{
    public static Command CreateAssess()
    {
        var actor = new Argument<string>("ACTOR") { Description = "The actor (id, name or any alias, in either script)" };
        var issue = new Argument<string>("ISSUE") { Description = "The issue (id or label)" };
        var verdict = new Option<string>("--verdict") { Description = "consistent, inconsistent, mixed or not_yet_tested", Required = true, HelpName = "VERDICT" };
        var basis = new Option<string>("--basis") { Description = "What the verdict rests on", Required = true, HelpName = "TEXT" };
        var source = new Option<long?>("--source") { Description = "Cite this source (default: the actor's latest position on the issue)", HelpName = "ID" };
        var at = new Option<string?>("--at") { Description = "With --source: the words of the source the verdict rests on (cited exactly; default: the source as a whole)", HelpName = "TEXT" };
        var command = new Command("assess", "Record a verdict on whether an actor's deeds match its stated position on an issue; the earlier verdict stays in the history")
        {
            actor, issue, verdict, basis, source, at, GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var actorId = SayDoArguments.Actor(ledger, result.GetValue(actor)!);
            var issueId = SayDoArguments.Issue(ledger, result.GetValue(issue)!);
            var value = SayDoArguments.Word<Verdict>("--verdict", result.GetValue(verdict)!);
            var citation = Cited(ledger, result.GetValue(source), result.GetValue(at));
            var recorded = ledger.RecordAssessment(actorId, issueId, value, result.GetValue(basis)!, citation);
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(recorded, LedgerJson.Options));
                return ExitCode.Success;
            }

            var computed = ledger.Assessments(actorId, issueId) is [var current, ..] ? current.Computed : Verdict.NotYetTested;
            DaftarCommandLine.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"assessment {recorded.Id}: {Markup.Escape(actorId)} on {Markup.Escape(issueId)} [bold]{Codes.Name(value)}[/] [dim](from the evidence: {Codes.Name(computed)})[/]"));
            return ExitCode.Success;
        }));
        return command;
    }

    public static Command CreateList()
    {
        var actor = new Argument<string?>("ACTOR") { Description = "Only this actor", Arity = ArgumentArity.ZeroOrOne };
        var issue = new Option<string?>("--issue") { Description = "Only this issue (id or label)" };
        var command = new Command("assessments", "Each actor and issue: latest stance, verdict from the evidence, the analyst's verdict, evidence counts and history")
        {
            actor, issue, GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var actorId = result.GetValue(actor) is { } a ? SayDoArguments.Actor(ledger, a) : null;
            var issueId = result.GetValue(issue) is { } i ? SayDoArguments.Issue(ledger, i) : null;
            var assessments = ledger.Assessments(actorId, issueId);
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(assessments, LedgerJson.Options));
                return ExitCode.Success;
            }

            foreach (var item in assessments)
                Print(item);
            DaftarCommandLine.Status.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]{assessments.Count} actor-issue pair{(assessments.Count == 1 ? "" : "s")}[/]"));
            return ExitCode.Success;
        }));
        return command;
    }

    /// <summary>The citation --source and --at name: the words' first place in the source, or the source as a whole (an empty span).</summary>
    private static Citation? Cited(SqliteLedger ledger, long? sourceId, string? words)
    {
        if (sourceId is not { } id)
            return words is null ? null : throw new CliFailure("--at needs --source: the source whose words it cites", ExitCode.Usage);
        var text = ledger.GetSource(id)?.Text ?? throw new CliFailure($"no source {id} (see: daftar sources)");
        if (string.IsNullOrWhiteSpace(words))
            return new Citation(id, new TextSpan(0, 0));
        var start = text.IndexOf(words.Trim(), StringComparison.Ordinal);
        return start < 0
            ? throw new CliFailure($"source {id} does not contain the words '{words.Trim()}'")
            : new Citation(id, new TextSpan(start, start + words.Trim().Length));
    }

    private static void Print(IssueAssessment item)
    {
        var stance = item.LatestStance is { } s ? Codes.Name(s) : "—";
        var recorded = item.Recorded is { } r ? $"recorded [bold]{Codes.Name(r.Verdict)}[/]" : "not recorded";
        DaftarCommandLine.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{Markup.Escape(item.ActorId)} · {Markup.Escape(item.IssueId)}: {stance}; from the evidence [bold]{Codes.Name(item.Computed)}[/] " +
            $"({item.Counts.Consistent} consistent, {item.Counts.Inconsistent} inconsistent, {item.Counts.Neutral} neutral); {recorded}"));
        foreach (var h in item.History)
        {
            var at = h.RecordedAt is { } when ? InstantPattern.General.Format(when) : "—";
            var mark = h.SupersededBy is null ? "" : " [dim](superseded)[/]";
            DaftarCommandLine.Out.MarkupLine($"    {Markup.Escape(at)} {Markup.Escape(h.RecordedBy ?? "")} {Codes.Name(h.Verdict)}{mark}: {Markup.Escape(h.Basis)}");
        }
    }
}
