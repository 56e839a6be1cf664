using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Daftar.Domain;

namespace Daftar.Extraction.Actors;

/// <summary>The state of recognising the actors of one document (see <see cref="ActorRecognizer"/> for the rules).</summary>
internal sealed partial class ActorDocument
{
    // Mention priorities, for equal spans: a document's own acronym definition beats the gazetteer, which beats
    // recognition of unknown names, which beats descriptions.
    private const byte PriorityDescription = 0;
    private const byte PriorityUnknown = 1;
    private const byte PriorityGazetteer = 2;
    private const byte PriorityAcronym = 3;

    private readonly string text;
    private readonly ImmutableArray<TextSpan> sentences;
    private readonly CompiledGazetteer compiled;
    private readonly NameLexicon lexicon;
    private readonly List<DocActor> actors = [];
    private readonly Dictionary<string, int> actorByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> actorByEntry = [];
    private readonly List<Candidate> candidates;
    private readonly List<Cover> covers;
    private readonly List<PartialCandidate> partials = [];
    private readonly List<DescriptionCandidate> descriptions = [];
    private readonly List<UnnamedRun> unnamedRuns = [];
    private Dictionary<string, bool>? lowerCaseSeen;

    public ActorDocument(string text, ImmutableArray<TextSpan> sentences, CompiledGazetteer compiled)
    {
        this.text = text;
        this.sentences = sentences;
        this.compiled = compiled;
        lexicon = compiled.Lexicon;
        candidates = new List<Candidate>(text.Length / 40 + 16);
        covers = new List<Cover>(text.Length / 40 + 16);
    }

    public ActorLayerResult Run()
    {
        ScanGazetteer();
        if (!IsSortedByStart(covers))
            covers.Sort((a, b) => a.Start.CompareTo(b.Start));
        ScanUnknownNames();
        ScanArabicNames();
        DefineAcronyms();
        ResolvePartials();
        ResolveDescriptions();
        return Assemble();
    }

