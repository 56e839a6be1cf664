using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Daftar.Domain;

namespace Daftar.Extraction.Actors;

/// <summary>What a matched name stands for.</summary>
internal enum PatternKind : byte
{
    Name,
    Member,
    Adjective,

    /// <summary>A capital city: the state when used as an actor, else a place.</summary>
    Capital,

    /// <summary>A lower-case description ("coalition"), resolved against the document.</summary>
    Description,

    /// <summary>A place or other non-actor phrase: names nobody, and hides shorter names inside it.</summary>
    Block,
}

/// <summary>One surface form the matcher looks for.</summary>
/// <param name="Entry">Index of the gazetteer entry, or -1 for a block.</param>
/// <param name="Exact">An acronym: every letter must be upper-case in the text.</param>
/// <param name="Capitals">Positions (in the folded form) whose letter must be upper-case in the text.</param>
/// <param name="Words">Number of words, not counting articles (al-, el-…).</param>
internal sealed record NamePattern(int Entry, PatternKind Kind, bool Exact, int[] Capitals, bool Arabic, int Words, string Text);

/// <summary>
/// A gazetteer compiled for matching: every name, variant, member word, adjective, capital, description and
/// lexicon block as a folded pattern in one <see cref="NameTrie"/>, plus a transliteration-key index of person
/// names for linking unknown spellings.
/// </summary>
internal sealed partial class CompiledGazetteer
{
    /// <summary>The longest pattern, in folded characters.</summary>
    public const int MaxPatternLength = 160;

    private const int MaxVariantsPerName = 48;

    private static readonly string[][] GivenNameVariants =
    [
        ["Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Muhammed"],
        ["Hussein", "Husayn", "Hussain", "Husain"],
        ["Qassem", "Qasem", "Qasim", "Qassim"],
        ["Ahmed", "Ahmad"],
        ["Mahmoud", "Mahmud"],
        ["Mustafa", "Mostafa"],
        ["Yusuf", "Youssef", "Yousef"],
        ["Omar", "Umar"],
        ["Osama", "Usama"],
        ["Jaafar", "Jafar", "Ja'far"],
        ["Abdullah", "Abdallah"],
        ["Hadi", "Hady"],
        ["Haider", "Haidar", "Hayder"],
        ["Kadhim", "Kazem", "Kazim"],
        ["Saleh", "Salih"],
        ["Adel", "Adil"],
    ];

    private static readonly FrozenDictionary<string, string[]> VariantsByName =
        GivenNameVariants.SelectMany(group => group.Select(name => (name, group)))
            .ToFrozenDictionary(p => p.name, p => p.group, StringComparer.Ordinal);

