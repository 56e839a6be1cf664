using Daftar.Domain;
using Daftar.Extraction;
using Xunit;

namespace Daftar.Tests.Extraction;

/// <summary>
/// A document in two languages is read paragraph by paragraph with each language's own rules: the rules of a
/// language fire on its script only, so an English paragraph inside an Arabic article gives its quotation, speaker
/// and date exactly as in an English article, and the Arabic around it loses nothing.
/// </summary>
public class MixedLanguageTests
{
    private const string Text =
        "قال مقتدى الصدر في بيان يوم ١٦ آذار ٢٠٢٤: «السلاح للدولة وحدها».\n\n"
        + "In Washington, a State Department spokesman said on Monday, March 18, that “the United States welcomes any step that strengthens the Iraqi state.”\n\n"
        + "وأكد قيس الخزعلي أمس أن «المقاومة ستبقى ما بقي الاحتلال».";

    private static readonly DocumentAnnotation Annotation =
        Extractor.Extract(Text, new AnnotationSource("Mixed", "2024-03-19", "ar", null, null, [], ""));

    [Fact]
    public void Each_paragraph_gives_its_quotation_with_its_speaker()
    {
        Assert.Contains(Annotation.Quotes, q => q.Text == "السلاح للدولة وحدها" && q.Speaker.Actor == "moqtada-al-sadr");
        Assert.Contains(Annotation.Quotes, q => q.Text.StartsWith("the United States welcomes", StringComparison.Ordinal) && q.Speaker.Actor is not null);
        Assert.Contains(Annotation.Quotes, q => q.Text == "المقاومة ستبقى ما بقي الاحتلال" && q.Speaker.Actor == "qais-al-khazali");
    }

    [Fact]
    public void Each_paragraph_gives_its_dates_against_the_publication_date()
    {
        Assert.Contains(Annotation.Timexes, t => t.Text.EndsWith("١٦ آذار ٢٠٢٤", StringComparison.Ordinal) && t.Value == "2024-03-16");
        Assert.Contains(Annotation.Timexes, t => t.Text == "أمس" && t.Value == "2024-03-18");
        Assert.Contains(Annotation.Timexes, t => t.Text.Contains("March 18", StringComparison.Ordinal) && t.Value == "2024-03-18");
    }

    [Fact]
    public void Actors_of_both_scripts_are_found_and_named_once()
    {
        Assert.Single(Annotation.Actors, a => a.Id == "moqtada-al-sadr");
        Assert.Contains(Annotation.Actors, a => a.Id == "united-states" && a.Type == ActorType.State);
        Assert.Contains(Annotation.Actors, a => a.Id == "qais-al-khazali");
    }
}
