using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Storage;
using NodaTime;

namespace Daftar.Ingest;

/// <summary>How one input fared.</summary>
public enum FileStatus
{
    Added,
    Duplicate,
    Failed,
}

/// <summary>What became of one input: the source that holds it now, or the problem that stopped it.</summary>
/// <param name="Path">The input as named on the command line or found in a folder ("-" for standard input).</param>
/// <param name="Problem">For <see cref="FileStatus.Failed"/>: the problem in plain words; for a duplicate: what it duplicates.</param>
public sealed record FileOutcome(string Path, FileStatus Status, long? SourceId, string? Title, string? Language, string? Problem, long Bytes);

/// <summary>Limits and switches for a batch.</summary>
/// <param name="MaxBytes">Inputs larger than this are refused, not read.</param>
/// <param name="Extract">Run extraction and store its findings as candidates for review.</param>
/// <param name="Confidential">Store the new sources confidential (an interview, a private briefing): they never reach
/// the public, from the moment they are stored.</param>
public sealed record IngestOptions(long MaxBytes = IngestOptions.DefaultMaxBytes, bool Extract = true, bool Confidential = false)
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;
}

/// <summary>
/// Reads inputs and stores each as a source, each document whole or not at all (see
/// <see cref="SqliteLedger.BeginWriteGroup"/>). A bad input is reported and skipped; the rest of the batch goes
/// on. The reading itself is <see cref="DocumentReader"/>'s pure work; this class is the I/O around it.
/// Dispose it to commit the last documents.
/// </summary>
public sealed class IngestBatch : IDisposable
{
    private readonly SqliteLedger ledger;
    private readonly IngestOptions options;
    private readonly IClock clock;
    private readonly IDisposable writeGroup;
    private readonly Lazy<Gazetteer> gazetteer;

    public IngestBatch(SqliteLedger ledger, IngestOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        this.ledger = ledger;
        this.options = options;
        this.clock = clock;

        // The analysts' corrections (actors they accepted, names they added) teach this batch's extraction; read
        // before the write group opens, as it is all the batch sees of them.
        var corrections = options.Extract ? ledger.GazetteerCorrections(Gazetteer.Default) : [];
        gazetteer = new Lazy<Gazetteer>(() => corrections.Count == 0 ? Gazetteer.Default : Gazetteer.Default.With(corrections));
        writeGroup = ledger.BeginWriteGroup();
    }

    /// <summary>Commits what the batch has added.</summary>
    public void Dispose() => writeGroup.Dispose();

    /// <summary>Ingests one file, or standard input when <paramref name="input"/>'s path is "-".</summary>
    public FileOutcome Ingest(IngestInput input, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[] bytes;
        try
        {
            bytes = input.IsStandardInput
                ? ReadLimited(standardInput ?? throw new ArgumentNullException(nameof(standardInput)), options.MaxBytes)
                : ReadFile(input.Path, options.MaxBytes);
        }
        catch (IngestException e)
        {
            return Failed(input, e.Message, 0);
        }

        return Ingest(input.Path, bytes);
    }

    /// <summary>Ingests bytes already in memory, named <paramref name="name"/> (its extension picks the format).</summary>
    public FileOutcome Ingest(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > options.MaxBytes)
            return Failed(name, TooLarge(bytes.LongLength), bytes.LongLength);

        // Hash first: a known document is answered without parsing it again.
        var sha256 = SqliteLedger.Sha256Hex(bytes);
        if (ledger.FindBySha256(sha256) is { } known)
            return new FileOutcome(name, FileStatus.Duplicate, known, null, null, $"already in the ledger as source {known} (same bytes)", bytes.LongLength);

        ParsedDocument document;
        try
        {
            document = DocumentReader.Read(bytes, System.IO.Path.GetFileName(name));
        }
        catch (IngestException e)
        {
            return Failed(name, e.Message, bytes.LongLength);
        }

        var source = new Source(
            0, sha256, System.IO.Path.GetFileName(name), FormatName(document.Format), document.Language, document.Title,
            document.Published, document.Publisher, document.Author, document.Translations, Confidential: options.Confidential,
            clock.GetCurrentInstant(), document.Text);
        var annotation = options.Extract ? Extractor.Extract(document.Text, AnnotationSourceOf(document, sha256), gazetteer.Value) : null;
        var outcome = ledger.AddSource(source, bytes, annotation);
        return outcome.Result switch
        {
            AddResult.Added => new FileOutcome(name, FileStatus.Added, outcome.SourceId, document.Title, document.Language, null, bytes.LongLength),
            AddResult.SameBytes => new FileOutcome(name, FileStatus.Duplicate, outcome.SourceId, document.Title, document.Language,
                $"already in the ledger as source {outcome.SourceId} (same bytes)", bytes.LongLength),
            _ => new FileOutcome(name, FileStatus.Duplicate, outcome.SourceId, document.Title, document.Language,
                $"same text as source {outcome.SourceId} (different bytes); not added again", bytes.LongLength),
        };
    }

    private static AnnotationSource AnnotationSourceOf(ParsedDocument document, string sha256) => new(
        document.Title,
        document.Published is { } date ? NodaTime.Text.LocalDatePattern.Iso.Format(date) : null,
        document.Language,
        document.Publisher,
        document.Author,
        document.Translations,
        sha256);

    private static string FormatName(DocumentFormat format) => format switch
    {
        DocumentFormat.Html => "html",
        DocumentFormat.Markdown => "markdown",
        _ => "text",
    };

    private static FileOutcome Failed(IngestInput input, string problem, long bytes) => Failed(input.Path, problem, bytes);

    private static FileOutcome Failed(string path, string problem, long bytes) =>
        new(path, FileStatus.Failed, null, null, null, problem, bytes);

    private static string TooLarge(long length) =>
        $"too large: {length:N0} bytes, over the limit of the batch (--max-size)";

    private static byte[] ReadFile(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new IngestException(IngestProblem.Unreadable, "no such file");
            if (info.Length > maxBytes)
                throw new IngestException(IngestProblem.TooLarge, $"too large: {info.Length:N0} bytes, over the limit of {maxBytes:N0} (--max-size)");
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new IngestException(IngestProblem.Unreadable, "cannot be read: permission denied");
        }
        catch (IOException e)
        {
            throw new IngestException(IngestProblem.Unreadable, $"cannot be read: {e.Message}");
        }
    }

    private static byte[] ReadLimited(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
                throw new IngestException(IngestProblem.TooLarge, $"too large: over the limit of {maxBytes:N0} bytes (--max-size)");
        }

        return buffer.ToArray();
    }
}
