using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Daftar.Domain;
using Daftar.Storage;

namespace Daftar.Analysis.Positions;

/// <summary>A narrower question under an issue ("full withdrawal" under "foreign troop presence").</summary>
/// <param name="Id">The issue's id, a slash and the aspect's slug: "foreign-troop-presence/full-withdrawal".</param>
public sealed record IssueAspect(string IssueId, string Id, string Label, string LabelArabic);

/// <summary>
/// The aspects of issues and how a statement on an issue answers them (<c>Analysis/Positions/aspects.tsv</c>): a
/// statement opposing the foreign troop presence supports its full withdrawal; one that keeps the presence under
/// regulation supports a regulated presence and opposes a full withdrawal. Derived statements keep the original's id
/// and citation, so each opens the words it rests on.
/// </summary>
public sealed class IssueAspects
{
    private readonly ImmutableArray<Rule> rules;

    private IssueAspects(ImmutableArray<Rule> rules) => this.rules = rules;

    /// <summary>The catalogue shipped with Daftar.</summary>
    public static IssueAspects Default { get; } = Parse(ReadResource());

    /// <summary>No aspects: the matrix of issues only.</summary>
    public static IssueAspects None { get; } = new([]);

    /// <summary>Every aspect, in catalogue order.</summary>
    public ImmutableArray<IssueAspect> Aspects => [.. rules.Select(r => r.Aspect).Distinct()];

    /// <summary>The statement's stances on the aspects of its issue: a copy of it per aspect it answers.</summary>
    public IEnumerable<DatedPosition> Derive(DatedPosition statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var position = statement.Position;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule.Aspect.IssueId != position.IssueId || rule.IssueStance != position.Stance)
                continue;
            if (rule.Words is { } words && !words.IsMatch(position.Statement))
                continue;
            if (seen.Add(rule.Aspect.Id))
                yield return statement with { Position = position with { IssueId = rule.Aspect.Id, Stance = rule.AspectStance } };
        }
    }

    /// <summary>Reads a catalogue in the <c>aspects.tsv</c> format.</summary>
    /// <exception cref="InvalidDataException">A line does not fit the format.</exception>
    public static IssueAspects Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = ImmutableArray.CreateBuilder<Rule>();
        var aspects = new Dictionary<string, IssueAspect>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            var fields = trimmed.Split('\t');
            if (fields.Length is < 5 or > 6
                || !Codes.TryParse<Stance>(fields[3], out var issueStance)
                || !Codes.TryParse<Stance>(fields[4], out var aspectStance))
            {
                throw new InvalidDataException($"aspects line {number}: expected issue, aspect, Arabic aspect, stance on the issue, stance on the aspect, [words]");
            }

            var id = fields[0] + "/" + Slug.From(fields[1]);
            if (!aspects.TryGetValue(id, out var aspect))
                aspects[id] = aspect = new IssueAspect(fields[0], id, fields[1], fields[2]);
            var words = fields.Length == 6 && fields[5].Length > 0 ? WordsPattern(fields[5].Split('|')) : null;
            rules.Add(new Rule(aspect, issueStance, aspectStance, words));
        }

        return new IssueAspects(rules.ToImmutable());
    }

    // Whole words, in either script, any case.
    private static Regex WordsPattern(IEnumerable<string> words) =>
        new(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', words.Select(w => Regex.Escape(w.Trim()))) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string ReadResource()
    {
        using var stream = typeof(IssueAspects).Assembly.GetManifestResourceStream("Daftar.Analysis.Positions.aspects.tsv")
            ?? throw new InvalidOperationException("aspects.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Rule(IssueAspect Aspect, Stance IssueStance, Stance AspectStance, Regex? Words);
}
