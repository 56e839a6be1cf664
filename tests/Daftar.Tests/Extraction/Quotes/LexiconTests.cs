using Daftar.Extraction.Positions;
using Daftar.Extraction.Quotes;
using Xunit;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>The data tables load, per language, and hold what the rules need.</summary>
public class LexiconTests
{
    private static IEnumerable<string[]> Rows(string file) => DataTable.Rows("Daftar.Extraction." + file);

    [Fact]
    public void The_english_reporting_lexicon_has_over_150_verbs_and_phrases()
    {
        var english = Rows("Quotes.reporting-cues.tsv").Where(r => r[0] == "en").Select(r => r[2]).Distinct().Count();
        Assert.True(english >= 150, $"{english} English entries");
    }

    [Theory]
    [InlineData("reporting-cues.tsv")]
    [InlineData("speaker-nouns.tsv")]
    [InlineData("function-words.tsv")]
    [InlineData("term-markers.tsv")]
    public void Every_quotation_table_has_english_and_arabic_rows(string file)
    {
        var languages = Rows("Quotes." + file).Select(r => r[0]).ToHashSet();
        Assert.Contains("en", languages);
        Assert.Contains("ar", languages);
    }

    [Theory]
    [InlineData("issues.tsv")]
    [InlineData("stance-words.tsv")]
    public void Every_position_table_has_english_and_arabic_rows(string file)
    {
        var languages = Rows("Positions." + file).Select(r => r[0]).ToHashSet();
        Assert.Contains("en", languages);
        Assert.Contains("ar", languages);
    }

    [Theory]
    [InlineData("en", "said")]
    [InlineData("en", "emphasized")]
    [InlineData("en", "ventured")]
    [InlineData("en", "adding")]
    [InlineData("en", "Noted")]
    [InlineData("ar", "قال")]
    [InlineData("ar", "وأكد")]
    [InlineData("ar", "فأضاف")]
    public void Reporting_verbs_are_found_in_every_form(string language, string word)
    {
        var entry = LanguageLexicon.For(language).Find(word);
        Assert.NotNull(entry);
        Assert.Contains(entry.Phrases, p => p.Kind == PhraseKind.Verb);
    }

    [Fact]
    public void Nouns_that_are_also_verbs_are_not_cues_in_their_noun_forms()
    {
        var english = LanguageLexicon.For("en");
        Assert.DoesNotContain(english.Find("state")?.Phrases ?? [], p => p.Kind == PhraseKind.Verb);
        Assert.DoesNotContain(english.Find("demands")?.Phrases ?? [], p => p.Kind == PhraseKind.Verb);
        Assert.Contains(english.Find("stated")!.Phrases, p => p.Kind == PhraseKind.Verb);
    }

    [Fact]
    public void Regular_english_forms_are_made_from_the_base()
    {
        Assert.Equal(["note", "notes", "noted", "noting"], LanguageLexicon.EnglishForms("note"));
        Assert.Equal(["reply", "replies", "replied", "replying"], LanguageLexicon.EnglishForms("reply"));
        Assert.Equal(["stress", "stresses", "stressed", "stressing"], LanguageLexicon.EnglishForms("stress"));
        Assert.Equal(["point out", "points out", "pointed out", "pointing out"], LanguageLexicon.EnglishForms("point out"));
        Assert.Equal(["agree", "agrees", "agreed", "agreeing"], LanguageLexicon.EnglishForms("agree"));
    }

    [Fact]
    public void Arabic_words_are_found_through_proclitics_and_the_article()
    {
        var arabic = LanguageLexicon.For("ar");
        Assert.True(arabic.Find("المتحدث")?.Has(WordRole.PersonNoun));
        Assert.True(arabic.Find("للمسؤول")?.Has(WordRole.PersonNoun));
        Assert.True(LanguageLexicon.IsArabicDefinite("والمتحدث"));
        Assert.False(LanguageLexicon.IsArabicDefinite("مصدر"));
    }

    [Fact]
    public void Both_languages_have_position_lexicons()
    {
        Assert.NotNull(PositionLexicon.For("en"));
        Assert.NotNull(PositionLexicon.For("ar"));
    }
}
