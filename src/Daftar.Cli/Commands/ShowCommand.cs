using System.CommandLine;
using System.Text.Json;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar show SOURCE</c>: a source's metadata and clean text.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("source")
        {
            Description = "The source's number, a prefix of its SHA-256, or words of its title or file name",
        };
        var original = new Option<bool>("--original") { Description = "Write the original bytes instead, exactly as ingested" };
        var command = new Command("show", "Show a source: its metadata and clean text") { key, original, GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var lookup = ledger.FindSource(result.GetValue(key)!);
            if (lookup.Source is not { } source)
            {
                if (lookup.Ambiguous.IsEmpty)
                    throw new CliFailure($"no source matches '{result.GetValue(key)}' (see: daftar sources)");
                var choices = string.Join("\n", lookup.Ambiguous.Select(s => $"  {s.Id,4}  {s.Title ?? s.Name}"));
                throw new CliFailure($"'{result.GetValue(key)}' matches several sources; name one by number:\n{choices}");
            }

            if (result.GetValue(original))
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(ledger.GetOriginal(source.Sha256));
                return ExitCode.Success;
            }

            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(source, LedgerJson.Options));
                return ExitCode.Success;
            }

            var console = DaftarCommandLine.Out;
            console.MarkupLine($"[bold]{Markup.Escape(source.Title ?? "(untitled)")}[/]");
            Field("source", $"#{source.Id}  {source.Name}  ({source.Format})");
            Field("published", source.Published?.ToString("yyyy-MM-dd", null) ?? "unknown");
            Field("language", source.Language);
            Field("translations", source.Translations.IsEmpty ? "none" : string.Join(", ", source.Translations));
            Field("publisher", source.Publisher ?? "unknown");
            Field("author", source.Author ?? "unknown");
            Field("sha256", source.Sha256);
            if (source.Confidential)
                Field("confidential", "yes");
            console.WriteLine();
            Console.Out.WriteLine(source.Text);
            return ExitCode.Success;

            void Field(string name, string value) => console.MarkupLine($"[dim]{name,-13}[/]{Markup.Escape(value)}");
        }));
        return command;
    }
}
