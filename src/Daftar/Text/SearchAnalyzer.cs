using System.Buffers;
using System.Globalization;
using System.Text;

namespace Daftar.Text;

/// <summary>
/// Daftar's one full-text normaliser for English and Arabic: it writes the terms stored in a search index and turns
/// a user's query into the terms looked up there. Every storage backend (SQLite FTS5 now, PostgreSQL later) must use
/// it on both sides; nothing else may tokenise or fold search text.
/// </summary>
/// <remarks>
/// <para><b>Words.</b> A word is a run of letters, decimal digits and combining marks, so harakat never split an
/// Arabic word (الصَّدْرُ is one word). Punctuation, symbols, spaces, hyphens (al-Sadr → al, sadr), other numerals
/// (², Ⅻ) and lone surrogates separate words. An apostrophe (' ’ ‘ ʼ) joins a Latin word when a letter follows
/// (Sha'abi, O'Brien) or when it follows a final s (militias'). Soft hyphens, zero-width joiners, bidi controls and the
/// transliteration marks ʻ ʾ ʿ vanish without splitting. A word is also split where Arabic and non-Arabic letters or
/// digits meet (٢٠٢٤م → 2024, م).</para>
/// <para><b>Characters.</b> Compatibility forms are folded first (NFKC: ligatures, full-width letters, Arabic
/// presentation forms from PDFs). Latin and Greek letters lose their diacritics (é → e, ā → a, ά → α); every letter is
/// lower-cased (invariant culture); all combining marks are dropped, in every script. Arabic: tashkeel (U+064B–U+065F,
/// U+0670, Quranic marks U+0610–U+061A and U+06D6–U+06ED) and tatweel are removed; أ إ آ ٱ ٲ ٳ ٵ → ا; ى and
/// Persian ی → ي; ة → ه; ؤ and ئ → ء (so the two current spellings مسؤول and مسئول meet); Persian ک → ك. Decimal
/// digits of every script, including ٠–٩ and ۰–۹, become ASCII 0–9.</para>
/// <para><b>Latin words</b> (one term each, the same at index and query time): the possessive is removed (Sadr's →
/// sadr, militias' → militias), remaining apostrophes are dropped (Sha’abi → shaabi), and plurals are reduced by the
/// Harman S-stemmer (militias → militia, Sadrists → sadrist, bodies → body), except a handful of names whose final s
/// is not a plural (Hamas, ISIS, AIDS, news, Abbas).</para>
/// <para><b>Arabic words</b> are only character-normalised in a query. In the index, each Arabic word is followed by
/// its proclitic variants (asymmetric expansion): optional conjunction و/ف, optional preposition ب/ل/ك, optional
/// article ال (لل = ل + ال), each reading emitting the remainder, the ال form and the bare stem, never a stem shorter
/// than two letters. So the query الصدر finds والصدر, بالصدر, للصدر, وبالصدر, while it does not find the verb صدر;
/// the query صدر finds all of them. Because variants are extra tokens placed after their word, token positions are
/// not word positions: phrase search must use NEAR (see <see cref="ToFtsMatch"/>).</para>
/// <para><b>Other scripts</b> are lower-cased and passed through. A term longer than <see cref="MaxTermLength"/> is
/// cut to that length (the same way on both sides).</para>
/// <para>Known limits: no suffix stemming for Arabic (حشده, الحشدين are not found by الحشد); no Latin stemming beyond
/// plurals; proclitic stripping is orthographic, so it also yields noise stems from words that merely begin with
/// those letters (وزير → زير, كان → ان), which only matter for queries of those exact strings; combining sequences in
/// scripts other than Latin, Greek and Arabic are expected in NFC.</para>
/// </remarks>
public static class SearchAnalyzer
{
    /// <summary>The longest term, in UTF-16 code units; longer words are cut to this length.</summary>
    public const int MaxTermLength = 64;

    /// <summary>The most index terms one word produces: its term plus up to four Arabic proclitic variants.</summary>
    public const int MaxTermsPerWord = 1 + ArabicClitics.MaxVariants;

    private const int ArabicTermFirst = 0x0600;
    private const int ArabicTermLast = 0x08FF;

