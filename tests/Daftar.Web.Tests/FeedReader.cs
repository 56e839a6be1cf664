using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Daftar.Web.Tests;

/// <summary>A person as the feed client read one.</summary>
public sealed record ReadPerson(string? Name, string? Email, string? Url);

/// <summary>A category as the feed client read one.</summary>
public sealed record ReadCategory(string? Term, string? Label);

/// <summary>An entry as the feed client read it.</summary>
public sealed record ReadItem(string? Id, string? Title, string? Description, string? Url, DateTimeOffset? Published, DateTimeOffset? Updated,
    IReadOnlyList<ReadPerson> Authors, IReadOnlyList<ReadCategory> Categories);

/// <summary>A feed as the feed client read it.</summary>
public sealed record ReadFeed(ReadMeta Meta, string? Title, string? Language, string? Url, string? Self, DateTimeOffset? Updated,
    IReadOnlyList<ReadPerson> Authors, IReadOnlyList<ReadItem> Items);

/// <summary>Which format the client recognised.</summary>
public sealed record ReadMeta(string Type, string? Version);

/// <summary>
/// Reads feeds with a real feed client: an npm feed parser run by node (tests/feed-reader), installed with `npm ci`
/// on first use.
/// </summary>
public static class FeedReader
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString };
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool installed;

    /// <summary>The folder of the node script, beside the test projects.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>Parses feed bytes as the client does.</summary>
    public static async Task<ReadFeed> Read(byte[] feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await Install();
        var file = Path.Combine(Path.GetTempPath(), $"daftar-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(file, feed);
        try
        {
            var (exit, output, error) = await Run("node", Folder, "read-feed.mjs", file);
            if (exit != 0)
                throw new InvalidOperationException($"the feed client could not read the feed: {error}");
            return JsonSerializer.Deserialize<ReadFeed>(output, Json) ?? throw new InvalidOperationException("the feed client printed nothing");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task Install()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (installed || Directory.Exists(Path.Combine(Folder, "node_modules", "@rowanmanning", "feed-parser")))
            {
                installed = true;
                return;
            }

            var (exit, _, error) = await Run("npm", Folder, "ci", "--no-audit", "--no-fund");
            if (exit != 0)
                throw new InvalidOperationException($"npm ci failed in {Folder}: {error}");
            installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int Exit, string Output, string Error)> Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "feed-reader");
            if (File.Exists(Path.Combine(candidate, "read-feed.mjs")))
                return candidate;
        }

        throw new InvalidOperationException("tests/feed-reader not found above " + AppContext.BaseDirectory);
    }
}
