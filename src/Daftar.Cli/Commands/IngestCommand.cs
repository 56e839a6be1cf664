using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Daftar.Ingest;
using Daftar.Storage;
using NodaTime;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar ingest PATH...</c>: files, folders and standard input into the ledger.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively) or - for standard input (HTML, text, Markdown; English or Arabic)",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxSize = new Option<double>("--max-size")
        {
            Description = "Refuse inputs larger than this many megabytes",
            DefaultValueFactory = _ => IngestOptions.DefaultMaxBytes / 1024.0 / 1024.0,
            HelpName = "MB",
        };
        var noExtract = new Option<bool>("--no-extract") { Description = "Store the documents only; find no candidates in them" };
        var confidential = new Option<bool>("--confidential") { Description = "Store the new sources confidential: analysts only, never public" };
        var command = new Command("ingest", "Add documents to the ledger and extract candidates for review; the same bytes are never added twice")
        {
            paths, maxSize, noExtract, confidential, GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var megabytes = result.GetValue(maxSize);
            if (megabytes <= 0 || double.IsNaN(megabytes))
                throw new CliFailure("--max-size must be a positive number of megabytes", ExitCode.Usage);
            using var ledger = SqliteLedger.Open(GlobalOptions.DatabasePath(result));
            var report = Ingest(ledger, result.GetValue(paths)!, new IngestOptions((long)(megabytes * 1024 * 1024), Extract: !result.GetValue(noExtract), Confidential: result.GetValue(confidential)), result.GetValue(GlobalOptions.Json));
            return report.Failed > 0 ? ExitCode.BadInput : ExitCode.Success;
        }));
        return command;
    }

    /// <summary>Ingests a batch, showing progress on a terminal and a summary at the end.</summary>
    public static BatchReport Ingest(SqliteLedger ledger, IReadOnlyList<string> paths, IngestOptions options, bool json)
    {
        var listing = InputListing.Collect(paths);
        using var batch = new IngestBatch(ledger, options, SystemClock.Instance);
        var outcomes = new List<FileOutcome>(listing.Problems);
        var stopwatch = Stopwatch.StartNew();
        var console = DaftarCommandLine.Status;
        var interactive = !json && !Console.IsErrorRedirected && listing.Inputs.Count > 1;

        void Each(Action<FileOutcome> after)
        {
            foreach (var input in listing.Inputs)
            {
                var outcome = batch.Ingest(input, input.IsStandardInput ? Console.OpenStandardInput() : null);
                outcomes.Add(outcome);
                after(outcome);
            }
        }

        if (interactive)
        {
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("ingesting", maxValue: Math.Max(1, listing.Inputs.Sum(i => i.Length)));
                    Each(outcome =>
                    {
                        task.Increment(Math.Max(outcome.Bytes, 1));
                        if (outcome.Status != FileStatus.Added)
                            console.MarkupLine(Line(outcome));
                    });
                });
        }
        else
        {
            Each(outcome =>
            {
                if (!json)
                    console.MarkupLine(Line(outcome));
            });
        }

        stopwatch.Stop();
        foreach (var problem in listing.Problems)
        {
            if (!json)
                console.MarkupLine(Line(problem));
        }

        var report = new BatchReport(
            outcomes.Count(o => o.Status == FileStatus.Added),
            outcomes.Count(o => o.Status == FileStatus.Duplicate),
            outcomes.Count(o => o.Status == FileStatus.Failed),
            outcomes.Sum(o => o.Bytes),
            stopwatch.Elapsed.TotalSeconds,
            outcomes);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, LedgerJson.Options));
        }
        else
        {
            var megabytes = report.Bytes / 1024.0 / 1024.0;
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[bold]{report.Added} added[/], {report.Duplicates} already present, {(report.Failed > 0 ? $"[red]{report.Failed} failed[/]" : "0 failed")} " +
                $"({megabytes:0.0} MB in {report.Seconds:0.00} s, {(report.Seconds > 0 ? megabytes / report.Seconds : 0):0.0} MB/s) → {Markup.Escape(ledger.Path)}"));
        }

        return report;
    }

    private static string Line(FileOutcome outcome) => outcome.Status switch
    {
        FileStatus.Added => $"[green]added[/]     #{outcome.SourceId} {Markup.Escape(outcome.Path)} [dim]({outcome.Language}) {Markup.Escape(outcome.Title ?? "untitled")}[/]",
        FileStatus.Duplicate => $"[yellow]unchanged[/] {Markup.Escape(outcome.Path)}: {Markup.Escape(outcome.Problem ?? "")}",
        _ => $"[red]error[/]     {Markup.Escape(outcome.Path)}: {Markup.Escape(outcome.Problem ?? "")}",
    };
}

/// <summary>What a batch did, for the summary and for <c>--json</c>.</summary>
internal sealed record BatchReport(int Added, int Duplicates, int Failed, long Bytes, double Seconds, IReadOnlyList<FileOutcome> Files);
