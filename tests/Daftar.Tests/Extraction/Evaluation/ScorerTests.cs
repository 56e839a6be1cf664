using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Evaluation;
using Xunit;

namespace Daftar.Tests.Extraction.Evaluation;

public sealed class ScorerTests
{
    // A gold file of our own in the daftar-gold/1 form, about an invented two-sentence report.
    private const string GoldJson = """
        {
          "format": "daftar-gold/1",
          "document": "corpus/basra-note.txt",
          "source": {"title": "Basra port talks", "published": "2024-03-18", "language": "en", "publisher": null, "author": null, "translations": []},
          "body": {"starts_with": "On March 16, 2024, Muqtada al-Sadr", "ends_with": "for now.", "must_not_contain": ["Share this"]},
          "actors": [
            {"name": "Moqtada al-Sadr", "type": "person", "aliases": ["Muqtada al-Sadr", "al-Sadr"], "required": true},
            {"name": "Sadrist movement", "type": "organization", "aliases": ["Sadrists", "Sadrist"], "required": true},
            {"name": "Basra Port Authority", "type": "organization", "aliases": [], "required": false}
          ],
          "quotes": [
            {"text": "We will hold the line,", "kind": "speech", "speaker": "Sadrist movement", "speaker_description": "a senior Sadrist", "required": true},
            {"text": "reform", "kind": "term", "speaker": null, "speaker_description": null, "required": false}
          ],
          "timexes": [
            {"text": "March 16, 2024", "value": "2024-03-16", "required": true},
            {"text": "pre-2011", "value": "2011", "required": true},
            {"text": "now", "value": "PRESENT_REF", "required": false}
          ],
          "relations": [
            {"subject": "Moqtada al-Sadr", "predicate": "leads", "object": "Sadrist movement", "required": true, "also_accept_predicate": ["member_of"]}
          ],
          "events": [
            {"date": "2024-03-16", "actor": "Moqtada al-Sadr", "type": "STATEMENT", "summary": "issues a statement", "required": true}
          ],
          "positions": [
            {"actor": "Sadrist movement", "issue": "port control", "stance": "oppose", "statement": "End foreign control of the port", "required": true}
          ]
        }
        """;

    private const string Text = "On March 16, 2024, Muqtada al-Sadr spoke. “We will hold the line,” a senior Sadrist said of the pre-2011 order. That is where it rests for now.";

    private static DocumentAnnotation Perfect() => new(
        new AnnotationSource("Basra port talks", "2024-03-18", "en", null, null, [], "00"),
        Text,
        [
            new ActorAnnotation("moqtada-al-sadr", "Moqtada al-Sadr", ActorType.Person, ["Muqtada al-Sadr"], [new TextSpan(19, 34)]),
            new ActorAnnotation("sadrist-movement", "Sadrist movement", ActorType.Organization, ["Sadrist"], [new TextSpan(77, 84)]),
        ],
        [new QuoteAnnotation("We will hold the line", 43, 64, QuoteKind.Speech, new SpeakerAnnotation("sadrist-movement", "a senior Sadrist", true), "said")],
        [
            new TimexAnnotation("March 16, 2024", 3, 17, TimexType.Date, "2024-03-16"),
            new TimexAnnotation("2011", 101, 105, TimexType.Date, "2011"),
        ],
        [new RelationAnnotation("moqtada-al-sadr", RelationKind.MemberOf, "sadrist-movement", new TextSpan(0, 10))],
        [new EventAnnotation("2024-03-16", "moqtada-al-sadr", null, EventType.Statement, "spoke", new TextSpan(0, 41))],
        [new PositionAnnotation("sadrist-movement", "port", Stance.Oppose, "End foreign control of the port.", new TextSpan(0, 10))]);

    private static LayerScore Layer(DocumentScore score, string name) => score.Layers.Single(l => l.Layer == name);

    [Fact]
    public void A_perfect_annotation_scores_one_on_every_layer()
    {
        var score = Scorer.Score(GoldDocument.Parse(GoldJson), Perfect());

        foreach (var layer in Scorer.Layers)
        {
            Assert.Equal(1.0, Layer(score, layer).Precision);
            Assert.Equal(1.0, Layer(score, layer).Recall);
        }

        Assert.Equal(3, Layer(score, "body").TruePositives);
    }

