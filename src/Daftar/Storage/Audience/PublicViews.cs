using Dapper;
using Microsoft.Data.Sqlite;

namespace Daftar.Storage;

/// <summary>
/// Confines a read-only connection to the public's view of the ledger: TEMP views shadow the tables of the same names,
/// so the ledger's queries run unchanged and cannot see past them.
/// </summary>
internal static class PublicViews
{
    private static readonly string Sql = ReadSql();

    // Tables the public may read whole: facts about the file, and the full-text indexes (with FTS5's own tables behind
    // them), which hold folded terms addressed by row id: every query that uses them joins the shadowed table for the
    // rows themselves.
    private static readonly string[] OpenTables =
    [
        "ledger_meta",
        .. new[] { "source_terms", "quote_terms" }.SelectMany(index => new[] { "", "_data", "_idx", "_docsize", "_config", "_content" }.Select(part => index + part)),
    ];

    public static void Apply(SqliteConnection connection)
    {
        connection.Execute(Sql);
        var unguarded = connection.Query<string>(
            """
            SELECT m.name FROM main.sqlite_master m
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
              AND NOT EXISTS (SELECT 1 FROM temp.sqlite_master t WHERE t.type = 'view' AND t.name = m.name)
            """).Where(name => !OpenTables.Contains(name, StringComparer.Ordinal)).ToList();

        // A table added to the schema without a public view must not be readable by the public by default.
        if (unguarded.Count > 0)
            throw new InvalidOperationException($"the public view of the ledger does not cover the table(s) {string.Join(", ", unguarded)}");
    }

    private static string ReadSql()
    {
        using var stream = typeof(PublicViews).Assembly.GetManifestResourceStream("Daftar.Storage.Audience.public-views.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
