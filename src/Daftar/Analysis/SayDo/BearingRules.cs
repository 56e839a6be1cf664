using System.Collections.Immutable;
using System.Text;
using Daftar.Domain;
using Daftar.Storage;

namespace Daftar.Analysis.SayDo;

/// <summary>One row of bearings.tsv: what an entry of this kind, against a position on this issue with this stance, suggests.</summary>
/// <param name="Issue">An issue id, or "*".</param>
/// <param name="Stance">A stance code, or "*".</param>
/// <param name="Deed">An event type code, "same-stance", "opposite-stance", or "*".</param>
/// <param name="Why">The rule's reason, given as the suggestion's basis.</param>
public sealed record BearingRule(EvidenceKind Entry, string Issue, string Stance, string Deed, Bearing Bearing, string Why);

/// <summary>The rules that suggest a bearing (bearings.tsv, next to this file): the first that matches wins.</summary>
public sealed class BearingRules
{
    /// <summary>Said of an entry on the issue that no rule gives a bearing.</summary>
    public const string NoRule = "On the same issue, by the actor's side, after the position was stated; no rule gives it a bearing.";

    private static readonly Lazy<BearingRules> Bundled = new(() => Parse(ReadBundled()));

    private BearingRules(ImmutableArray<BearingRule> rules) => Rules = rules;

    /// <summary>The rules shipped with Daftar.</summary>
    public static BearingRules Default => Bundled.Value;

    /// <summary>The rules, in the order they are tried.</summary>
    public ImmutableArray<BearingRule> Rules { get; }

    /// <summary>Reads rules in the bearings.tsv format.</summary>
    /// <exception cref="FormatException">A row has too few cells or an unknown entry kind, stance or bearing.</exception>
    public static BearingRules Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rules = ImmutableArray.CreateBuilder<BearingRule>();
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Length < 6)
                throw new FormatException($"bearings.tsv line {number}: expected 6 cells, found {cells.Length}");
            if (!Codes.TryParse<EvidenceKind>(cells[0], out var entry))
                throw new FormatException($"bearings.tsv line {number}: unknown entry kind '{cells[0]}'");
            if (cells[2] != "*" && !Codes.TryParse<Stance>(cells[2], out _))
                throw new FormatException($"bearings.tsv line {number}: unknown stance '{cells[2]}'");
            if (!Codes.TryParse<Bearing>(cells[4], out var bearing))
                throw new FormatException($"bearings.tsv line {number}: unknown bearing '{cells[4]}'");
            if (entry == EvidenceKind.Event && cells[3] != "*" && !Codes.TryParse<EventType>(cells[3], out _))
                throw new FormatException($"bearings.tsv line {number}: unknown event type '{cells[3]}'");
            rules.Add(new BearingRule(entry, cells[1], cells[2], cells[3], bearing, cells[5]));
        }

        return new BearingRules(rules.ToImmutable());
    }

    /// <summary>The first rule matching an entry of this kind and deed against a position; null when none does.</summary>
    /// <param name="deed">The event type's code, "same-stance" or "opposite-stance", or null when the entry has none.</param>
    public BearingRule? Match(EvidenceKind entry, string issueId, Stance stance, string? deed)
    {
        var stanceCode = Codes.Name(stance);
        foreach (var rule in Rules)
        {
            if (rule.Entry == entry
                && (rule.Issue == "*" || rule.Issue == issueId)
                && (rule.Stance == "*" || rule.Stance == stanceCode)
                && (rule.Deed == "*" || (deed is not null && rule.Deed == deed)))
            {
                return rule;
            }
        }

        return null;
    }

    private static string ReadBundled()
    {
        using var stream = typeof(BearingRules).Assembly.GetManifestResourceStream("Daftar.Analysis.SayDo.bearings.tsv")
            ?? throw new InvalidOperationException("The embedded resource Daftar.Analysis.SayDo.bearings.tsv is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
