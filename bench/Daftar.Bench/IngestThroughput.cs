using System.Diagnostics;
using System.Globalization;
using Daftar.Ingest;
using Daftar.Storage;
using NodaTime;

namespace Daftar.Bench;

/// <summary>
/// End-to-end ingest on one thread: generate N documents, then read, parse, hash and store each one in its own
/// transaction into a fresh SQLite ledger. Reports MB/s and documents/s, for parsing alone and for the whole path.
/// </summary>
/// <remarks>Usage: <c>ingest [--documents N] [--format text|markdown|html|mixed]</c>.</remarks>
internal static class IngestThroughput
{
    public static int Run(string[] args)
    {
        var documents = 10_000;
        var formats = new List<string>();
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--documents")
                documents = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--format")
                formats.Add(args[i + 1]);
        }

        if (formats.Count == 0)
            formats.AddRange(["text", "markdown", "html", "mixed"]);

        Console.WriteLine($"| corpus | documents | MB | parse only MB/s | ingest MB/s | ingest docs/s |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
        foreach (var format in formats)
            Measure(format, documents);
        return 0;
    }

    private static void Measure(string format, int documents)
    {
        var folder = Directory.CreateTempSubdirectory("daftar-bench-").FullName;
        try
        {
            var paths = CorpusGenerator.Write(Path.Combine(folder, "corpus"), documents, format);
            var bytes = paths.Sum(p => new FileInfo(p).Length);
            var megabytes = bytes / 1024.0 / 1024.0;

            // Parsing alone (files already in memory): the readers' share of the work.
            var contents = paths.Select(File.ReadAllBytes).ToList();
            var parse = Stopwatch.StartNew();
            foreach (var (path, content) in paths.Zip(contents))
                _ = DocumentReader.Read(content, Path.GetFileName(path));
            parse.Stop();
            contents.Clear();

            // The whole path, as `daftar ingest` runs it: read file, hash, parse, store.
            using var ledger = SqliteLedger.Open(Path.Combine(folder, "bench.db"));
            var batch = new IngestBatch(ledger, new IngestOptions(), SystemClock.Instance);
            var listing = InputListing.Collect([Path.Combine(folder, "corpus")]);
            var ingest = Stopwatch.StartNew();
            var failed = 0;
            foreach (var input in listing.Inputs)
            {
                if (batch.Ingest(input).Status != FileStatus.Added)
                    failed++;
            }

            batch.Dispose();
            ingest.Stop();
            if (failed > 0)
                Console.Error.WriteLine($"{format}: {failed} documents were not added");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {format} | {documents:N0} | {megabytes:0.0} | {megabytes / parse.Elapsed.TotalSeconds:0.0} | {megabytes / ingest.Elapsed.TotalSeconds:0.0} | {documents / ingest.Elapsed.TotalSeconds:0} |"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