    public CompiledGazetteer(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Lexicon = NameLexicon.Default;
        var patterns = new List<NamePattern>();
        var keys = new List<(string Key, int Value)>();

        void Add(string text, int entry, PatternKind kind)
        {
            text = StripLeadingThe(text.Trim());
            if (text.Length == 0)
                return;
            var arabic = text.Any(NameFolding.IsArabic);
            var forms = arabic || kind is PatternKind.Block or PatternKind.Description ? [text] : LatinVariants(text);
            foreach (var form in forms)
            {
                var (folded, capitals, exact, words) = Describe(form, arabic);
                if (folded.Length == 0 || folded.Length > MaxPatternLength || !NameFolding.IsWordChar(folded[0]) && folded[0] != '.')
                    continue;
                keys.Add((folded, patterns.Count));
                patterns.Add(new NamePattern(entry, kind, exact, capitals, arabic, words, form));
            }
        }

        for (var i = 0; i < gazetteer.Entries.Length; i++)
        {
            var entry = gazetteer.Entries[i];
            foreach (var name in entry.Names)
                Add(name, i, PatternKind.Name);
            foreach (var member in entry.Members)
                Add(member, i, PatternKind.Member);
            foreach (var adjective in entry.Adjectives)
            {
                Add(adjective, i, PatternKind.Adjective);
                // Iraqi → Iraqis, American → Americans: the plural names the people, members of the state.
                if (!adjective.Any(NameFolding.IsArabic) && (adjective.EndsWith('i') || adjective.EndsWith("an", StringComparison.Ordinal)))
                    Add(adjective + "s", i, PatternKind.Member);
            }

            foreach (var capital in entry.Capitals)
                Add(capital, i, PatternKind.Capital);
            foreach (var description in entry.Descriptions)
                Add(description, i, PatternKind.Description);
        }

        foreach (var block in Lexicon.Blockers)
            Add(block, -1, PatternKind.Block);

        Patterns = [.. patterns];
        Trie = NameTrie.Build(keys);
        nameWords = [.. gazetteer.Entries.Select(e => Describe(e.Name, arabic: false).Words)];

        // A word starting with a small letter can only begin a name that does not demand a capital there
        // ("al-Hashd", "coalition"): for any other first letter the walk is skipped.
        LowerCaseStarts = new bool[65536];
        foreach (var (key, value) in keys)
        {
            var pattern = patterns[value];
            if (!pattern.Arabic && !pattern.Exact && !pattern.Capitals.Contains(0))
                LowerCaseStarts[key[0]] = true;
        }

        // Transliteration keys of person names with two or more words, for linking unknown spellings, grouped by
        // consonant skeleton so that a look-up compares a few keys.
        var byKey = new Dictionary<string, List<(string Key, int Entry)>>(StringComparer.Ordinal);
        for (var i = 0; i < gazetteer.Entries.Length; i++)
        {
            var entry = gazetteer.Entries[i];
            if (entry.Type != ActorType.Person)
                continue;
            foreach (var name in entry.Names)
            {
                if (name.Any(NameFolding.IsArabic))
                    continue;
                var key = NameKey.Latin(name);
                if (key.Split(' ').Length < 2)
                    continue;
                var skeleton = NameKey.Consonants(name);
                if (!byKey.TryGetValue(skeleton, out var list))
                    byKey[skeleton] = list = [];
                if (!list.Contains((key, i)))
                    list.Add((key, i));
            }
        }

        PersonKeys = byKey.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The one gazetteer person whose name is a transliteration of <paramref name="name"/> (two or more words, see
    /// <see cref="NameKey.SameName"/>), or -1 when none or several are.
    /// </summary>
    public int PersonNamed(string name)
    {
        var key = NameKey.Latin(name);
        if (key.IndexOf(' ', StringComparison.Ordinal) < 0 || !PersonKeys.TryGetValue(NameKey.Consonants(name), out var candidates))
            return -1;
        var found = -1;
        foreach (var (other, entry) in candidates)
        {
            if (!NameKey.SameName(key, other))
                continue;
            if (found >= 0 && found != entry)
                return -1;
            found = entry;
        }

        return found;
    }

    public Gazetteer Gazetteer { get; }

    public NameLexicon Lexicon { get; }

    public NameTrie Trie { get; }

    public NamePattern[] Patterns { get; }

    /// <summary>The number of words (without articles) of an entry's canonical name.</summary>
    public int WordsOfName(int entry) => nameWords[entry];

    private readonly int[] nameWords;

    /// <summary>Folded first letters of names that may start with a small letter in the text.</summary>
    public bool[] LowerCaseStarts { get; }

    /// <summary>Consonant skeleton → the transliteration keys of person names with it and their entries.</summary>
    public FrozenDictionary<string, (string Key, int Entry)[]> PersonKeys { get; }

    /// <summary>
    /// The folded form of a name as the matcher walks it, with the folded positions whose letter must be a capital
    /// (a capital at the start of a word, except in an article such as Al-), whether the name is an acronym (no
    /// lower-case letter, two or more capitals), and its number of words without articles.
    /// </summary>
    internal static (string Folded, int[] Capitals, bool Exact, int Words) Describe(string name, bool arabic)
    {
        var folded = new StringBuilder(name.Length);
        var capitals = new List<int>();
        var upper = 0;
        var lower = 0;
        var wordStart = true;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var f = NameFolding.Fold(c);
            if (f == NameFolding.Skip)
                continue;
            if (f == NameFolding.Break)
                f = ' ';
            if (f == ' ')
            {
                if (folded.Length > 0 && folded[^1] != ' ')
                    folded.Append(' ');
                wordStart = true;
                continue;
            }

            if (char.IsUpper(c))
            {
                upper++;
                if (wordStart && !arabic && !IsArticleAt(name, i))
                    capitals.Add(folded.Length);
            }
            else if (char.IsLower(c))
            {
                lower++;
            }

            folded.Append(f);
            wordStart = false;
        }

        while (folded.Length > 0 && folded[^1] == ' ')
            folded.Length--;
        var text = folded.ToString();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => !IsArticleWord(w));
        var exact = !arabic && lower == 0 && upper >= 2;
        return (text, [.. capitals], exact, words);
    }

