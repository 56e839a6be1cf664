using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daftar.Extraction.Evaluation;
using Daftar.Ingest;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary><c>daftar eval --gold DIR --corpus DIR</c>: extraction scored against hand annotations.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of *.gold.json files (daftar-gold/1)", Required = true, HelpName = "DIR" };
        var corpus = new Option<string>("--corpus") { Description = "Folder holding the documents the gold files name", Required = true, HelpName = "DIR" };
        var misses = new Option<int>("--misses") { Description = "List at most this many misses per layer", DefaultValueFactory = _ => 20 };
        var command = new Command("eval", "Score extraction against gold annotations: precision, recall and F1 per layer, and the misses by name")
        {
            gold, corpus, misses, GlobalOptions.Json,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var report = Evaluate(result.GetValue(gold)!, result.GetValue(corpus)!);
            if (result.GetValue(GlobalOptions.Json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(report, LedgerJson.Options));
                return ExitCode.Success;
            }

            Print(report, result.GetValue(misses));
            return ExitCode.Success;
        }));
        return command;
    }

    private static EvalReport Evaluate(string goldFolder, string corpusFolder)
    {
        if (!Directory.Exists(goldFolder))
            throw new CliFailure($"{goldFolder}: no such folder");
        if (!Directory.Exists(corpusFolder))
            throw new CliFailure($"{corpusFolder}: no such folder");
        var files = Directory.GetFiles(goldFolder, "*.gold.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new CliFailure($"{goldFolder}: no *.gold.json files");

        var documents = new List<DocumentScore>();
        foreach (var file in files)
        {
            GoldDocument goldDocument;
            try
            {
                goldDocument = GoldDocument.Parse(File.ReadAllText(file));
            }
            catch (JsonException e)
            {
                throw new CliFailure($"{file}: not a gold file: {e.Message}");
            }

            var documentPath = Path.Combine(corpusFolder, Path.GetFileName(goldDocument.Document));
            var bytes = InputBytes.Read(documentPath);
            try
            {
                documents.Add(Scorer.Score(goldDocument, DocumentAnnotator.Annotate(bytes, Path.GetFileName(documentPath))));
            }
            catch (IngestException e)
            {
                throw new CliFailure($"{documentPath}: {e.Message}");
            }
        }

        var total = Scorer.Layers
            .Select(layer => documents.Select(d => d.Layers.First(l => l.Layer == layer)).Aggregate((a, b) => a.Add(b)))
            .ToList();
        return new EvalReport(documents, total);
    }

    private static void Print(EvalReport report, int maxMisses)
    {
        var console = DaftarCommandLine.Out;
        var table = new Table().AddColumns("layer", "precision", "recall", "F1", "TP", "FP", "FN");
        foreach (var layer in report.Total)
        {
            table.AddRow(layer.Layer, Number(layer.Precision), Number(layer.Recall), Number(layer.F1),
                layer.TruePositives.ToString(CultureInfo.InvariantCulture), layer.FalsePositives.ToString(CultureInfo.InvariantCulture),
                layer.FalseNegatives.ToString(CultureInfo.InvariantCulture));
        }

        console.MarkupLine($"[bold]{report.Documents.Count} document{(report.Documents.Count == 1 ? "" : "s")}[/]");
        console.Write(table);
        foreach (var layer in report.Total)
        {
            if (layer.Misses.IsEmpty && layer.Spurious.IsEmpty)
                continue;
            console.MarkupLine($"\n[bold]{layer.Layer}[/]");
            foreach (var miss in layer.Misses.Take(maxMisses))
                console.MarkupLine($"  [red]missed[/]   {Markup.Escape(miss)}");
            foreach (var extra in layer.Spurious.Take(maxMisses))
                console.MarkupLine($"  [yellow]spurious[/] {Markup.Escape(extra)}");
        }
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private sealed record EvalReport(IReadOnlyList<DocumentScore> Documents, IReadOnlyList<LayerScore> Total);
}
