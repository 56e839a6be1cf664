namespace Daftar.Text;

/// <summary>
/// The Latin-script word rules: English possessive removal, apostrophe joining, and the Harman (1991) S-stemmer.
/// Applied identically at index and query time, so it needs no linguistic precision, only determinism and
/// idempotence (a stemmed term stems to itself).
/// </summary>
internal static class LatinStemmer
{
    /// <summary>
    /// Removes the possessive (“Sadr's” → sadr, “militias'” → militias) and then every remaining apostrophe marker
    /// (“Sha'abi” → shaabi, “O'Brien” → obrien). Returns the new length.
    /// </summary>
    public static int StripApostrophes(Span<char> term)
    {
        var n = term.Length;
        if (n >= 2 && term[n - 1] == 's' && term[n - 2] == '\'')
            n -= 2;
        else if (n >= 2 && term[n - 1] == '\'' && term[n - 2] == 's')
            n -= 1;

        var kept = 0;
        for (var i = 0; i < n; i++)
        {
            if (term[i] != '\'')
                term[kept++] = term[i];
        }

        return kept;
    }

    /// <summary>
    /// The Harman S-stemmer on a lower-case term: “ies” → “y” unless “eies”/“aies”; “es” → “e” unless
    /// “aes”/“ees”/“oes”; “s” → “” unless “us”/“ss”. Terms shorter than three characters are left alone (“is”, “us”,
    /// “as”), as are the <see cref="IsUnstemmed"/> words. Returns the new length.
    /// </summary>
    public static int Stem(Span<char> term)
    {
        var n = term.Length;
        if (n < 3 || term[n - 1] != 's')
            return n;
        if (IsUnstemmed(term))
            return n;

        if (n >= 4 && term[n - 2] == 'e' && term[n - 3] == 'i' && term[n - 4] is not ('e' or 'a'))
        {
            term[n - 3] = 'y';
            return n - 2;
        }

        // "es" → "e" and "s" → "" both remove the final s; the exceptions (aes/ees/oes) fall through to the s rule
        // in Harman's algorithm and lose their s there too, so only "us" and "ss" keep it.
        return term[n - 2] is 'u' or 's' ? n : n - 1;
    }

    /// <summary>
    /// Words whose final s is not a plural and whose stripped form is another name an analyst searches for
    /// (Hamas/Hama, ISIS/ISI, AIDS/aid, news/new, Abbas/Abba). Kept deliberately tiny: each entry means the stripped
    /// form no longer finds the word (“Hama” does not find “Hamas”, which is the point).
    /// </summary>
    private static bool IsUnstemmed(ReadOnlySpan<char> term) => term is "hamas" or "isis" or "aids" or "news" or "abbas";
}
