using Daftar.Text;
using Xunit;

namespace Daftar.Tests.Text;

public class SearchAnalyzerTests
{
    private static string Terms(string text) => string.Join(' ', SearchAnalyzer.QueryTerms(text));

    // ---- Tokenisation -------------------------------------------------------------------------------------------

    [Fact]
    public void Harakat_do_not_split_an_arabic_word()
    {
        Assert.Equal(["الصدر"], SearchAnalyzer.QueryTerms("الصَّدْرُ"));
    }

    [Fact]
    public void Hyphens_split_words()
    {
        Assert.Equal("al sadr", Terms("al-Sadr"));
        Assert.Equal("al hashd al shaabi", Terms("al-Hashd al-Sha’abi"));
    }

    [Theory]
    [InlineData("Sadr, Hakim; Maliki.", "sadr hakim maliki")]
    [InlineData("(Sadr)/[Hakim]", "sadr hakim")]
    [InlineData("الصدر،الحشد؛ إيران؟", "الصدر الحشد ايران")]
    [InlineData("«الصدر» و\"الحشد\"", "الصدر و الحشد")]
    [InlineData("a+b=c & d@e.f #g $5", "a b c d e f g 5")]
    [InlineData("x\u00B2 y\u00BD", "x y")]
    public void Punctuation_and_symbols_separate_words(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Fact]
    public void Arabic_and_latin_letters_or_digits_that_touch_are_separate_words()
    {
        Assert.Equal("2024 م", Terms("٢٠٢٤م"));
        Assert.Equal("الصدر sadr", Terms("الصدرSadr"));
        Assert.Equal("covid19", Terms("COVID19"));
    }

    [Fact]
    public void Joiners_and_bidi_controls_vanish_without_splitting()
    {
        Assert.Equal("nationalism", Terms("nation\u00ADalism"));
        Assert.Equal("الصدر", Terms("\u200Fالص\u200Dدر\u200E"));
        Assert.Equal("الصدر", Terms("ال\u061Cصدر"));
    }

    [Fact]
    public void Lone_surrogates_and_control_characters_separate_words()
    {
        Assert.Equal("abc def ghi", Terms("abc\uD800def\u0000ghi"));
        Assert.Equal("abc def", Terms("abc\uDC00def\uD83D"));
        Assert.Equal("abc", Terms("\u0007abc\u001B"));
    }

    [Fact]
    public void Supplementary_letters_are_kept_and_emoji_separate()
    {
        Assert.Equal("ab x", Terms("𝐀𝐁 😀x"));
        Assert.Equal("𠀋𠀌", Terms("𠀋𠀌"));
    }

    // ---- Arabic characters ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("الصَّدْرُ", "الصدر")]
    [InlineData("مُقْتَدَى", "مقتدي")]
    [InlineData("كِتَابٌ", "كتاب")]
    [InlineData("ٱلرَّحْمَٰنِ", "الرحمن")] // superscript alef U+0670 and alef wasla
    [InlineData("قُرْآنٌ ۖ", "قران")] // Quranic pause mark
    public void Tashkeel_and_quranic_marks_are_removed(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Theory]
    [InlineData("الصـــدر")]
    [InlineData("الـصـدر")]
    [InlineData("الصدرـ")]
    public void Tatweel_is_removed(string text)
    {
        Assert.Equal("الصدر", Terms(text));
    }

