using System.Collections.Frozen;
using Daftar.Extraction.Quotes;

namespace Daftar.Extraction.Positions;

/// <summary>The class of a stance word (stance-words.tsv).</summary>
internal enum StanceClass : byte
{
    Support,
    Oppose,
    Regulate,
    Want,
    Reject,
    EndNoun,
    Negation,
    Condition,
    Objective,

    /// <summary>An obligation ("يجب أن"): the statement supports what must be.</summary>
    Must,

    /// <summary>A noun that puts the issue after it up for comment ("الحديث عن").</summary>
    Topic,
}

/// <summary>An issue keyword's label and whether it names the issue (+1) or what the issue is against (-1).</summary>
internal readonly record struct IssueKeyword(string Label, int Polarity);

/// <summary>The stance words and issue keywords of one language, from stance-words.tsv and issues.tsv.</summary>
internal sealed class PositionLexicon
{
    private PositionLexicon(PhraseTable<StanceClass> stance, PhraseTable<IssueKeyword> issues)
    {
        Stance = stance;
        Issues = issues;
    }

    public PhraseTable<StanceClass> Stance { get; }

    public PhraseTable<IssueKeyword> Issues { get; }

    private static readonly Lazy<FrozenDictionary<string, PositionLexicon>> All = new(Load);

    /// <summary>The lexicon for a language code; English for any other.</summary>
    public static PositionLexicon For(string language) =>
        All.Value.TryGetValue(language, out var lexicon) ? lexicon : All.Value["en"];

    private static FrozenDictionary<string, PositionLexicon> Load()
    {
        var stance = new Dictionary<string, List<(string, StanceClass)>>(StringComparer.Ordinal);
        foreach (var row in DataTable.Rows("Daftar.Extraction.Positions.stance-words.tsv"))
        {
            if (row.Length < 3)
                continue;
            var cls = row[1] switch
            {
                "support" => StanceClass.Support,
                "oppose" => StanceClass.Oppose,
                "regulate" => StanceClass.Regulate,
                "want" => StanceClass.Want,
                "reject" => StanceClass.Reject,
                "end-noun" => StanceClass.EndNoun,
                "negation" => StanceClass.Negation,
                "condition" => StanceClass.Condition,
                "objective" => StanceClass.Objective,
                "must" => StanceClass.Must,
                "topic" => StanceClass.Topic,
                _ => throw new InvalidOperationException($"stance-words.tsv: unknown class '{row[1]}'"),
            };
            var forms = row.Length > 3 && row[3].Length > 0 ? row[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null;
            IEnumerable<string> all;
            if (row[0] == "en" && cls is StanceClass.Support or StanceClass.Oppose or StanceClass.Regulate or StanceClass.Want or StanceClass.Reject)
                all = forms ?? LanguageLexicon.EnglishForms(row[2]);
            else if (row[0] == "en" && cls == StanceClass.EndNoun)
                all = forms is null ? [row[2]] : [row[2], .. forms];
            else
                all = forms is null ? [row[2]] : [row[2], .. forms];
            if (!stance.TryGetValue(row[0], out var list))
                stance[row[0]] = list = [];
            foreach (var form in all.Distinct(StringComparer.Ordinal))
                list.Add((form, cls));
        }

        var issues = new Dictionary<string, List<(string, IssueKeyword)>>(StringComparer.Ordinal);
        foreach (var row in DataTable.Rows("Daftar.Extraction.Positions.issues.tsv"))
        {
            if (row.Length < 4)
                continue;
            var keyword = new IssueKeyword(row[1], row[2] == "-" ? -1 : 1);
            if (!issues.TryGetValue(row[0], out var list))
                issues[row[0]] = list = [];
            foreach (var phrase in row[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                list.Add((phrase, keyword));
        }

        return stance.Keys.Union(issues.Keys).ToFrozenDictionary(
            language => language,
            language => new PositionLexicon(
                new PhraseTable<StanceClass>(stance.GetValueOrDefault(language) ?? []),
                new PhraseTable<IssueKeyword>(issues.GetValueOrDefault(language) ?? [])),
            StringComparer.Ordinal);
    }
}
