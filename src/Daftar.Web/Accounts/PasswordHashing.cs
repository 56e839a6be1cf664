using Daftar.Domain;
using Microsoft.AspNetCore.Identity;

namespace Daftar.Web.Accounts;

/// <summary>Passwords hashed and checked by ASP.NET Core Identity's hasher (PBKDF2 with a per-password salt).</summary>
public static class PasswordHashing
{
    // The hasher reads nothing of the account; one shared instance with Identity's default (V3) format.
    private static readonly PasswordHasher<Account> Hasher = new();

    /// <summary>The shortest password an account may have.</summary>
    public const int MinimumLength = 10;

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
            throw new ArgumentException($"a password needs at least {MinimumLength} characters", nameof(password));
        return Hasher.HashPassword(null!, password);
    }

    // A hash to check against when the account does not exist, so that a wrong name takes as long as a wrong password.
    private static readonly Account Nobody = new(0, "", AccountRole.Reader, Hasher.HashPassword(null!, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))), 0);

    /// <summary>True when the password is the account's; for no account, false after the same work.</summary>
    public static bool Verify(Account? account, string password, bool timeEvenWithoutAccount)
    {
        if (account is not null)
            return Verify(account, password);
        if (timeEvenWithoutAccount)
            Verify(Nobody, password);
        return false;
    }

    /// <summary>True when the password is the account's.</summary>
    public static bool Verify(Account account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        return !string.IsNullOrEmpty(password) && Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }
}
