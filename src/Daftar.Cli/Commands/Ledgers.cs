using System.CommandLine;
using Daftar.Storage;

namespace Daftar.Cli.Commands;

/// <summary>Opening the ledger a command names.</summary>
internal static class Ledgers
{
    /// <summary>Opens a ledger that must already exist: reading commands never create an empty file by mistake.</summary>
    public static SqliteLedger OpenExisting(ParseResult result)
    {
        var path = GlobalOptions.DatabasePath(result);
        if (!File.Exists(path))
            throw new CliFailure($"{path}: no ledger here (ingest something first, or pass --db PATH)");
        return SqliteLedger.Open(path);
    }
}
