using System.Text;

namespace Daftar.Extraction.Quotes;

/// <summary>Reads the embedded tab-separated data files of the extraction layers ('#' starts a comment line).</summary>
internal static class DataTable
{
    /// <summary>The rows of the embedded resource <paramref name="name"/> (e.g. "Daftar.Extraction.Quotes.reporting-cues.tsv").</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        using var stream = typeof(DataTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split('\t');
            for (var i = 0; i < cells.Length; i++)
                cells[i] = cells[i].Trim();
            yield return cells;
        }
    }

    /// <summary>The words of a phrase, as lexicon keys.</summary>
    public static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => WordKey.Of(w)).ToArray();
}
