using System.Collections.Frozen;
using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Quotes;

namespace Daftar.Extraction.Positions;

/// <summary>
/// The issues Daftar knows as entries of their own: each with its label in English and Arabic, a description
/// (issue-catalogue.tsv), and the keywords in both languages that tie statements to it (issues.tsv).
/// </summary>
public sealed class IssueCatalogue
{
    private readonly FrozenDictionary<string, Issue> byId;

    private IssueCatalogue(IEnumerable<Issue> issues) =>
        byId = issues.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>The catalogue built into Daftar.</summary>
    public static IssueCatalogue Default => Built.Value;

    private static readonly Lazy<IssueCatalogue> Built = new(Load);

    /// <summary>Every issue, by label.</summary>
    public IEnumerable<Issue> All => byId.Values.OrderBy(i => i.Label, StringComparer.OrdinalIgnoreCase);

    /// <summary>The issue with this label or id (its slug), or null for an issue the catalogue does not hold.</summary>
    public Issue? Find(string labelOrId)
    {
        ArgumentNullException.ThrowIfNull(labelOrId);
        return byId.GetValueOrDefault(Slug.From(labelOrId));
    }

    /// <summary>An issue for a label: the catalogue's, or one made of the label alone (an actor's own words).</summary>
    public Issue For(string label) => Find(label) ?? new Issue(Slug.From(label), label, null, null, []);

    private static IssueCatalogue Load()
    {
        var keywords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in DataTable.Rows("Daftar.Extraction.Positions.issues.tsv"))
        {
            if (row.Length < 4)
                continue;
            var id = Slug.From(row[1]);
            if (!keywords.TryGetValue(id, out var list))
                keywords[id] = list = [];
            list.AddRange(row[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        var issues = new List<Issue>();
        foreach (var row in DataTable.Rows("Daftar.Extraction.Positions.issue-catalogue.tsv"))
        {
            if (row.Length < 3)
                throw new InvalidOperationException($"issue-catalogue.tsv: '{string.Join(' ', row)}' needs a label, an Arabic label and a description");
            var id = Slug.From(row[0]);
            issues.Add(new Issue(id, row[0], row[1], row[2], [.. (keywords.GetValueOrDefault(id) ?? []).Distinct(StringComparer.Ordinal)]));
        }

        return new IssueCatalogue(issues);
    }

    /// <summary>The ids of the issues issues.tsv gives keywords for (each must be in the catalogue).</summary>
    internal static ImmutableArray<string> KeywordIssueIds() =>
        [.. DataTable.Rows("Daftar.Extraction.Positions.issues.tsv").Where(r => r.Length >= 4).Select(r => Slug.From(r[1])).Distinct(StringComparer.Ordinal)];
}
