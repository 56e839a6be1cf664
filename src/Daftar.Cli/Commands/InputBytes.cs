namespace Daftar.Cli.Commands;

/// <summary>Reading one named input (a file, or - for standard input) with errors that name it.</summary>
internal static class InputBytes
{
    public static byte[] Read(string path)
    {
        try
        {
            if (path == "-")
            {
                using var buffer = new MemoryStream();
                Console.OpenStandardInput().CopyTo(buffer);
                return buffer.ToArray();
            }

            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new CliFailure($"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliFailure($"{path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliFailure($"{path}: cannot be read: permission denied");
        }
        catch (IOException e)
        {
            throw new CliFailure($"{path}: cannot be read: {e.Message}");
        }
    }
}
