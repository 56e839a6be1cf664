using System.Globalization;
using System.CommandLine;
using Daftar.Ingest;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar demo</c>: a fresh ledger built from the bundled sample corpus.</summary>
internal static class DemoCommand
{
    public const string DefaultDatabase = "daftar-demo.db";
    private const string OriginKey = "origin";
    private const string DemoOrigin = "demo";

    /// <summary>The demo ledger's admin account (its password is new with each demo, and printed).</summary>
    public const string DemoAccount = "demo";

    public static Command Create()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after building the demo ledger" };
        var command = new Command("demo", $"Build a fresh demo ledger from the bundled corpus (default file: ./{DefaultDatabase}), then serve it")
        {
            noServe,
            ServeCommand.Port,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var path = result.GetValue(GlobalOptions.Database) is { Length: > 0 } explicitPath ? explicitPath : DefaultDatabase;
            Reset(path);
            var corpus = CorpusFolder();
            using var ledger = SqliteLedger.Open(path);
            ledger.SetMeta(OriginKey, DemoOrigin);
            var report = IngestCommand.Ingest(ledger, [corpus], new IngestOptions(), json: false);

            var console = DaftarCommandLine.Out;
            var counts = ledger.Counts();
            console.WriteLine();
            console.MarkupLine($"[bold]Demo ledger[/] {Markup.Escape(ledger.Path)}: {counts.Sources} sources, {counts.Actors} actors, {counts.Quotes} quotations, {counts.Events} events");
            foreach (var s in ledger.ListSources())
                console.MarkupLine($"  {s.Id,3}  {s.Published?.ToString("yyyy-MM-dd", null) ?? "          "}  {s.Language}  {Markup.Escape(s.Title ?? s.Name)}");
            var names = ledger.ListActors().ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
            string Name(string? id) => id is null ? "—" : names.GetValueOrDefault(id, id);

            console.MarkupLine("\n[bold]Most named actors[/]");
            foreach (var (actor, mentions) in ledger.ActorsByMentions(12))
            {
                var arabic = actor.Aliases.FirstOrDefault(a => a.Script == Domain.Script.Arabic)?.Text;
                console.MarkupLine($"  {Markup.Escape(actor.Name)}{(arabic is null ? "" : " · " + Markup.Escape(arabic))} [dim]({mentions}×)[/]");
            }

            console.MarkupLine("\n[bold]Quotations with their speakers[/] (a sample)");
            foreach (var quote in ledger.ListQuotes().Where(q => q.Kind == Domain.QuoteKind.Speech).Take(10))
            {
                var speaker = quote.Speaker.Description is { } description ? $"{description} ({Name(quote.Speaker.ActorId)})" : Name(quote.Speaker.ActorId);
                console.MarkupLine($"  “{Markup.Escape(Shorten(quote.Text))}” — [blue]{Markup.Escape(speaker)}[/] [dim]#{quote.Citation.SourceId}[/]");
            }

            console.MarkupLine("\n[bold]Timeline[/] (events reported in several sources are one entry)");
            foreach (var item in ledger.Timeline().Take(15))
            {
                var sources = string.Join(' ', item.SourceIds.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)));
                console.MarkupLine($"  {Markup.Escape(item.Date)} [blue]{Codes.Name(item.Type).ToUpperInvariant()}[/] {Markup.Escape(Name(item.ActorId))}: {Markup.Escape(Shorten(item.Summary))} [dim]{sources}[/]");
            }

            // An admin account to review with: visitors who do not sign in see only what an analyst accepted.
            var password = UserCommand.NewPassword();
            ledger.AddAccount(DemoAccount, Domain.AccountRole.Admin, Web.Accounts.PasswordHashing.Hash(password));

            console.WriteLine();
            console.MarkupLine($"Try: [bold]./daftar --db {Markup.Escape(path)} search الصدر[/]  ·  [bold]./daftar --db {Markup.Escape(path)} show 1[/]");
            console.MarkupLine($"Sign in to review as [bold]{DemoAccount}[/] with password [bold]{password}[/] (an admin of this demo ledger only); visitors see the accepted, non-confidential entries.");
            if (report.Failed > 0)
                return ExitCode.Internal;
            if (result.GetValue(noServe))
                return ExitCode.Success;
            ledger.Dispose();
            return ServeCommand.Serve(path, result.GetValue(ServeCommand.Port));
        }));
        return command;
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";

    /// <summary>The corpus ships beside the program (copied at build time from demo/corpus).</summary>
    private static string CorpusFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "demo-corpus");
        return Directory.Exists(folder) ? folder : throw new CliFailure($"the demo corpus is missing from {folder}", ExitCode.Internal);
    }

    /// <summary>Deletes an earlier demo ledger; refuses to delete anything that is not one.</summary>
    private static void Reset(string path)
    {
        if (!File.Exists(path))
            return;
        using (var existing = SqliteLedger.Open(path))
        {
            if (existing.GetMeta(OriginKey) != DemoOrigin)
                throw new CliFailure($"{path} holds a ledger that is not a demo; the demo will not replace it (choose another --db)");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
    }
}
