namespace Daftar.Cli;

/// <summary>A problem with what the user gave us: printed as one clear line, exit code 2 (or 1 for usage).</summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(string message, int exitCode = ExitCode.BadInput)
        : base(message) => Code = exitCode;

    public CliFailure()
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Code { get; } = ExitCode.BadInput;
}
