using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Daftar.Domain;

namespace Daftar.Extraction.Actors;

/// <summary>One known actor: its names in both scripts and the words that stand for it.</summary>
/// <param name="Id">Stable slug, unique in the gazetteer ("moqtada-al-sadr").</param>
/// <param name="Name">Canonical English name, without titles.</param>
public sealed record GazetteerEntry(string Id, ActorType Type, string Name)
{
    /// <summary>Other names, Latin and Arabic script: transliteration variants, short names, acronyms.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Words for a member or adherent, which name the group ("Sadrist", "Sadrists").</summary>
    public ImmutableArray<string> Members { get; init; } = [];

    /// <summary>Adjectives and demonyms ("Iranian"), which name the actor as an attribute.</summary>
    public ImmutableArray<string> Adjectives { get; init; } = [];

    /// <summary>Capital cities that stand for a state when used as an actor ("Tehran’s proxies").</summary>
    public ImmutableArray<string> Capitals { get; init; } = [];

    /// <summary>Lower-case descriptions that name the actor after "the" in a document about it ("coalition").</summary>
    public ImmutableArray<string> Descriptions { get; init; } = [];

    /// <summary>The canonical name followed by every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>A relation the gazetteer knows; the relation layer uses it only where a text links the two actors.</summary>
public sealed record KnownRelation(string Subject, RelationKind Predicate, string Object);

/// <summary>
/// The actors Daftar knows before reading a document, with every name they go by. <see cref="Default"/> is the
/// gazetteer shipped with Daftar (the data file <c>Extraction/Actors/gazetteer.tsv</c>); analysts' corrections
/// extend it through <see cref="With"/>. Immutable and safe to share between threads; the matcher built from it is
/// compiled once, on first use.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, int> byId;
    private readonly Lazy<CompiledGazetteer> compiled;

    /// <summary>A gazetteer of these entries and known relations.</summary>
    /// <exception cref="ArgumentException">Two entries share an id, an id is not a slug, or a name is empty.</exception>
    public Gazetteer(IEnumerable<GazetteerEntry> entries, IEnumerable<KnownRelation>? relations = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        Relations = relations is null ? [] : [.. relations.Distinct()];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Entries.Length; i++)
        {
            var entry = Entries[i];
            if (!IsSlug(entry.Id))
                throw new ArgumentException($"'{entry.Id}' is not an actor id (lower-case letters, digits and single hyphens)", nameof(entries));
            if (string.IsNullOrWhiteSpace(entry.Name))
                throw new ArgumentException($"actor '{entry.Id}' has no name", nameof(entries));
            if (!ids.TryAdd(entry.Id, i))
                throw new ArgumentException($"two actors have the id '{entry.Id}'", nameof(entries));
        }

