using System.Collections.Frozen;

namespace Daftar.Extraction.Actors;

/// <summary>
/// The word lists of the name recogniser (data file <c>Extraction/Actors/names.tsv</c>): titles, name particles,
/// organisation heads, given names, sentence-initial common words, months, weekdays, places and other words that
/// are not actors. Every word is kept in its folded form (<see cref="NameFolding.FoldName"/>), so look-ups ignore
/// case, diacritics and apostrophe style.
/// </summary>
internal sealed class NameLexicon
{
    private static readonly Lazy<NameLexicon> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private NameLexicon(Dictionary<string, List<string>> lists)
    {
        List<string> Of(string kind) => lists.TryGetValue(kind, out var list) ? list : [];
        FrozenSet<string> Set(params string[] kinds) =>
            kinds.SelectMany(Of).Select(w => NameFolding.FoldName(w)).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);

        var titles = new List<TitlePhrase>();
        foreach (var (kind, leader) in new[] { ("title", false), ("leader-title", true) })
        {
            foreach (var title in Of(kind))
            {
                var tokens = NameFolding.FoldName(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (tokens.Length > 0)
                    titles.Add(new TitlePhrase(tokens, leader, char.IsLower(title[0])));
            }
        }

        Titles = titles.GroupBy(t => t.Tokens[^1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Tokens.Length).ToArray(), StringComparer.Ordinal);
        TitlePhrases = titles.GroupBy(t => t.Phrase, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Any(t => t.Leader), StringComparer.Ordinal);
        MaxTitleWords = titles.Count == 0 ? 0 : titles.Max(t => t.Tokens.Length);
        TitlesByFirst = titles.GroupBy(t => t.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Tokens.Length).ToArray(), StringComparer.Ordinal);
        var particles = Of("particle").Select(p => NameFolding.FoldName(p)).Where(p => p.Length > 0).ToList();
        Particles = particles.ToFrozenSet(StringComparer.Ordinal);
        ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
        ArticlePrefixes = Of("particle").Where(p => p.EndsWith('-') && p.Length > 1)
            .Select(p => NameFolding.FoldName(p.AsSpan(0, p.Length - 1))).Distinct(StringComparer.Ordinal).ToArray();
        OrgHeads = Set("org-head");
        OrgHeadsFirst = Set("org-head-first");
        GivenNames = Set("given-name");
        CommonWords = Set("common");
        Months = Set("month");
        Weekdays = Set("weekday");
        StateNouns = Set("state-noun");
        Attributives = Set("attributive");
        var notNames = Of("not-name");
        NotNames = notNames.Where(w => !IsPhrase(w)).Select(w => NameFolding.FoldName(w)).ToFrozenSet(StringComparer.Ordinal);
        Places = Of("place").ToArray();
        Blockers = [.. Places, .. notNames.Where(IsPhrase), .. Of("chrome")];
        PlaceWords = Places.Select(p => NameFolding.FoldName(p)).ToFrozenSet(StringComparer.Ordinal);

