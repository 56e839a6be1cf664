using System.Text.RegularExpressions;
using Daftar.Tests.Analysis;
using Xunit;

namespace Daftar.Cli.Tests;

public sealed class BriefCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public BriefCliTests() => SayDoLedger.Write(cli.Database);

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_brief_on_an_actor_named_in_arabic_is_markdown_with_a_note_for_every_reference()
    {
        var result = cli.Run("brief", "مقتدى الصدر");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Moqtada al-Sadr — Analyst brief", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("### foreign troop presence", result.Stdout, StringComparison.Ordinal);
        var references = Regex.Matches(result.Stdout, @"\[\^(\d+)\](?!:)").Select(m => m.Groups[1].Value).Distinct().Order();
        var notes = Regex.Matches(result.Stdout, @"^\[\^(\d+)\]:", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order();
        Assert.Equal(references, notes);
        Assert.Contains("Quincebrook", result.Stdout, StringComparison.Ordinal); // the analyst's brief holds the confidential memo
    }

    [Fact]
    public void The_public_brief_written_as_html_to_a_file_leaves_the_confidential_memo_out()
    {
        var path = Path.Combine(cli.Folder, "brief.html");

        var result = cli.Run("brief", "moqtada-al-sadr", "--format", "html", "--public", "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.Contains("<li dir=\"auto\">2024-04-21 · supports: “السلاح بيد الدولة وحدها”", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Quincebrook", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_actor_is_bad_input()
    {
        var result = cli.Run("brief", "Nobody at all");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no actor is called 'Nobody at all'", result.Stderr, StringComparison.Ordinal);
    }
}
