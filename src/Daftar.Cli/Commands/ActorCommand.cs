using System.CommandLine;
using System.Text.Json;
using Daftar.Domain;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar actor NAME</c>: one actor's profile, found by any of its names in either script.</summary>
internal static class ActorCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The actor's id, name or any alias, in either script" };
        var command = new Command("actor", "Show one actor: names, relations, quotations, events") { name, GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var wanted = result.GetValue(name)!;
            var found = ledger.FindActors(wanted);
            if (found.Count == 0)
                throw new CliFailure($"no actor is called '{wanted}' (see: daftar actors)");
            if (found.Count > 1)
                throw new CliFailure($"'{wanted}' names several actors: {string.Join(", ", found.Select(a => $"{a.Name} ({a.Id})"))}; use the id");
            var actor = found[0];
            var profile = new ActorProfile(actor, ledger.RelationsOf(actor.Id), ledger.QuotesBy(actor.Id), ledger.EventsOf(actor.Id));
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(profile, LedgerJson.Options));
                return ExitCode.Success;
            }

            var console = DaftarCommandLine.Out;
            console.MarkupLine(ActorsCommand.Describe(actor));
            foreach (var r in profile.Relations)
                console.MarkupLine($"  {Markup.Escape(r.SubjectId)} [blue]{Codes.Name(r.Predicate)}[/] {Markup.Escape(r.ObjectId)} [dim](source #{r.Citation.SourceId})[/]");
            foreach (var e in profile.Events)
                console.MarkupLine($"  {Markup.Escape(e.Date)} [blue]{Codes.Name(e.Type)}[/] {Markup.Escape(e.Summary)} [dim](source #{e.Citation.SourceId})[/]");
            foreach (var q in profile.Quotes)
                console.MarkupLine($"  “{Markup.Escape(q.Text)}” [dim]({Markup.Escape(q.Speaker.Description ?? actor.Name)}, source #{q.Citation.SourceId})[/]");
            return ExitCode.Success;
        }));
        return command;
    }

    private sealed record ActorProfile(Actor Actor, IReadOnlyList<Relation> Relations, IReadOnlyList<Quote> Quotes, IReadOnlyList<Event> Events);
}
