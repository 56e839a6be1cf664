using System.Globalization;
using Daftar.Web.Rendering;
using Daftar.Domain;
using Daftar.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Daftar.Web.Pages;

/// <summary>The source reader: the clean text with actors, quotations (coloured by speaker) and dates drawn in place.</summary>
public sealed class SourceModel : DaftarPage
{
    private Dictionary<string, Actor> actors = [];

    public Source Source { get; private set; } = null!;

    public SourceEntries Entries { get; private set; } = null!;

    public string Html { get; private set; } = "";

    /// <summary>The entries' versions, which every change form sends back (optimistic concurrency).</summary>
    public IReadOnlyDictionary<(EntryKind, long), long> Versions { get; private set; } = new Dictionary<(EntryKind, long), long>();

    /// <summary>What the last change did, to tell the analyst; null after a plain visit.</summary>
    public string? Message { get; private set; }

    /// <summary>The form field in error and the value the analyst typed, kept for them to correct.</summary>
    public (long QuoteId, string Field, string Value)? Invalid { get; private set; }

    public IReadOnlyList<Actor> Actors => [.. actors.Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    /// <summary>Accept, reject, or return to candidate one entry of the source.</summary>
    public IActionResult OnPostReview(long id, [BindRequired] EntryKind kind, [BindRequired] long entry, [BindRequired] long version, [BindRequired] ReviewState state)
    {
        if (Ledger.GetSource(id) is null)
            return NotFound();
        if (!ModelState.IsValid || !ReviewForm.IsReviewable(kind) || !Enum.IsDefined(state))
            return InvalidForm(id);
        if (!Ledger.VersionsIn(kind, id).ContainsKey(entry))
            return NotFound(); // an entry of another source: this page may not change it
        var outcome = Ledger.SetReview(kind, entry, state, version);
        return After(id, outcome, kind, entry);
    }

    private PageResult InvalidForm(long id)
    {
        Load(id);
        Message = T("review.invalid");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Changes a quotation's speaker: an actor named in either script (or none), a description, flags.</summary>
    public IActionResult OnPostSpeaker(long id, [BindRequired] long entry, [BindRequired] long version, string? actor, string? description, bool anonymous, bool confidential)
    {
        if (Ledger.GetSource(id) is null)
            return NotFound();
        if (!ModelState.IsValid)
            return InvalidForm(id);
        if (!Ledger.VersionsIn(EntryKind.Quote, id).ContainsKey(entry))
            return NotFound();
        string? actorId = null;
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var found = Ledger.FindActors(actor.Trim());
            if (found.Count != 1)
            {
                Load(id);
                Invalid = (entry, "actor", actor);
                Message = found.Count == 0 ? T("review.no_such_actor") : T("review.ambiguous_actor");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            actorId = found[0].Id;
        }

        var outcome = Ledger.SetSpeaker(entry, new Speaker(actorId, description, anonymous, confidential), version);
        return After(id, outcome, EntryKind.Quote, entry);
    }

    /// <summary>Corrects a date's TIMEX3 value (and accepts it).</summary>
    public IActionResult OnPostTimex(long id, [BindRequired] long entry, [BindRequired] long version, string? value)
    {
        if (Ledger.GetSource(id) is null)
            return NotFound();
        if (!ModelState.IsValid)
            return InvalidForm(id);
        if (!Ledger.VersionsIn(EntryKind.Timex, id).ContainsKey(entry))
            return NotFound();
        if (!ReviewForm.IsTimexValue(value))
        {
            var page = InvalidForm(id);
            Message = T("review.bad_timex");
            InvalidTimex = (entry, value ?? "");
            return page;
        }

        return After(id, Ledger.SetTimexValue(entry, value!.Trim(), version), EntryKind.Timex, entry);
    }

    /// <summary>The date entry whose correction was refused, and what the analyst typed.</summary>
    public (long TimexId, string Value)? InvalidTimex { get; private set; }

    /// <summary>The analysts' notes on the source (the public sees only those not confidential).</summary>
    public IReadOnlyList<Note> Notes { get; private set; } = [];

    /// <summary>Adds a note; confidential unless the analyst unticked it (the box posts true before the hidden false).</summary>
    public IActionResult OnPostNote(long id, string? text, bool[]? confidential)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            if (!Load(id))
                return NotFound();
            Message = T("source.note_invalid");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (Ledger.GetSource(id) is null)
            return NotFound();
        var note = Ledger.AddNote(id, text, confidential is not { Length: > 0 } || confidential[0]);
        return Redirect(Href($"sources/{id}#note-{note.Id.ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>Marks the source confidential or not: a confidential source never leaves through anything public.</summary>
    /// <remarks>The value must be given: a form that lost it must not make a source public by default.</remarks>
    public IActionResult OnPostConfidential(long id, [BindRequired] bool confidential)
    {
        if (!ModelState.IsValid)
            return BadRequest();
        return Ledger.SetSourceConfidential(id, confidential) ? Redirect(Href($"sources/{id}")) : NotFound();
    }

    private IActionResult After(long id, ReviewOutcome outcome, EntryKind kind, long entry)
    {
        switch (outcome.Status)
        {
            case ReviewStatus.Applied:
                return Redirect(Href($"sources/{id}#{Anchor(kind, entry)}"));
            case ReviewStatus.Conflict:
                Load(id);
                Message = T("review.conflict");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
    }

    public static string Anchor(EntryKind kind, long id) => Codes.Name(kind) + "-" + id.ToString(CultureInfo.InvariantCulture);

    public long VersionOf(EntryKind kind, long id) => Versions.TryGetValue((kind, id), out var v) ? v : 0;

    private bool Load(long id)
    {
        if (Ledger.GetSource(id) is not { } source)
            return false;
        Source = source;
        Title = source.Title ?? source.Name;
        Entries = Ledger.EntriesOf(id);
        var versions = new Dictionary<(EntryKind, long), long>();
        foreach (var kind in new[] { EntryKind.Quote, EntryKind.Timex, EntryKind.Event, EntryKind.Relation, EntryKind.Position })
        {
            foreach (var (entry, version) in Ledger.VersionsIn(kind, id))
                versions[(kind, entry)] = version;
        }

        Versions = versions;
        Notes = Ledger.NotesOf(id);
        actors = Ledger.ListActors().ToDictionary(a => a.Id, StringComparer.Ordinal);
        Html = AnnotatedText.Render(source.Text, Marks());
        return true;
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
                $"<span class=\"quote speaker-{Hue(speaker)} review-{Codes.Name(q.Review)}\" id=\"text-quote-{q.Id.ToString(CultureInfo.InvariantCulture)}\" title=\"{Attr(SpeakerName(q.Speaker))}\">",
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
