using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Daftar.Publishing;
using Daftar.Storage;
using Spectre.Console;

namespace Daftar.Cli.Commands;

/// <summary>
/// <c>daftar export</c>: the whole ledger as one JSON document (import is its exact inverse), or in an open format:
/// Popolo JSON, CSV tables, GraphML of the relations, or one source's document annotation. <c>--public</c> reads only
/// what the public may see.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "popolo", "csv", "graphml", "annotation"];

    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output (csv: a new folder of one file per table, or a file ending in .zip)",
            HelpName = "PATH",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the whole ledger, import's inverse), popolo, csv, graphml, or annotation (of one --source)",
            DefaultValueFactory = _ => "json",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Formats);
        var source = new Option<long?>("--source") { Description = "The source whose annotation to write (--format annotation)", HelpName = "ID" };
        var publicOnly = new Option<bool>("--public") { Description = "Only what the public may see: accepted entries of non-confidential sources, no confidential speaker or note" };
        var withText = new Option<bool>("--with-text") { Description = "csv: include each source's clean text in sources.csv" };
        var command = new Command("export", "Write the ledger as JSON (whole, original bytes included), Popolo JSON, CSV, GraphML or one source's annotation")
        {
            output, format, source, publicOnly, withText,
        };
        command.SetAction(result => DaftarCommandLine.Run(() =>
        {
            var chosen = result.GetValue(format)!;
            var sourceId = result.GetValue(source);
            var path = result.GetValue(output);
            if (chosen == "annotation" && sourceId is null)
                throw new CliFailure("--format annotation needs --source ID", ExitCode.Usage);
            if (chosen != "annotation" && sourceId is not null)
                throw new CliFailure("--source is for --format annotation only", ExitCode.Usage);
            if (result.GetValue(withText) && chosen != "csv")
                throw new CliFailure("--with-text is for --format csv only", ExitCode.Usage);
            if (chosen == "csv" && path is null)
                throw new CliFailure("--format csv needs -o FOLDER (one file per table) or -o FILE.zip", ExitCode.Usage);
            if (path is not null)
                CheckTarget(path, folder: chosen == "csv" && !IsZip(path));

            using var ledger = Open(result, result.GetValue(publicOnly));
            switch (chosen)
            {
                case "popolo":
                    var tables = ledger.ExportTables();
                    Emit(path, stream =>
                    {
                        PopoloExport.Write(tables, stream);
                        stream.WriteByte((byte)'\n');
                    });
                    Done(path, $"{tables.Actors.Length} actors as Popolo JSON");
                    break;
                case "graphml":
                    var graph = ledger.RelationGraph();
                    Emit(path, graph.WriteGraphMl);
                    Done(path, $"{graph.Nodes.Length} actors, {graph.Edges.Length} relations as GraphML");
                    break;
                case "annotation":
                    // The same answer for a confidential source read publicly as for a missing one.
                    var annotation = ledger.AnnotationOf(sourceId!.Value)
                        ?? throw new CliFailure($"no source {sourceId.Value.ToString(CultureInfo.InvariantCulture)}{(ledger.Audience == LedgerAudience.Public ? " among the public sources" : "")}");
                    Emit(path, stream =>
                    {
                        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Extraction.AnnotationJson.Options.Encoder });
                        annotation.WriteTo(json);
                        json.Flush();
                        stream.WriteByte((byte)'\n');
                    });
                    Done(path, $"the annotation of source {sourceId.Value.ToString(CultureInfo.InvariantCulture)}");
                    break;
                case "csv":
                    var csv = ledger.ExportTables(result.GetValue(withText));
                    if (IsZip(path!))
                        Emit(path, stream => CsvExport.WriteZip(csv, stream));
                    else
                        WriteFolder(path!, csv);
                    Done(path, $"{CsvExport.TableNames.Length} tables as CSV ({csv.Sources.Length} sources, {csv.Actors.Length} actors)");
                    break;
                default:
                    var snapshot = ledger.Export();
                    Emit(path, stream => Write(stream, snapshot));
                    Done(path, $"{snapshot.Sources.Length} sources, {snapshot.Actors.Length} actors");
                    break;
            }

            return ExitCode.Success;
        }));
        return command;
    }

    private static SqliteLedger Open(ParseResult result, bool publicOnly)
    {
        if (!publicOnly)
            return Ledgers.OpenExisting(result);
        var path = GlobalOptions.DatabasePath(result);
        if (!File.Exists(path))
            throw new CliFailure($"{path}: no ledger here (ingest something first, or pass --db PATH)");

        // The public connection needs an up-to-date schema: bring it up to date as the analyst who runs this.
        SqliteLedger.Open(path).Dispose();
        return SqliteLedger.Open(path, LedgerAudience.Public);
    }

    private static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Refuses a target that cannot be written whole before anything is read or written.</summary>
    private static void CheckTarget(string path, bool folder)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is not null && !Directory.Exists(parent))
            throw new CliFailure($"{path}: the folder {parent} does not exist");
        if (folder)
        {
            if (File.Exists(full))
                throw new CliFailure($"{path}: is a file; CSV tables go into a new folder (or give a name ending in .zip)");
            if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
                throw new CliFailure($"{path}: the folder is not empty; choose a new one");
        }
        else if (Directory.Exists(full))
        {
            throw new CliFailure($"{path}: is a folder; give a file name");
        }
    }

    /// <summary>Writes to standard output, or beside the target and then moved into place, so a failed export never leaves half a file.</summary>
    private static void Emit(string? path, Action<Stream> write)
    {
        if (path is null)
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            return;
        }

        var temporary = path + ".partial";
        try
        {
            using (var file = File.Create(temporary))
                write(file);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes every table into a sibling folder, then moves the whole folder into place.</summary>
    private static void WriteFolder(string path, LedgerTables tables)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".partial";
        if (Directory.Exists(temporary))
            Directory.Delete(temporary, recursive: true);
        Directory.CreateDirectory(temporary);
        try
        {
            foreach (var name in CsvExport.TableNames)
            {
                using var file = File.Create(Path.Combine(temporary, name + ".csv"));
                CsvExport.WriteTable(tables, name, file);
            }

            if (Directory.Exists(full))
                Directory.Delete(full); // empty, as CheckTarget made sure
            Directory.Move(temporary, full);
        }
        finally
        {
            if (Directory.Exists(temporary))
                Directory.Delete(temporary, recursive: true);
        }
    }

    private static void Done(string? path, string what)
    {
        if (path is not null)
            DaftarCommandLine.Status.MarkupLine($"exported {Markup.Escape(what)} → {Markup.Escape(path)}");
    }

    private static void Write(Stream stream, LedgerSnapshot snapshot)
    {
        JsonSerializer.Serialize(stream, snapshot, LedgerJson.Options);
        stream.WriteByte((byte)'\n');
    }
}
