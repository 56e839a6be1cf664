using System.Collections.Frozen;
using Daftar.Extraction.Dates;

namespace Daftar.Extraction.Events;

/// <summary>The closed-class roles of a word for the event rules.</summary>
[Flags]
internal enum EventRole : uint
{
    None = 0,
    Determiner = 1 << 0,
    Demonstrative = 1 << 1,
    PassiveAuxiliary = 1 << 2,
    Auxiliary = 1 << 3,
    Modal = 1 << 4,
    Future = 1 << 5,
    Negation = 1 << 6,
    Infinitive = 1 << 7,
    Agent = 1 << 8,
    Function = 1 << 9,
    Coordinator = 1 << 10,
    Fronting = 1 << 11,
    DatePreposition = 1 << 12,
    PossessiveClitic = 1 << 13,
    Pronoun = 1 << 14,
    Possessive = 1 << 15,
    Complementizer = 1 << 16,
    Particle = 1 << 17,
    Definite = 1 << 18,
    RoleNoun = 1 << 19,
    PresentAuxiliary = 1 << 20,
    Adverb = 1 << 21,
    Subjunctive = 1 << 22,
    Relative = 1 << 23,
    Quantifier = 1 << 24,
    Attribution = 1 << 25,
    Since = 1 << 26,
    Follower = 1 << 27,
    Preposition = 1 << 28,
}

/// <summary>Everything the event lexicon knows about one word (not a trigger).</summary>
internal readonly record struct EventWord(EventRole Roles, PronounKind Pronoun)
{
    public bool Is(EventRole role) => (Roles & role) != 0;
}

/// <summary>A word of the event lexicon: its closed-class roles and the triggers that start with it.</summary>
internal sealed record EventEntry(EventWord Word, TriggerCandidate[] Triggers);

/// <summary>One surface form of a trigger row: the tokens to match, starting with the word it is keyed by.</summary>
internal sealed record TriggerCandidate(EventTrigger Row, TriggerForm Form, string[] Tokens, string[] Requires, string[] Excludes)
{
    public bool IsNoun => Row.Kind == TriggerKind.Noun;
}

/// <summary>
/// The triggers and function words of every language, merged into frozen case-insensitive look-ups keyed by a span
/// of the text. Built once from <see cref="EventTables"/>.
/// </summary>
internal sealed class EventLexicon
{
    private readonly FrozenDictionary<string, EventEntry>.AlternateLookup<ReadOnlySpan<char>> entries;

    private EventLexicon(FrozenDictionary<string, EventEntry> entries, string[] adverbSuffixes, string[] pastSuffixes, string[][] adverbialPhrases)
    {
        this.entries = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        AdverbSuffixes = adverbSuffixes;
        PastSuffixes = pastSuffixes;
        AdverbialPhrases = adverbialPhrases;
    }

    public static EventLexicon Default { get; } = Build(EnglishEventTables.Instance, ArabicEventTables.Instance);

    public string[] AdverbSuffixes { get; }

    /// <summary>Regular past endings, every language.</summary>
    public string[] PastSuffixes { get; }

    /// <summary>Adverbial phrases of several words, every language, as lexicon keys (Arabic folded).</summary>
    public string[][] AdverbialPhrases { get; }

    /// <summary>What the lexicon knows of a word (its roles and the triggers it starts), or null: one look-up per word.</summary>
    public EventEntry? Find(ReadOnlySpan<char> word)
    {
        if (word.Length > ArabicWords.MaxLength)
            return null;
        if (!ArabicWords.IsArabic(word))
            return entries.TryGetValue(word, out var found) ? found : null;

        // Arabic words are keyed folded (hamza forms, ى/ي, ة/ه, harakat).
        Span<char> buffer = stackalloc char[ArabicWords.MaxLength];
        var n = ArabicWords.Fold(word, buffer);
        return n > 0 && entries.TryGetValue(buffer[..n], out var folded) ? folded : null;
    }

