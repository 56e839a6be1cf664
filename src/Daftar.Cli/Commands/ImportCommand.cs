using System.CommandLine;
using System.Text.Json;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar import FILE</c>: loads an export into an empty ledger, keeping every id.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A file written by daftar export, or - for standard input" };
        var command = new Command("import", "Load a ledger export into an empty ledger (all or nothing)") { file };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var path = result.GetValue(file)!;
            LedgerSnapshot snapshot;
            try
            {
                using var stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
                snapshot = JsonSerializer.Deserialize<LedgerSnapshot>(stream, LedgerJson.Options)
                    ?? throw new CliFailure($"{path}: empty export");
            }
            catch (JsonException e)
            {
                throw new CliFailure($"{path}: not a Daftar export: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliFailure($"{path}: cannot be read: {e.Message}");
            }

            using var ledger = SqliteLedger.Open(GlobalOptions.DatabasePath(result));
            try
            {
                ledger.Import(snapshot);
            }
            catch (LedgerException e)
            {
                throw new CliFailure($"{path}: {e.Message}");
            }

            DaftarCommandLine.Status.MarkupLine($"imported {snapshot.Sources.Length} sources, {snapshot.Actors.Length} actors → {Markup.Escape(ledger.Path)}");
            return ExitCode.Success;
        }));
        return command;
    }
}
