using Daftar.Domain;
using Daftar.Text;
using Microsoft.Data.Sqlite;
using NodaTime.Text;
using SQLitePCL;

namespace Daftar.Storage;

/// <summary>
/// The ingest hot path's statements, prepared once per connection and re-bound for each document.
/// </summary>
/// <remarks>
/// They run on the connection's native handle rather than through <see cref="SqliteCommand"/>: the text, the search
/// terms and the original bytes are bound straight from UTF-8 buffers (no UTF-16 → UTF-8 copy per value, no
/// managed copy of the original), and a statement's execution skips the command's parameter look-up by name and its
/// data reader. They run inside whatever transaction the connection has open, like the commands they replace.
/// Preparing a statement per call (as a fresh command does) cost more than the inserts themselves; see
/// docs/benchmarks.md.
/// </remarks>
internal sealed class SourceWriter : IDisposable
{
    private readonly sqlite3 db;
    private readonly Statement findBySha256;
    private readonly Statement findByTextSha256;
    private readonly Statement insertOriginal;
    private readonly Statement insertSource;
    private readonly Statement insertTerms;
    private readonly Statement savepoint;
    private readonly Statement release;
    private readonly Statement rollbackTo;

    public SourceWriter(SqliteConnection connection)
    {
        db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        findBySha256 = new Statement(db, "SELECT id FROM sources WHERE sha256 = ?1");
        findByTextSha256 = new Statement(db, "SELECT id FROM sources WHERE text_sha256 = ?1 LIMIT 1");
        insertOriginal = new Statement(db, "INSERT INTO originals (sha256, bytes) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
        insertSource = new Statement(
            db,
            """
            INSERT INTO sources (id, sha256, text_sha256, name, format, language, title, published, publisher, author,
                                 translations, confidential, ingested_at, text)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            """);
        insertTerms = new Statement(db, "INSERT INTO source_terms (rowid, terms) VALUES (?1, ?2)");
        savepoint = new Statement(db, "SAVEPOINT document");
        release = new Statement(db, "RELEASE document");
        rollbackTo = new Statement(db, "ROLLBACK TO document");
    }

    // The transaction parameters say which transaction the statements run in; the native statements need no
    // handle on it, as they run on the connection that owns it.
#pragma warning disable IDE0060 // Remove unused parameter
    public long? FindBySha256(string sha256, SqliteTransaction? transaction) => findBySha256.QueryId(sha256);

    public long? FindByTextSha256(string sha256, SqliteTransaction? transaction) => findByTextSha256.QueryId(sha256);

    public void Savepoint(SqliteTransaction transaction) => savepoint.Execute();

    public void Release(SqliteTransaction transaction) => release.Execute();

    public void Rollback(SqliteTransaction transaction)
    {
        rollbackTo.Execute();
        release.Execute();
    }

    /// <summary>Writes the original bytes, the source row and its search terms; returns the source's id.</summary>
    /// <param name="keepId">Use <paramref name="source"/>'s id (import) rather than assigning the next one.</param>
    public long Insert(Source source, string textSha256, ReadOnlySpan<byte> original, string terms, SqliteTransaction transaction, bool keepId)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var text = Utf8Buffer.From(source.Text);
        using var termBytes = Utf8Buffer.From(terms);
        return Insert(source, textSha256, original, text.Span, termBytes.Span, keepId);
    }
#pragma warning restore IDE0060

    /// <summary>Writes the original bytes, the source row and its search terms; returns the source's id.</summary>
    /// <param name="textUtf8">The UTF-8 of <paramref name="source"/>'s text.</param>
    /// <param name="termsUtf8">The UTF-8 of its search terms (<see cref="SearchAnalyzer.IndexText"/>).</param>
    /// <param name="keepId">Use <paramref name="source"/>'s id (import) rather than assigning the next one.</param>
    public long Insert(Source source, string textSha256, ReadOnlySpan<byte> original, ReadOnlySpan<byte> textUtf8, ReadOnlySpan<byte> termsUtf8, bool keepId)
    {
        ArgumentNullException.ThrowIfNull(source);
        insertOriginal.BindText(1, source.Sha256);
        insertOriginal.BindBlob(2, original);
        insertOriginal.Execute();

        var s = insertSource;
        if (keepId)
            s.BindInt64(1, source.Id);
        else
            s.BindNull(1);
        s.BindText(2, source.Sha256);
        s.BindText(3, textSha256);
        s.BindText(4, source.Name);
        s.BindText(5, source.Format);
        s.BindText(6, source.Language);
        s.BindText(7, source.Title);
        s.BindText(8, source.Published is { } date ? LocalDatePattern.Iso.Format(date) : null);
        s.BindText(9, source.Publisher);
        s.BindText(10, source.Author);
        s.BindText(11, string.Join(',', source.Translations));
        s.BindInt64(12, source.Confidential ? 1 : 0);
        s.BindText(13, InstantPattern.ExtendedIso.Format(source.IngestedAt));
        s.BindText(14, textUtf8);
        s.Execute();
        var id = keepId ? source.Id : raw.sqlite3_last_insert_rowid(db);

        insertTerms.BindInt64(1, id);
        insertTerms.BindText(2, termsUtf8);
        insertTerms.Execute();
        return id;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { findBySha256, findByTextSha256, insertOriginal, insertSource, insertTerms, savepoint, release, rollbackTo })
            statement.Dispose();
    }

    /// <summary>One prepared statement: bound by position, run to completion, then reset and its values cleared.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly sqlite3 db;
        private readonly sqlite3_stmt statement;

        public Statement(sqlite3 db, string sql)
        {
            this.db = db;
            Check(raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement));
        }

        public void BindInt64(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

        public void BindNull(int index) => Check(raw.sqlite3_bind_null(statement, index));

        public void BindText(int index, string? value) =>
            Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));

        /// <summary>Binds UTF-8 text (never NULL: an empty span is the empty string).</summary>
        public void BindText(int index, ReadOnlySpan<byte> utf8) =>
            Check(utf8.IsEmpty ? raw.sqlite3_bind_text(statement, index, string.Empty) : raw.sqlite3_bind_text(statement, index, utf8));

        /// <summary>Binds a blob (never NULL: an empty span is the empty blob).</summary>
        public void BindBlob(int index, ReadOnlySpan<byte> bytes) =>
            Check(bytes.IsEmpty ? raw.sqlite3_bind_zeroblob(statement, index, 0) : raw.sqlite3_bind_blob(statement, index, bytes));

        /// <summary>Runs the statement to completion.</summary>
        public void Execute()
        {
            try
            {
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                }

                if (rc != raw.SQLITE_DONE)
                    SqliteException.ThrowExceptionForRC(rc, db);
            }
            finally
            {
                Reset();
            }
        }

        /// <summary>The first column of the first row as an id, or null when there is no row.</summary>
        public long? QueryId(string value)
        {
            try
            {
                Check(raw.sqlite3_bind_text(statement, 1, value));
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_ROW)
                    return raw.sqlite3_column_type(statement, 0) == raw.SQLITE_INTEGER ? raw.sqlite3_column_int64(statement, 0) : null;
                if (rc != raw.SQLITE_DONE)
                    SqliteException.ThrowExceptionForRC(rc, db);
                return null;
            }
            finally
            {
                Reset();
            }
        }

        public void Dispose() => statement.Dispose();

        private void Reset()
        {
            // The step's error, if any, was already reported; reset only rewinds the statement and lets go of the
            // values bound to it (a copy of the original bytes and the text).
            _ = raw.sqlite3_reset(statement);
            _ = raw.sqlite3_clear_bindings(statement);
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
                SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