        byId = ids.ToFrozenDictionary(StringComparer.Ordinal);
        compiled = new Lazy<CompiledGazetteer>(() => new CompiledGazetteer(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The gazetteer shipped with Daftar.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>The gazetteer without any actor (only recognition of unknown names works with it).</summary>
    public static Gazetteer Empty { get; } = new([]);

    public ImmutableArray<GazetteerEntry> Entries { get; }

    public ImmutableArray<KnownRelation> Relations { get; }

    /// <summary>The matcher compiled from the entries (built on first use).</summary>
    internal CompiledGazetteer Compiled => compiled.Value;

    /// <summary>The entry with this id, or null.</summary>
    public GazetteerEntry? Find(string id) => byId.TryGetValue(id, out var i) ? Entries[i] : null;

    internal int IndexOf(string id) => byId.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The known relations between two actors, in either direction.</summary>
    public IEnumerable<KnownRelation> RelationsBetween(string first, string second) =>
        Relations.Where(r =>
            (string.Equals(r.Subject, first, StringComparison.Ordinal) && string.Equals(r.Object, second, StringComparison.Ordinal))
            || (string.Equals(r.Subject, second, StringComparison.Ordinal) && string.Equals(r.Object, first, StringComparison.Ordinal)));

    /// <summary>
    /// This gazetteer corrected: an entry whose id is already known replaces the old one, a new id is added; known
    /// relations are added. The result is a new gazetteer (this one is unchanged).
    /// </summary>
    public Gazetteer With(IEnumerable<GazetteerEntry> corrections, IEnumerable<KnownRelation>? relations = null)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        var merged = Entries.ToList();
        var index = byId.ToDictionary(StringComparer.Ordinal);
        foreach (var entry in corrections)
        {
            if (index.TryGetValue(entry.Id, out var at))
            {
                merged[at] = entry;
            }
            else
            {
                index[entry.Id] = merged.Count;
                merged.Add(entry);
            }
        }

        return new Gazetteer(merged, relations is null ? Relations : Relations.Concat(relations));
    }

    /// <summary>
    /// Reads the gazetteer file format (see the header of <c>gazetteer.tsv</c>): one actor per line,
    /// <c>id TAB type TAB name</c> then tagged columns <c>aka: a | b</c>, <c>ar:</c>, <c>member:</c>, <c>adj:</c>,
    /// <c>capital:</c>, <c>desc:</c> and known relations (<c>leads: other-id</c>). Blank lines and lines starting
    /// with # are ignored.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed; the message names the line.</exception>
    public static Gazetteer Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<GazetteerEntry>();
        var relations = new List<KnownRelation>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                entries.Add(ParseLine(line, relations));
            }
            catch (FormatException e)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"gazetteer line {lineNumber}: {e.Message}"), e);
            }
        }

        var known = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (!known.Contains(relation.Object))
                throw new FormatException($"gazetteer: actor '{relation.Subject}' names an unknown actor '{relation.Object}'");
        }

        try
        {
            return new Gazetteer(entries, relations);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("gazetteer: " + e.Message, e);
        }
    }

    private static GazetteerEntry ParseLine(string line, List<KnownRelation> relations)
    {
        var columns = line.Split('\t');
        if (columns.Length < 3)
            throw new FormatException("expected id, type and name separated by tabs");
        var id = columns[0].Trim();
        var type = columns[1].Trim() switch
        {
            "person" => ActorType.Person,
            "organization" => ActorType.Organization,
            "state" => ActorType.State,
            "other" => ActorType.Other,
            var other => throw new FormatException($"'{other}' is not a type (person, organization, state, other)"),
        };
        var name = columns[2].Trim();
        var aliases = new List<string>();
        var members = new List<string>();
        var adjectives = new List<string>();
        var capitals = new List<string>();
        var descriptions = new List<string>();
        foreach (var column in columns.AsSpan(3))
        {
            if (string.IsNullOrWhiteSpace(column))
                continue;
            var colon = column.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new FormatException($"column '{column}' has no tag (aka:, ar:, member:, adj:, capital:, desc: or a relation)");
            var tag = column[..colon].Trim();
            var values = column[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            switch (tag)
            {
                case "aka" or "ar":
                    aliases.AddRange(values);
                    break;
                case "member" or "ar-member":
                    members.AddRange(values);
                    break;
                case "adj" or "ar-adj":
                    adjectives.AddRange(values);
                    break;
                case "capital":
                    capitals.AddRange(values);
                    break;
                case "desc":
                    descriptions.AddRange(values);
                    break;
                default:
                    if (!TryParseRelation(tag, out var kind))
                        throw new FormatException($"'{tag}' is not a tag");
                    foreach (var target in values)
                        relations.Add(new KnownRelation(id, kind, target));
                    break;
            }
        }

        return new GazetteerEntry(id, type, name)
        {
            Aliases = [.. aliases.Distinct(StringComparer.Ordinal)],
            Members = [.. members.Distinct(StringComparer.Ordinal)],
            Adjectives = [.. adjectives.Distinct(StringComparer.Ordinal)],
            Capitals = [.. capitals.Distinct(StringComparer.Ordinal)],
            Descriptions = [.. descriptions.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>Parses a relation word of the annotation contract ("armed_wing_of").</summary>
    internal static bool TryParseRelation(string word, out RelationKind kind)
    {
        foreach (var value in Enum.GetValues<RelationKind>())
        {
            if (string.Equals(JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()), word, StringComparison.Ordinal))
            {
                kind = value;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Whether an id can name a gazetteer entry: lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static bool IsSlug(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
            return false;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '-' ? id[i - 1] == '-' : !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
                return false;
        }

        return true;
    }

    private static Gazetteer LoadDefault()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Daftar.Extraction.Actors.gazetteer.tsv")
            ?? throw new InvalidOperationException("the gazetteer data file is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
