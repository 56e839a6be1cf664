using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Daftar.Storage;
using Daftar.Web.Localization;
using Microsoft.Extensions.Primitives;

namespace Daftar.Web.Feeds;

/// <summary>The two formats every feed is published in.</summary>
public enum FeedFormat
{
    Atom,
    Rss,
}

/// <summary>
/// What a reader chose to follow: actors, issues, kinds of entry, source languages, and the language the feed speaks
/// (its titles and the pages it links to). Held in canonical form, so one selection has exactly one address whatever
/// order it was chosen in: each facet's values distinct and sorted, every kind the same as none.
/// </summary>
public sealed partial record FeedSelection
{
    /// <summary>The most values a facet may hold: beyond it the address is refused rather than read.</summary>
    public const int MaxValues = 50;

    private FeedSelection(ImmutableArray<string> actors, ImmutableArray<string> issues, ImmutableArray<FeedKind> kinds, ImmutableArray<string> languages, UiLanguage feedLanguage)
    {
        Actors = actors;
        Issues = issues;
        Kinds = kinds;
        Languages = languages;
        FeedLanguage = feedLanguage;
    }

    /// <summary>Actor ids.</summary>
    public ImmutableArray<string> Actors { get; }

    /// <summary>Issue ids.</summary>
    public ImmutableArray<string> Issues { get; }

    /// <summary>The kinds of entry; empty for all of them.</summary>
    public ImmutableArray<FeedKind> Kinds { get; }

    /// <summary>The sources' language codes; empty for any.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The language of the feed's titles and of the pages its entries link to.</summary>
    public UiLanguage FeedLanguage { get; }

    /// <summary>The whole public ledger, in a language.</summary>
    public static FeedSelection Everything(UiLanguage language) => new([], [], [], [], language);

    /// <summary>A selection in canonical form.</summary>
    public static FeedSelection Of(IEnumerable<string> actors, IEnumerable<string> issues, IEnumerable<FeedKind> kinds, IEnumerable<string> languages, UiLanguage feedLanguage)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(languages);
        var allKinds = kinds.Distinct().Order().ToImmutableArray();
        return new FeedSelection(
            Canonical(actors),
            Canonical(issues),
            allKinds.Length == Enum.GetValues<FeedKind>().Length ? [] : allKinds,
            Canonical(languages),
            feedLanguage);
    }

    /// <summary>A narrower or wider copy: the same selection with other values for some facets.</summary>
    public FeedSelection With(IEnumerable<string>? actors = null, IEnumerable<FeedKind>? kinds = null, IEnumerable<string>? languages = null) =>
        Of(actors ?? Actors, Issues, kinds ?? Kinds, languages ?? Languages, FeedLanguage);

    /// <summary>
    /// Reads a feed's query (<c>actor</c>, <c>issue</c>, <c>kind</c>, <c>language</c>, each repeatable, and
    /// <c>lang</c>); null when a value cannot be read (an unknown kind, a malformed code, too many values).
    /// </summary>
    public static FeedSelection? Parse(Func<string, StringValues> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var actors = Values(query("actor"));
        var issues = Values(query("issue"));
        var languages = Values(query("language"));
        var kindNames = Values(query("kind"));
        var lang = query("lang");
        if (actors is null || issues is null || languages is null || kindNames is null || lang.Count > 1)
            return null;
        if (actors.Any(a => !IdPattern().IsMatch(a)) || issues.Any(i => !IdPattern().IsMatch(i)) || languages.Any(l => !LanguagePattern().IsMatch(l)))
            return null;
        var kinds = new List<FeedKind>();
        foreach (var name in kindNames)
        {
            if (!Codes.TryParse<FeedKind>(name, out var kind))
                return null;
            kinds.Add(kind);
        }

        UiLanguage? feedLanguage = lang.Count == 0 ? UiLanguage.English : UiText.Parse(lang[0]);
        return feedLanguage is null ? null : Of(actors, issues, kinds, languages, feedLanguage.Value);
    }

    /// <summary>What the ledger is asked for.</summary>
    public FeedFilter Filter => new(Actors, Issues, Kinds, Languages);

    /// <summary>
    /// The canonical query: parameters in alphabetical order, each facet's values sorted, the default language left
    /// out; empty, or starting with "?".
    /// </summary>
    public string Query
    {
        get
        {
            var parts = new List<string>();
            parts.AddRange(Actors.Select(a => "actor=" + Uri.EscapeDataString(a)));
            parts.AddRange(Issues.Select(i => "issue=" + Uri.EscapeDataString(i)));
            parts.AddRange(Kinds.Select(k => "kind=" + Codes.Name(k)));
            if (FeedLanguage != UiLanguage.English)
                parts.Add("lang=" + UiText.Code(FeedLanguage));
            parts.AddRange(Languages.Select(l => "language=" + Uri.EscapeDataString(l)));
            return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
        }
    }

    /// <summary>The feed's address on this site, in a format.</summary>
    public string Href(FeedFormat format) => (format == FeedFormat.Atom ? FeedEndpoints.AtomPath : FeedEndpoints.RssPath) + Query;

    /// <summary>Whether the selection is the whole public ledger.</summary>
    public bool IsEverything => Actors.IsEmpty && Issues.IsEmpty && Kinds.IsEmpty && Languages.IsEmpty;

    public bool Equals(FeedSelection? other) => other is not null && Query == other.Query;

    public override int GetHashCode() => Query.GetHashCode(StringComparison.Ordinal);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(Query);
        return true;
    }

    private static ImmutableArray<string> Canonical(IEnumerable<string> values) =>
        [.. values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static List<string>? Values(StringValues values)
    {
        var list = values.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return list.Count > MaxValues ? null : list;
    }

    // Actor and issue ids are slugs (Latin or Arabic letters, digits, hyphens); nothing else reaches a query.
    [GeneratedRegex(@"^[\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd}_.-]{0,199}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
