using System.CommandLine;
using Daftar.Web;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar serve</c>: the analyst's web app over the ledger, on 127.0.0.1.</summary>
internal static class ServeCommand
{
    public static readonly Option<int> Port = new("--port")
    {
        Description = $"The port on 127.0.0.1 (default {WebOptions.DefaultPort})",
        DefaultValueFactory = _ => WebOptions.DefaultPort,
    };

    private static readonly Option<bool> Private = new("--private")
    {
        Description = "Ask every visitor to sign in (readers then see the public view); otherwise visitors see the public site",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the ledger's web app on 127.0.0.1 until stopped (Ctrl+C)") { Port, Private };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var path = GlobalOptions.DatabasePath(result);
            if (!File.Exists(path))
                throw new CliFailure($"{path}: no ledger here (ingest something first, or pass --db PATH)");
            return Serve(path, result.GetValue(Port), result.GetValue(Private));
        }));
        return command;
    }

    /// <summary>Serves until Ctrl+C; a port already in use is a usage error, said plainly.</summary>
    public static int Serve(string ledgerPath, int port, bool privateSite = false)
    {
        if (port is < 1 or > 65535)
            throw new CliFailure($"--port {port}: not a port (1–65535)", ExitCode.Usage);
        var options = new WebOptions(ledgerPath, port, Private: privateSite);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            var app = DaftarWeb.Build(options);
            app.StartAsync(stop.Token).GetAwaiter().GetResult();
            DaftarCommandLine.Out.MarkupLine($"Serving [bold]{Markup.Escape(Path.GetFullPath(ledgerPath))}[/] at [bold]http://127.0.0.1:{port}/[/]  [dim](Ctrl+C to stop)[/]");
            using (var ledger = Daftar.Storage.SqliteLedger.Open(ledgerPath))
            {
                if (ledger.ListAccounts().Count == 0)
                    DaftarCommandLine.Status.MarkupLine("[dim]No accounts yet, so nobody can sign in to review: daftar user add NAME --role admin[/]");
            }

            try
            {
                stop.Token.WaitHandle.WaitOne();
            }
            finally
            {
                app.StopAsync().GetAwaiter().GetResult();
                app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return ExitCode.Success;
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new CliFailure($"port {port} on 127.0.0.1 is in use (choose another with --port)", ExitCode.Usage);
        }
    }
}
