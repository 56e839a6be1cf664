using System.Globalization;
using System.Text;
using CsCheck;
using Daftar.Ingest;
using Xunit;

namespace Daftar.Tests.Ingest;

/// <summary>
/// The readers' vectorised counting loops against their plain definitions: the fast paths only ever take
/// blocks of ASCII and core Arabic letters, so the generators mix those with everything that must send a block
/// down the slow path.
/// </summary>
public class FastPathTests
{
    /// <summary>Text of words and spaces, mostly ASCII and Arabic, with a sprinkling of everything else.</summary>
    private static readonly Gen<string> Prose =
        Gen.Frequency(
                (8, Gen.Char['a', 'z']),
                (2, Gen.Char['A', 'Z']),
                (2, Gen.Char['0', '9']),
                (6, Gen.Char['\u0620', '\u064A']),
                (6, Gen.Const(' ')),
                (2, Gen.Char[".,;:!?'\"()-|•–—…«»،؟"]),
                (1, Gen.Char['\0', '\u001F']),
                (1, Gen.Char['\u007F', '\u00FF']),
                (1, Gen.Char['\u0600', '\u06FF']),
                (1, Gen.Char['\u0750', '\u077F']),
                (1, Gen.Char['\u1E00', '\u1EFF']),
                (1, Gen.Char["\u1680\u2000\u2003\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u00A0\u0085"]),
                (1, Gen.Char['\u08A0', '\u08FF']),
                (1, Gen.Char['\uFB50', '\uFEFF']),
                (1, Gen.Char[char.MinValue, char.MaxValue]))
            .Array[0, 400]
            .Select(a => new string(a));

    [Fact]
    public void Word_count_matches_the_plain_loop_at_every_cap() =>
        Gen.Select(Prose, Gen.Int[0, 80]).Sample((text, cap) =>
        {
            Assert.Equal(TextStats.WordCountScalar(text), TextStats.WordCount(text));
            Assert.Equal(TextStats.WordCountScalar(text, cap), TextStats.WordCount(text, cap));
        });

    [Fact]
    public void Word_count_matches_the_plain_loop_on_long_prose()
    {
        var english = string.Join(' ', Enumerable.Repeat("The council said, in a statement after the talks: order 12 weapons.", 20));
        var arabic = string.Join(' ', Enumerable.Repeat("قال المجلس في بيان بعد الاجتماع إن الحكومة ستنظر في السلاح.", 20));
        foreach (var text in new[] { english, arabic, english + "\n" + arabic, "\u00A0" + english + "\u00A0", "ـــ" + arabic })
        {
            for (var cap = 1; cap < 200; cap += 7)
            {
                Assert.Equal(TextStats.WordCountScalar(text, cap), TextStats.WordCount(text, cap));
            }

            Assert.Equal(TextStats.WordCountScalar(text), TextStats.WordCount(text));
        }
    }

    [Fact]
    public void Core_Arabic_letters_are_letters_and_never_space()
    {
        for (var c = LanguageDetector.ArabicCoreFirst; c <= LanguageDetector.ArabicCoreLast; c++)
        {
            Assert.True(char.IsLetter(c), $"U+{(int)c:X4}");
            Assert.False(TextCleaner.IsHorizontalSpace(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Language_detection_matches_counting_letter_by_letter() =>
        Prose.Sample(text => Assert.Equal(ReferenceDetect(text), LanguageDetector.Detect(text)));

    [Fact]
    public void Language_detection_counts_every_character_as_the_plain_loop_does()
    {
        // Each character alone, and in a block long enough for the vector path, against the reference.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var one = ((char)c).ToString();
            var block = new string((char)c, 40) + new string('a', 3);
            Assert.Equal(ReferenceDetect(one), LanguageDetector.Detect(one));
            Assert.Equal(ReferenceDetect(block), LanguageDetector.Detect(block));
        }
    }

    [Fact]
    public void The_characters_taken_as_NFC_as_they_stand_are_never_changed_or_combined_by_NFC()
    {
        var safe = new HashSet<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var text = ((char)c).ToString();
            if (TextCleaner.IsNfcSafe((char)c))
            {
                safe.Add((char)c);
                // Unchanged by NFC, and not a mark (combining class 0).
                Assert.True(text.IsNormalized(NormalizationForm.FormC), $"U+{c:X4}");
                Assert.DoesNotContain(char.GetUnicodeCategory((char)c), new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark });
            }
        }

        // Never the second part of a canonical decomposition, so never composed with the character before it.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            string decomposed;
            try
            {
                decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                continue; // a noncharacter, which ICU refuses; none is in the set
            }

            for (var k = 1; k < decomposed.Length; k++)
            {
                Assert.False(safe.Contains(decomposed[k]), $"U+{(int)decomposed[k]:X4} follows in the decomposition of U+{c:X4}");
            }
        }
    }

