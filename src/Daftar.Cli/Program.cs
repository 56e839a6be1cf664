using Daftar.Cli;

return DaftarCommandLine.Build().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration
{
    EnableDefaultExceptionHandler = false,
});
