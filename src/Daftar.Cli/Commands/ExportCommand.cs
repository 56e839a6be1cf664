using System.CommandLine;
using System.Text.Json;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar export</c>: the whole ledger as one JSON document (import is its exact inverse).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "FILE" };
        var command = new Command("export", "Write the whole ledger, original bytes included, as JSON") { output };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var snapshot = ledger.Export();
            var path = result.GetValue(output);
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                Write(stdout, snapshot);
                return ExitCode.Success;
            }

            // Write beside the target and move into place, so a failed export never leaves half a file.
            var temporary = path + ".partial";
            using (var file = File.Create(temporary))
                Write(file, snapshot);
            File.Move(temporary, path, overwrite: true);
            DaftarCommandLine.Status.MarkupLine($"exported {snapshot.Sources.Length} sources, {snapshot.Actors.Length} actors → {Markup.Escape(path)}");
            return ExitCode.Success;
        }));
        return command;
    }

    private static void Write(Stream stream, LedgerSnapshot snapshot)
    {
        JsonSerializer.Serialize(stream, snapshot, LedgerJson.Options);
        stream.WriteByte((byte)'\n');
    }
}
