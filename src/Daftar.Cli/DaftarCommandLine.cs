using System.CommandLine;
using Daftar.Cli.Commands;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli;

/// <summary>The command tree. Each command lives in Commands/ and maps problems to exit codes here.</summary>
internal static class DaftarCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Daftar (دفتر): a ledger of what political actors say and do, built from articles, interviews and communiqués.");
        root.Options.Add(GlobalOptions.Database);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(ActorCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(BriefCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(EvidenceCommand.Create());
        root.Subcommands.Add(AssessCommand.CreateAssess());
        root.Subcommands.Add(AssessCommand.CreateList());
        return root;
    }

    /// <summary>Runs a command body, turning known failures into one line on stderr and an exit code.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliFailure e)
        {
            Error(e.Message);
            return e.Code;
        }
        catch (LedgerException e)
        {
            Error(e.Message);
            return ExitCode.BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: report, never dump a stack trace on a user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Error($"internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("DAFTAR_DEBUG") is { Length: > 0 })
                Console.Error.WriteLine(e);
            return ExitCode.Internal;
        }
    }

    public static void Error(string message) => Console.Error.WriteLine($"daftar: {message}");

    /// <summary>An ANSI console on stdout; plain text when redirected.</summary>
    public static IAnsiConsole Out { get; } = CreateConsole(Console.Out, Console.IsOutputRedirected);

    /// <summary>Progress and summaries go to stderr so stdout stays clean for data.</summary>
    public static IAnsiConsole Status { get; } = CreateConsole(Console.Error, Console.IsErrorRedirected);

    private static IAnsiConsole CreateConsole(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        // Into a file or pipe, a line is a record: never wrap it at an imagined terminal width.
        if (redirected)
            console.Profile.Width = int.MaxValue / 2;
        return console;
    }
}
