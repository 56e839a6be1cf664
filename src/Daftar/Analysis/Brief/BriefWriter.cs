using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Daftar.Analysis.Positions;
using Daftar.Domain;
using Daftar.Storage;
using Markdig;
using NodaTime;
using NodaTime.Text;

namespace Daftar.Analysis.Brief;

/// <summary>A source as a brief cites it: what a footnote names, and the text its spans point into.</summary>
public sealed record BriefSource(long Id, string Title, string? Publisher, LocalDate? Published, string Text);

/// <summary>What a brief on one actor is written from; the caller reads it through the audience's ledger.</summary>
/// <param name="Sources">Every source the entries cite, by id.</param>
/// <param name="ActorNames">Names of the other actors the relations and events name, by id.</param>
/// <param name="IssueLabels">Issues' labels in the brief's language, by id (an issue missing here is named by its id).</param>
public sealed record BriefInput(
    Actor Actor,
    IReadOnlyList<DatedPosition> Positions,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Event> Events,
    IReadOnlyDictionary<long, BriefSource> Sources,
    IReadOnlyDictionary<string, string> ActorNames,
    IReadOnlyDictionary<string, string> IssueLabels);

/// <summary>A footnote of a brief: the source and the exact words a claim rests on.</summary>
/// <param name="Anchor">The entry's anchor on its source's page ("position-12"), or null.</param>
public sealed record BriefNote(int Number, long SourceId, TextSpan Span, string Words, string? Anchor);

/// <summary>A draft analyst brief in Markdown, with its footnotes.</summary>
public sealed record AnalystBrief(string Markdown, ImmutableArray<BriefNote> Notes)
{
    /// <summary>The brief as HTML (a fragment): footnotes as an ordered list with back-links, each paragraph in its own direction.</summary>
    public string Html => BriefWriter.ToHtml(Markdown);
}

