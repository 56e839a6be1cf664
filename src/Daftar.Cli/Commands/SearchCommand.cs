using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar search QUERY</c>: one box for both scripts.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Words to find, in English or Arabic; \"a phrase\" in quotes keeps words together",
            Arity = ArgumentArity.OneOrMore,
        };
        var limit = new Option<int>("--limit") { Description = "At most this many hits", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over sources and quotations, in English and Arabic")
        {
            query, limit, GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            if (result.GetValue(limit) is var n && n <= 0)
                throw new CliFailure("--limit must be a positive number", ExitCode.Usage);
            using var ledger = Ledgers.OpenExisting(result);
            var hits = ledger.Search(string.Join(' ', result.GetValue(query)!), result.GetValue(limit));
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(hits, LedgerJson.Options));
                return ExitCode.Success;
            }

            foreach (var hit in hits)
            {
                var where = hit.Kind == SearchHitKind.Source ? $"source #{hit.SourceId}" : $"quote #{hit.Id} in source #{hit.SourceId}";
                if (hit.Actor is { } actorId)
                    where += " · mentions " + (ledger.FindActors(actorId) is [var actor, ..] ? actor.Name : actorId);
                DaftarCommandLine.Out.MarkupLine($"[bold]{Markup.Escape(hit.Title)}[/] [dim]({where})[/]");
                DaftarCommandLine.Out.MarkupLine("  " + Highlight(hit.Snippet));
            }

            DaftarCommandLine.Status.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]{hits.Count} hit{(hits.Count == 1 ? "" : "s")}[/]"));
            return ExitCode.Success;
        }));
        return command;
    }

    private static string Highlight(Snippet snippet)
    {
        var (text, span) = (snippet.Text, snippet.Highlight);
        if (span.Length == 0)
            return Markup.Escape(text);
        return Markup.Escape(text[..span.Start]) + "[bold yellow]" + Markup.Escape(text[span.Start..span.End]) + "[/]" + Markup.Escape(text[span.End..]);
    }
}
