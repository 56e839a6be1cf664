namespace Daftar.Extraction.Quotes;

/// <summary>
/// Indirect speech in the languages whose function-words.tsv lists complementizers (Arabic): a reporting verb, its
/// speaker, then a complementizer and the reported clause — "وقال المتحدث إن الحكومة ستستقيل" reports "الحكومة
/// ستستقيل" as the spokesman's speech. English lists none: "he said that …" is the author's paraphrase, not a quotation.
/// </summary>
internal static class IndirectSpeech
{
    /// <summary>The most tokens between the reporting verb and the complementizer (the speaker's description).</summary>
    private const int MaxSpeakerTokens = 12;

    /// <summary>The fewest words a reported clause has.</summary>
    private const int MinClauseWords = 2;

    /// <summary>The marked quotations with the indirect speech of <paramref name="a"/> merged in, in text order.</summary>
    public static List<QuoteSpan> Merge(TextAnalysis a, List<QuoteSpan> marked)
    {
        if (!a.Lexicons.Any(l => l.IndirectSpeech))
            return marked;

        var inMarked = new bool[a.Count];
        foreach (var q in marked)
        {
            var to = Math.Min(a.TokenAt(q.Close), a.Count - 1);
            for (var t = a.TokenAt(q.Open); t <= to; t++)
                inMarked[t] = true;
        }

        var found = new List<QuoteSpan>();
        for (var s = 0; s < a.SentenceSpans.Length; s++)
        {
            if (!a.Lexicons[s].IndirectSpeech)
                continue;
            var from = a.SentenceFirst[s];
            var end = a.SentenceEnd(s);
            for (var t = from; t < end; t++)
            {
                if (inMarked[t])
                    continue;
                var length = a.MatchPhrase(t, end, static kind => kind == PhraseKind.Verb, out _);
                if (length == 0)
                    continue;
                var complementizer = Complementizer(a, t + length, end, inMarked);
                if (complementizer < 0)
                    continue;

                // The clause runs to the end of the sentence or the next marked quotation.
                var stop = complementizer + 1;
                while (stop < end && !inMarked[stop])
                    stop++;
                var last = stop;
                while (last > complementizer + 1 && a.IsPunct(last - 1))
                    last--;
                var words = 0;
                for (var k = complementizer + 1; k < last; k++)
                {
                    if (a.Tokens[k].IsWord)
                        words++;
                }

                // A clause that runs into a quotation only introduces it ("قال إن أمينها العام «سيردّ …»"): the
                // quotation is the statement, attributed by the same verb.
                if (words < MinClauseWords || (stop < end && inMarked[stop]))
                    continue;
                found.Add(new QuoteSpan(
                    a.Tokens[complementizer].Start,
                    a.Tokens[last - 1].Start,
                    a.Tokens[complementizer + 1].Start,
                    a.Tokens[last - 1].End,
                    TrimmedComma: false,
                    Terminal: true,
                    Cue: t,
                    CueLength: length));
                t = stop - 1;
            }
        }

        if (found.Count == 0)
            return marked;
        var merged = new List<QuoteSpan>(marked.Count + found.Count);
        merged.AddRange(marked);
        merged.AddRange(found);
        merged.Sort((x, y) => x.Open.CompareTo(y.Open));
        return merged;
    }

    /// <summary>The complementizer after a reporting verb and its speaker, or -1 (punctuation other than a comma ends the search).</summary>
    private static int Complementizer(TextAnalysis a, int from, int end, bool[] inMarked)
    {
        for (var k = from; k < end && k < from + MaxSpeakerTokens; k++)
        {
            if (inMarked[k])
                return -1;
            if (a.Has(k, WordRole.Complementizer))
                return k + 1 < end ? k : -1;
            if (a.IsPunct(k) && !a.IsPunct(k, ',') && !a.IsPunct(k, '\u060C'))
                return -1;
        }

        return -1;
    }
}
