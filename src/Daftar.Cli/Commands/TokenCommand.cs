using System.CommandLine;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar token</c>: API tokens, which let programs call the JSON API as an account.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var command = new Command("token", "Make or revoke API tokens (Authorization: Bearer TOKEN)");
        var account = new Argument<string>("ACCOUNT") { Description = "The account the token acts as" };
        var label = new Option<string>("--label") { Description = "What the token is for (to revoke it by)", DefaultValueFactory = _ => "default", HelpName = "LABEL" };
        var add = new Command("add", "Make a token for an account and print it (shown once)") { account, label };
        add.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var token = ledger.AddApiToken(result.GetValue(account)!, result.GetValue(label)!);
            Console.Out.WriteLine(token);
            DaftarCommandLine.Status.MarkupLine($"[dim]a token for {Markup.Escape(result.GetValue(account)!)} ({Markup.Escape(result.GetValue(label)!)}); it is not shown again[/]");
            return ExitCode.Success;
        }));
        var revoke = new Command("revoke", "Revoke an account's tokens of one label") { account, label };
        revoke.SetAction(result => DaftarCommandLine.Run(() =>
        {
            using var ledger = Ledgers.OpenExisting(result);
            var revoked = ledger.RevokeApiTokens(result.GetValue(account)!, result.GetValue(label)!);
            if (revoked == 0)
                throw new CliFailure($"no live token '{result.GetValue(label)}' of account '{result.GetValue(account)}'");
            DaftarCommandLine.Status.MarkupLine($"revoked {revoked} token(s)");
            return ExitCode.Success;
        }));
        command.Subcommands.Add(add);
        command.Subcommands.Add(revoke);
        return command;
    }
}
