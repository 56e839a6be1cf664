using System.Collections.Immutable;
using CsCheck;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Dates;
using Daftar.Extraction.Events;
using NodaTime;
using Xunit;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Tests.Extraction.Events;

public class EventFinderPropertyTests
{
    private static readonly Gen<string> AnyText =
        Gen.Char[char.MinValue, char.MaxValue].Array[0, 80].Select(a => new string(a));

    /// <summary>Trigger words, names, pronouns, dates and punctuation thrown together.</summary>
    private static readonly Gen<string> EventSoup =
        Gen.OneOf(
                "attacked", "the", "attack", "on", "Karimi", "Karimi's", "’s", "Hadi", "Turkey", "Turkish", "he", "she", "it", "they",
                "I", "we", "was", "by", "of", "in", "March", "12", "2020", ",", ".", ";", "—", "-", "backed", "Iran", "taking",
                "charge", "marches", "removal", "protection", "will", "would", "not", "to", "statement", "these", "signed",
                "agreement", "returned", "partner", "suppressed", "bloodily", "Friday", "yesterday", "months", "now", "\n", "\n\n",
                "“", "”", "\uDC00", "stating", "that", "called", "for", "By", "On", "sit-in", "a", "few", "days", "ago")
            .Array[0, 40]
            .Select(parts => string.Join(' ', parts));

    /// <summary>Arabic triggers with clitics and marks, names, particles, dates and both commas thrown together.</summary>
    private static readonly Gen<string> ArabicSoup =
        Gen.OneOf(
                "أمر", "وأمرت", "يطالب", "تطالب", "هاجم", "وهـاجَمَ", "الهجوم", "بالهجوم", "هجمات", "سلّم", "مواقعها", "بتسليم", "انسحب",
                "الانسحاب", "وقع", "وقّع", "الاتفاق", "زيارة", "التقى", "لم", "لن", "أن", "سوف", "هذه", "الدعوة", "زعيم", "التيار الصدري",
                "مقتدى الصدر", "الصدر", "سرايا السلام", "إيران", "عصائب أهل الحق", "الولايات المتحدة", "أمس", "الجمعة", "٢٠٢٤", "2022",
                "في", "من", "على", "،", ",", ".", "؛", "«", "»", "\n", "ـ", "ّ", "وقف إطلاق النار", "فرض", "عقوبات")
            .Array[0, 40]
            .Select(parts => string.Join(' ', parts));

    /// <summary>Text with random sentences, mentions and timexes over it: in range or not, ordered or not.</summary>
    private static readonly Gen<(string Text, ImmutableArray<TextSpan> Sentences, ActorLayerResult Actors, ImmutableArray<TimexAnnotation> Timexes)> RandomInput =
        Gen.OneOf(AnyText, EventSoup, ArabicSoup).SelectMany(text =>
        {
            var n = text.Length;
            var span = Gen.Int[0, n + 2].Select(Gen.Int[0, 20], (s, l) => new TextSpan(s, s + l));
            var mention = Gen.Select(span, Gen.OneOf("a", "b", "c"), Gen.Enum<MentionKind>(), (s, id, kind) => new ActorMention(s, id, kind));
            var timex = Gen.Select(span, Gen.Enum<TimexType>(), Gen.OneOf("2020-01-24", "2003", "PRESENT_REF", "P1Y", ""),
                (s, type, value) => new TimexAnnotation(s.End <= n ? text[s.Start..s.End] : "", s.Start, s.End, type, value));
            var actors = Gen.Select(Gen.OneOf("a", "b", "c").Array[0, 3], Gen.Enum<ActorType>(), mention.Array[0, 8],
                (ids, type, mentions) => new ActorLayerResult(
                    [.. ids.Distinct().Select(id => new ExtractedActor(id, id, type, [], []))], [.. mentions]));
            return Gen.Select(Gen.Const(text), span.Array[0, 6], actors, timex.Array[0, 6],
                (t, sentences, a, timexes) => (t, sentences.ToImmutableArray(), a, timexes.ToImmutableArray()));
        });

    [Fact]
    public void Find_never_throws_on_any_input()
    {
        RandomInput.Sample(input =>
        {
            var events = EventFinder.Find(input.Text, input.Sentences, input.Actors, input.Timexes);
            foreach (var e in events)
                Assert.True(e.Evidence.End <= input.Text.Length);
        }, iter: 20_000);
    }

    [Fact]
    public void Every_event_cites_a_sentence_a_date_timex_and_known_actors()
    {
        Gen.OneOf(EventSoup, AnyText, ArabicSoup).Sample(text =>
        {
            var timexes = TimexTagger.Tag(text, new LocalDate(2020, 1, 27));
            var sentences = EventTestText.Sentences(text);
            var actors = EventTestText.Actors(text);
            var ids = actors.Mentions.Select(m => m.ActorId).ToHashSet();
            var dates = timexes.Where(t => t.Type == TimexType.Date).Select(t => t.Value).ToHashSet();
            foreach (var e in EventFinder.Find(text, sentences, actors, timexes))
            {
                Assert.Contains(e.Evidence, sentences);
                Assert.Contains(e.Date, dates);
                Assert.DoesNotContain("_REF", e.Date, StringComparison.Ordinal);
                Assert.True(e.Actor is null || ids.Contains(e.Actor));
                Assert.True(e.Target is null || ids.Contains(e.Target));
                Assert.False(string.IsNullOrWhiteSpace(e.Summary));
                Assert.True(e.Summary.Split(' ').Length <= 16, e.Summary);
            }
        }, iter: 10_000);
    }
}
