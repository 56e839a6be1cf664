using System.CommandLine;

namespace Daftar.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public const string DefaultDatabase = "daftar.db";

    public static Option<string?> Database { get; } = new("--db")
    {
        Description = "The ledger file (SQLite). Default: $DAFTAR_DB, else ./daftar.db",
        Recursive = true,
        HelpName = "PATH",
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output instead of text",
    };

    /// <summary>--db, else DAFTAR_DB, else ./daftar.db.</summary>
    public static string DatabasePath(ParseResult result) =>
        result.GetValue(Database) is { Length: > 0 } explicitPath
            ? explicitPath
            : Environment.GetEnvironmentVariable("DAFTAR_DB") is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : DefaultDatabase;
}
