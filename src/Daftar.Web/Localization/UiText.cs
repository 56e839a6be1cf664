using System.Collections.Frozen;

namespace Daftar.Web.Localization;

/// <summary>The interface's languages.</summary>
public enum UiLanguage
{
    English,
    Arabic,
}

/// <summary>
/// Every string of the interface in English and Arabic, from <c>Localization/ui-strings.tsv</c> (key, English,
/// Arabic). A key missing from the file is a bug the tests catch, so pages show the key itself rather than fail.
/// </summary>
public sealed class UiText
{
    private readonly FrozenDictionary<string, (string English, string Arabic)> strings;

    private UiText(FrozenDictionary<string, (string, string)> strings) => this.strings = strings;

    public static UiText Default { get; } = Load();

    /// <summary>Every key of the file.</summary>
    public IEnumerable<string> Keys => strings.Keys;

    public string this[string key, UiLanguage language] =>
        strings.TryGetValue(key, out var text) ? language == UiLanguage.Arabic ? text.Arabic : text.English : key;

    /// <summary>The language of a URL's first segment ("en", "ar"); null for any other.</summary>
    public static UiLanguage? Parse(string? code) => code switch
    {
        "en" => UiLanguage.English,
        "ar" => UiLanguage.Arabic,
        _ => null,
    };

    public static string Code(UiLanguage language) => language == UiLanguage.Arabic ? "ar" : "en";

    private static UiText Load()
    {
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream("Daftar.Web.ui-strings.tsv")
            ?? throw new InvalidOperationException("ui-strings.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var strings = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || !strings.TryAdd(fields[0], (fields[1], fields[2])))
                throw new InvalidDataException($"ui-strings.tsv line {number}: expected a new key, English and Arabic, tab-separated");
        }

        return new UiText(strings.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
