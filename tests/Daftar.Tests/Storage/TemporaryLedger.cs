using Daftar.Storage;
using Microsoft.Data.Sqlite;

namespace Daftar.Tests.Storage;

/// <summary>A ledger in a fresh temporary folder, deleted with the test.</summary>
internal sealed class TemporaryLedger : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("daftar-test-").FullName;

    public TemporaryLedger() => Ledger = SqliteLedger.Open(PathOf("ledger.db"));

    public SqliteLedger Ledger { get; private set; }

    public string PathOf(string name) => System.IO.Path.Combine(folder, name);

    /// <summary>Closes and reopens the file, as a second run of the program would.</summary>
    public SqliteLedger Reopen()
    {
        Ledger.Dispose();
        Ledger = SqliteLedger.Open(PathOf("ledger.db"));
        return Ledger;
    }

    public void Dispose()
    {
        Ledger.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
