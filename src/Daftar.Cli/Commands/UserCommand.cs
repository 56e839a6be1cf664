using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Accounts;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar user</c>: the accounts that sign in to the web app and the API (an admin's work, at the machine).</summary>
internal static class UserCommand
{
    private static readonly Option<string> Role = new("--role")
    {
        Description = "reader (the public view, on a private site), analyst (everything; reviews) or admin (analyst + accounts, audit log)",
        DefaultValueFactory = _ => "analyst",
        HelpName = "ROLE",
    };

    private static readonly Option<bool> PasswordStdin = new("--password-stdin") { Description = "Read the password from the first line of standard input" };

    private static readonly Option<bool> Generate = new("--generate-password") { Description = "Make a strong random password and print it once" };

    public static Command Create()
    {
        var command = new Command("user", "Manage the accounts that sign in to the web app and the API");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Set());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("NAME") { Description = "The account's name" };
        var command = new Command("add", "Add an account (the first one is usually an admin: daftar user add NAME --role admin)") { name, Role, PasswordStdin, Generate };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var role = ParseRole(result.GetValue(Role)!);
            var account = result.GetValue(name)!.Trim();
            if (account.Length == 0 || account.Length > 64 || account.Any(char.IsControl))
                throw new CliFailure("an account name needs 1 to 64 printable characters", ExitCode.Usage);
            var password = Password(result, account);
            var path = GlobalOptions.DatabasePath(result);
            using var ledger = SqliteLedger.Open(path);
            ledger.AddAccount(account, role, PasswordHashing.Hash(password));
            DaftarCommandLine.Status.MarkupLine($"added {Codes.Name(role)} [bold]{Markup.Escape(account)}[/] to {Markup.Escape(ledger.Path)}");
            return ExitCode.Success;
        }));
        return command;
    }

    private static Command Set()
    {
        var name = new Argument<string>("NAME") { Description = "The account's name" };
        var role = new Option<string?>("--role") { Description = "A new role: reader, analyst or admin", HelpName = "ROLE" };
        var command = new Command("set", "Give an account a new password (and role); its sign-ins end") { name, role, PasswordStdin, Generate };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var account = ledger.FindAccount(result.GetValue(name)!) ?? throw new CliFailure($"no account '{result.GetValue(name)}'");
            var newRole = result.GetValue(role) is { } given ? ParseRole(given) : account.Role;
            ledger.UpdateAccount(account.Name, newRole, PasswordHashing.Hash(Password(result, account.Name)));
            DaftarCommandLine.Status.MarkupLine($"[bold]{Markup.Escape(account.Name)}[/] is a{(newRole == AccountRole.Admin ? "n" : "")} {Codes.Name(newRole)} with a new password");
            return ExitCode.Success;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the accounts and their roles") { GlobalOptions.Json };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var accounts = ledger.ListAccounts();
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(accounts.Select(a => new { a.Name, Role = Codes.Name(a.Role) }), LedgerJson.Options));
                return ExitCode.Success;
            }

            foreach (var account in accounts)
                DaftarCommandLine.Out.MarkupLine($"{Markup.Escape(account.Name),-24} {Codes.Name(account.Role)}");
            if (accounts.Count == 0)
                DaftarCommandLine.Status.MarkupLine("[dim]no accounts yet: daftar user add NAME --role admin[/]");
            return ExitCode.Success;
        }));
        return command;
    }

    private static AccountRole ParseRole(string role) =>
        Codes.TryParse<AccountRole>(role.Trim().ToLowerInvariant(), out var parsed)
            ? parsed
            : throw new CliFailure($"--role {role}: not a role (reader, analyst or admin)", ExitCode.Usage);

    /// <summary>The new password: generated, read from stdin, or asked for twice at the terminal.</summary>
    private static string Password(ParseResult result, string account)
    {
        string password;
        if (result.GetValue(Generate))
        {
            password = NewPassword();
            DaftarCommandLine.Out.MarkupLine($"password for [bold]{Markup.Escape(account)}[/]: [bold]{password}[/]  [dim](shown once)[/]");
            return password;
        }

        if (result.GetValue(PasswordStdin))
            password = Console.In.ReadLine() ?? "";
        else if (Console.IsInputRedirected)
            throw new CliFailure("give the password with --password-stdin (or --generate-password) when standard input is not a terminal", ExitCode.Usage);
        else
        {
            password = AnsiConsole.Prompt(new TextPrompt<string>($"Password for {Markup.Escape(account)}:").Secret());
            if (AnsiConsole.Prompt(new TextPrompt<string>("Again:").Secret()) != password)
                throw new CliFailure("the two passwords differ", ExitCode.Usage);
        }

        if (password.Length < PasswordHashing.MinimumLength)
            throw new CliFailure($"a password needs at least {PasswordHashing.MinimumLength} characters", ExitCode.Usage);
        return password;
    }

    /// <summary>Twenty characters from a 56-letter alphabet without look-alikes (about 116 bits).</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