    /// <summary>True when <paramref name="name"/> has an article (al-, el-, as-…) starting at <paramref name="i"/>.</summary>
    private static bool IsArticleAt(string name, int i)
    {
        var rest = name.AsSpan(i);
        foreach (var article in ArticleForms)
        {
            if (rest.Length > article.Length && rest.StartsWith(article, StringComparison.OrdinalIgnoreCase)
                && NameFolding.ClassOf(rest[article.Length]) is NameCharClass.Dash or NameCharClass.Space)
                return true;
        }

        return false;
    }

    private static readonly string[] ArticleForms = ["al", "el", "as", "ad", "an", "ar", "at", "az", "ash", "adh", "ath"];

    internal static bool IsArticleWord(string folded) => Array.IndexOf(ArticleForms, folded) >= 0;

    private static string StripLeadingThe(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && text.Length > 4 ? text[4..] : text;

    /// <summary>
    /// Spelling variants of a Latin-script name: the article as al-, el- and assimilated before a sun letter
    /// (as-Sadr, ad-Dawa); Abd al-X as Abdul X, Abdel X and Abd el-X; common given-name spellings
    /// (Mohammed/Muhammad/Mohamed…). At most <see cref="MaxVariantsPerName"/> forms, the name itself first.
    /// </summary>
    internal static IReadOnlyList<string> LatinVariants(string name)
    {
        var forms = new List<string> { name };
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };

        void Expand(Func<string, IEnumerable<string>> rule)
        {
            var count = forms.Count;
            for (var i = 0; i < count && forms.Count < MaxVariantsPerName; i++)
            {
                foreach (var variant in rule(forms[i]))
                {
                    if (forms.Count >= MaxVariantsPerName)
                        break;
                    if (seen.Add(variant))
                        forms.Add(variant);
                }
            }
        }

        Expand(AbdVariants);
        Expand(ArticleVariants);
        Expand(GivenNameSpellings);
        return forms;
    }

    private static IEnumerable<string> AbdVariants(string name)
    {
        var match = AbdPattern().Match(name);
        if (!match.Success)
            yield break;
        var rest = match.Groups["rest"].Value;
        var a = match.Groups["a"].Value; // "A" or "a"
        foreach (var form in new[] { "bd al-", "bdul ", "bdel ", "bd el-", "bdul-" })
            yield return name[..match.Index] + a + form + rest + name[(match.Index + match.Length)..];
    }

    private static IEnumerable<string> ArticleVariants(string name)
    {
        var matches = ArticlePattern().Matches(name);
        if (matches.Count == 0 || matches.Count > 3)
            yield break;
        foreach (Match match in matches)
        {
            var rest = match.Groups["rest"].Value;
            var capital = char.IsUpper(match.Value[0]);
            var prefixes = new List<string> { "al-", "el-" };
            var sun = SunPrefix(rest);
            if (sun is not null)
                prefixes.Add(sun);
            foreach (var prefix in prefixes)
            {
                var article = capital ? char.ToUpperInvariant(prefix[0]) + prefix[1..] : prefix;
                yield return string.Concat(name.AsSpan(0, match.Index), article, rest, name.AsSpan(match.Index + match.Length));
            }
        }
    }

    /// <summary>The assimilated article before a word starting with a sun letter ("as-" before Sadr), or null.</summary>
    private static string? SunPrefix(string word)
    {
        if (word.Length < 2)
            return null;
        var lower = word.ToLowerInvariant();
        foreach (var digraph in new[] { "sh", "th", "dh" })
        {
            if (lower.StartsWith(digraph, StringComparison.Ordinal))
                return "a" + digraph + "-";
        }

        return lower[0] is 't' or 'd' or 'r' or 'z' or 's' or 'n' ? "a" + lower[0] + "-" : null;
    }

    private static IEnumerable<string> GivenNameSpellings(string name)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (!VariantsByName.TryGetValue(words[i], out var group))
                continue;
            foreach (var variant in group)
            {
                if (string.Equals(variant, words[i], StringComparison.Ordinal))
                    continue;
                var copy = (string[])words.Clone();
                copy[i] = variant;
                yield return string.Join(' ', copy);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<a>[Aa])(?:bd[ -](?:al|el)-|bdul[ -]|bdel[ -]|bd-al-)(?<rest>\p{Lu}[\p{L}'’]*)")]
    private static partial Regex AbdPattern();

    [GeneratedRegex(@"(?<![\p{L}'’])(?:[Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]n|[Aa]r|[Aa]t|[Aa]z|[Aa]sh|[Aa]dh|[Aa]th)-(?<rest>\p{Lu}[\p{L}'’]*)")]
    private static partial Regex ArticlePattern();
}
