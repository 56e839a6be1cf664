using System.Text.RegularExpressions;
using Daftar.Domain;
using Daftar.Storage;
using Daftar.Web.Localization;
using Xunit;

namespace Daftar.Web.Tests;

public partial class UiTextTests
{
    [Fact]
    public void Every_string_has_an_English_and_an_Arabic_text()
    {
        foreach (var key in UiText.Default.Keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(UiText.Default[key, UiLanguage.English]), key);
            var arabic = UiText.Default[key, UiLanguage.Arabic];
            Assert.True(arabic.Any(c => c is >= '\u0600' and <= '\u06FF') || key == "app.name", $"{key}: '{arabic}' is not Arabic");
        }
    }

    [Fact]
    public void Every_key_the_pages_use_is_there_including_those_made_from_codes()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(PagesFolder(), "*.cs*", SearchOption.AllDirectories))
        {
            foreach (Match match in KeyPattern().Matches(File.ReadAllText(file)))
                used.Add(match.Groups[1].Value);
        }

        used.UnionWith(Enum.GetValues<QuoteKind>().Select(k => "quote.kind." + Codes.Name(k)));
        used.UnionWith(Enum.GetValues<ActorType>().Select(k => "actor.type." + Codes.Name(k)));
        used.UnionWith(Enum.GetValues<RelationKind>().Select(k => "relation." + Codes.Name(k)));
        used.UnionWith(Enum.GetValues<Stance>().Select(k => "stance." + Codes.Name(k)));
        used.UnionWith(Enum.GetValues<ReviewState>().Select(k => "review.state." + Codes.Name(k)));
        used.UnionWith(Enum.GetValues<EntryKind>().Select(k => "review.kind." + Codes.Name(k)));

        Assert.True(used.Count > 40);
        Assert.DoesNotContain(used, key => !key.EndsWith('.') && !UiText.Default.Keys.Contains(key));
    }

    // The repository's page sources, found from the test's output folder.
    private static string PagesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var pages = Path.Combine(dir.FullName, "src", "Daftar.Web", "Pages");
            if (Directory.Exists(pages))
                return pages;
        }

        throw new DirectoryNotFoundException("src/Daftar.Web/Pages");
    }

    [GeneratedRegex("""T\("([a-z_.]+)"\)?""")]
    private static partial Regex KeyPattern();
}
