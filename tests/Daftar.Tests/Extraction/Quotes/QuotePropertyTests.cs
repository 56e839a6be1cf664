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

    /// <summary>Arabic pieces: cues with proclitics, descriptions with case endings, titles, terms, complementizers.</summary>
    private static readonly Gen<string> ArabicText =
        Gen.OneOf(
                Gen.Const("«"), Gen.Const("»"), Gen.Const("“"), Gen.Const("”"), Gen.Const("\""), Gen.Const("،"), Gen.Const("؟"),
                Gen.Const(":"), Gen.Const("."), Gen.Const("\n\n"), Gen.Const(" "), Gen.Const("وقال "), Gen.Const("وقالت "),
                Gen.Const("فأضاف "), Gen.Const("وتابع"), Gen.Const(" يقولون "), Gen.Const("مضيفاً "), Gen.Const("مؤكدةً "),
                Gen.Const(" إن "), Gen.Const(" أن "), Gen.Const("بأنه "), Gen.Const("بحسب "), Gen.Const("وفقاً لـ"),
                Gen.Const("نقلاً عن "), Gen.Const("في تصريح لـ"), Gen.Const("في تدوينة "), Gen.Const("وجاء في البيان"),
                Gen.Const("بيانه "), Gen.Const("مصدر مطلع"), Gen.Const("مصدراً مطلعاً"), Gen.Const("قيادياً "),
                Gen.Const(" مقرب من الحركة "), Gen.Const("المصدر "), Gen.Const("النائب "), Gen.Const("اللواء "),
                Gen.Const("زعيم التيار الصدري "), Gen.Const("التيار الصدري"), Gen.Const("كريم هادي"), Gen.Const("المكتب الخاص "),
                Gen.Const(" مسؤول أمريكي "), Gen.Const("ما يسمى "), Gen.Const("مصطلح "), Gen.Const("بـ"), Gen.Const("اسم "),
                Gen.Const(" الحكومة "), Gen.Const(" يجب "), Gen.Const("ً"), Gen.Const("ـ"), Gen.Const("ّ"), Gen.Const("ا"),
                Gen.Const("x"), Gen.Const("\uD800"))
            .Array[0, 50]
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Texts = Gen.OneOf(AnyText, TrickyText, ArabicText);

    private static readonly string[] Ids = ["karim-hadi", "reform-front", "united-states", "ghost", "sadrist-movement"];

    /// <summary>A text with random actor mentions over it (sorted, not overlapping; some ids unknown to the actor list).</summary>
    private static readonly Gen<(string Text, ActorLayerResult Actors)> TextWithActors =
        Gen.Select(Texts, Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 12], Gen.Int[0, 2], Gen.Int[0, 4]).Array[0, 8], (text, picks) =>
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
                new("sadrist-movement", "Sadrist movement", ActorType.Organization, ["التيار الصدري"], []),
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

    /// <summary>Arabic sentences built from a speaker, a cue and a quotation, in the orders the language allows.</summary>
    private static readonly Gen<(string Text, string Words, string Description)> ArabicReport =
        Gen.Select(
            Gen.OneOf(Gen.Const("وقال"), Gen.Const("وأكد"), Gen.Const("فأضاف"), Gen.Const("وأوضح"), Gen.Const("وشدّد"), Gen.Const("ويقول")),
            Gen.OneOf(Gen.Const("مصدر مطلع"), Gen.Const("قيادي في التيار الصدري"), Gen.Const("مسؤول أمريكي"), Gen.Const("نائب عن جبهة الإصلاح")),
            Gen.OneOf(Gen.Const("لن نقبل بأي تسوية"), Gen.Const("الحكومة فشلت في مهمتها"), Gen.Const("القرار نهائي ولا رجعة فيه")),
            Gen.OneOf(Gen.Const(": «{0}»."), Gen.Const(" إن «{0}»."), Gen.Const(": “{0}”."), Gen.Const(": \"{0}\"."), Gen.Const(" إن {0}.")),
            Gen.Bool,
            (verb, speaker, words, shape, accusative) =>
            {
                // The same speaker in the accusative, before its verb: "لكن مصدراً مطلعاً قال إن …".
                var description = accusative ? Accusative(speaker) : speaker;
                var text = accusative
                    ? "لكن " + description + " قال" + string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, words)
                    : verb + " " + speaker + string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, words);
                return (text, words, speaker);
            });

    /// <summary>The accusative of a description's indefinite head and adjectives (before any preposition).</summary>
    private static string Accusative(string description)
    {
        var words = description.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "في" or "عن" or "من")
                break;
            if (!words[i].StartsWith("ال", StringComparison.Ordinal) && !words[i].EndsWith('ة'))
                words[i] += "اً";
        }

        return string.Join(' ', words);
    }

    [Fact]
    public void Arabic_reports_give_the_speaker_s_words_whatever_the_marks_order_and_case()
    {
        ArabicReport.Sample(report =>
        {
            var quotes = TestActors.Quotes(report.Text);
            CheckQuotes(report.Text, quotes);
            var quote = Assert.Single(quotes);
            Assert.Equal(report.Words, quote.Text);
            Assert.Equal(QuoteKind.Speech, quote.Kind);
            Assert.True(quote.Speaker.Anonymous);
            Assert.Equal(report.Description, quote.Speaker.Description);
            Assert.NotNull(quote.Cue);
        });
    }

    [Fact]
    public void Tashkeel_and_tatweel_do_not_change_what_is_found()
    {
        Gen.Select(ArabicReport, Gen.Int[0, 1000]).Sample((report, seed) =>
        {
            // Harakat and tatweel after some letters of the words outside the quotation.
            var quoteAt = report.Text.IndexOf(report.Words, StringComparison.Ordinal);

            // Not inside the names the stand-in actor layer matches exactly (the real one folds them).
            var named = new bool[report.Text.Length];
            foreach (var mention in TestActors.In(report.Text).Mentions)
                named.AsSpan(mention.Span.Start, mention.Span.Length).Fill(true);
            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < report.Text.Length; i++)
            {
                var c = report.Text[i];
                builder.Append(c);
                var outside = (i < quoteAt - 1 || i >= quoteAt + report.Words.Length + 1) && !named[i];
                if (outside && c is >= '\u0628' and <= '\u064A' && (i + seed) % 3 == 0 && i + 1 < report.Text.Length && char.IsLetter(report.Text[i + 1]))
                    builder.Append((i + seed) % 2 == 0 ? '\u064E' : '\u0640');
            }

            var plain = Assert.Single(TestActors.Quotes(report.Text));
            var marked = Assert.Single(TestActors.Quotes(builder.ToString()));
            Assert.Equal(plain.Text, marked.Text);
            Assert.Equal(plain.Kind, marked.Kind);
            Assert.Equal(plain.Speaker.Actor, marked.Speaker.Actor);
            Assert.Equal(plain.Speaker.Anonymous, marked.Speaker.Anonymous);
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