    private static bool IsSortedByStart(List<Cover> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i - 1].Start > list[i].Start)
                return false;
        }

        return true;
    }

    /// <summary>A mention before overlaps are removed.</summary>
    private record struct Candidate(int Start, int End, int Actor, MentionKind Kind, byte Priority, bool Full);

    /// <summary>Text a gazetteer match covers: names break runs of capitalised words, blocks do not.</summary>
    private enum CoverKind : byte
    {
        Name,
        Adjective,
        Transparent,
    }

    private readonly record struct Cover(int Start, int End, CoverKind Kind);

    /// <summary>A one-word name to resolve against the document's actors (Moqtada, al-Sadr, Tamimi).</summary>
    /// <param name="Fallbacks">Gazetteer entries that hold the word as an alias, used when the document has no better actor.</param>
    /// <param name="Initial">The word starts a sentence: it names an actor only if the document never writes it in
    /// lower case (checked when it would name one, which is rare).</param>
    private readonly record struct PartialCandidate(int Start, int End, string Key, int[] Fallbacks, bool Initial = false);

    private readonly record struct DescriptionCandidate(int Start, int End, int[] Entries, int Words);

    /// <summary>Capitalised words that named no actor, kept for acronym definitions ("Iraqi National Alliance (INA)").</summary>
    private readonly record struct UnnamedRun(int Start, int End, string[] Words);

    private sealed class DocActor(string id, string name, ActorType type, int entry)
    {
        public string Id { get; set; } = id;

        public string Name { get; } = name;

        public ActorType Type { get; } = type;

        /// <summary>Gazetteer entry index, or -1 for an actor the gazetteer lacks.</summary>
        public int Entry { get; } = entry;

        /// <summary>Surface forms with titles ("Grand Ayatollah Sistani"), in the order first seen.</summary>
        public List<string> TitledForms { get; } = [];

        private readonly HashSet<string> titled = new(StringComparer.Ordinal);

        public void AddTitledForm(string form)
        {
            if (titled.Add(form))
                TitledForms.Add(form);
        }
    }

    /// <summary>The document actor for a gazetteer entry, created on first use.</summary>
    private int ActorForEntry(int entry)
    {
        if (actorByEntry.TryGetValue(entry, out var index))
            return index;
        var e = compiled.Gazetteer.Entries[entry];
        index = actors.Count;
        actors.Add(new DocActor(e.Id, e.Name, e.Type, entry));
        actorByEntry[entry] = index;
        return index;
    }

    /// <summary>The document actor for a name the gazetteer lacks, found by key or created.</summary>
    private int ActorForUnknown(string key, string name, ActorType type)
    {
        if (actorByKey.TryGetValue(key, out var index))
            return index;
        index = actors.Count;
        actors.Add(new DocActor(string.Empty, name, type, -1));
        actorByKey[key] = index;
        return index;
    }

    private int SentenceOf(int position)
    {
        int lo = 0, hi = sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private ActorLayerResult Assemble()
    {
        var kept = RemoveOverlaps();
        var mentionsByActor = new List<TextSpan>?[actors.Count];
        var formsByActor = new List<string>?[actors.Count];
        var mentions = ImmutableArray.CreateBuilder<ActorMention>(kept.Count);
        foreach (var c in kept)
        {
            (mentionsByActor[c.Actor] ??= []).Add(new TextSpan(c.Start, c.End));
            var forms = formsByActor[c.Actor] ??= [];
            if (!forms.Exists(f => text.AsSpan(c.Start, c.End - c.Start).SequenceEqual(f)))
                forms.Add(Surface(c.Start, c.End));
            if (c.Kind == MentionKind.Name && actors[c.Actor].Type == ActorType.Person && !NameFolding.IsArabic(text[c.Start]))
            {
                var (titleStart, _) = NameTitles.Before(text, c.Start, lexicon);
                if (titleStart >= 0)
                    actors[c.Actor].AddTitledForm(Surface(titleStart, c.End));
            }
        }

        // Ids: the gazetteer's, else a slug of the name, unique in the document and never a gazetteer id.
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            if (actor.Entry >= 0)
                usedIds.Add(actor.Id);
        }

        var result = ImmutableArray.CreateBuilder<ExtractedActor>();
        for (var a = 0; a < actors.Count; a++)
        {
            if (mentionsByActor[a] is not { } spans)
                continue;
            var actor = actors[a];
            if (actor.Entry < 0)
            {
                var slug = Slug(actor.Name);
                var id = slug;
                for (var n = 2; usedIds.Contains(id) || compiled.Gazetteer.IndexOf(id) >= 0; n++)
                    id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                actor.Id = id;
                usedIds.Add(id);
            }

            result.Add(new ExtractedActor(actor.Id, actor.Name, actor.Type, Aliases(actor, formsByActor[a]!), [.. spans]));
        }

        foreach (var c in kept)
            mentions.Add(new ActorMention(new TextSpan(c.Start, c.End), actors[c.Actor].Id, c.Kind));

        var sorted = result.OrderBy(r => r.Mentions[0].Start).ToImmutableArray();
        return new ActorLayerResult(sorted, mentions.MoveToImmutable());
    }

    /// <summary>
    /// The mentions to keep, in text order: where candidates overlap, the longest wins (then the stronger source,
    /// then the earlier); overlapping candidates are resolved cluster by cluster, so the whole is O(n log n).
    /// </summary>
    private List<Candidate> RemoveOverlaps()
    {
        // Start ascending, then end descending, then priority descending, as one 64-bit key.
        var sorted = CollectionsMarshal.AsSpan(candidates);
        var keys = new ulong[sorted.Length];
        for (var c = 0; c < sorted.Length; c++)
            keys[c] = ((ulong)(uint)sorted[c].Start << 33) | ((ulong)(uint)(int.MaxValue - sorted[c].End) << 2) | (uint)(3 - Math.Min(sorted[c].Priority, (byte)3));
        keys.AsSpan().Sort(sorted);
        var kept = new List<Candidate>(candidates.Count);
        var cluster = new List<Candidate>();
        var i = 0;
        while (i < candidates.Count)
        {
            var end = candidates[i].End;
            var j = i + 1;
            while (j < candidates.Count && candidates[j].Start < end)
            {
                end = Math.Max(end, candidates[j].End);
                j++;
            }

            if (j == i + 1)
            {
                if (candidates[i].End > candidates[i].Start)
                    kept.Add(candidates[i]);
            }
            else
            {
                cluster.Clear();
                for (var k = i; k < j; k++)
                    cluster.Add(candidates[k]);
                cluster.Sort((x, y) =>
                {
                    var byLength = (y.End - y.Start).CompareTo(x.End - x.Start);
                    return byLength != 0 ? byLength : y.Priority != x.Priority ? y.Priority.CompareTo(x.Priority) : x.Start.CompareTo(y.Start);
                });
                var first = kept.Count;
                foreach (var c in cluster)
                {
                    if (c.End <= c.Start)
                        continue;
                    var overlaps = false;
                    for (var k = first; k < kept.Count && !overlaps; k++)
                        overlaps = kept[k].Start < c.End && c.Start < kept[k].End;
                    if (!overlaps)
                        kept.Add(c);
                }

                kept.Sort(first, kept.Count - first, Comparer<Candidate>.Create((x, y) => x.Start.CompareTo(y.Start)));
            }

            i = j;
        }

        return kept;
    }

    /// <summary>Every surface form seen, titled forms, then the gazetteer's names and member words; distinct up to case and apostrophe style, without the canonical name.</summary>
    private ImmutableArray<string> Aliases(DocActor actor, List<string> forms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { AliasKey(actor.Name) };
        var aliases = ImmutableArray.CreateBuilder<string>();

        void Add(string alias)
        {
            if (alias.Length > 0 && seen.Add(AliasKey(alias)))
                aliases.Add(alias);
        }

        foreach (var form in forms)
            Add(form);
        foreach (var form in actor.TitledForms)
            Add(form);
        if (actor.Entry >= 0)
        {
            var entry = compiled.Gazetteer.Entries[actor.Entry];
            foreach (var alias in entry.Aliases)
                Add(alias);
            foreach (var member in entry.Members)
                Add(member);
        }

        return aliases.ToImmutable();
    }

    /// <summary>Aliases that differ only in case or apostrophe style are one ("Al-Sadr", "al-Sadr"); spellings are kept apart.</summary>
    private static string AliasKey(string alias)
    {
        var builder = new StringBuilder(alias.Length);
        foreach (var c in alias)
            builder.Append(NameFolding.ClassOf(c) == NameCharClass.Apostrophe ? '\'' : char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

    /// <summary>
    /// The folded form (<see cref="NameFolding.FoldName"/>) of a span of the text, from a per-document cache: a word
    /// seen a hundred times is folded once, and looking it up again allocates nothing.
    /// </summary>
    private string Folded(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var lookup = folded.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var value))
            return value;
        value = NameFolding.FoldName(span);
        folded[span.ToString()] = value;
        return value;
    }

    /// <summary>The text of a span with its white space runs made single spaces.</summary>
    private string Surface(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (!span.ContainsAny(" \n\r\t\u00A0"))
            return span.ToString();
        var builder = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                    builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>A stable slug of a name: folded Latin letters and digits joined by hyphens; Arabic letters transliterated.</summary>
    internal static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var f = NameFolding.Fold(c);
            if (f == NameFolding.Skip)
                continue;
            string? piece = null;
            if (char.IsAsciiLetterOrDigit(f))
                piece = f.ToString();
            else if (NameFolding.IsArabic(f))
                piece = ArabicSlug(f);
            if (piece is null)
            {
                if (builder.Length > 0 && builder[^1] != '-')
                    builder.Append('-');
                continue;
            }

            builder.Append(piece);
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "actor" : slug;
    }

    private static string? ArabicSlug(char c) => c switch
    {
        '\u0627' => "a", '\u0628' => "b", '\u062A' => "t", '\u062B' => "th", '\u062C' => "j", '\u062D' => "h",
        '\u062E' => "kh", '\u062F' => "d", '\u0630' => "dh", '\u0631' => "r", '\u0632' => "z", '\u0633' => "s",
        '\u0634' => "sh", '\u0635' => "s", '\u0636' => "d", '\u0637' => "t", '\u0638' => "z", '\u0639' => "a",
        '\u063A' => "gh", '\u0641' => "f", '\u0642' => "q", '\u0643' => "k", '\u0644' => "l", '\u0645' => "m",
        '\u0646' => "n", '\u0647' => "h", '\u0648' => "w", '\u064A' => "y", '\u0621' => "a",
        _ => null,
    };
}
