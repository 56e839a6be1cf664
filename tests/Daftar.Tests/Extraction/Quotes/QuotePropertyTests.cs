using System.Collections.Immutable;
using CsCheck;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Positions;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using Xunit;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Tests.Extraction.Quotes;

public class QuotePropertyTests
{
    /// <summary>Any UTF-16 code units at all: lone surrogates, controls, unassigned code points.</summary>
    private static readonly Gen<string> AnyText = Gen.Char[char.MinValue, char.MaxValue].Array[0, 80].Select(a => new string(a));

    /// <summary>Pieces the quotation and position layers treat specially, in any order.</summary>
    private static readonly Gen<string> TrickyText =
        Gen.OneOf(
                Gen.Const("“"), Gen.Const("”"), Gen.Const("‘"), Gen.Const("’"), Gen.Const("«"), Gen.Const("»"), Gen.Const("\""),
                Gen.Const("'"), Gen.Const("„"), Gen.Const("‹"), Gen.Const("›"), Gen.Const("Hadi’s"), Gen.Const("don't"),
                Gen.Const(" said "), Gen.Const(" told me "), Gen.Const("According to "), Gen.Const(" in the words of "),
                Gen.Const("I was told that "), Gen.Const(" he "), Gen.Const(" she "), Gen.Const(" they "), Gen.Const(" one "),
                Gen.Const("a senior Reformist"), Gen.Const("Karim Hadi"), Gen.Const("the Reform Front"), Gen.Const(" U.S. "),
                Gen.Const(" official "), Gen.Const(" this "), Gen.Const(" the term "), Gen.Const(" adding that "),
                Gen.Const(" wants "), Gen.Const(" rejects "), Gen.Const(" to "), Gen.Const(" the withdrawal of "),
                Gen.Const(" foreign troops "), Gen.Const(" corruption "), Gen.Const(" unless "), Gen.Const(" not "),
                Gen.Const("Abolish "), Gen.Const("We "), Gen.Const(":"), Gen.Const(","), Gen.Const("."), Gen.Const("…"),
                Gen.Const("("), Gen.Const(")"), Gen.Const("["), Gen.Const("]"), Gen.Const("—"), Gen.Const("\n"), Gen.Const("\n\n"),
                Gen.Const("\n1. "), Gen.Const("\n\n2. "), Gen.Const("\n• "), Gen.Const("وقال "), Gen.Const("مصدر مطلع"),
                Gen.Const("التيار الصدري"), Gen.Const("بحسب "), Gen.Const("\uD800"), Gen.Const("\uDC00"), Gen.Const("x"))
            .Array[0, 50]
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Texts = Gen.OneOf(AnyText, TrickyText);

    private static readonly string[] Ids = ["karim-hadi", "reform-front", "united-states", "ghost"];

