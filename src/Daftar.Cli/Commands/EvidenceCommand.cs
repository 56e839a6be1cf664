using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daftar.Domain;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary>
/// <c>daftar evidence suggest|list|confirm|reject</c>: deeds and later statements set against stated positions,
/// suggested by Daftar and confirmed or rejected by an analyst.
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var command = new Command("evidence", "Deeds and later statements set against stated positions: suggest, list, confirm, reject");
        command.Subcommands.Add(Suggest());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Review("confirm", "Confirm a piece of evidence (optionally with another bearing and the basis)", ReviewState.Accepted));
        command.Subcommands.Add(Review("reject", "Reject a piece of evidence (suggesting again never brings it back)", ReviewState.Rejected));
        return command;
    }

    private static Command Suggest()
    {
        var actor = new Option<string?>("--actor") { Description = "Only the positions of this actor (id, name or any alias, in either script)" };
        var command = new Command("suggest", "Find events and later statements by an actor's side, on the issue of its positions, after they were stated; store them as candidates")
        {
            actor,
            GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var actorId = result.GetValue(actor) is { } wanted ? SayDoArguments.Actor(ledger, wanted) : null;
            var stored = ledger.SuggestEvidence(actorId);
            var items = stored.Select(e => ledger.GetEvidence(e.Id)).OfType<EvidenceItem>().ToList();
            Print(result, items);
            DaftarCommandLine.Status.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[dim]{stored.Count} new suggestion{(stored.Count == 1 ? "" : "s")} (confirm or reject: daftar evidence confirm|reject ID)[/]"));
            return ExitCode.Success;
        }));
        return command;
    }

    private static Command Add()
    {
        var position = new Argument<long>("POSITION") { Description = "The position's id (see: daftar assessments, or the API's positions)" };
        var kind = new Argument<string>("KIND") { Description = "event, quote or position: what bears on it" };
        var entry = new Argument<long>("ID") { Description = "The event's, quotation's or later position's id" };
        var bearing = new Option<string>("--bearing") { Description = "consistent, inconsistent or neutral", Required = true, HelpName = "BEARING" };
        var basis = new Option<string>("--basis") { Description = "Why it bears on the position", Required = true, HelpName = "TEXT" };
        var command = new Command("add", "Link an event, a quotation or a later position to a stated position as evidence you found, confirmed at once")
        {
            position, kind, entry, bearing, basis, GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var added = ledger.AddEvidence(
                result.GetValue(position), SayDoArguments.Word<EvidenceKind>("KIND", result.GetValue(kind)!), result.GetValue(entry),
                SayDoArguments.Word<Bearing>("--bearing", result.GetValue(bearing)!), result.GetValue(basis)!);
            Print(result, [ledger.GetEvidence(added.Id)!]);
            return ExitCode.Success;
        }));
        return command;
    }

    private static Command List()
    {
        var actor = new Option<string?>("--actor") { Description = "Only evidence on this actor's positions" };
        var issue = new Option<string?>("--issue") { Description = "Only evidence on positions on this issue (id or label)" };
        var review = new Option<string?>("--review") { Description = "Only candidate, accepted (confirmed) or rejected evidence", HelpName = "STATE" };
        var command = new Command("list", "Evidence with its position, entry, bearing, basis and review state") { actor, issue, review, GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var filter = new EvidenceFilter(
                null,
                result.GetValue(actor) is { } a ? SayDoArguments.Actor(ledger, a) : null,
                result.GetValue(issue) is { } i ? SayDoArguments.Issue(ledger, i) : null,
                result.GetValue(review) is { } r ? SayDoArguments.Word<ReviewState>("--review", r) : null);
            var items = ledger.ListEvidence(filter);
            Print(result, items);
            DaftarCommandLine.Status.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]{items.Count} piece{(items.Count == 1 ? "" : "s")} of evidence[/]"));
            return ExitCode.Success;
        }));
        return command;
    }

    private static Command Review(string name, string description, ReviewState state)
    {
        var id = new Argument<long>("ID") { Description = "The evidence's id (see: daftar evidence list)" };
        var bearing = new Option<string?>("--bearing") { Description = "consistent, inconsistent or neutral (replaces the suggested bearing)", HelpName = "BEARING" };
        var basis = new Option<string?>("--basis") { Description = "What the judgement rests on", HelpName = "TEXT" };
        var command = new Command(name, description) { id, bearing, basis, GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var evidenceId = result.GetValue(id);
            var newBearing = result.GetValue(bearing) is { } b ? SayDoArguments.Word<Bearing>("--bearing", b) : (Bearing?)null;
            var current = ledger.GetEvidence(evidenceId) ?? throw new CliFailure($"no evidence {evidenceId} (see: daftar evidence list)");
            var outcome = ledger.ReviewEvidence(evidenceId, state, current.Evidence.Version, newBearing, result.GetValue(basis));
            if (outcome.Status != ReviewStatus.Applied)
                throw new CliFailure($"evidence {evidenceId} changed while this command ran; run it again");
            var item = ledger.GetEvidence(evidenceId)!;
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(item, LedgerJson.Options));
                return ExitCode.Success;
            }

            DaftarCommandLine.Out.MarkupLine($"evidence {evidenceId}: [bold]{(state == ReviewState.Accepted ? "confirmed" : "rejected")}[/], {Codes.Name(item.Evidence.Bearing)}");
            return ExitCode.Success;
        }));
        return command;
    }

    private static void Print(ParseResult result, IReadOnlyList<EvidenceItem> items)
    {
        if (result.GetValue(GlobalOptions.Json))
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(items, LedgerJson.Options));
            return;
        }

        foreach (var item in items)
        {
            var e = item.Evidence;
            var colour = e.Bearing switch { Bearing.Consistent => "green", Bearing.Inconsistent => "red", _ => "grey" };
            DaftarCommandLine.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[bold]{e.Id}[/] [{colour}]{Codes.Name(e.Bearing)}[/] [dim]({Codes.Name(e.Review)})[/] {Markup.Escape(item.Position.ActorId)} {Codes.Name(item.Position.Stance)} {Markup.Escape(item.Position.IssueId)} [dim]{Markup.Escape(item.PositionDate ?? "undated")} #{item.Position.Citation.SourceId}[/]"));
            DaftarCommandLine.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"    vs {Codes.Name(e.EntryKind)} {e.EntryId} {Markup.Escape(item.EntryDate ?? "undated")} {Markup.Escape(item.EntryActorId ?? "—")}: {Markup.Escape(item.EntryText)} [dim]#{item.EntryCitation.SourceId}[/]"));
            if (e.Basis.Length > 0)
                DaftarCommandLine.Out.MarkupLine($"    [dim]{Markup.Escape(e.Basis)}[/]");
        }
    }
}
