namespace Daftar.Ingest;

/// <summary>A document could not be read. <see cref="Exception.Message"/> names the problem in plain words.</summary>
public sealed class IngestException : Exception
{
    public IngestException()
        : this(IngestProblem.Unreadable, "The document could not be read.")
    {
    }

    public IngestException(string message)
        : this(IngestProblem.Unreadable, message)
    {
    }

    public IngestException(string message, Exception innerException)
        : this(IngestProblem.Unreadable, message, innerException)
    {
    }

    public IngestException(IngestProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    public IngestException(IngestProblem problem, string message, Exception? innerException)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>What is wrong with the document.</summary>
    public IngestProblem Problem { get; }
}