    public static EventLexicon Build(params EventTables[] languages)
    {
        var byKey = new Dictionary<string, List<TriggerCandidate>>(StringComparer.OrdinalIgnoreCase);
        var roles = new Dictionary<string, (EventRole Roles, PronounKind Kind)>(StringComparer.OrdinalIgnoreCase);
        var adverbs = new List<string>();
        var pasts = new List<string>();
        var phrases = new List<string[]>();

        void Role(IEnumerable<string> list, EventRole role)
        {
            foreach (var word in list)
            {
                var w = ArabicWords.FoldToString(word);
                roles.TryGetValue(w, out var r);
                roles[w] = (r.Roles | role, r.Kind);
            }
        }

        foreach (var t in languages)
        {
            foreach (var row in t.Triggers)
            {
                var requires = Split(row.Requires is null ? null : ArabicWords.FoldToString(row.Requires));
                var excludes = Split(row.Excludes);
                foreach (var (surface, form) in Forms(t, row))
                {
                    if (row.OnlyForms is { } only && !only.Contains(form))
                        continue;
                    var tokens = TokensOf(ArabicWords.FoldToString(surface));
                    if (tokens.Length == 0)
                        continue;
                    if (!byKey.TryGetValue(tokens[0], out var list))
                        byKey[tokens[0]] = list = [];
                    list.Add(new TriggerCandidate(row, form, tokens, requires, excludes));
                }
            }

            Role(t.Determiners, EventRole.Determiner);
            Role(t.Demonstratives, EventRole.Demonstrative);
            Role(t.PassiveAuxiliaries, EventRole.PassiveAuxiliary);
            Role(t.Auxiliaries, EventRole.Auxiliary);
            Role(t.Modals, EventRole.Modal);
            Role(t.FutureAuxiliaries, EventRole.Future);
            Role(t.Negations, EventRole.Negation);
            Role(t.InfinitiveMarkers, EventRole.Infinitive);
            Role(t.Subjunctives, EventRole.Subjunctive);
            Role(t.AgentPrepositions, EventRole.Agent);
            Role(t.FunctionWords, EventRole.Function);
            Role(t.Coordinators, EventRole.Coordinator);
            Role(t.Complementizers, EventRole.Complementizer);
            Role(t.Particles, EventRole.Particle);
            Role(t.PresentAuxiliaries, EventRole.PresentAuxiliary);
            Role(t.Adverbs, EventRole.Adverb);
            Role(t.DefiniteArticles, EventRole.Definite);
            Role(t.Relatives, EventRole.Relative);
            Role(t.Quantifiers, EventRole.Quantifier);
            Role(t.Attributions, EventRole.Attribution);
            Role(t.SincePrepositions, EventRole.Since);
            Role(t.Followers, EventRole.Follower);
            Role(t.Prepositions, EventRole.Preposition);
            phrases.AddRange(t.AdverbialPhrases.Select(p => TokensOf(ArabicWords.FoldToString(p))).Where(p => p.Length > 0));
            foreach (var (word, kind) in t.RoleNouns)
            {
                var w = ArabicWords.FoldToString(word);
                roles.TryGetValue(w, out var r);
                roles[w] = (r.Roles | EventRole.RoleNoun, r.Kind == PronounKind.None ? kind : r.Kind);
            }

            Role(t.FrontingPrepositions, EventRole.Fronting);
            Role(t.DatePrepositions, EventRole.DatePreposition);
            Role(t.PossessiveClitics, EventRole.PossessiveClitic);
            foreach (var (word, kind) in t.Pronouns)
            {
                var w = ArabicWords.FoldToString(word);
                roles.TryGetValue(w, out var r);
                roles[w] = (r.Roles | EventRole.Pronoun, kind);
            }

            foreach (var (word, kind) in t.Possessives)
            {
                var w = ArabicWords.FoldToString(word);
                roles.TryGetValue(w, out var r);
                roles[w] = (r.Roles | EventRole.Possessive, kind);
            }

            adverbs.AddRange(t.AdverbSuffixes);
            pasts.AddRange(t.PastSuffixes);
        }

        var merged = new Dictionary<string, EventEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in byKey.Keys.Concat(roles.Keys).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            roles.TryGetValue(key, out var r);
            var triggers = byKey.TryGetValue(key, out var list) ? list.OrderByDescending(c => c.Tokens.Length).ToArray() : [];
            merged[key] = new EventEntry(new EventWord(r.Roles, r.Kind), triggers);
        }

        return new EventLexicon(merged.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. adverbs], [.. pasts], [.. phrases]);
    }

    private static IEnumerable<(string Surface, TriggerForm Form)> Forms(EventTables t, EventTrigger row)
    {
        var words = row.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (row.Kind == TriggerKind.Noun)
        {
            var prefix = string.Join(' ', words[..^1]);

            // A multi-word plural written out in full ("calls for") stands for itself.
            if (words.Length > 1 && row.Plural is { } whole && whole.Contains(' ', StringComparison.Ordinal))
            {
                yield return (row.Pattern, TriggerForm.Noun);
                yield return (whole, TriggerForm.Noun);
                yield break;
            }

            IEnumerable<string> lasts = t.NounForms is { } nouns ? nouns(row) : [words[^1]];
            foreach (var last in lasts.Distinct(StringComparer.Ordinal))
                yield return (prefix.Length == 0 ? last : prefix + " " + last, TriggerForm.Noun);
            yield break;
        }

        var rest = string.Join(' ', words[1..]);
        IEnumerable<(string, TriggerForm)> heads = t.VerbForms is { } verbs ? verbs(row) : [(words[0], TriggerForm.Base)];
        foreach (var (head, form) in heads)
            yield return (rest.Length == 0 ? head : head + " " + rest, form);
    }

    /// <summary>The tokens of a surface form as <see cref="TokenList"/> cuts them ("sit-in" → sit, -, in).</summary>
    private static string[] TokensOf(string surface)
    {
        using var tokens = TokenList.Create(surface);
        var result = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            result[i] = tokens.Chars(i).ToString();
        return result;
    }

    private static string[] Split(string? list) =>
        list is null ? [] : list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
