using System.Text;
using CsCheck;
using Daftar.Text;
using Xunit;

namespace Daftar.Tests.Text;

public class SearchAnalyzerPropertyTests
{
    private const string ArabicLetters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
    private const string Harakat = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640";

    /// <summary>Any UTF-16 code units at all: lone surrogates, controls, unassigned code points.</summary>
    private static readonly Gen<string> AnyText =
        Gen.Char[char.MinValue, char.MaxValue].Array[0, 40].Select(a => new string(a));

    /// <summary>Text biased towards what the analyser treats specially.</summary>
    private static readonly Gen<string> TrickyText =
        Gen.Frequency(
                (4, Gen.Char['\u0600', '\u06FF']),
                (4, Gen.Char['a', 'z']),
                (2, Gen.Char['A', 'Z']),
                (2, Gen.Char[" '’ʼʿʾ‘`-.,\"«»_\u00AD\u200C\u200D\u200F"]),
                (2, Gen.Char['\u0300', '\u036F']),
                (2, Gen.Char['\u00C0', '\u024F']),
                (1, Gen.Char['\u0370', '\u04FF']),
                (1, Gen.Char['\u1E00', '\u1FFF']),
                (1, Gen.Char['\uD800', '\uDFFF']),
                (1, Gen.Char['\u0000', '\u001F']),
                (1, Gen.Char['\uFB00', '\uFFFF']),
                (1, Gen.Char['\u0750', '\u08FF']),
                (1, Gen.Char['0', '9']))
            .Array[0, 60]
            .Select(a => new string(a));

    /// <summary>Long words built from pieces of different folded lengths, to exercise the term length cut.</summary>
    private static readonly Gen<string> LongWords =
        Gen.Int[0, 12]
            .Select(i => new[] { "a", "b", "s", "'", "𠀋", "𝐀", "ﬁ", "ﷲ", "ب", "ٱ", "َ", "é", "-" }[i])
            .Array[40, 140]
            .Select(pieces => string.Concat(pieces));

    private static readonly Gen<string> Texts = Gen.OneOf(AnyText, TrickyText, LongWords);

    /// <summary>An Arabic stem of 2–7 letters.</summary>
    private static readonly Gen<string> ArabicStem = Gen.Char[ArabicLetters].Array[2, 7].Select(a => new string(a));

    /// <summary>
    /// A surface Arabic word: optional conjunction, optional preposition, optional article (لل after ل), the stem,
    /// with random harakat and tatweel after its letters. Returns the stem and the word.
    /// </summary>
    private static readonly Gen<(string Stem, bool Article, string Word)> ArabicWord =
        Gen.Select(
            Gen.OneOf(Gen.Const(""), Gen.Const("و"), Gen.Const("ف")),
            Gen.OneOf(Gen.Const(""), Gen.Const("ب"), Gen.Const("ل"), Gen.Const("ك")),
            Gen.Bool,
            ArabicStem,
            Gen.Int[0, int.MaxValue],
            (conjunction, preposition, article, stem, seed) =>
            {
                var plain = conjunction + preposition + (article ? (preposition == "ل" ? "ل" : "ال") : "") + stem;
                return (stem, article, Decorate(plain, seed));
            });

    /// <summary>A Latin word: letters with random case and diacritics.</summary>
    private static readonly Gen<string> LatinWord =
        Gen.Frequency((6, Gen.Char['a', 'z']), (2, Gen.Char['A', 'Z']), (1, Gen.Char["éüāīūçñöÉÜÅ"]))
            .Array[1, 10]
            .Select(a => new string(a));

    [Fact]
    public void Never_throws_and_writes_only_lower_case_letters_digits_and_single_spaces()
    {
        Texts.Sample(text =>
        {
            var index = SearchAnalyzer.IndexText(text);
            AssertWellFormed(index);
            foreach (var term in SearchAnalyzer.QueryTerms(text))
                AssertWellFormed(term);
            _ = SearchAnalyzer.ToFtsMatch(text);
        }, iter: 5000);
    }

    [Fact]
    public void Normalising_a_term_again_gives_the_same_term()
    {
        Texts.Sample(text =>
        {
            foreach (var term in SearchAnalyzer.QueryTerms(text))
                Assert.Equal([term], SearchAnalyzer.QueryTerms(term));
            foreach (var token in SearchContract.Tokens(text))
                Assert.Equal([token], SearchAnalyzer.QueryTerms(token));
        }, iter: 5000);
    }

    [Fact]
    public void Query_terms_of_a_text_are_among_its_index_terms()
    {
        Texts.Sample(text =>
        {
            var index = new HashSet<string>(SearchContract.Tokens(text), StringComparer.Ordinal);
            Assert.All(SearchAnalyzer.QueryTerms(text), t => Assert.Contains(t, index));
        }, iter: 5000);
    }

    [Fact]
    public void Every_arabic_word_is_found_by_itself_its_article_form_and_its_stem()
    {
        ArabicWord.Sample(w =>
        {
            var index = new HashSet<string>(SearchContract.Tokens(w.Word), StringComparer.Ordinal);
            Assert.All(SearchAnalyzer.QueryTerms(w.Word), t => Assert.Contains(t, index));
            Assert.All(SearchAnalyzer.QueryTerms(w.Stem), t => Assert.Contains(t, index));
            if (w.Article)
                Assert.All(SearchAnalyzer.QueryTerms("ال" + w.Stem), t => Assert.Contains(t, index));
        }, iter: 5000);
    }