    [Theory]
    [InlineData("أعلنت", "اعلنت")]
    [InlineData("إيران", "ايران")]
    [InlineData("آمال", "امال")]
    [InlineData("ٱلله", "الله")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("مسؤول", "مسءول")]
    [InlineData("مسئول", "مسءول")]
    [InlineData("شؤون", "شءون")]
    [InlineData("شئون", "شءون")]
    [InlineData("کتاب", "كتاب")] // Persian keheh
    [InlineData("ایران", "ايران")] // Persian yeh
    public void Arabic_letter_forms_are_folded(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Theory]
    [InlineData("٢٠٢٤", "2024")]
    [InlineData("۲۰۲۴", "2024")]
    [InlineData("2024", "2024")]
    [InlineData("in ١٩٩١ and ۱۳۷۰", "in 1991 and 1370")]
    [InlineData("٣٫٥", "3 5")]
    [InlineData("007", "007")]
    [InlineData("1,500", "1 500")]
    public void Digits_fold_to_ascii_and_pass_through(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Theory]
    [InlineData("ﻻ", "لا")]
    [InlineData("ﷲ", "الله")]
    [InlineData("ﺍﻟﺼﺪﺭ", "الصدر")]
    [InlineData("ﷺ x", "x")] // a word-sized ligature is treated as a symbol
    public void Arabic_presentation_forms_fold_to_letters(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    // ---- Arabic proclitics -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("الصدر", "الصدر صدر")]
    [InlineData("والصدر", "والصدر الصدر صدر")]
    [InlineData("بالصدر", "بالصدر الصدر صدر")]
    [InlineData("للصدر", "للصدر لصدر الصدر صدر")]
    [InlineData("وبالصدر", "وبالصدر بالصدر الصدر صدر")]
    [InlineData("وللصدر", "وللصدر للصدر لصدر الصدر صدر")]
    [InlineData("لإيران", "لايران ايران")]
    [InlineData("وإيران", "وايران ايران")]
    [InlineData("صدر", "صدر")]
    public void Index_terms_of_an_arabic_word_are_the_word_then_its_proclitic_variants(string word, string expected)
    {
        Assert.Equal(expected, SearchAnalyzer.IndexText(word));
    }

    [Theory]
    [InlineData("الف")] // ال + one letter: no stem
    [InlineData("الي")] // إلى
    [InlineData("بي")]
    [InlineData("لل")]
    [InlineData("ال")]
    public void Stripping_never_leaves_a_stem_shorter_than_two_letters(string word)
    {
        Assert.Single(SearchContract.Tokens(word));
    }

    [Theory]
    [InlineData("الصدر", "والصدر")]
    [InlineData("الصدر", "بالصدر")]
    [InlineData("الصدر", "فالصدر")]
    [InlineData("الصدر", "كالصدر")]
    [InlineData("الصدر", "للصدر")]
    [InlineData("الصدر", "وبالصدر")]
    [InlineData("الصدر", "فللصدر")]
    [InlineData("الصدر", "الصَّدْرُ")]
    [InlineData("الصدر", "الصـــدر")]
    [InlineData("الصَّدْر", "والصدر")]
    [InlineData("صدر", "الصدر")]
    [InlineData("صدر", "وبالصدر")]
    [InlineData("صدر", "صدر بيان")]
    [InlineData("إيران", "لإيران")]
    [InlineData("إيران", "وإيران")]
    [InlineData("ايران", "بإيران")]
    [InlineData("الحشد", "للحشد")]
    [InlineData("الحشد", "والحشد")]
    [InlineData("لبنان", "للبنان")] // ل + لبنان, not ل + ال + بنان
    [InlineData("دم", "الدم")] // two-letter stems are kept
    [InlineData("في", "وفي")]
    [InlineData("مسئول", "المسؤول")]
    [InlineData("مستشفى", "المستشفي")]
    [InlineData("اعلنت الحكومة", "أعلنت الحكومةُ")]
    [InlineData("2024", "عام ٢٠٢٤م")]
    public void Arabic_queries_match(string query, string text)
    {
        Assert.True(SearchContract.Matches(query, text), $"{query} should match {text}");
    }

    [Theory]
    [InlineData("الصدر", "صدر بيان")] // the article form does not find the bare verb
    [InlineData("الصدر", "مصدر")]
    [InlineData("والصدر", "الصدر")] // queries are not stripped
    [InlineData("الحشد", "حشد")]
    [InlineData("ايران", "إيرانية")] // no suffix stemming
    public void Arabic_queries_do_not_match(string query, string text)
    {
        Assert.False(SearchContract.Matches(query, text), $"{query} should not match {text}");
    }

    [Fact]
    public void Query_terms_keep_arabic_proclitics()
    {
        Assert.Equal(["والصدر"], SearchAnalyzer.QueryTerms("وَالصَّدْرُ"));
    }

    // ---- Latin -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Sadr's", "sadr")]
    [InlineData("Sadr’s", "sadr")]
    [InlineData("Sadrʼs", "sadr")]
    [InlineData("militias'", "militia")]
    [InlineData("militias’ leaders", "militia leader")]
    [InlineData("Sadrists", "sadrist")]
    [InlineData("militias", "militia")]
    [InlineData("bodies", "body")]
    [InlineData("buses", "buse")]
    [InlineData("boss", "boss")]
    [InlineData("status", "status")]
    [InlineData("is as us", "is as us")]
    [InlineData("MPs", "mp")]
    [InlineData("1990s", "1990")]
    [InlineData("Hamas Hama ISIS AIDS news", "hamas hama isis aids news")]
    public void Possessives_and_plurals_are_removed(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("ÉLYSÉE", "elysee")]
    [InlineData("Shīʿa", "shia")]
    [InlineData("Āl Saʿūd", "al saud")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Ｓａｄｒ", "sadr")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ǅemal", "dzemal")]
    public void Latin_is_lower_cased_and_loses_diacritics(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Theory]
    [InlineData("Sha’abi")]
    [InlineData("Sha'abi")]
    [InlineData("Shaʼabi")]
    [InlineData("Shaabi")]
    [InlineData("SHAABI")]
    public void Transliteration_apostrophes_are_dropped(string text)
    {
        Assert.Equal("shaabi", Terms(text));
    }

