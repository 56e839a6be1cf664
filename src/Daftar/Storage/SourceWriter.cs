using Daftar.Domain;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace Daftar.Storage;

/// <summary>
/// The ingest hot path's statements, prepared once per connection and re-bound for each document.
/// Preparing a statement per call (as a fresh command does) cost more than the inserts themselves;
/// see docs/benchmarks.md.
/// </summary>
internal sealed class SourceWriter : IDisposable
{
    private readonly SqliteCommand findBySha256;
    private readonly SqliteCommand findByTextSha256;
    private readonly SqliteCommand insertOriginal;
    private readonly SqliteCommand insertSource;
    private readonly SqliteCommand insertTerms;
    private readonly SqliteCommand savepoint;
    private readonly SqliteCommand release;
    private readonly SqliteCommand rollback;

    public SourceWriter(SqliteConnection connection)
    {
        findBySha256 = Command(connection, "SELECT id FROM sources WHERE sha256 = $sha256", "$sha256");
        findByTextSha256 = Command(connection, "SELECT id FROM sources WHERE text_sha256 = $sha256 LIMIT 1", "$sha256");
        insertOriginal = Command(connection, "INSERT INTO originals (sha256, bytes) VALUES ($sha256, $bytes) ON CONFLICT DO NOTHING", "$sha256", "$bytes");
        insertSource = Command(
            connection,
            """
            INSERT INTO sources (id, sha256, text_sha256, name, format, language, title, published, publisher, author,
                                 translations, confidential, ingested_at, text)
            VALUES ($id, $sha256, $text_sha256, $name, $format, $language, $title, $published, $publisher, $author,
                    $translations, $confidential, $ingested_at, $text)
            RETURNING id
            """,
            "$id", "$sha256", "$text_sha256", "$name", "$format", "$language", "$title", "$published", "$publisher", "$author",
            "$translations", "$confidential", "$ingested_at", "$text");
        insertTerms = Command(connection, "INSERT INTO source_terms (rowid, terms) VALUES ($id, $terms)", "$id", "$terms");
        savepoint = Command(connection, "SAVEPOINT document");
        release = Command(connection, "RELEASE document");
        rollback = Command(connection, "ROLLBACK TO document; RELEASE document");
    }

    public long? FindBySha256(string sha256, SqliteTransaction? transaction) => Id(findBySha256, transaction, sha256);

    public long? FindByTextSha256(string sha256, SqliteTransaction? transaction) => Id(findByTextSha256, transaction, sha256);

    public void Savepoint(SqliteTransaction transaction) => Run(savepoint, transaction);

    public void Release(SqliteTransaction transaction) => Run(release, transaction);

    public void Rollback(SqliteTransaction transaction) => Run(rollback, transaction);

    /// <summary>Writes the original bytes, the source row and its search terms; returns the source's id.</summary>
    /// <param name="keepId">Use <paramref name="source"/>'s id (import) rather than assigning the next one.</param>
    public long Insert(Source source, string textSha256, ReadOnlySpan<byte> original, string terms, SqliteTransaction transaction, bool keepId)
    {
        insertOriginal.Transaction = transaction;
        insertOriginal.Parameters[0].Value = source.Sha256;
        insertOriginal.Parameters[1].Value = original.ToArray();
        insertOriginal.ExecuteNonQuery();

        var p = insertSource.Parameters;
        insertSource.Transaction = transaction;
        p[0].Value = keepId ? source.Id : DBNull.Value;
        p[1].Value = source.Sha256;
        p[2].Value = textSha256;
        p[3].Value = source.Name;
        p[4].Value = source.Format;
        p[5].Value = source.Language;
        p[6].Value = (object?)source.Title ?? DBNull.Value;
        p[7].Value = source.Published is { } date ? LocalDatePattern.Iso.Format(date) : DBNull.Value;
        p[8].Value = (object?)source.Publisher ?? DBNull.Value;
        p[9].Value = (object?)source.Author ?? DBNull.Value;
        p[10].Value = string.Join(',', source.Translations);
        p[11].Value = source.Confidential;
        p[12].Value = InstantPattern.ExtendedIso.Format(source.IngestedAt);
        p[13].Value = source.Text;
        var id = (long)insertSource.ExecuteScalar()!;

        insertTerms.Transaction = transaction;
        insertTerms.Parameters[0].Value = id;
        insertTerms.Parameters[1].Value = terms;
        insertTerms.ExecuteNonQuery();
        return id;
    }

    public void Dispose()
    {
        foreach (var command in new[] { findBySha256, findByTextSha256, insertOriginal, insertSource, insertTerms, savepoint, release, rollback })
            command.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
#pragma warning disable CA2100 // Fixed SQL; values go through parameters.
        var command = new SqliteCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, null));
        return command;
    }

    private static long? Id(SqliteCommand command, SqliteTransaction? transaction, string value)
    {
        command.Transaction = transaction;
        command.Parameters[0].Value = value;
        return command.ExecuteScalar() is long id ? id : null;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
