using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Daftar.Storage;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_*.sql</c> scripts in order, each in its own transaction, and records
/// the schema version in <c>PRAGMA user_version</c>. A database newer than this build is refused rather than
/// guessed at.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Daftar.Storage.Migrations.";

    public static IReadOnlyList<(int Version, string Sql)> Scripts { get; } = LoadScripts();

    public static int LatestVersion => Scripts[^1].Version;

    public static void Migrate(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new LedgerException(
                $"the ledger's schema is version {current}, newer than this build of Daftar understands ({LatestVersion}); upgrade Daftar");
        }

        foreach (var (version, sql) in Scripts)
        {
            if (version <= current)
                continue;
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql + $"\nPRAGMA user_version = {version};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(int, string)> LoadScripts()
    {
        var assembly = typeof(Migrator).Assembly;
        var scripts = new List<(int, string)>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
                continue;
            var file = name[Prefix.Length..];
            var version = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            scripts.Add((version, Read(assembly, name)));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Item1 != i + 1)
                throw new InvalidOperationException($"migration scripts must be numbered 1..n without gaps; found {scripts[i].Item1} at position {i + 1}");
        }

        return scripts;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
