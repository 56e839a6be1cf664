using CsCheck;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Actors;

public class ActorRecognizerPropertyTests
{
    /// <summary>Any UTF-16 code units at all: lone surrogates, controls, unassigned code points.</summary>
    private static readonly Gen<string> AnyText =
        Gen.Char[char.MinValue, char.MaxValue].Array[0, 80].Select(a => new string(a));

    /// <summary>Characters the recogniser treats specially, mixed with letters of both scripts.</summary>
    private static readonly Gen<string> TrickyText =
        Gen.Frequency(
                (6, Gen.Char['a', 'z']),
                (4, Gen.Char['A', 'Z']),
                (4, Gen.Char[" "]),
                (3, Gen.Char['\u0621', '\u064A']),
                (2, Gen.Char["'’ʼʿ‘-–—.,;:()\"“”«»\n\u00AD\u200C\u0640\u064E\u0651"]),
                (1, Gen.Char['\u00C0', '\u024F']),
                (1, Gen.Char['0', '9']),
                (1, Gen.Char['\uD800', '\uDFFF']))
            .Array[0, 120]
            .Select(a => new string(a));

    /// <summary>Names and words the gazetteer and the recogniser know, joined by random separators.</summary>
    private static readonly Gen<string> NameText =
        Gen.Select(
                Gen.OneOf(
                    Gen.OneOf(Gazetteer.Default.Entries.SelectMany(e => e.Names.Take(4)).ToArray()),
                    Gen.OneOf(Gazetteer.Default.Entries.SelectMany(e => e.Members.Concat(e.Adjectives)).ToArray()),
                    Gen.OneOf("the", "said", "al-Tamimi", "Sheikh", "Gen.", "Prime Minister", "Ministry", "of", "Party", "Forces", "is", "IS",
                        "(PMF)", "(XYZ)", "Hamid", "Karim", "’s", "and", "coalition", "The", "Though", "Baghdad", "Tehran", "و", "بال", "لل", "\u0651"),
                    Gen.OneOf("كريم", "النوري", "وكريم", "للنوري", "عبد", "أبو", "الرحمن", "المحافظ", "للنائب", "النائب", "الشيخ", "على",
                        "علي", "محمد", "شياع", "الماضي", "قال", "وأضاف", "العراقي", "ابن", "فاطمة", "الجبوري", "السبت", "صباح")),
                Gen.OneOf(" ", " ", " ", ", ", ". ", "’s ", "-", "\n\n", "", " (", ") ", ": “", "” "))
            .Select(p => p.Item1 + p.Item2)
            .Array[0, 40]
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Texts = Gen.Frequency((1, AnyText), (2, TrickyText), (3, NameText));

    [Fact]
    public void Never_throws_and_mentions_are_sorted_disjoint_and_named_by_aliases()
    {
        Texts.Sample(text =>
        {
            var result = ActorRecognizer.Recognize(text, SentenceSplitter.Split(text), Gazetteer.Default);
            AssertWellFormed(text, result);
        }, iter: 3000);
    }

    [Fact]
    public void Without_sentences_the_text_is_split_here()
    {
        NameText.Sample(text =>
        {
            var result = ActorRecognizer.Recognize(text, [], Gazetteer.Default);
            AssertWellFormed(text, result);
        }, iter: 300);
    }

    [Fact]
    public void Recognition_is_deterministic()
    {
        NameText.Sample(text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var first = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
            var second = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
            Assert.Equal(first.Mentions.ToArray(), second.Mentions.ToArray());
            Assert.Equal(first.Actors.Select(a => a.Id), second.Actors.Select(a => a.Id));
        }, iter: 300);
    }

    private static void AssertWellFormed(string text, ActorLayerResult result)
    {
        var byId = result.Actors.ToDictionary(a => a.Id);
        Assert.Equal(result.Actors.Length, byId.Count);
        var previousEnd = 0;
        foreach (var mention in result.Mentions)
        {
            Assert.True(mention.Span.Length > 0);
            Assert.True(mention.Span.FitsIn(text.Length));
            Assert.True(mention.Span.Start >= previousEnd, "mentions are sorted and do not overlap");
            previousEnd = mention.Span.End;
            var actor = byId[mention.ActorId];
            Assert.Contains(mention.Span, actor.Mentions);
            var surface = Fold(text[mention.Span.Start..mention.Span.End]);
            Assert.True(actor.Aliases.Append(actor.Name).Any(alias => Fold(alias) == surface),
                $"'{text[mention.Span.Start..mention.Span.End]}' is not an alias of {actor.Id}");
        }

        foreach (var actor in result.Actors)
        {
            Assert.NotEmpty(actor.Mentions);
            Assert.False(string.IsNullOrWhiteSpace(actor.Name));
            Assert.Equal(actor.Mentions.Length, result.Mentions.Count(m => m.ActorId == actor.Id));
        }
    }

    /// <summary>Case, apostrophe style and white space do not distinguish aliases.</summary>
    private static string Fold(string s) =>
        string.Join(' ', s.Replace('’', '\'').Replace('ʼ', '\'').ToLowerInvariant().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