        static bool IsArabic(string folded) => folded.Length > 0 && NameFolding.IsArabic(folded[0]);
        ArabicGivenNames = GivenNames.Where(IsArabic).ToFrozenSet(StringComparer.Ordinal);
        ArabicParticles = Particles.Where(IsArabic).ToFrozenSet(StringComparer.Ordinal);
        ArabicStopWords = Set("arabic-stop");
        ArabicTitlesByFirst = titles.Select(t => t.Tokens).Where(t => IsArabic(t[0]))
            .GroupBy(t => t[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether the lists hold Arabic given names and titles, which Arabic name recognition needs.</summary>
    public bool HasArabicNames => ArabicGivenNames.Count > 0 && ArabicTitlesByFirst.Count > 0;

    /// <summary>Given names in Arabic script.</summary>
    public FrozenSet<string> ArabicGivenNames { get; }

    /// <summary>Name particles in Arabic script (ابن، بن، أبو، عبد، آل).</summary>
    public FrozenSet<string> ArabicParticles { get; }

    /// <summary>Arabic words that never continue a name (prepositions, verbs, common nouns shaped like a nisba).</summary>
    public FrozenSet<string> ArabicStopWords { get; }

    /// <summary>Arabic title phrases as folded words, by their first word, longest first.</summary>
    public FrozenDictionary<string, string[][]> ArabicTitlesByFirst { get; }

    public static NameLexicon Default => DefaultInstance.Value;

    /// <summary>Title phrases, by their last folded token, longest first.</summary>
    public FrozenDictionary<string, TitlePhrase[]> Titles { get; }

    /// <summary>Every folded title phrase, and whether it is a leader title.</summary>
    public FrozenDictionary<string, bool> TitlePhrases { get; }

    /// <summary>The most words in a title.</summary>
    public int MaxTitleWords { get; }

    /// <summary>Title phrases, by their first folded token, longest first.</summary>
    public FrozenDictionary<string, TitlePhrase[]> TitlesByFirst { get; }

    /// <summary>Stand-alone particles ("al", "bin", "abu", "abd", "ابن").</summary>
    public FrozenSet<string> Particles { get; }

    /// <summary><see cref="Particles"/> looked up by a span of folded characters.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup { get; }

    /// <summary>Articles written into a word with a hyphen ("al", "el", "as", …), folded.</summary>
    public string[] ArticlePrefixes { get; }

    public FrozenSet<string> OrgHeads { get; }

    public FrozenSet<string> OrgHeadsFirst { get; }

    public FrozenSet<string> GivenNames { get; }

    public FrozenSet<string> CommonWords { get; }

    public FrozenSet<string> Months { get; }

    public FrozenSet<string> Weekdays { get; }

    public FrozenSet<string> StateNouns { get; }

    public FrozenSet<string> Attributives { get; }

    public FrozenSet<string> NotNames { get; }

    /// <summary>Place names as written.</summary>
    public string[] Places { get; }

    /// <summary>Folded place names.</summary>
    public FrozenSet<string> PlaceWords { get; }

    /// <summary>Phrases matched like names that name no actor: places, multi-word non-names, page chrome.</summary>
    public string[] Blockers { get; }

    /// <summary>True for a month or weekday name.</summary>
    public bool IsCalendarWord(string folded) => Months.Contains(folded) || Weekdays.Contains(folded);

    /// <summary>
    /// The folded word without an article written into it ("al-Sadr" → "sadr"), or the word itself. Used to compare
    /// partial names.
    /// </summary>
    public string StripArticle(string folded)
    {
        foreach (var article in ArticlePrefixes)
        {
            if (folded.Length > article.Length + 1 && folded.StartsWith(article, StringComparison.Ordinal) && folded[article.Length] == ' ')
                return folded[(article.Length + 1)..];
        }

        return folded;
    }

    private static bool IsPhrase(string entry) => entry.Contains(' ', StringComparison.Ordinal) || entry.Contains('-', StringComparison.Ordinal);

    private static NameLexicon Load()
    {
        using var stream = typeof(NameLexicon).Assembly.GetManifestResourceStream("Daftar.Extraction.Actors.names.tsv")
            ?? throw new InvalidOperationException("the name lexicon data file is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    internal static NameLexicon Parse(string text)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            var kind = line[..tab].Trim();
            if (!lists.TryGetValue(kind, out var list))
                lists[kind] = list = [];
            list.AddRange(line[(tab + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return new NameLexicon(lists);
    }
}

/// <summary>A title of one or more folded tokens; a leader title says its bearer leads the actor named before it.</summary>
/// <param name="LowerCase">The title is written in lower case ("former President"), so it is not checked for a capital.</param>
internal sealed record TitlePhrase(string[] Tokens, bool Leader, bool LowerCase)
{
    /// <summary>The folded title, its words separated by single spaces.</summary>
    public string Phrase { get; } = string.Join(' ', Tokens);
}
