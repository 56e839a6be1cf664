using Daftar.Storage;
using Microsoft.Data.Sqlite;

namespace Daftar.Tests.Publishing;

/// <summary>The sample ledger (<see cref="ExportSamples"/>) in a temporary folder, opened for an analyst and for the public.</summary>
internal sealed class ExportLedgerFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("daftar-export-").FullName;

    public ExportLedgerFixture()
    {
        Path = System.IO.Path.Combine(folder, "ledger.db");
        ExportSamples.WriteLedger(Path);
        Analyst = SqliteLedger.Open(Path);
        Public = SqliteLedger.Open(Path, LedgerAudience.Public);
    }

    public string Path { get; }

    public SqliteLedger Analyst { get; }

    public SqliteLedger Public { get; }

    public void Dispose()
    {
        Analyst.Dispose();
        Public.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
