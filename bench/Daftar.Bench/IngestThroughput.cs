using System.Diagnostics;
using System.Globalization;
using Daftar.Ingest;
using Daftar.Storage;
using NodaTime;

namespace Daftar.Bench;

/// <summary>
/// End-to-end ingest on one thread: generate N documents, then read, parse, hash and store each one (whole, under its
/// own savepoint in the batch's write group) into a fresh SQLite ledger. Reports MB/s and documents/s, for parsing
/// alone and for the whole path.
/// </summary>
/// <remarks>
/// Usage: <c>ingest [--documents N] [--format text|markdown|html|mixed]... [--scale K]</c>; the generated articles
/// average about 5 KB, K times that with <c>--scale K</c> (4 gives the length of a long-form analysis piece).
/// </remarks>
internal static class IngestThroughput
{
    public static int Run(string[] args)
    {
        var documents = 10_000;
        var scale = 1;
        var formats = new List<string>();
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--documents")
                documents = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--format")
                formats.Add(args[i + 1]);
            else if (args[i] == "--scale")
                scale = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        if (formats.Count == 0)
            formats.AddRange(["text", "markdown", "html", "mixed"]);

        Console.WriteLine($"| corpus | documents | MB | KB/doc | parse only MB/s | ingest MB/s | ingest docs/s |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|---:|");
        foreach (var format in formats)
            Measure(format, documents, scale);
        return 0;
    }

    private static void WarmUp(string folder, IEnumerable<string> paths)
    {
        var path = Path.Combine(folder, "warm-up.db");
        using (var ledger = SqliteLedger.Open(path))
        using (var batch = new IngestBatch(ledger, new IngestOptions(Extract: false), SystemClock.Instance))
        {
            foreach (var file in paths)
                batch.Ingest(new IngestInput(file, 0));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static void Measure(string format, int documents, int scale)
    {
        var folder = Directory.CreateTempSubdirectory("daftar-bench-").FullName;
        try
        {
            var paths = CorpusGenerator.Write(Path.Combine(folder, "corpus"), documents, format, scale);
            var bytes = paths.Sum(p => new FileInfo(p).Length);
            var megabytes = bytes / 1024.0 / 1024.0;

            // Warm up the JIT on a slice of the corpus, as BenchmarkDotNet would, so the figures are steady state.
            WarmUp(folder, paths.Take(Math.Min(500, paths.Count)));

            // Parsing alone (files already in memory): the readers' share of the work. The fastest of three passes:
            // a single pass right after the warm-up still ran much of the readers' code at the JIT's first tiers
            // (and the more so on a busy machine), so it measured compilation as much as parsing.
            var contents = paths.Select(File.ReadAllBytes).ToList();
            var parse = TimeSpan.MaxValue;
            for (var pass = 0; pass < 3; pass++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var (path, content) in paths.Zip(contents))
                    _ = DocumentReader.Read(content, Path.GetFileName(path));
                parse = TimeSpan.FromTicks(Math.Min(parse.Ticks, watch.Elapsed.Ticks));
            }

            contents.Clear();

            // The whole path, as `daftar ingest` runs it: read file, hash, parse, store.
            using var ledger = SqliteLedger.Open(Path.Combine(folder, "bench.db"));
            var batch = new IngestBatch(ledger, new IngestOptions(Extract: false), SystemClock.Instance);
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
                $"| {format} | {documents:N0} | {megabytes:0.0} | {bytes / 1024.0 / documents:0.0} | {megabytes / parse.TotalSeconds:0.0} | {megabytes / ingest.Elapsed.TotalSeconds:0.0} | {documents / ingest.Elapsed.TotalSeconds:0} |"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
