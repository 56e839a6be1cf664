namespace Daftar.Text;

/// <summary>One index-time variant of an Arabic word: <c>(WithArticle ? "ال" : "") + term[Start..]</c>.</summary>
internal readonly record struct ArabicVariant(int Start, bool WithArticle);

/// <summary>
/// Index-time proclitic expansion for normalised Arabic words (asymmetric: queries are never stripped).
/// </summary>
/// <remarks>
/// <para>A word is read as <c>[conjunction و/ف] [preposition ب/ل/ك] [article ال] stem</c>, every part optional,
/// and ل + ال written لل (the article's alef elided). Every reading whose stem keeps at least
/// <see cref="MinStem"/> letters is emitted: the remainder after the clitics (لإيران → ايران, وبالصدر → بالصدر),
/// the article form (الصدر) and the bare stem (صدر). All readings are kept rather than one “best” one because
/// the letters are ambiguous: للبنان is ل + لبنان, but للصدر is ل + الصدر.</para>
/// <para>Why <see cref="MinStem"/> = 2: Arabic has real two-letter nouns and particles that take clitics (دم, يد,
/// أب, في, من: الدم, وفي, ومن), so a minimum of 3 would lose them; a one-letter remainder is never a searchable word
/// and would match nearly everything (الف → ف). The price is some noise tokens (كان → ان, ولد → لد), which only
/// affect queries for those two-letter strings.</para>
/// </remarks>
internal static class ArabicClitics
{
    /// <summary>The shortest stem (in letters) left after stripping clitics or the article.</summary>
    public const int MinStem = 2;

    /// <summary>The most variants one word can produce (e.g. وللصدر → للصدر, لصدر, الصدر, صدر).</summary>
    public const int MaxVariants = 4;

    private const char Waw = '\u0648';
    private const char Fa = '\u0641';
    private const char Ba = '\u0628';
    private const char Lam = '\u0644';
    private const char Kaf = '\u0643';
    private const char Alef = '\u0627';

    /// <summary>
    /// Writes the distinct proclitic variants of a normalised Arabic <paramref name="term"/> (never the term itself)
    /// into <paramref name="variants"/> (at least <see cref="MaxVariants"/> long), longest first; returns how many.
    /// </summary>
    public static int GetVariants(ReadOnlySpan<char> term, Span<ArabicVariant> variants)
    {
        var n = term.Length;
        var count = 0;
        if (n < MinStem + 1)
            return 0;

        // Conjunction: none, or و/ف.
        var conjunctionEnd = term[0] is Waw or Fa ? 1 : 0;
        for (var c = 0; c <= conjunctionEnd; c++)
        {
            // Preposition: none, or ب/ل/ك after the conjunction.
            var prepositionEnd = c < n && term[c] is Ba or Lam or Kaf ? c + 1 : c;
            for (var p = c; p <= prepositionEnd; p++)
            {
                if (p > 0 && n - p >= MinStem)
                    Add(term, variants, ref count, new ArabicVariant(p, false));

                if (n - p >= 2 + MinStem && term[p] == Alef && term[p + 1] == Lam)
                {
                    // ال + stem (the article form is the remainder itself, added above when p > 0).
                    Add(term, variants, ref count, new ArabicVariant(p + 2, false));
                }
                else if (p > c && term[p - 1] == Lam && term[p] == Lam && n - (p + 1) >= MinStem)
                {
                    // ل + ال written لل: emit the full article form and the stem.
                    Add(term, variants, ref count, new ArabicVariant(p + 1, true));
                    Add(term, variants, ref count, new ArabicVariant(p + 1, false));
                }
            }
        }

        return count;
    }

    /// <summary>Writes a variant to <paramref name="output"/>.</summary>
    public static void Write(ReadOnlySpan<char> term, ArabicVariant variant, Span<char> output)
    {
        if (variant.WithArticle)
        {
            output[0] = Alef;
            output[1] = Lam;
            term[variant.Start..].CopyTo(output[2..]);
        }
        else
        {
            term[variant.Start..].CopyTo(output);
        }
    }

    /// <summary>The length of a variant of a term of length <paramref name="termLength"/>.</summary>
    public static int LengthOf(int termLength, ArabicVariant variant) =>
        termLength - variant.Start + (variant.WithArticle ? 2 : 0);

    private static void Add(ReadOnlySpan<char> term, Span<ArabicVariant> variants, ref int count, ArabicVariant variant)
    {
        // Canonical form: "ال" + term[s..] equals term[s-2..] when the term itself has ال there.
        if (variant.WithArticle && variant.Start >= 2 && term[variant.Start - 2] == Alef && term[variant.Start - 1] == Lam)
            variant = new ArabicVariant(variant.Start - 2, false);
        if (variant is { Start: 0, WithArticle: false })
            return;
        for (var i = 0; i < count; i++)
        {
            if (variants[i] == variant)
                return;
        }

        variants[count++] = variant;
    }
}
