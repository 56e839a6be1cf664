namespace Daftar.Storage;

/// <summary>Whom a connection to the ledger answers: what it may read and whether it may write.</summary>
public enum LedgerAudience
{
    /// <summary>Analysts and admins: every entry, candidates and confidential ones included; may write.</summary>
    Analyst,

    /// <summary>
    /// The public, and readers: only accepted entries from non-confidential sources, no confidential speaker's identity,
    /// no confidential note, no accounts or audit log (see <c>Storage/Audience/public-views.sql</c>). Read-only.
    /// </summary>
    Public,
}
