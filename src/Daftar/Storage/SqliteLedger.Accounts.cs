using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Daftar.Domain;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Daftar.Storage;

public sealed partial class SqliteLedger
{
    /// <summary>Who the changes made through this connection are recorded as in the audit log.</summary>
    public Editor Editor { get; set; } = Editor.CommandLine;

    /// <summary>Adds an account; the name is unique, whatever its case.</summary>
    /// <exception cref="LedgerException">The name is taken.</exception>
    public Account AddAccount(string name, AccountRole role, string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        name = name.Trim();
        using var transaction = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM accounts WHERE name = @name", new { name }, transaction) > 0)
            throw new LedgerException($"an account named '{name}' exists already");
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO accounts (name, role, password_hash, created_at) VALUES (@name, @role, @passwordHash, @now) RETURNING id",
            new { name, role = Codes.Name(role), passwordHash, now = Now() }, transaction);
        WriteAudit(transaction, "account-added", "account", name, null, JsonSerializer.Serialize(new { role = Codes.Name(role) }));
        transaction.Commit();
        return new Account(id, name, role, passwordHash, 0);
    }

    /// <summary>Sets an account's password hash and role (a new stamp ends its earlier sign-ins).</summary>
    /// <returns>False when there is no such account.</returns>
    public bool UpdateAccount(string name, AccountRole role, string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        using var transaction = connection.BeginTransaction();
        var before = connection.QuerySingleOrDefault<string>("SELECT role FROM accounts WHERE name = @name", new { name }, transaction);
        if (before is null)
            return false;
        connection.Execute("UPDATE accounts SET role = @role, password_hash = @passwordHash, stamp = stamp + 1 WHERE name = @name",
            new { name, role = Codes.Name(role), passwordHash }, transaction);
        WriteAudit(transaction, "account-changed", "account", name, JsonSerializer.Serialize(new { role = before }), JsonSerializer.Serialize(new { role = Codes.Name(role), password = "changed" }));
        transaction.Commit();
        return true;
    }

    /// <summary>The account of that name (any case), or null.</summary>
    public Account? FindAccount(string name) =>
        connection.QuerySingleOrDefault<AccountRow>("SELECT id, name, role, password_hash, stamp FROM accounts WHERE name = @name", new { name })?.ToAccount();

    /// <summary>The account with that id, or null.</summary>
    public Account? GetAccount(long id) =>
        connection.QuerySingleOrDefault<AccountRow>("SELECT id, name, role, password_hash, stamp FROM accounts WHERE id = @id", new { id })?.ToAccount();

    /// <summary>Every account, by name.</summary>
    public IReadOnlyList<Account> ListAccounts() =>
        [.. connection.Query<AccountRow>("SELECT id, name, role, password_hash, stamp FROM accounts ORDER BY name").Select(r => r.ToAccount())];

    /// <summary>Makes an API token for an account and returns it: the only time it is seen (the ledger keeps its hash).</summary>
    /// <exception cref="LedgerException">No such account.</exception>
    public string AddApiToken(string accountName, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var account = FindAccount(accountName) ?? throw new LedgerException($"no account '{accountName}'");
        var token = "dft_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        using var transaction = connection.BeginTransaction();
        connection.Execute("INSERT INTO api_tokens (account_id, token_hash, label, created_at) VALUES (@id, @hash, @label, @now)",
            new { id = account.Id, hash = TokenHash(token), label = label.Trim(), now = Now() }, transaction);
        WriteAudit(transaction, "token-added", "account", account.Name, null, JsonSerializer.Serialize(new { label = label.Trim() }));
        transaction.Commit();
        return token;
    }

    /// <summary>The account a live API token belongs to, or null (unknown or revoked).</summary>
    public Account? FindAccountByToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return connection.QuerySingleOrDefault<AccountRow>(
            """
            SELECT a.id, a.name, a.role, a.password_hash, a.stamp FROM api_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = @hash AND t.revoked_at IS NULL
            """,
            new { hash = TokenHash(token) })?.ToAccount();
    }

    /// <summary>Revokes every live token of an account with that label; returns how many.</summary>
    public int RevokeApiTokens(string accountName, string label)
    {
        using var transaction = connection.BeginTransaction();
        var revoked = connection.Execute(
            "UPDATE api_tokens SET revoked_at = @now WHERE revoked_at IS NULL AND label = @label AND account_id = (SELECT id FROM accounts WHERE name = @accountName)",
            new { accountName, label, now = Now() }, transaction);
        if (revoked > 0)
            WriteAudit(transaction, "token-revoked", "account", accountName, JsonSerializer.Serialize(new { label }), null);
        transaction.Commit();
        return revoked;
    }

    /// <summary>The audit log, newest first: at most <paramref name="limit"/> records older than <paramref name="beforeId"/>.</summary>
    public IReadOnlyList<AuditRecord> AuditLog(int limit = 100, long? beforeId = null, string? entryKind = null, string? entryId = null) =>
        [.. connection.Query<AuditRow>(
            """
            SELECT id, at, account, channel, action, entry_kind, entry_id, before, after FROM audit_log
            WHERE (@beforeId IS NULL OR id < @beforeId) AND (@entryKind IS NULL OR entry_kind = @entryKind) AND (@entryId IS NULL OR entry_id = @entryId)
            ORDER BY id DESC LIMIT @limit
            """,
            new { limit, beforeId, entryKind, entryId })
            .Select(r => new AuditRecord(r.Id, InstantText.Parse(r.At).Value, r.Account, r.Channel, r.Action, r.EntryKind, r.EntryId, r.Before, r.After))];

    /// <summary>Adds a note on a source (confidential unless said otherwise) and returns it.</summary>
    /// <exception cref="LedgerException">No such source.</exception>
    public Note AddNote(long sourceId, string text, bool confidential = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        using var transaction = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM sources WHERE id = @sourceId", new { sourceId }, transaction) == 0)
            throw new LedgerException($"no source {sourceId}");
        var written = SystemClock.Instance.GetCurrentInstant();
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO notes (source_id, text, confidential, written) VALUES (@sourceId, @text, @confidential, @written) RETURNING id",
            new { sourceId, text = text.Trim(), confidential, written = InstantText.Format(written) }, transaction);
        WriteAudit(transaction, "note-added", "note", id.ToString(CultureInfo.InvariantCulture), null, RowJson("notes", id, transaction));
        transaction.Commit();
        return new Note(id, sourceId, text.Trim(), confidential, written);
    }

    /// <summary>A source's notes, oldest first.</summary>
    public IReadOnlyList<Note> NotesOf(long sourceId) =>
        [.. connection.Query<NoteRow>("SELECT * FROM notes WHERE source_id = @sourceId ORDER BY id", new { sourceId }).Select(ToNote)];

    /// <summary>Records a change made by <see cref="Editor"/> inside the transaction that makes it.</summary>
    private void WriteAudit(SqliteTransaction transaction, string action, string entryKind, string entryId, string? before, string? after) =>
        connection.Execute(
            """
            INSERT INTO audit_log (at, account, channel, action, entry_kind, entry_id, before, after)
            VALUES (@at, @account, @channel, @action, @entryKind, @entryId, @before, @after)
            """,
            new { at = Now(), account = Editor.Account, channel = Editor.Channel, action, entryKind, entryId, before, after },
            transaction);

    /// <summary>A row as a JSON object of its columns (those named, or all), or null when there is none.</summary>
    private string? RowJson(string table, long id, SqliteTransaction transaction, string columns = "*")
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Table and column names are Daftar's own constants; the id is a parameter.
        command.CommandText = $"SELECT {columns} FROM {table} WHERE id = $id";
#pragma warning restore CA2100
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                if (reader.IsDBNull(i))
                    json.WriteNull(name);
                else if (reader.GetValue(i) is long number)
                    json.WriteNumber(name, number);
                else
                    json.WriteString(name, Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Now() => InstantText.Format(SystemClock.Instance.GetCurrentInstant());

#pragma warning disable CA1812 // Instantiated by Dapper.
    private sealed class AccountRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public long Stamp { get; init; }

        public Account ToAccount() => new(Id, Name, Codes.Parse<AccountRole>(Role), PasswordHash, Stamp);
    }

    private sealed class AuditRow
    {
        public long Id { get; init; }
        public string At { get; init; } = "";
        public string Account { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Action { get; init; } = "";
        public string EntryKind { get; init; } = "";
        public string EntryId { get; init; } = "";
        public string? Before { get; init; }
        public string? After { get; init; }
    }
#pragma warning restore CA1812
}
