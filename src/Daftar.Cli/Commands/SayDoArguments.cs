using Daftar.Storage;

namespace Daftar.Cli.Commands;

/// <summary>Actors and issues named on the command line of the say-and-do commands.</summary>
internal static class SayDoArguments
{
    /// <summary>The id of the one actor a name (id, name or alias, either script) stands for.</summary>
    public static string Actor(SqliteLedger ledger, string wanted)
    {
        var found = ledger.FindActors(wanted);
        return found.Count switch
        {
            0 => throw new CliFailure($"no actor is called '{wanted}' (see: daftar actors)"),
            1 => found[0].Id,
            _ => throw new CliFailure($"'{wanted}' names several actors: {string.Join(", ", found.Select(a => $"{a.Name} ({a.Id})"))}; use the id"),
        };
    }

    /// <summary>The id of the issue a text names (id or label).</summary>
    public static string Issue(SqliteLedger ledger, string wanted) =>
        ledger.ResolveIssueId(wanted) ?? throw new CliFailure($"no issue is called '{wanted}' (issues are those of the positions in the ledger; see: daftar assessments)");

    /// <summary>A word of an enum, or a usage error listing the words.</summary>
    public static TEnum Word<TEnum>(string option, string value)
        where TEnum : struct, Enum =>
        Codes.TryParse<TEnum>(value.Trim().Replace('-', '_').ToLowerInvariant(), out var parsed)
            ? parsed
            : throw new CliFailure($"{option}: '{value}' is not one of {string.Join(", ", Enum.GetValues<TEnum>().Select(v => Codes.Name(v)))}", ExitCode.Usage);
}