    [Theory]
    [InlineData("ʿAli", "ali")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("'quoted' words", "quoted word")]
    [InlineData("‘Ali’", "ali")]
    [InlineData("rock'n'roll", "rocknroll")]
    public void Apostrophes_join_only_inside_latin_words(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Theory]
    [InlineData("Sadr", "Sadr's statement")]
    [InlineData("Sadrist", "the Sadrists")]
    [InlineData("militia", "the militias' leaders")]
    [InlineData("Sadr’s", "Sadr")]
    [InlineData("MULLER", "Müller")]
    [InlineData("Shaabi", "al-Sha’abi")]
    [InlineData("al-Sadr", "Muqtada al-Sadr")]
    [InlineData("al sadr", "al-Sadr")]
    public void Latin_queries_match(string query, string text)
    {
        Assert.True(SearchContract.Matches(query, text), $"{query} should match {text}");
    }

    [Theory]
    [InlineData("Hama", "Hamas said")]
    [InlineData("Sadrist", "Sadr")]
    [InlineData("sadr militia", "Sadr said")]
    public void Latin_queries_do_not_match(string query, string text)
    {
        Assert.False(SearchContract.Matches(query, text), $"{query} should not match {text}");
    }

    [Fact]
    public void Latin_words_have_exactly_one_index_term()
    {
        Assert.Equal("the sadrist movement s statement", SearchAnalyzer.IndexText("The Sadrists' movement’ s statement"));
    }

    // ---- Other scripts ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Москва", "москва")]
    [InlineData("Ёлка", "елка")]
    [InlineData("Αθήνα", "αθηνα")]
    [InlineData("ΟΔΟΣ", "οδοσ")]
    [InlineData("日本語", "日本語")]
    [InlineData("한국어", "한국어")]
    [InlineData("עִבְרִית", "עברית")]
    public void Other_scripts_are_lower_cased_and_passed_through(string text, string expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    // ---- Edges --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--- !!! ،؛")]
    [InlineData("\u064E\u064F\u0640")]
    [InlineData("'’")]
    public void Text_without_words_gives_nothing(string text)
    {
        Assert.Equal(string.Empty, SearchAnalyzer.IndexText(text));
        Assert.Empty(SearchAnalyzer.QueryTerms(text));
        Assert.Null(SearchAnalyzer.ToFtsMatch(text));
    }

    [Fact]
    public void Very_long_words_are_cut_to_the_maximum_term_length()
    {
        var word = new string('x', 500);
        var term = Assert.Single(SearchAnalyzer.QueryTerms(word));
        Assert.Equal(SearchAnalyzer.MaxTermLength, term.Length);
        Assert.Equal(term, SearchAnalyzer.IndexText(word));
    }

    [Theory]
    [InlineData("𠀋")]
    [InlineData("ﬁ")]
    [InlineData("ﬃ")]
    public void A_cut_term_never_splits_a_surrogate_pair_or_a_ligature(string last)
    {
        var prefix = new string('x', SearchAnalyzer.MaxTermLength - 1);
        Assert.Equal([prefix], SearchAnalyzer.QueryTerms(prefix + last));
    }

    [Fact]
    public void Index_text_has_single_spaces_and_no_padding()
    {
        Assert.Equal("a b والصدر الصدر صدر c", SearchAnalyzer.IndexText("  A,\n\tB  والصدر ... c!  "));
    }

    // ---- Analyze (offsets for highlighting) ----------------------------------------------------------------------

    [Fact]
    public void Analyze_gives_offsets_into_the_original_text()
    {
        const string text = "قال الصَّدْرُ: Sadr's «والحشد»";
        var words = SearchAnalyzer.Analyze(text);

        Assert.Equal(["قال", "الصدر", "sadr", "والحشد"], words.Select(w => w.Term));
        Assert.Equal(["قال", "الصَّدْرُ", "Sadr's", "والحشد"], words.Select(w => text[w.Start..w.End]));
        Assert.Equal(["والحشد", "الحشد", "حشد"], words[3].IndexTerms);
        Assert.True(words[3].IsMatchedBy("الحشد"));
        Assert.False(words[2].IsMatchedBy("الحشد"));
    }

    [Fact]
    public void Analyze_index_terms_concatenate_to_index_text()
    {
        const string text = "أعلنت وزارة النفط، بالتعاون مع للصدر: the militias' 2024 budget.";
        var words = SearchAnalyzer.Analyze(text);
        Assert.Equal(SearchAnalyzer.IndexText(text), string.Join(' ', words.SelectMany(w => w.IndexTerms)));
    }

    [Fact]
    public void Analyze_offsets_cover_surrogate_pairs_and_split_words()
    {
        const string text = "𝐀𝐁 ٢٠٢٤م";
        var words = SearchAnalyzer.Analyze(text);
        Assert.Equal([(0, 4), (5, 9), (9, 10)], words.Select(w => (w.Start, w.End)));
    }
}