    [Fact]
    public void Text_taken_as_NFC_as_it_stands_is_NFC() =>
        Prose.Sample(text =>
        {
            if (TextCleaner.IsNfcByItsCharacters(text))
            {
                Assert.True(text.IsNormalized(NormalizationForm.FormC));
            }

            Assert.Equal(TextCleaner.IsNfcByItsCharacters(text), text.All(TextCleaner.IsNfcSafe));
        });

    /// <summary>Front matter lines: mostly plain pairs, with every YAML feature the direct reading must refuse.</summary>
    private static readonly Gen<string> FrontMatterText =
        Gen.Select(
                Gen.Frequency(
                    (20, Gen.OneOf(Gen.Const("title"), Gen.Const("Title"), Gen.Const("date"), Gen.Const("author"), Gen.Const("x_y-2"))),
                    (1, Gen.OneOf(Gen.Const("2key"), Gen.Const("ke y"), Gen.Const(" title"), Gen.Const("\ttitle"), Gen.Const("- item"), Gen.Const("# note"), Gen.Const("")))),
                Gen.Frequency((20, Gen.Const(": ")), (1, Gen.OneOf(Gen.Const(":  "), Gen.Const(":"), Gen.Const(":\t"), Gen.Const(" : ")))),
                Gen.Frequency(
                        (30, Gen.Char['a', 'z']),
                        (4, Gen.Char['A', 'Z']),
                        (4, Gen.Char['0', '9']),
                        (20, Gen.Char['\u0620', '\u064A']),
                        (8, Gen.Const(' ')),
                        (2, Gen.Char[".-_/+(),'"]),
                        (1, Gen.Char["\"\\:#&*!|>%@`[]{}?~="]),
                        (1, Gen.Char['\u0600', '\u06FF']),
                        (1, Gen.Char['\u0080', '\u00FF']),
                        (1, Gen.Char["\t\u2028\u2029\uFEFF\u0085\u00A0\u200F"]),
                        (1, Gen.Char[char.MinValue, char.MaxValue]))
                    .Array[0, 16]
                    .Select(a => new string(a)),
                Gen.Frequency((10, Gen.Const("")), (10, Gen.Const("\"")), (1, Gen.Const("'"))),
                Gen.Frequency((20, Gen.Const("")), (2, Gen.Const(" ")), (1, Gen.Const(" # comment"))),
                (key, colon, value, quote, tail) => key + colon + quote + value + quote + tail)
            .Array[0, 4]
            .Select(lines => string.Join('\n', lines) + "\n");

    [Fact]
    public void Front_matter_read_directly_is_what_YamlDotNet_reads()
    {
        var direct = 0;
        FrontMatterText.Sample(yaml =>
        {
            if (FrontMatter.TryParsePlain(yaml) is { } plain)
            {
                var full = FrontMatter.ParseYaml(yaml);
                Assert.Equal(
                    full.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, string.Join("\u0001", p.Value))),
                    plain.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, string.Join("\u0001", p.Value))));
                if (plain.Values.Count > 0)
                {
                    Interlocked.Increment(ref direct);
                }
            }
        }, iter: 20000);

        // The generator must reach the direct reading often enough for the comparison to mean something.
        Assert.True(direct > 500, $"only {direct} samples were read directly");
    }

    [Fact]
    public void Front_matter_of_plain_pairs_is_read_directly()
    {
        var yaml = "title: \"Checkpoints and Customs: The Economics\"\ndate: 2023-05-14\nauthor: Omar Saleh\nlanguage: en\n";
        var plain = FrontMatter.TryParsePlain(yaml);

        Assert.NotNull(plain);
        Assert.Equal("Checkpoints and Customs: The Economics", plain.Get("title"));
        Assert.Equal("2023-05-14", plain.Get("date"));
        Assert.Equal("Omar Saleh", plain.Get("author"));
        Assert.Null(FrontMatter.TryParsePlain("tags:\n  - a\n  - b\n"));
        Assert.Null(FrontMatter.TryParsePlain("title: 'single'\n"));
    }

    /// <summary>The detector as first written: one character at a time.</summary>
    private static string? ReferenceDetect(string text)
    {
        long arabic = 0;
        long latin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF')
            {
                latin++;
            }
            else if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
                     or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                arabic++;
            }
        }

        return arabic > latin ? "ar" : latin > arabic ? "en" : null;
    }
}
