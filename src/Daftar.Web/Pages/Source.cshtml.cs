using System.Globalization;
using Daftar.Web.Rendering;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

/// <summary>The source reader: the clean text with actors, quotations (coloured by speaker) and dates drawn in place.</summary>
public sealed class SourceModel : DaftarPage
{
    private Dictionary<string, Actor> actors = [];

    public Source Source { get; private set; } = null!;

    public SourceEntries Entries { get; private set; } = null!;

    public string Html { get; private set; } = "";

    public IActionResult OnGet(long id)
    {
        if (Ledger.GetSource(id) is not { } source)
            return NotFound();
        Source = source;
        Title = source.Title ?? source.Name;
        Entries = Ledger.EntriesOf(id);
        actors = Ledger.ListActors().ToDictionary(a => a.Id, StringComparer.Ordinal);
        Html = AnnotatedText.Render(source.Text, Marks());
        return Page();
    }

    public string ActorName(string? id) => id is null ? "—" : actors.TryGetValue(id, out var actor) ? actor.Name : id;

    public string SpeakerName(Speaker speaker) => speaker switch
    {
        { Description: { } description, ActorId: { } id } => $"{description} ({ActorName(id)})",
        { Description: { } description } => description,
        { ActorId: { } id } => ActorName(id),
        _ => T("quote.unattributed"),
    };

    private IEnumerable<TextMark> Marks()
    {
        foreach (var q in Entries.Quotes)
        {
            var speaker = q.Speaker.ActorId ?? "";
            yield return new TextMark(q.Citation.Span.Start, q.Citation.Span.End, Outer: true,
                $"<span class=\"quote speaker-{Hue(speaker)}\" id=\"text-quote-{q.Id.ToString(CultureInfo.InvariantCulture)}\" title=\"{Attr(SpeakerName(q.Speaker))}\">",
                "</span>");
        }

        foreach (var m in Entries.Mentions)
        {
            yield return new TextMark(m.Citation.Span.Start, m.Citation.Span.End, Outer: false,
                $"<a class=\"actor\" href=\"{Attr(Href("actors/" + Uri.EscapeDataString(m.ActorId)))}\" title=\"{Attr(ActorName(m.ActorId))}\">",
                "</a>");
        }

        foreach (var t in Entries.Timexes)
        {
            if (t.Citation.Span.Length == 0)
                continue;
            yield return new TextMark(t.Citation.Span.Start, t.Citation.Span.End, Outer: false,
                $"<time class=\"date\" datetime=\"{Attr(t.Value)}\" title=\"{Attr(t.Value)}\">", "</time>");
        }
    }

    // A stable colour per speaker: eight hues, chosen by the speaker's id.
    private static int Hue(string actorId)
    {
        var hash = 0u;
        foreach (var c in actorId)
            hash = unchecked((hash * 31) + c);
        return actorId.Length == 0 ? 0 : (int)(hash % 8) + 1;
    }

    private static string Attr(string value) => Rendering.Html.Encode(value);
}
