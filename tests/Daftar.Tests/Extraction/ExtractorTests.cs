using CsCheck;
using Daftar.Domain;
using Daftar.Extraction;
using Xunit;

namespace Daftar.Tests.Extraction;

/// <summary>The whole pipeline: every layer's output holds together on one text.</summary>
public sealed class ExtractorTests
{
    private static readonly AnnotationSource Source = new("Test", "2024-03-18", "en", null, null, [], "00") { Dateline = "March 18, 2024" };

    // An invented report, written for this test.
    private const string Report =
        "On Saturday, March 16, 2024, Muqtada al-Sadr ordered Saraya al-Salam to leave Samarra within thirty days. " +
        "“We will not keep a single rifle outside the state,” a senior Sadrist told reporters in Najaf. " +
        "Asa’ib Ahl al-Haq, an Iran-backed group led by Qais al-Khazali, rejected the order two days later.";

    [Fact]
    public void A_report_yields_actors_quotes_dates_and_the_creation_time()
    {
        var annotation = Extractor.Extract(Report, Source);

        Assert.Contains(annotation.Actors, a => a.Name == "Moqtada al-Sadr" && a.Type == ActorType.Person);
        Assert.Contains(annotation.Actors, a => a.Name == "Qais al-Khazali");
        var quote = Assert.Single(annotation.Quotes);
        Assert.Equal("We will not keep a single rifle outside the state", quote.Text);
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Assert.True(quote.Speaker.Anonymous);
        Assert.Equal("sadrist-movement", quote.Speaker.Actor);
        Assert.Contains(annotation.Timexes, t => t.Value == "2024-03-16");
        var creation = annotation.Timexes[0];
        Assert.Equal((TimexAnnotation.CreationTime, "March 18, 2024", "2024-03-18"), (creation.Function, creation.Text, creation.Value));
    }

    [Fact]
    public void Without_a_publication_date_there_is_no_creation_time()
    {
        var annotation = Extractor.Extract(Report, Source with { Published = null, Dateline = null });

        Assert.DoesNotContain(annotation.Timexes, t => t.Function is not null);
    }

    [Fact]
    public void Every_span_of_every_layer_lies_in_the_text_and_says_what_it_claims()
    {
        Gen.String[0, 400].Select(s => s + " " + Report[..(s.Length % Report.Length)]).Sample(text =>
        {
            var annotation = Extractor.Extract(text, Source);
            foreach (var actor in annotation.Actors)
            {
                foreach (var mention in actor.Mentions)
                    Assert.True(mention.FitsIn(text.Length));
            }

            foreach (var quote in annotation.Quotes)
                Assert.Equal(quote.Text, text[quote.Start..quote.End]);
            foreach (var timex in annotation.Timexes.Where(t => t.Function is null))
                Assert.Equal(timex.Text, text[timex.Start..timex.End]);
            foreach (var span in annotation.Relations.Select(r => r.Evidence)
                         .Concat(annotation.Events.Select(e => e.Evidence))
                         .Concat(annotation.Positions.Select(p => p.Evidence)))
            {
                Assert.True(span.FitsIn(text.Length));
            }

            var ids = annotation.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            Assert.All(annotation.Quotes, q => Assert.True(q.Speaker.Actor is null || ids.Contains(q.Speaker.Actor)));
            Assert.All(annotation.Relations, r => Assert.True(ids.Contains(r.Subject) && ids.Contains(r.Object)));
        }, iter: 300);
    }
}
