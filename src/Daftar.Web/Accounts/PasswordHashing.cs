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

    /// <summary>True when the password is the account's.</summary>
    public static bool Verify(Account account, string password)
    {
        ArgumentNullException.ThrowIfNull(account);
        return !string.IsNullOrEmpty(password) && Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }
}