    [Fact]
    public void Body_checks_fail_on_left_over_chrome()
    {
        var score = Scorer.Score(GoldDocument.Parse(GoldJson), Perfect() with { Text = Text + "\n\nShare this" });

        Assert.Equal(["ends with 'for now.'", "must not contain 'Share this'"], Layer(score, "body").Misses.ToArray());
    }

    [Fact]
    public void Misses_and_spurious_items_are_named()
    {
        var annotation = Perfect() with
        {
            Actors = [.. Perfect().Actors.Take(1), new ActorAnnotation("kufa", "Kufa", ActorType.Other, [], [])],
            Timexes = [new TimexAnnotation("2011", 101, 105, TimexType.Date, "2010")],
        };

        var score = Scorer.Score(GoldDocument.Parse(GoldJson), annotation);

        Assert.Contains("Sadrist movement", Layer(score, "actors").Misses);
        Assert.Contains("Kufa", Layer(score, "actors").Spurious);
        Assert.Equal(0.5, Layer(score, "actors").Recall);
        Assert.Equal(0.5, Layer(score, "actors").Precision);
        Assert.Equal(0, Layer(score, "timexes").TruePositives);
        Assert.Equal(2, Layer(score, "timexes").FalseNegatives);
        Assert.Contains("2011 = 2010", Layer(score, "timexes").Spurious);
    }

    [Fact]
    public void Items_not_required_are_neither_demanded_nor_penalised()
    {
        var annotation = Perfect() with
        {
            Actors = [.. Perfect().Actors, new ActorAnnotation("basra-port-authority", "Basra Port Authority", ActorType.Organization, [], [])],
            Timexes = [.. Perfect().Timexes, new TimexAnnotation("now", 130, 133, TimexType.Date, "PRESENT_REF")],
        };

        var score = Scorer.Score(GoldDocument.Parse(GoldJson), annotation);

        Assert.Equal(1.0, Layer(score, "actors").Precision);
        Assert.Equal(1.0, Layer(score, "timexes").Precision);
    }

    [Fact]
    public void Further_copies_of_an_item_not_required_are_not_penalised()
    {
        var now = new TimexAnnotation("now", 130, 133, TimexType.Date, "PRESENT_REF");
        var annotation = Perfect() with { Timexes = [.. Perfect().Timexes, now, now with { Start = 10, End = 13 }] };

        Assert.Equal(1.0, Layer(Scorer.Score(GoldDocument.Parse(GoldJson), annotation), "timexes").Precision);
    }

    [Fact]
    public void A_wrong_speaker_counts_against_speaker_accuracy_not_quote_recall()
    {
        var annotation = Perfect() with
        {
            Quotes = [new QuoteAnnotation("We will hold the line", 43, 64, QuoteKind.Speech, new SpeakerAnnotation("moqtada-al-sadr", null, false), "said")],
        };

        var score = Scorer.Score(GoldDocument.Parse(GoldJson), annotation);

        Assert.Equal(1.0, Layer(score, "quotes").Recall);
        Assert.Equal(0.0, Layer(score, "speakers").Recall);
        Assert.Contains("expected Sadrist movement, got Moqtada al-Sadr", Layer(score, "speakers").Misses[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_add_up_over_documents()
    {
        var gold = GoldDocument.Parse(GoldJson);
        var one = Layer(Scorer.Score(gold, Perfect()), "actors");
        var other = Layer(Scorer.Score(gold, Perfect() with { Actors = [] }), "actors");

        var sum = one.Add(other);

        Assert.Equal((2, 0, 2), (sum.TruePositives, sum.FalsePositives, sum.FalseNegatives));
        Assert.Equal(0.5, sum.Recall);
    }

    [Theory]
    [InlineData("“We will,” he said.", "\"We will,\" he said")]
    [InlineData("a  \n b —  c", "a b - c")]
    [InlineData("Asa’ib Ahl al-Haq.", "Asa'ib Ahl al-Haq")]
    public void Texts_are_compared_after_the_gold_normalisation(string text, string expected) =>
        Assert.Equal(expected, EvalText.Normalize(text));

    [Fact]
    public void A_file_of_another_format_is_refused() =>
        Assert.Throws<System.Text.Json.JsonException>(() => GoldDocument.Parse("""{"format": "other/1", "document": "x"}"""));
}
