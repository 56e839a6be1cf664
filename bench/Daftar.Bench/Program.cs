using BenchmarkDotNet.Running;
using Daftar.Bench;

// `ingest`, `extract` and `web` run the end-to-end measurements; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "ingest")
    return IngestThroughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "extract")
    return ExtractionThroughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "web")
    return await WebLatency.Run(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(IngestThroughput).Assembly).Run(args);
return 0;
