namespace Daftar.Cli;

/// <summary>What the process tells its caller. Documented in the README.</summary>
internal static class ExitCode
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int BadInput = 2;
    public const int Internal = 3;
}
