namespace Daftar.Ingest;

/// <summary>One thing to ingest: a file, or standard input ("-").</summary>
public sealed record IngestInput(string Path, long Length)
{
    public bool IsStandardInput => Path == "-";
}

/// <summary>The inputs found under the paths a user named, and the paths that could not be used.</summary>
public sealed record InputListing(IReadOnlyList<IngestInput> Inputs, IReadOnlyList<FileOutcome> Problems)
{
    /// <summary>
    /// Expands files, folders (recursively, skipping hidden entries, in ordinal path order so a batch always
    /// runs in the same order) and "-" into inputs. Missing or unreadable paths become problems, not exceptions.
    /// </summary>
    public static InputListing Collect(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inputs = new List<IngestInput>();
        var problems = new List<FileOutcome>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new IngestInput("-", 0));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new IngestInput(path, new FileInfo(path).Length));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var options = new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                        IgnoreInaccessible = false,
                    };
                    foreach (var file in Directory.EnumerateFiles(path, "*", options)
                                 .Where(f => !IsHidden(path, f))
                                 .Order(StringComparer.Ordinal))
                    {
                        inputs.Add(new IngestInput(file, new FileInfo(file).Length));
                    }
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException)
                {
                    problems.Add(new FileOutcome(path, FileStatus.Failed, null, null, null, $"folder cannot be read: {e.Message}", 0));
                }
            }
            else
            {
                problems.Add(new FileOutcome(path, FileStatus.Failed, null, null, null, "no such file or folder", 0));
            }
        }

        return new InputListing(inputs, problems);
    }

    // Dot-files and dot-folders (.git, .DS_Store) are never documents.
    private static bool IsHidden(string root, string file)
    {
        var relative = System.IO.Path.GetRelativePath(root, file);
        return relative.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }
}