/// <summary>
/// Writes a draft analyst brief on an actor: its names in both scripts, its stated objectives (positions by issue,
/// each statement dated and quoted), the analysts' verdict on each where the ledger holds one, its relations and a
/// dated timeline of its deeds. Every claim carries a footnote naming its source (title, publisher, date) and quoting
/// the exact words the entry cites.
/// </summary>
public static class BriefWriter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().DisableHtml().Build();

    /// <summary>The brief's words in English, by the interface's keys (the web app passes its own, in either language).</summary>
    public static FrozenDictionary<string, string> English { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["brief.title"] = "Analyst brief",
        ["brief.draft"] = "Draft from the ledger: every claim is footnoted to its source and the words it cites.",
        ["brief.names"] = "Names",
        ["brief.objectives"] = "Stated objectives",
        ["brief.stance"] = "Stance",
        ["brief.verdict"] = "Assessment",
        ["brief.not_tested"] = "not yet tested",
        ["brief.relations"] = "Relations",
        ["brief.timeline"] = "Timeline",
        ["brief.none"] = "Nothing in the ledger yet.",
        ["brief.unreviewed"] = "unreviewed",
        ["brief.undated"] = "undated",
        ["brief.source"] = "source",
        ["stance.support"] = "supports",
        ["stance.oppose"] = "opposes",
        ["stance.conditional"] = "conditional on",
        ["stance.unclear"] = "unclear on",
        ["brief.verdict.consistent"] = "consistent",
        ["brief.verdict.inconsistent"] = "inconsistent",
        ["brief.verdict.mixed"] = "mixed",
    }.Concat(Enum.GetValues<RelationKind>().Select(k => KeyValuePair.Create("relation." + Codes.Name(k), Codes.Name(k).Replace('_', ' '))))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Writes the brief.</summary>
    /// <param name="text">The brief's words by key (see <see cref="English"/>).</param>
    /// <param name="link">A source's address, given its id and the cited entry's anchor; null: notes name the source by number only.</param>
    public static AnalystBrief Write(BriefInput input, Func<string, string> text, Func<long, string?, string>? link = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(text);
        var notes = new Notes(input.Sources);
        var md = new StringBuilder();
        var actor = input.Actor;
        md.Append("# ").Append(Escape(actor.Name)).Append(" — ").AppendLine(Escape(text("brief.title")));
        md.AppendLine();
        md.Append('*').Append(Escape(text("brief.draft"))).AppendLine("*");
        md.AppendLine();

        md.Append("## ").AppendLine(Escape(text("brief.names")));
        md.AppendLine();
        foreach (var name in actor.Aliases.Select(a => a.Text).Prepend(actor.Name).Distinct(StringComparer.Ordinal).Take(30))
            md.Append("- ").AppendLine(Escape(name));
        md.AppendLine();

        WriteObjectives(md, input, text, notes);
        WriteRelations(md, input, text, notes);
        WriteTimeline(md, input, text, notes);

        if (notes.All.Count > 0)
        {
            foreach (var note in notes.All)
            {
                var source = input.Sources[note.SourceId];
                md.Append("[^").Append(note.Number.ToString(CultureInfo.InvariantCulture)).Append("]: *").Append(Escape(source.Title)).Append('*');
                if (source.Publisher is { Length: > 0 } publisher)
                    md.Append(", ").Append(Escape(publisher));
                md.Append(", ").Append(source.Published is { } day ? LocalDatePattern.Iso.Format(day) : Escape(text("brief.undated")));
                var number = "#" + note.SourceId.ToString(CultureInfo.InvariantCulture);
                md.Append(" (");
                if (link is not null)
                    md.Append('[').Append(Escape(text("brief.source"))).Append(' ').Append(number).Append("](<").Append(link(note.SourceId, note.Anchor)).Append(">)");
                else
                    md.Append(Escape(text("brief.source"))).Append(' ').Append(number);
                md.Append("): “").Append(Escape(note.Words)).AppendLine("”");
            }
        }

        return new AnalystBrief(md.ToString(), [.. notes.All]);
    }

    /// <summary>Renders a brief's Markdown as an HTML fragment, every block in its own direction (Arabic quotations stay right to left).</summary>
    public static string ToHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        foreach (var tag in new[] { "p", "li", "h1", "h2", "h3" })
            html = html.Replace("<" + tag + ">", "<" + tag + " dir=\"auto\">", StringComparison.Ordinal).Replace("<" + tag + " id=", "<" + tag + " dir=\"auto\" id=", StringComparison.Ordinal);
        return html;
    }

    /// <summary>Text as Markdown that renders as itself: its markup characters escaped, its lines joined.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#' or '!')
                builder.Append('\\').Append(c);
            else if (c is '\r' or '\n')
                builder.Append(' ');
            else
                builder.Append(c);
        }

        return builder.ToString();
    }

    private static void WriteObjectives(StringBuilder md, BriefInput input, Func<string, string> text, Notes notes)
    {
        md.Append("## ").AppendLine(Escape(text("brief.objectives")));
        md.AppendLine();
        var byIssue = input.Positions
            .GroupBy(p => p.Position.IssueId, StringComparer.Ordinal)
            .Select(g => (Issue: g.Key, Statements: StanceHistory.InOrder(g)))
            .OrderBy(g => g.Statements[0].Date.HasValue)
            .ThenBy(g => g.Statements[0].Date ?? default)
            .ThenBy(g => g.Statements[0].Position.Citation.SourceId)
            .ThenBy(g => g.Statements[0].Position.Citation.Span.Start)
            .ToList();
        if (byIssue.Count == 0)
        {
            md.AppendLine(Escape(text("brief.none")));
            md.AppendLine();
        }

        foreach (var (issue, statements) in byIssue)
        {
            md.Append("### ").AppendLine(Escape(input.IssueLabels.GetValueOrDefault(issue, issue)));
            md.AppendLine();
            var history = StanceHistory.Of(statements);
            md.Append("**").Append(Escape(text("brief.stance"))).Append(":** ")
                .AppendLine(string.Join(" → ", history.Select(p => Escape(text("stance." + Codes.Name(p.Stance))) + " (" + Span(p.From, p.To, text) + ")")));
            md.AppendLine();
            foreach (var s in statements)
            {
                var p = s.Position;
                md.Append("- ").Append(s.DateText ?? Escape(text("brief.undated"))).Append(" · ").Append(Escape(text("stance." + Codes.Name(p.Stance))))
                    .Append(": “").Append(Escape(p.Statement)).Append('”').Append(Unreviewed(p.Review, text))
                    .AppendLine(notes.Ref(p.Citation, "position-" + p.Id.ToString(CultureInfo.InvariantCulture)));
            }

            md.AppendLine();
            var assessments = input.Assessments.Where(a => a.IssueId == issue).ToList();
            if (assessments.Count == 0)
            {
                md.Append("**").Append(Escape(text("brief.verdict"))).Append(":** ").AppendLine(Escape(text("brief.not_tested")));
            }

            foreach (var a in assessments)
            {
                md.Append("**").Append(Escape(text("brief.verdict"))).Append(":** ").Append(Escape(text("brief.verdict." + Codes.Name(a.Verdict))))
                    .Append(" — ").Append(Escape(a.Basis)).Append(Unreviewed(a.Review, text)).AppendLine(notes.Ref(a.Citation, null));
                md.AppendLine();
            }

            md.AppendLine();
        }

        // Assessments of issues the actor has no stated position on in the ledger still belong in the brief.
        var stated = byIssue.Select(g => g.Issue).ToHashSet(StringComparer.Ordinal);
        foreach (var a in input.Assessments.Where(a => !stated.Contains(a.IssueId)))
        {
            md.Append("### ").AppendLine(Escape(input.IssueLabels.GetValueOrDefault(a.IssueId, a.IssueId)));
            md.AppendLine();
            md.Append("**").Append(Escape(text("brief.verdict"))).Append(":** ").Append(Escape(text("brief.verdict." + Codes.Name(a.Verdict))))
                .Append(" — ").Append(Escape(a.Basis)).Append(Unreviewed(a.Review, text)).AppendLine(notes.Ref(a.Citation, null));
            md.AppendLine();
        }
    }

    private static void WriteRelations(StringBuilder md, BriefInput input, Func<string, string> text, Notes notes)
    {
        md.Append("## ").AppendLine(Escape(text("brief.relations")));
        md.AppendLine();
        var grouped = input.Relations.GroupBy(r => (r.SubjectId, r.Predicate, r.ObjectId)).ToList();
        if (grouped.Count == 0)
            md.AppendLine(Escape(text("brief.none")));
        foreach (var g in grouped)
        {
            md.Append("- ").Append(Escape(Name(input, g.Key.SubjectId))).Append(' ').Append(Escape(text("relation." + Codes.Name(g.Key.Predicate))))
                .Append(' ').Append(Escape(Name(input, g.Key.ObjectId)));
            if (g.All(r => r.Review != ReviewState.Accepted))
                md.Append(Unreviewed(ReviewState.Candidate, text));
            md.AppendLine(string.Concat(g.Take(5).Select(r => notes.Ref(r.Citation, "relation-" + r.Id.ToString(CultureInfo.InvariantCulture)))));
        }

        md.AppendLine();
    }

    private static void WriteTimeline(StringBuilder md, BriefInput input, Func<string, string> text, Notes notes)
    {
        md.Append("## ").AppendLine(Escape(text("brief.timeline")));
        md.AppendLine();
        var deeds = Timeline.Build(input.Events);
        if (deeds.Count == 0)
            md.AppendLine(Escape(text("brief.none")));
        foreach (var deed in deeds)
        {
            var first = deed.Reports[0];
            md.Append("- ").Append(Escape(deed.Date)).Append(" · ").Append(Codes.Name(deed.Type).ToUpperInvariant()).Append(" · ");
            if (deed.ActorId is { } who)
                md.Append(Escape(Name(input, who))).Append(": ");
            md.Append(Escape(first.Summary));
            if (deed.TargetId is { } target && target != deed.ActorId)
                md.Append(" → ").Append(Escape(Name(input, target)));
            if (deed.Reports.All(r => r.Review != ReviewState.Accepted))
                md.Append(Unreviewed(ReviewState.Candidate, text));
            md.AppendLine(string.Concat(deed.Reports.Take(5).Select(r => notes.Ref(r.Citation, "event-" + r.Id.ToString(CultureInfo.InvariantCulture)))));
        }

        md.AppendLine();
    }

    private static string Name(BriefInput input, string actorId) =>
        actorId == input.Actor.Id ? input.Actor.Name : input.ActorNames.GetValueOrDefault(actorId, actorId);

    private static string Unreviewed(ReviewState review, Func<string, string> text) =>
        review == ReviewState.Accepted ? "" : " (" + Escape(text("brief.unreviewed")) + ")";

    private static string Span(LocalDate? from, LocalDate? to, Func<string, string> text)
    {
        string Day(LocalDate? d) => d is { } day ? LocalDatePattern.Iso.Format(day) : Escape(text("brief.undated"));
        return from == to ? Day(from) : Day(from) + "–" + Day(to);
    }

    /// <summary>The footnotes, numbered in order of first citation; one note per source span, however often cited.</summary>
    private sealed class Notes(IReadOnlyDictionary<long, BriefSource> sources)
    {
        private readonly Dictionary<(long, TextSpan), BriefNote> bySpan = [];

        public List<BriefNote> All { get; } = [];

        public string Ref(Citation citation, string? anchor)
        {
            if (!sources.TryGetValue(citation.SourceId, out var source) || !citation.Span.FitsIn(source.Text.Length))
                return "";
            if (!bySpan.TryGetValue((citation.SourceId, citation.Span), out var note))
            {
                note = new BriefNote(All.Count + 1, citation.SourceId, citation.Span, source.Text[citation.Span.Start..citation.Span.End], anchor);
                bySpan[(citation.SourceId, citation.Span)] = note;
                All.Add(note);
            }

            return "[^" + note.Number.ToString(CultureInfo.InvariantCulture) + "]";
        }
    }
}
