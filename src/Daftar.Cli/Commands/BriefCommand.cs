using System.CommandLine;
using System.Text;
using Daftar.Analysis.Brief;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary>
/// <c>daftar brief ACTOR</c>: a draft analyst brief on an actor — names, stated objectives with verdicts, relations, a
/// dated timeline — in Markdown or HTML, every claim footnoted to its source.
/// </summary>
internal static class BriefCommand
{
    private static readonly string[] Formats = ["markdown", "html"];

    public static Command Create()
    {
        var name = new Argument<string>("actor") { Description = "The actor's id, name or any alias, in either script" };
        var format = new Option<string>("--format", "-f") { Description = "markdown or html", DefaultValueFactory = _ => "markdown", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "PATH" };
        var publicOnly = new Option<bool>("--public") { Description = "Only what the public may see: accepted entries of non-confidential sources" };
        var command = new Command("brief", "Write a draft analyst brief on an actor, every claim footnoted to its source") { name, format, output, publicOnly };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            string id;
            using (var analyst = Ledgers.OpenExisting(result))
                id = ActorId(analyst, result.GetValue(name)!);
            using var ledger = result.GetValue(publicOnly) ? SqliteLedger.Open(GlobalOptions.DatabasePath(result), LedgerAudience.Public) : Ledgers.OpenExisting(result);
            var input = ledger.BriefOf(id, i => i.Label)
                ?? throw new CliFailure($"the actor '{id}' is not public");
            var brief = BriefWriter.Write(input, key => BriefWriter.English.GetValueOrDefault(key, key));
            var text = result.GetValue(format) == "html" ? HtmlPage(input.Actor.Name, brief.Html) : brief.Markdown;
            if (result.GetValue(output) is { Length: > 0 } path)
            {
                // Whole or not at all: a half-written brief is never left behind.
                var temporary = path + ".tmp";
                File.WriteAllText(temporary, text, new UTF8Encoding(false));
                File.Move(temporary, path, overwrite: true);
                DaftarCommandLine.Status.MarkupLine($"[green]wrote[/] {Markup.Escape(path)} ({brief.Notes.Length} notes)");
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCode.Success;
        }));
        return command;
    }

    private static string ActorId(SqliteLedger ledger, string wanted)
    {
        var found = ledger.FindActors(wanted);
        if (found.Count == 0)
            throw new CliFailure($"no actor is called '{wanted}' (see: daftar actors)");
        if (found.Count > 1)
            throw new CliFailure($"'{wanted}' names several actors: {string.Join(", ", found.Select(a => $"{a.Name} ({a.Id})"))}; use the id");
        return found[0].Id;
    }

    private static string HtmlPage(string title, string body) =>
        $"""
        <!doctype html>
        <html lang="en" dir="ltr">
        <head><meta charset="utf-8"><title>{System.Net.WebUtility.HtmlEncode(title)}</title></head>
        <body>
        {body}
        </body>
        </html>

        """;
}