    /// <summary>A text with random actor mentions over it (sorted, not overlapping; some ids unknown to the actor list).</summary>
    private static readonly Gen<(string Text, ActorLayerResult Actors)> TextWithActors =
        Gen.Select(Texts, Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 12], Gen.Int[0, 2], Gen.Int[0, 3]).Array[0, 8], (text, picks) =>
        {
            var mentions = new List<ActorMention>();
            var end = 0;
            foreach (var (at, length, kind, id) in picks.OrderBy(p => p.Item1))
            {
                if (text.Length == 0)
                    break;
                var start = at % text.Length;
                var stop = Math.Min(text.Length, start + length);
                if (start < end || stop <= start)
                    continue;
                mentions.Add(new ActorMention(new TextSpan(start, stop), Ids[id], (MentionKind)kind));
                end = stop;
            }

            ImmutableArray<ExtractedActor> actors =
            [
                new("karim-hadi", "Karim Hadi", ActorType.Person, ["Karim Hadi"], []),
                new("reform-front", "Reform Front", ActorType.Organization, ["Reform Front", "Reformists"], []),
                new("united-states", "United States", ActorType.State, ["U.S."], []),
            ];
            return (text, new ActorLayerResult(actors, [.. mentions]));
        });

    private static void CheckQuotes(string text, ImmutableArray<QuoteAnnotation> quotes)
    {
        var previousEnd = -1;
        foreach (var q in quotes)
        {
            Assert.InRange(q.Start, 0, text.Length);
            Assert.InRange(q.End, q.Start, text.Length);
            Assert.Equal(text[q.Start..q.End], q.Text);
            Assert.True(q.Start > previousEnd, "quotations are in order and do not overlap");
            Assert.True(q.End > q.Start, "a quotation has words");
            if (q.Kind == QuoteKind.Term)
                Assert.Equal(SpeakerAnnotation.Unknown, q.Speaker);
            previousEnd = q.End;
        }
    }

    private static void CheckPositions(string text, ImmutableArray<PositionAnnotation> positions)
    {
        foreach (var p in positions)
        {
            Assert.True(p.Evidence.FitsIn(text.Length), "evidence inside the text");
            Assert.Equal(text[p.Evidence.Start..p.Evidence.End], p.Statement);
            Assert.False(string.IsNullOrEmpty(p.Actor));
            Assert.False(string.IsNullOrEmpty(p.Issue));
        }
    }

    [Fact]
    public void Quotations_never_throw_and_point_at_their_words()
    {
        TextWithActors.Sample((text, actors) =>
        {
            var sentences = SentenceSplitter.Split(text);
            var quotes = QuoteFinder.Find(text, sentences, actors);
            CheckQuotes(text, quotes);
            CheckPositions(text, PositionFinder.Find(text, sentences, actors, quotes));
        });
    }

    [Fact]
    public void Any_sentence_spans_and_any_quotations_given_to_the_position_layer_are_survived()
    {
        Gen.Select(TextWithActors, Gen.Select(Gen.Int[0, 200], Gen.Int[0, 200]).Array[0, 6]).Sample((input, spans) =>
        {
            var (text, actors) = input;
            var sentences = spans
                .Select(s => (Start: Math.Min(s.Item1, text.Length), End: Math.Min(s.Item1 + s.Item2, text.Length)))
                .Select(s => new TextSpan(s.Start, s.End))
                .ToImmutableArray();
            var quotes = QuoteFinder.Find(text, sentences, actors);
            CheckQuotes(text, quotes);
            var made = spans
                .Select(s => (Start: Math.Min(s.Item2, text.Length), End: Math.Min(s.Item2 + s.Item1 % 30, text.Length)))
                .Select(s => new QuoteAnnotation(text[s.Start..s.End], s.Start, s.End, QuoteKind.Speech, new SpeakerAnnotation("reform-front", "a Reformist", true), null))
                .ToImmutableArray();
            CheckPositions(text, PositionFinder.Find(text, sentences, actors, made));
            CheckPositions(text, PositionFinder.Find(text, default, actors, default));
        });
    }

    [Fact]
    public void Results_do_not_depend_on_the_documents_read_before()
    {
        // The layers reuse their arrays from one document to the next on a thread.
        Gen.Select(TextWithActors, TextWithActors).Sample((first, second) =>
        {
            (QuoteAnnotation[], PositionAnnotation[]) Run((string Text, ActorLayerResult Actors) input)
            {
                var sentences = SentenceSplitter.Split(input.Text);
                var quotes = QuoteFinder.Find(input.Text, sentences, input.Actors);
                return ([.. quotes], [.. PositionFinder.Find(input.Text, sentences, input.Actors, quotes)]);
            }

            var alone = Run(second);
            Run(first);
            QuoteFinder.Find(first.Text, SentenceSplitter.Split(first.Text), first.Actors);
            var after = Run(second);
            Assert.Equal(alone.Item1, after.Item1);
            Assert.Equal(alone.Item2, after.Item2);
        });
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("‘", "’")]
    [InlineData("«", "»")]
    [InlineData("\"", "\"")]
    [InlineData("'", "'")]
    [InlineData("“", "")]
    [InlineData("", "”")]
    [InlineData("“‘«", "")]
    public void Ten_thousand_nested_or_unbalanced_marks_are_survived(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 10_000)) + " a senior Reformist said it " + string.Concat(Enumerable.Repeat(close, 10_000));
        var sentences = SentenceSplitter.Split(text);
        var actors = TestActors.In(text);
        var quotes = QuoteFinder.Find(text, sentences, actors);
        CheckQuotes(text, quotes);
        CheckPositions(text, PositionFinder.Find(text, sentences, actors, quotes));
    }

    [Fact]
    public void A_long_paragraph_full_of_quotations_is_read_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("He said “we want the withdrawal of foreign troops” and “they” told me, adding that ", 5_000));
        var started = DateTime.UtcNow;
        var sentences = SentenceSplitter.Split(text);
        var actors = TestActors.In(text);
        var quotes = QuoteFinder.Find(text, sentences, actors);
        PositionFinder.Find(text, sentences, actors, quotes);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        CheckQuotes(text, quotes);
    }
}
