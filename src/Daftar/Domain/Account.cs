namespace Daftar.Domain;

/// <summary>What an account may do. Each role may do everything the one before it may.</summary>
public enum AccountRole
{
    /// <summary>Reads what the public may read, on a site that asks every visitor to sign in.</summary>
    Reader,

    /// <summary>Reads everything, confidential entries included; reviews candidates and ingests documents.</summary>
    Analyst,

    /// <summary>An analyst who also manages accounts and reads the audit log.</summary>
    Admin,
}

/// <summary>
/// Someone who signs in. <see cref="PasswordHash"/> is whatever the host's password hasher wrote; <see cref="Stamp"/>
/// changes with the password or role, so sign-ins made before are no longer honoured.
/// </summary>
public sealed record Account(long Id, string Name, AccountRole Role, string PasswordHash, long Stamp);
