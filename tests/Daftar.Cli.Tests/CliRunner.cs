using System.Diagnostics;
using System.Text;

namespace Daftar.Cli.Tests;

/// <summary>What a run of the real CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the real <c>daftar</c> program (the built Daftar.Cli.dll) as a separate process in a temporary
/// working folder, exactly as a user's shell would.
/// </summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner() => Folder = Directory.CreateTempSubdirectory("daftar-cli-").FullName;

    public string Folder { get; }

    public string Database => Path.Combine(Folder, "ledger.db");

    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "Daftar.Cli.dll");

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs <c>daftar --db ledger.db ARGS</c> (no --db when <paramref name="withDatabase"/> is false).</summary>
    public CliResult Run(IEnumerable<string> args, string? stdin = null, bool withDatabase = true)
    {
        using var process = Start(args, withDatabase, redirectInput: stdin is not null);
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"daftar {string.Join(' ', args)} did not finish");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public CliResult Run(params string[] args) => Run((IEnumerable<string>)args);

    public Process Start(IEnumerable<string> args, bool withDatabase = true, bool redirectInput = false)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliDll);
        if (withDatabase)
        {
            info.ArgumentList.Add("--db");
            info.ArgumentList.Add(Database);
        }

        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment.Remove("DAFTAR_DB");
        info.Environment["NO_COLOR"] = "1";
        return Process.Start(info)!;
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Asks for a page until the server that was just started answers (at most a minute), and returns it.</summary>
    public static async Task<string> Poll(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException) when (watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(200);
            }
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
