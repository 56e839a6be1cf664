using System.Text.Json;
using Daftar.Domain;
using Daftar.Storage;
using Xunit;

namespace Daftar.Cli.Tests;

/// <summary><c>daftar user</c>, <c>daftar token</c> and <c>daftar audit</c>, through the real program.</summary>
public sealed class AccountCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public AccountCliTests() => cli.Run("ingest", cli.Write("a.txt", "Title\n\nMoqtada al-Sadr said on Monday that \"the talks are over\" in Najaf."));

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_first_admin_is_added_with_a_password_from_standard_input_and_it_is_stored_hashed()
    {
        var result = cli.Run(["user", "add", "amal", "--role", "admin", "--password-stdin"], stdin: "a long enough password\n");

        Assert.Equal(0, result.ExitCode);
        var listed = cli.Run("user", "list", "--json");
        Assert.Contains("\"role\":\"admin\"", listed.Stdout.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var ledger = SqliteLedger.Open(cli.Database);
        var account = ledger.FindAccount("AMAL")!;
        Assert.Equal(AccountRole.Admin, account.Role);
        Assert.DoesNotContain("a long enough password", account.PasswordHash, StringComparison.Ordinal);
        Assert.True(Web.Accounts.PasswordHashing.Verify(account, "a long enough password"));
        Assert.False(Web.Accounts.PasswordHashing.Verify(account, "a long enough passwore"));
    }

    [Theory]
    [InlineData("short\n", "at least 10 characters")]
    [InlineData("", "at least 10 characters")]
    public void A_short_password_is_refused_and_no_account_is_made(string stdin, string message)
    {
        var result = cli.Run(["user", "add", "amal", "--password-stdin"], stdin: stdin);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        using var ledger = SqliteLedger.Open(cli.Database);
        Assert.Empty(ledger.ListAccounts());
    }

    [Fact]
    public void A_taken_name_and_an_unknown_role_are_refused()
    {
        cli.Run(["user", "add", "amal", "--password-stdin"], stdin: "a long enough password\n");

        var taken = cli.Run(["user", "add", "Amal", "--password-stdin"], stdin: "another long password\n");
        var role = cli.Run(["user", "add", "basim", "--role", "editor", "--password-stdin"], stdin: "another long password\n");

        Assert.Equal(2, taken.ExitCode);
        Assert.Contains("exists already", taken.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, role.ExitCode);
        Assert.Contains("not a role", role.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_password_is_printed_once_and_works()
    {
        var result = cli.Run(["user", "add", "basim", "--generate-password"], stdin: "");

        var password = result.Stdout.Split(':')[^1].Split("(shown once)")[0].Trim();
        Assert.Equal(20, password.Length);
        using var ledger = SqliteLedger.Open(cli.Database);
        Assert.True(Web.Accounts.PasswordHashing.Verify(ledger.FindAccount("basim")!, password));
    }

    [Fact]
    public void A_token_is_printed_once_finds_its_account_and_can_be_revoked()
    {
        cli.Run(["user", "add", "amal", "--password-stdin"], stdin: "a long enough password\n");

        var made = cli.Run("token", "add", "amal", "--label", "scripts");
        var token = made.Stdout.Trim();

        Assert.Equal(0, made.ExitCode);
        Assert.StartsWith("dft_", token, StringComparison.Ordinal);
        using (var ledger = SqliteLedger.Open(cli.Database))
            Assert.Equal("amal", ledger.FindAccountByToken(token)?.Name);
        Assert.Equal(0, cli.Run("token", "revoke", "amal", "--label", "scripts").ExitCode);
        using (var ledger = SqliteLedger.Open(cli.Database))
            Assert.Null(ledger.FindAccountByToken(token));
        Assert.Equal(2, cli.Run("token", "revoke", "amal", "--label", "scripts").ExitCode);
        Assert.Equal(2, cli.Run("token", "add", "nobody").ExitCode);
    }

    [Fact]
    public void The_audit_log_lists_account_changes_and_reviews_as_json()
    {
        cli.Run(["user", "add", "amal", "--password-stdin"], stdin: "a long enough password\n");
        using (var ledger = SqliteLedger.Open(cli.Database))
        {
            ledger.Editor = new Editor("amal", "web");
            var quote = ledger.ListQuotes()[0];
            ledger.SetReview(EntryKind.Quote, quote.Id, ReviewState.Rejected, 0);
        }

        var result = cli.Run("audit", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var actions = json.RootElement.EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.Equal(["review", "account-added"], actions);
        Assert.Contains("\"rejected\"", json.RootElement[0].GetProperty("after").GetString(), StringComparison.Ordinal);
    }
}

/// <summary><c>daftar ingest --confidential</c>: the source never reaches the public, from the moment it is stored.</summary>
public sealed class ConfidentialIngestCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_source_ingested_confidential_is_invisible_to_the_public_and_visible_to_analysts()
    {
        var result = cli.Run("ingest", "--confidential", cli.Write("interview.txt", "Interview notes\n\nA Sadrist official said on Monday that \"the Brimwater plan is ready\"."));
        cli.Run("ingest", cli.Write("open.txt", "Open report\n\nThe council met in Basra on Monday and agreed on the budget."));

        Assert.Equal(0, result.ExitCode);
        using (var analyst = SqliteLedger.Open(cli.Database))
            Assert.Equal([true, false], analyst.ListSources().OrderBy(s => s.Id).Select(s => s.Confidential));
        using var open = SqliteLedger.Open(cli.Database, LedgerAudience.Public);
        Assert.Equal(["open.txt"], open.ListSources().Select(s => s.Name));
        Assert.Empty(open.Search("Brimwater"));
    }
}
