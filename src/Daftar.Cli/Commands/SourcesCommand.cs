using System.CommandLine;
using System.Text.Json;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar sources</c>: one line per source.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "List the sources in the ledger, one per line") { GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var sources = ledger.ListSources();
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(sources, LedgerJson.Options));
                return ExitCode.Success;
            }

            foreach (var s in sources)
            {
                DaftarCommandLine.Out.MarkupLine(
                    $"{s.Id,4}  {s.Published?.ToString("yyyy-MM-dd", null) ?? "????-??-??"}  {s.Language,-3} {Markup.Escape(s.Title ?? s.Name)}  [dim]{Markup.Escape(s.Name)}[/]");
            }

            if (sources.Count == 0)
                DaftarCommandLine.Status.MarkupLine("[dim]no sources yet: daftar ingest PATH[/]");
            return ExitCode.Success;
        }));
        return command;
    }
}