    /// <summary>
    /// The index terms of a whole document or quotation, space-separated, ready for an FTS5 column whose tokenizer is
    /// <c>ascii</c> (or <c>unicode61</c>).
    /// </summary>
    /// <param name="text">Any text; malformed UTF-16 (lone surrogates) and control characters are treated as separators.</param>
    /// <returns>
    /// Terms separated by single spaces, without leading or trailing space (empty if the text has no word). Each term
    /// is non-empty, at most <see cref="MaxTermLength"/> long, and consists only of lower-case letters (no combining
    /// marks, no tatweel) and ASCII digits, so both <c>ascii</c> and <c>unicode61</c> read exactly these tokens back. For each word the
    /// normalised term comes first (identical to its <see cref="QueryTerms"/> term), followed for Arabic words by its
    /// distinct proclitic variants; a word yields at most <see cref="MaxTermsPerWord"/> terms.
    /// </returns>
    public static string IndexText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return string.Empty;
        var output = new TermWriter(text.Length + 16);
        try
        {
            WriteTerms(text, ref output);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>
    /// The UTF-8 of <c>IndexText(title + "\n\n" + text)</c> (of <c>IndexText(text)</c> when <paramref name="title"/> is
    /// null), made without building either string: the storage hot path binds it straight into the index.
    /// </summary>
    internal static Utf8Buffer IndexTextUtf8(string? title, ReadOnlySpan<char> text)
    {
        // The blank line between title and text separates words, so the terms of the two parts simply follow each
        // other, space-separated (the writer puts a space before every term but the first).
        var output = new TermWriter(text.Length + (title?.Length ?? 0) + 16);
        try
        {
            WriteTerms(title, ref output);
            WriteTerms(text, ref output);
            return output.ToUtf8();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static void WriteTerms(ReadOnlySpan<char> text, ref TermWriter output)
    {
        Span<char> term = stackalloc char[MaxTermLength];
        Span<ArabicVariant> variants = stackalloc ArabicVariant[ArabicClitics.MaxVariants];
        var scanner = new WordScanner(text);
        while (scanner.MoveNext(term, out var word))
        {
            var normalised = term[..word.Length];
            output.Append(normalised);
            if (!word.IsArabic)
                continue;
            var count = ArabicClitics.GetVariants(normalised, variants);
            for (var i = 0; i < count; i++)
                output.Append(normalised, variants[i]);
        }
    }

    /// <summary>The normalised terms of a user's query, in order, duplicates kept.</summary>
    /// <param name="query">Any text; quotation marks and FTS5 operators in it are ordinary punctuation here.</param>
    /// <returns>
    /// One term per word, exactly the first index term <see cref="IndexText"/> gives that word (Arabic proclitics
    /// are not stripped, Latin plurals and possessives are); empty when the query has no word. Normalising a term
    /// again returns the same single term.
    /// </returns>
    public static IReadOnlyList<string> QueryTerms(ReadOnlySpan<char> query)
    {
        List<string>? terms = null;
        Span<char> term = stackalloc char[MaxTermLength];
        var scanner = new WordScanner(query);
        while (scanner.MoveNext(term, out var word))
            (terms ??= []).Add(new string(term[..word.Length]));
        return terms is null ? [] : terms;
    }

    /// <summary>
    /// The words of a text with their positions in it and their index terms, for highlighting matches in the
    /// original text and for backends that can place several terms at one position (PostgreSQL tsvector).
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>
    /// The words in order, one entry per word that yields terms; concatenating every entry's
    /// <see cref="AnalyzedWord.IndexTerms"/> with spaces gives <see cref="IndexText"/>. Offsets are UTF-16 offsets into
    /// <paramref name="text"/>; words do not overlap.
    /// </returns>
    public static IReadOnlyList<AnalyzedWord> Analyze(ReadOnlySpan<char> text)
    {
        var words = new List<AnalyzedWord>();
        Span<char> term = stackalloc char[MaxTermLength];
        Span<char> variantText = stackalloc char[MaxTermLength + 2];
        Span<ArabicVariant> variants = stackalloc ArabicVariant[ArabicClitics.MaxVariants];
        var scanner = new WordScanner(text);
        while (scanner.MoveNext(term, out var word))
        {
            var normalised = term[..word.Length];
            var first = new string(normalised);
            var count = word.IsArabic ? ArabicClitics.GetVariants(normalised, variants) : 0;
            var indexTerms = new string[1 + count];
            indexTerms[0] = first;
            for (var i = 0; i < count; i++)
            {
                var length = ArabicClitics.LengthOf(normalised.Length, variants[i]);
                ArabicClitics.Write(normalised, variants[i], variantText);
                indexTerms[i + 1] = new string(variantText[..length]);
            }

            words.Add(new AnalyzedWord(first, word.Start, word.End, indexTerms));
        }

        return words;
    }

    /// <summary>
    /// Splits a user's query into clauses: each unquoted word is a term clause, each quoted passage (between
    /// " “ ” „ « » marks; an unclosed quote runs to the end) with two or more words is a phrase clause.
    /// </summary>
    /// <returns>The clauses in query order; empty when the query has no word. Every clause has at least one term.</returns>
    public static IReadOnlyList<QueryClause> ParseQuery(ReadOnlySpan<char> query)
    {
        var clauses = new List<QueryClause>();
        var inQuote = false;
        var chunkStart = 0;
        for (var i = 0; i <= query.Length; i++)
        {
            if (i < query.Length && !IsQuoteMark(query[i]))
                continue;
            var terms = QueryTerms(query[chunkStart..i]);
            if (inQuote && terms.Count > 1)
            {
                clauses.Add(new QueryClause(terms, isPhrase: true));
            }
            else
            {
                foreach (var term in terms)
                    clauses.Add(new QueryClause([term], isPhrase: false));
            }

            inQuote = !inQuote;
            chunkStart = i + 1;
        }

        return clauses;
    }

    /// <summary>
    /// Turns a user's query into an FTS5 MATCH expression over a column written by <see cref="IndexText"/>.
    /// </summary>
    /// <param name="query">Raw user input; nothing in it can reach FTS5 as syntax.</param>
    /// <returns>
    /// Null when the query has no word. Otherwise the clauses of <see cref="ParseQuery"/> joined by <c>AND</c>:
    /// each term double-quoted (<c>"sadr"</c>); a phrase of Latin or digit terms as one quoted FTS5 phrase
    /// (<c>"sadr militia"</c>, exact because such words have exactly one index term); a phrase with an Arabic term as
    /// <c>NEAR("t1" "t2" …, N)</c> with N = terms × <see cref="MaxTermsPerWord"/> − 2, the widest gap the proclitic
    /// variants can put between consecutive words. NEAR is unordered and may also match words that are close but
    /// not adjacent: Arabic phrase search is approximate. Repeated clauses appear once.
    /// </returns>
    public static string? ToFtsMatch(ReadOnlySpan<char> query)
    {
        var clauses = ParseQuery(query);
        if (clauses.Count == 0)
            return null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var match = new StringBuilder();
        foreach (var clause in clauses)
        {
            var part = RenderFts(clause);
            if (!seen.Add(part))
                continue;
            if (match.Length > 0)
                match.Append(" AND ");
            match.Append(part);
        }

        return match.ToString();
    }

    private static string RenderFts(QueryClause clause)
    {
        if (!clause.IsPhrase)
            return Fts5String(clause.Terms[0]);
        if (!clause.Terms.Any(IsArabicTerm))
            return Fts5String(string.Join(' ', clause.Terms));
        var near = new StringBuilder("NEAR(");
        for (var i = 0; i < clause.Terms.Count; i++)
        {
            if (i > 0)
                near.Append(' ');
            near.Append(Fts5String(clause.Terms[i]));
        }

        var distance = (clause.Terms.Count * MaxTermsPerWord) - 2;
        return near.Append(", ").Append(distance.ToString(CultureInfo.InvariantCulture)).Append(')').ToString();
    }

    /// <summary>An FTS5 string literal: double-quoted, embedded quotes doubled.</summary>
    private static string Fts5String(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool IsArabicTerm(string term) => term.Length > 0 && term[0] is >= (char)ArabicTermFirst and <= (char)ArabicTermLast;

    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\uFF02';

    /// <summary>A growable pooled char buffer that writes space-separated terms.</summary>
    private ref struct TermWriter
    {
        private char[] buffer;
        private int length;

        public TermWriter(int capacity)
        {
            buffer = ArrayPool<char>.Shared.Rent(capacity);
            length = 0;
        }

        public void Append(scoped ReadOnlySpan<char> term)
        {
            var at = Reserve(term.Length);
            term.CopyTo(buffer.AsSpan(at));
        }

        public void Append(scoped ReadOnlySpan<char> term, ArabicVariant variant)
        {
            var at = Reserve(ArabicClitics.LengthOf(term.Length, variant));
            ArabicClitics.Write(term, variant, buffer.AsSpan(at));
        }

        public override readonly string ToString() => new(buffer, 0, length);

        /// <summary>The terms as UTF-8.</summary>
        public readonly Utf8Buffer ToUtf8() => Utf8Buffer.From(buffer.AsSpan(0, length));

        public void Dispose()
        {
            var rented = buffer;
            buffer = [];
            if (rented.Length > 0)
                ArrayPool<char>.Shared.Return(rented);
        }

        /// <summary>Makes room for a separator (if needed) and a term; returns where the term goes.</summary>
        private int Reserve(int termLength)
        {
            var needed = length + 1 + termLength;
            if (needed > buffer.Length)
            {
                var grown = ArrayPool<char>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
                buffer.AsSpan(0, length).CopyTo(grown);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = grown;
            }

            if (length > 0)
                buffer[length++] = ' ';
            var at = length;
            length += termLength;
            return at;
        }
    }
}
