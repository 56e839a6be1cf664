using System.CommandLine;
using System.Text.Json;
using Daftar.Domain;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar actors</c>: every actor with its names in both scripts.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var command = new Command("actors", "List the actors in the ledger with their aliases") { GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var actors = ledger.ListActors();
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(actors, LedgerJson.Options));
                return ExitCode.Success;
            }

            foreach (var actor in actors)
                DaftarCommandLine.Out.MarkupLine(Describe(actor));
            if (actors.Count == 0)
                DaftarCommandLine.Status.MarkupLine("[dim]no actors yet[/]");
            return ExitCode.Success;
        }));
        return command;
    }

    public static string Describe(Actor actor)
    {
        var aliases = actor.Aliases.IsEmpty ? "" : " [dim]— " + Markup.Escape(string.Join(" · ", actor.Aliases.Select(a => a.Text))) + "[/]";
        return $"[bold]{Markup.Escape(actor.Name)}[/] [dim]({Codes.Name(actor.Type)}, {Markup.Escape(actor.Id)})[/]{aliases}";
    }
}
