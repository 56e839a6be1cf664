using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Localization;
using Daftar.Web.Pages;

namespace Daftar.Web.Feeds;

/// <summary>
/// Turns a selection's entries into a syndication feed, and writes it as Atom 1.0 or RSS 2.0. Every entry links back
/// to its place on the site (absolute addresses, in the feed's language) and names who said or did it as the ledger
/// it was read from gives it.
/// </summary>
public sealed class FeedBuilder(Uri siteBase, UiText text, FeedSelection selection)
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>How long a quotation may be in an entry's title before it is cut.</summary>
    private const int TitleQuoteLength = 120;

    private string Lang => UiText.Code(selection.FeedLanguage);

    private string T(string key) => text[key, selection.FeedLanguage];

    /// <summary>The feed over <paramref name="entries"/> (newest first), naming actors and issues from the given tables.</summary>
    public SyndicationFeed Build(IReadOnlyList<FeedEntry> entries, IReadOnlyDictionary<string, string> actorNames, IReadOnlyDictionary<string, Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(actorNames);
        ArgumentNullException.ThrowIfNull(issues);
        var items = entries.Select(e => Item(e, actorNames, issues)).ToList();
        var feed = new SyndicationFeed(items)
        {
            Id = Absolute(selection.Href(FeedFormat.Atom)).AbsoluteUri,
            Title = new TextSyndicationContent(Title(actorNames, issues)),
            Description = new TextSyndicationContent(T("feed.description")),
            Language = Lang,
            Generator = T("app.name"),
            // The newest entry's date: the same entries always make the same bytes (and so the same ETag).
            LastUpdatedTime = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.LastUpdatedTime),
        };
        feed.Authors.Add(new SyndicationPerson { Name = T("app.name"), Uri = Absolute($"/{Lang}/").AbsoluteUri });
        feed.Links.Add(new SyndicationLink(Absolute(selection.Href(FeedFormat.Atom)), "self", null, "application/atom+xml", 0));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(Absolute(AlternatePage()), "text/html"));
        return feed;
    }

    /// <summary>
    /// The alerts feed of verdicts (newest first): each entry one verdict recorded on an actor's say-versus-do on an
    /// issue, with the verdict it replaced, linking to the actor's "Say and do".
    /// </summary>
    public SyndicationFeed BuildAssessments(IReadOnlyList<AssessmentChange> changes, IReadOnlyDictionary<string, string> actorNames, IReadOnlyDictionary<string, Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(actorNames);
        ArgumentNullException.ThrowIfNull(issues);
        var items = changes.Select(c => AssessmentItem(c, actorNames, issues)).ToList();
        var self = Absolute(FeedEndpoints.AssessmentsPath(FeedFormat.Atom) + selection.Query);
        var feed = new SyndicationFeed(items)
        {
            Id = self.AbsoluteUri,
            Title = new TextSyndicationContent($"{T("app.name")} · {T("feed.assessments")}{AssessmentScope(actorNames, issues)}"),
            Description = new TextSyndicationContent(T("feed.assessments.description")),
            Language = Lang,
            Generator = T("app.name"),
            LastUpdatedTime = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.LastUpdatedTime),
        };
        feed.Authors.Add(new SyndicationPerson { Name = T("app.name"), Uri = Absolute($"/{Lang}/").AbsoluteUri });
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(Absolute(AlternatePage()), "text/html"));
        return feed;
    }

    private string AssessmentScope(IReadOnlyDictionary<string, string> actorNames, IReadOnlyDictionary<string, Issue> issues)
    {
        var parts = selection.Actors.Select(a => actorNames.GetValueOrDefault(a, a)).Concat(selection.Issues.Select(i => IssueLabel(i, issues))).ToList();
        return parts.Count == 0 ? "" : " · " + string.Join(T("feed.list_separator"), parts);
    }

    private SyndicationItem AssessmentItem(AssessmentChange change, IReadOnlyDictionary<string, string> actorNames, IReadOnlyDictionary<string, Issue> issues)
    {
        var a = change.Assessment;
        var actor = ActorName(a.ActorId, actorNames);
        var verdict = T("saydo.verdict." + Codes.Name(a.Verdict));
        var title = $"{actor} · {IssueLabel(a.IssueId, issues)}: {verdict}"
            + (change.Previous is { } previous ? string.Format(CultureInfo.InvariantCulture, T("feed.assessments.was"), T("saydo.verdict." + Codes.Name(previous))) : "");
        var page = $"/{Lang}/actors/{Uri.EscapeDataString(a.ActorId)}";
        var date = a.RecordedAt?.ToDateTimeOffset() ?? DateTimeOffset.UnixEpoch;
        var item = new SyndicationItem
        {
            Id = Absolute($"{page}#assessment-{a.Id.ToString(CultureInfo.InvariantCulture)}").AbsoluteUri,
            Title = new TextSyndicationContent(title),
            Summary = new TextSyndicationContent(a.Basis),
            PublishDate = date,
            LastUpdatedTime = date,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(Absolute(page + "#say-do"), "text/html"));
        item.Authors.Add(Person(actor, a.ActorId, actorNames));
        item.Categories.Add(new SyndicationCategory(Codes.Name(a.Verdict), null, verdict));
        return item;
    }

    /// <summary>The feed as UTF-8 XML (no byte-order mark).</summary>
    public static byte[] Write(SyndicationFeed feed, FeedFormat format)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            if (format == FeedFormat.Atom)
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
            else
            {
                new Rss20FeedFormatter(ForRss(feed), serializeExtensionsAsAtom: false).WriteTo(writer);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The page a reader opens for the feed as a whole: the actor's page for one actor, the customising page otherwise.</summary>
    private string AlternatePage() =>
        selection.Actors.Length == 1 && selection.Issues.IsEmpty
            ? $"/{Lang}/actors/{Uri.EscapeDataString(selection.Actors[0])}"
            : $"/{Lang}/feeds{selection.With().Query}";

    private SyndicationItem Item(FeedEntry entry, IReadOnlyDictionary<string, string> actorNames, IReadOnlyDictionary<string, Issue> issues)
    {
        var source = entry.Source;
        var page = $"/{Lang}/sources/{source.Id.ToString(CultureInfo.InvariantCulture)}";
        var (title, summary, anchor, people) = entry switch
        {
            QuoteFeedEntry q => QuoteItem(q.Quote, source, actorNames),
            EventFeedEntry e => EventItem(e.Event, source, actorNames),
            PositionFeedEntry p => PositionItem(p.Position, source, actorNames, issues),
            _ => (source.Title, Opening(source), null, SourcePeople(source)),
        };
        var link = Absolute(anchor is null ? page : page + "#" + anchor);
        var date = Date(source);
        var item = new SyndicationItem
        {
            Id = link.AbsoluteUri,
            Title = new TextSyndicationContent(title),
            Summary = new TextSyndicationContent(summary),
            PublishDate = date,
            LastUpdatedTime = date,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(link, "text/html"));
        foreach (var person in people)
            item.Authors.Add(person);
        item.Categories.Add(new SyndicationCategory(Codes.Name(entry.Kind), null, T("feed.kind." + Codes.Name(entry.Kind))));
        item.Categories.Add(new SyndicationCategory(source.Language, null, LanguageName(source.Language)));
        return item;
    }

    private (string, string, string?, IReadOnlyList<SyndicationPerson>) QuoteItem(Quote quote, FeedSource source, IReadOnlyDictionary<string, string> actorNames)
    {
        // The speaker as the ledger read gives it: the public's view withholds a confidential speaker's identity and
        // keeps the source's own description ("a senior Sadrist").
        var speaker = quote.Speaker.ActorId is { } id && actorNames.TryGetValue(id, out var name)
            ? name
            : quote.Speaker.Description ?? T("quote.unattributed");
        var words = Quoted(Cut(quote.Text, TitleQuoteLength));
        var summary = string.Format(CultureInfo.InvariantCulture, T("feed.quote.summary"), Quoted(quote.Text), speaker, source.Title, DateText(source));
        return ($"{speaker}: {words}", summary, SourceModel.Anchor(EntryKind.Quote, quote.Id), [Person(speaker, quote.Speaker.ActorId, actorNames)]);
    }

    private (string, string, string?, IReadOnlyList<SyndicationPerson>) EventItem(Event e, FeedSource source, IReadOnlyDictionary<string, string> actorNames)
    {
        var actor = ActorName(e.ActorId, actorNames);
        var title = e.TargetId is { } target && actorNames.ContainsKey(target)
            ? $"{e.Date} · {Codes.Name(e.Type)} · {actor} → {ActorName(target, actorNames)}"
            : $"{e.Date} · {Codes.Name(e.Type)} · {actor}";
        var summary = string.Format(CultureInfo.InvariantCulture, T("feed.cited.summary"), e.Summary, source.Title, DateText(source));
        var people = e.ActorId is { } id && actorNames.ContainsKey(id) ? [Person(actor, id, actorNames)] : SourcePeople(source);
        return (title, summary, SourceModel.Anchor(EntryKind.Event, e.Id), people);
    }

    private (string, string, string?, IReadOnlyList<SyndicationPerson>) PositionItem(Position p, FeedSource source, IReadOnlyDictionary<string, string> actorNames, IReadOnlyDictionary<string, Issue> issues)
    {
        var actor = ActorName(p.ActorId, actorNames);
        var issue = IssueLabel(p.IssueId, issues);
        var title = $"{actor} {T("stance." + Codes.Name(p.Stance))} {issue}";
        var summary = string.Format(CultureInfo.InvariantCulture, T("feed.cited.summary"), Quoted(p.Statement), source.Title, DateText(source));
        return (title, summary, SourceModel.Anchor(EntryKind.Position, p.Id), [Person(actor, p.ActorId, actorNames)]);
    }

    /// <summary>The feed's title: what it follows, in its language.</summary>
    private string Title(IReadOnlyDictionary<string, string> actorNames, IReadOnlyDictionary<string, Issue> issues)
    {
        if (selection.IsEverything)
            return $"{T("app.name")} · {T("feed.everything")}";
        var parts = new List<string>();
        if (!selection.Kinds.IsEmpty)
            parts.Add(string.Join(T("feed.list_separator"), selection.Kinds.Select(k => T("feed.kinds." + Codes.Name(k)))));
        if (!selection.Actors.IsEmpty)
            parts.Add(string.Join(T("feed.list_separator"), selection.Actors.Select(a => actorNames.GetValueOrDefault(a, a))));
        if (!selection.Issues.IsEmpty)
            parts.Add(string.Join(T("feed.list_separator"), selection.Issues.Select(i => IssueLabel(i, issues))));
        if (!selection.Languages.IsEmpty)
            parts.Add(string.Join(T("feed.list_separator"), selection.Languages.Select(LanguageName)));
        return $"{T("app.name")} · {string.Join(" · ", parts)}";
    }

    private static IReadOnlyList<SyndicationPerson> SourcePeople(FeedSource source) =>
        (source.Author ?? source.Publisher) is { } name ? [new SyndicationPerson { Name = name }] : [];

    private SyndicationPerson Person(string name, string? actorId, IReadOnlyDictionary<string, string> actorNames) =>
        new()
        {
            Name = name,
            Uri = actorId is not null && actorNames.ContainsKey(actorId) ? Absolute($"/{Lang}/actors/{Uri.EscapeDataString(actorId)}").AbsoluteUri : null,
        };

    private string ActorName(string? id, IReadOnlyDictionary<string, string> actorNames) =>
        id is not null && actorNames.TryGetValue(id, out var name) ? name : T("feed.unknown_actor");

    private string IssueLabel(string id, IReadOnlyDictionary<string, Issue> issues) =>
        issues.TryGetValue(id, out var issue)
            ? selection.FeedLanguage == UiLanguage.Arabic && issue.LabelArabic is { Length: > 0 } arabic ? arabic : issue.Label
            : id;

    private string LanguageName(string code) => code is "en" or "ar" ? T("feed.language." + code) : code;

    private string Quoted(string words) => selection.FeedLanguage == UiLanguage.Arabic ? $"«{words}»" : $"“{words}”";

    private string DateText(FeedSource source) =>
        source.Published is { } published ? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : T("feed.undated");

    private static string Opening(FeedSource source) =>
        source.Opening.Length >= SqliteLedger.FeedOpeningLength ? Cut(source.Opening, SqliteLedger.FeedOpeningLength - 1) : source.Opening;

    /// <summary>Cuts text at a word boundary near <paramref name="length"/>, marking the cut.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
            return text;
        var space = text.LastIndexOf(' ', length);
        return text[..(space > length / 2 ? space : length)].TrimEnd() + "…";
    }

    /// <summary>An entry's date: its source's publication date, or the day it was ingested when the source has none.</summary>
    private static DateTimeOffset Date(FeedSource source) =>
        source.Published is { } published
            ? new DateTimeOffset(published.Year, published.Month, published.Day, 0, 0, 0, TimeSpan.Zero)
            : source.IngestedAt.ToDateTimeOffset();

    private Uri Absolute(string path) => new(siteBase, path);

    /// <summary>
    /// A copy whose items name their authors with Dublin Core's creator: RSS's own author element holds an e-mail
    /// address only, and the people a feed names have none.
    /// </summary>
    private static SyndicationFeed ForRss(SyndicationFeed feed)
    {
        var copy = feed.Clone(cloneItems: true);
        copy.Authors.Clear();
        copy.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCore);
        foreach (var item in copy.Items)
        {
            foreach (var person in item.Authors)
                item.ElementExtensions.Add(new XElement(XName.Get("creator", DublinCore), person.Name));
            item.Authors.Clear();
        }

        return copy;
    }
}
