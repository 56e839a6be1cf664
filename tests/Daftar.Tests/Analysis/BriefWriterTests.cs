using System.Text.RegularExpressions;
using Daftar.Analysis.Brief;
using Daftar.Storage;
using Xunit;

namespace Daftar.Tests.Analysis;

public sealed partial class BriefWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("daftar-brief-").FullName;

    public BriefWriterTests()
    {
        Path = System.IO.Path.Combine(folder, "ledger.db");
        SayDoLedger.Write(Path);
    }

    private string Path { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static AnalystBrief BriefOf(SqliteLedger ledger, string actor) =>
        BriefWriter.Write(ledger.BriefOf(actor, i => i.Label)!, k => BriefWriter.English[k], (id, anchor) => $"/en/sources/{id}#{anchor}");

    [Fact]
    public void Every_footnote_reference_has_its_note_and_every_note_quotes_its_source_at_the_span()
    {
        using var ledger = SqliteLedger.Open(Path);
        var brief = BriefOf(ledger, SayDoLedger.Sadr);

        var references = ReferencePattern().Matches(brief.Markdown).Select(m => m.Groups[1].Value).ToHashSet();
        var definitions = DefinitionPattern().Matches(brief.Markdown).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.Equal(references.Order(), definitions.Order());
        Assert.Equal(definitions.Count, brief.Notes.Length);
        foreach (var note in brief.Notes)
        {
            var source = ledger.GetSource(note.SourceId);
            Assert.NotNull(source);
            Assert.Equal(source.Text[note.Span.Start..note.Span.End], note.Words);
            Assert.Contains($"[^{note.Number}]: *{BriefWriter.Escape(source.Title!)}*", brief.Markdown, StringComparison.Ordinal);
            Assert.Contains("“" + BriefWriter.Escape(note.Words) + "”", brief.Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_brief_names_the_actor_in_both_scripts_and_sets_out_objectives_verdicts_relations_and_timeline()
    {
        using var ledger = SqliteLedger.Open(Path);
        var md = BriefOf(ledger, SayDoLedger.Sadr).Markdown;

        Assert.StartsWith("# Moqtada al-Sadr — Analyst brief", md, StringComparison.Ordinal);
        Assert.Contains("- مقتدى الصدر", md, StringComparison.Ordinal);
        var sections = new[] { "## Names", "## Stated objectives", "### foreign troop presence", "## Relations", "## Timeline" };
        Assert.True(sections.Select(s => md.IndexOf(s, StringComparison.Ordinal)).Zip(sections.Skip(1).Select(s => md.IndexOf(s, StringComparison.Ordinal))).All(p => p.First >= 0 && p.First < p.Second), md);
        Assert.Contains("**Stance:** opposes (2023-05-10) → conditional on (2024-02-01)", md, StringComparison.Ordinal);
        Assert.Contains("- 2023-05-10 · opposes: “Every foreign soldier must leave Iraq this year”[^", md, StringComparison.Ordinal);
        Assert.Contains("- 2024-04-21 · supports: “السلاح بيد الدولة وحدها”[^", md, StringComparison.Ordinal);
        Assert.Contains("**Assessment:** consistent — Saraya al-Salam withdrew from Samarra as the statement asked[^", md, StringComparison.Ordinal);
        Assert.Contains("**Assessment:** not yet tested", md, StringComparison.Ordinal);
        Assert.Contains("2023-05-10 · STATEMENT · Moqtada al-Sadr: told worshippers", md, StringComparison.Ordinal);
        Assert.Contains("(unreviewed)", md, StringComparison.Ordinal); // the candidate on elections, for analysts
        Assert.DoesNotContain("anti-corruption", md, StringComparison.Ordinal); // rejected
    }

    [Fact]
    public void The_public_brief_holds_nothing_from_a_confidential_source_and_no_unreviewed_entry()
    {
        using var ledger = SqliteLedger.Open(Path, LedgerAudience.Public);
        var brief = BriefOf(ledger, SayDoLedger.Sadr);

        Assert.DoesNotContain("Quincebrook", brief.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("quota", brief.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Memo", brief.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("(unreviewed)", brief.Markdown, StringComparison.Ordinal);
        Assert.All(brief.Notes, n => Assert.NotEqual(5, n.SourceId));
        Assert.Contains("state control of arms", brief.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_has_an_ordered_list_of_notes_with_back_links_and_every_block_in_its_own_direction()
    {
        using var ledger = SqliteLedger.Open(Path);
        var brief = BriefOf(ledger, SayDoLedger.Sadr);
        var html = brief.Html;

        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Equal(brief.Notes.Length, Regex.Count(html, "<li dir=\"auto\" id=\"fn:"));
        foreach (var note in brief.Notes) // a back-link to each place that cites the note
            Assert.Contains($"<a href=\"#fnref:{note.Number}\" class=\"footnote-back-ref\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/sources/1#position-1\">source #1</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li dir=\"auto\">2024-04-21 · supports: “السلاح بيد الدولة وحدها”", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*bold* [link](x) <b>tag</b> `code` _u_ # h | ~ & \\")]
    [InlineData("نص عربي [^1] بلا حواشٍ")]
    public void Escaped_text_renders_as_itself(string text)
    {
        var html = BriefWriter.ToHtml(BriefWriter.Escape(text));
        Assert.Equal("<p dir=\"auto\">" + System.Net.WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal) + "</p>", html.Trim());
    }

    [GeneratedRegex(@"\[\^(\d+)\](?!:)")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^\[\^(\d+)\]:", RegexOptions.Multiline)]
    private static partial Regex DefinitionPattern();
}