    [Fact]
    public void Every_latin_word_is_found_by_itself_and_its_possessive_finds_it()
    {
        Gen.Select(LatinWord, Gen.Char["'’ʼ"]).Sample((word, apostrophe) =>
        {
            var index = new HashSet<string>(SearchContract.Tokens(word), StringComparer.Ordinal);
            Assert.All(SearchAnalyzer.QueryTerms(word), t => Assert.Contains(t, index));
            Assert.Equal(SearchAnalyzer.QueryTerms(word), SearchAnalyzer.QueryTerms(word + apostrophe + "s"));
            Assert.Single(SearchContract.Tokens(word));
        }, iter: 5000);
    }

    [Fact]
    public void An_apostrophe_inside_a_latin_word_changes_nothing()
    {
        Gen.Select(LatinWord.Where(w => w.Length >= 3), Gen.Char["'’ʼ"], Gen.Int[1, 100]).Sample((word, apostrophe, at) =>
        {
            var position = 1 + (at % (word.Length - 2)); // between two letters, never before the last one
            var spelled = word[..position] + apostrophe + word[position..];
            Assert.Equal(SearchAnalyzer.QueryTerms(word), SearchAnalyzer.QueryTerms(spelled));
        }, iter: 2000);
    }

    [Fact]
    public void Harakat_and_tatweel_never_change_the_terms()
    {
        Gen.Select(Gen.Char[ArabicLetters + " ،."].Array[1, 30], Gen.Int[0, int.MaxValue]).Sample((letters, seed) =>
        {
            var plain = new string(letters);
            Assert.Equal(SearchAnalyzer.IndexText(plain), SearchAnalyzer.IndexText(Decorate(plain, seed)));
        }, iter: 3000);
    }

    [Fact]
    public void A_word_yields_at_most_the_maximum_number_of_distinct_terms()
    {
        Gen.OneOf(ArabicWord.Select(w => w.Word), Texts).Sample(text =>
        {
            foreach (var word in SearchAnalyzer.Analyze(text))
            {
                Assert.InRange(word.IndexTerms.Count, 1, SearchAnalyzer.MaxTermsPerWord);
                Assert.Equal(word.IndexTerms.Count, word.IndexTerms.Distinct(StringComparer.Ordinal).Count());
                Assert.Equal(word.Term, word.IndexTerms[0]);
            }
        }, iter: 5000);
    }

    [Fact]
    public void Analyze_agrees_with_index_text_and_its_offsets_re_analyse_to_the_same_term()
    {
        Texts.Sample(text =>
        {
            var words = SearchAnalyzer.Analyze(text);
            Assert.Equal(SearchAnalyzer.IndexText(text), string.Join(' ', words.SelectMany(w => w.IndexTerms)));
            var previousEnd = 0;
            foreach (var word in words)
            {
                Assert.True(word.Start >= previousEnd && word.End > word.Start && word.End <= text.Length);
                previousEnd = word.End;
                Assert.Equal([word.Term], SearchAnalyzer.QueryTerms(text.AsSpan(word.Start, word.Length)));
            }
        }, iter: 5000);
    }

    [Fact]
    public void Fts_match_quotes_every_term_and_never_passes_syntax_through()
    {
        Texts.Sample(text =>
        {
            var match = SearchAnalyzer.ToFtsMatch(text);
            if (match is null)
            {
                Assert.Empty(SearchAnalyzer.QueryTerms(text));
                return;
            }

            // Outside string literals only AND, NEAR(, the distance, commas and spaces may appear.
            var outside = new StringBuilder();
            var inString = false;
            foreach (var c in match)
            {
                if (c == '"')
                    inString = !inString;
                else if (!inString)
                    outside.Append(c);
            }

            Assert.False(inString);
            var syntax = outside.ToString().Replace("AND", " ", StringComparison.Ordinal).Replace("NEAR(", " ", StringComparison.Ordinal);
            Assert.All(syntax, c => Assert.True(c is ' ' or ',' or ')' || char.IsAsciiDigit(c), match));
        }, iter: 3000);
    }

    private static void AssertWellFormed(string index)
    {
        if (index.Length == 0)
            return;
        Assert.False(index.StartsWith(' ') || index.EndsWith(' ') || index.Contains("  ", StringComparison.Ordinal), index);
        foreach (var token in index.Split(' '))
        {
            Assert.InRange(token.Length, 1, SearchAnalyzer.MaxTermLength);
            foreach (var rune in token.EnumerateRunes())
            {
                // Lower case means "lower-casing changes nothing": a few new capitals (e.g. U+A7CC) have no
                // lower-case mapping in .NET's tables yet and so stay as they are, on both sides alike.
                var ok = (rune.IsAscii && char.IsAsciiDigit((char)rune.Value))
                         || (Rune.IsLetter(rune) && Rune.ToLowerInvariant(rune) == rune && rune.Value != 0x0640);
                Assert.True(ok, $"U+{rune.Value:X4} in \"{token}\"");
            }
        }
    }

    /// <summary>Puts random harakat and tatweel after the Arabic letters of a word.</summary>
    private static string Decorate(string plain, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        foreach (var c in plain)
        {
            builder.Append(c);
            if (ArabicLetters.Contains(c, StringComparison.Ordinal))
            {
                while (random.Next(3) == 0)
                    builder.Append(Harakat[random.Next(Harakat.Length)]);
            }
        }

        return builder.ToString();
    }
}
