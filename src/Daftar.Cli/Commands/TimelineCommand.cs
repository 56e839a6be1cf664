using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar timeline [--actor NAME]</c>: dated events, one line per deed with every source that reports it.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var actorOption = new Option<string?>("--actor") { Description = "Only the events of this actor (id, name or any alias, in either script)" };
        var command = new Command("timeline", "Dated events by date; a deed reported by several sources, in any language, is one entry")
        {
            actorOption,
            GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            string? actorId = null;
            if (result.GetValue(actorOption) is { } wanted)
            {
                var found = ledger.FindActors(wanted);
                actorId = found.Count switch
                {
                    0 => throw new CliFailure($"no actor is called '{wanted}' (see: daftar actors)"),
                    1 => found[0].Id,
                    _ => throw new CliFailure($"'{wanted}' names several actors: {string.Join(", ", found.Select(a => $"{a.Name} ({a.Id})"))}; use the id"),
                };
            }

            var timeline = ledger.Timeline(actorId);
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(timeline, LedgerJson.Options));
                return ExitCode.Success;
            }

            var names = ledger.ListActors().ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
            string Name(string? id) => id is null ? "—" : names.GetValueOrDefault(id, id);
            foreach (var item in timeline)
            {
                var target = item.TargetId is null ? "" : " → " + Name(item.TargetId);
                var sources = string.Join(' ', item.SourceIds.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)));
                DaftarCommandLine.Out.MarkupLine(
                    $"{Markup.Escape(item.Date)} [blue]{Codes.Name(item.Type).ToUpperInvariant()}[/] {Markup.Escape(Name(item.ActorId) + target)}: {Markup.Escape(item.Summary)} [dim](sources {sources})[/]");
            }

            DaftarCommandLine.Status.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]{timeline.Count} event{(timeline.Count == 1 ? "" : "s")}[/]"));
            return ExitCode.Success;
        }));
        return command;
    }
}
