using System.CommandLine;
using System.Text.Json;
using Daftar.Storage;
using NodaTime.Text;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar audit</c>: who changed what, when, through what, before and after.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "At most this many records, newest first (0: all)", DefaultValueFactory = _ => 100 };
        var command = new Command("audit", "Show the audit log: every review action and change of confidentiality") { limit, GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var count = result.GetValue(limit);
            if (count < 0)
                throw new CliFailure("--limit: not a count", ExitCode.Usage);
            var records = ledger.AuditLog(count == 0 ? int.MaxValue : count);
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(records, LedgerJson.Options));
                return ExitCode.Success;
            }

            foreach (var r in records)
            {
                DaftarCommandLine.Out.MarkupLine(
                    $"{InstantPattern.General.Format(r.At)}  {Markup.Escape(r.Account)} [dim]({r.Channel})[/]  [bold]{Markup.Escape(r.Action)}[/] {Markup.Escape(r.EntryKind)} {Markup.Escape(r.EntryId)}  [dim]{Markup.Escape(r.Before ?? "–")} → {Markup.Escape(r.After ?? "–")}[/]");
            }

            return ExitCode.Success;
        }));
        return command;
    }
}
