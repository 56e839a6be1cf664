using System.Text;
using Daftar.Analysis.Brief;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>
/// A draft analyst brief on an actor, every claim footnoted to its source; downloadable as Markdown. Written from the
/// visitor's ledger: the public's view for visitors, everything (candidates marked unreviewed) for analysts.
/// </summary>
public sealed class BriefModel : DaftarPage
{
    public string ActorId { get; private set; } = "";

    public AnalystBrief Brief { get; private set; } = null!;

    public string MarkdownHref => Href("actors/" + Uri.EscapeDataString(ActorId) + "/brief") + "?handler=markdown";

    public IActionResult OnGet(string id)
    {
        if (Write(id) is not { } name)
            return NotFound();
        Title = name + " · " + T("brief.title");
        return Page();
    }

    /// <summary>The brief as a Markdown file.</summary>
    public IActionResult OnGetMarkdown(string id) =>
        Write(id) is null
            ? NotFound()
            : File(new UTF8Encoding(false).GetBytes(Brief.Markdown), "text/markdown; charset=utf-8", "brief-" + id + ".md");

    private string? Write(string id)
    {
        var arabic = Language == Localization.UiLanguage.Arabic;
        if (Ledger.BriefOf(id, i => arabic && i.LabelArabic is { Length: > 0 } label ? label : i.Label) is not { } input)
            return null;
        ActorId = input.Actor.Id;
        Brief = BriefWriter.Write(input, T, (source, anchor) => Href("sources/" + source) + (anchor is null ? "" : "#" + anchor));
        return input.Actor.Name;
    }
}
