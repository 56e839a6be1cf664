namespace Daftar.Storage;

/// <summary>Who makes the changes through a ledger connection, and through what: the audit log records both.</summary>
/// <param name="Account">The account name (or the system user, for the command line).</param>
/// <param name="Channel">"web", "api" or "cli".</param>
public sealed record Editor(string Account, string Channel)
{
    /// <summary>The person at this machine's command line.</summary>
    public static Editor CommandLine { get; } = new(Environment.UserName is { Length: > 0 } user ? user : "local", "cli");
}

/// <summary>One line of the audit log: an entry changed by someone, before and after (JSON objects of the changed columns).</summary>
public sealed record AuditRecord(long Id, NodaTime.Instant At, string Account, string Channel, string Action, string EntryKind, string EntryId, string? Before, string? After);
