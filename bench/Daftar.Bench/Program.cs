using BenchmarkDotNet.Running;
using Daftar.Bench;

// `ingest` runs the end-to-end ingest measurement; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "ingest")
    return IngestThroughput.Run(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(IngestThroughput).Assembly).Run(args);
return 0;
