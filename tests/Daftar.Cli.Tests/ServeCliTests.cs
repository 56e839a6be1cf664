using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Daftar.Cli.Tests;

/// <summary>`daftar serve` end to end: the real CLI starts the real web server on 127.0.0.1.</summary>
public sealed class ServeCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Serve_answers_pages_of_the_ledger_until_stopped()
    {
        cli.Run("ingest", cli.Write("note-ar.txt", "بيان\n\nقال مقتدى الصدر إن السلاح يجب أن يكون بيد الدولة وحدها، وذلك في بيان نشره يوم ١٦ آذار ٢٠٢٤."));
        var port = CliRunner.FreePort();
        using var server = cli.Start(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var html = await CliRunner.Poll(client, "/ar/sources/1");

            Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
            Assert.Contains("مقتدى الصدر", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/en/sources/42", UriKind.Relative))).StatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_without_a_ledger_is_an_error_naming_the_file()
    {
        var result = cli.Run("serve", "--port", CliRunner.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no ledger here", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_said_plainly()
    {
        cli.Run("ingest", cli.Write("a.txt", "Title\n\nThe council met in Basra on Monday and agreed on the budget after a long debate."));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = cli.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"port {port}", result.Stderr, StringComparison.Ordinal);
    }
}
