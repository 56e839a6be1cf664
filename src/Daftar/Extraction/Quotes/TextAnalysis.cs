using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Actors;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Extraction.Quotes;

/// <summary>
/// One document prepared for the quotation and position layers: its tokens with their lexicon entries, the sentence
/// and paragraph of each token, the actor mention over each token, and the language of each sentence.
/// </summary>
internal sealed class TextAnalysis
{
    private readonly Dictionary<string, ActorType> actorTypes;
    private readonly WordInfo?[] info;

    /// <summary>Marks a token whose word has not been looked up yet.</summary>
    private static readonly WordInfo NotLooked = new();
    private readonly ImmutableArray<TextSpan> givenSentences;

    public TextAnalysis(string text, ImmutableArray<TextSpan> sentences, ActorLayerResult actors)
    {
        Text = text;
        givenSentences = sentences;
        var spare = TakeSpare();
        (Tokens, Count) = Tokenizer.Tokenize(text, spare?.Tokens);
        var n = Count;

        // Sentences: sorted, non-overlapping spans inside the text; each token belongs to the last one starting at or before it.
        var spans = Sanitize(sentences.IsDefault ? [] : sentences, text.Length);
        if (spans.Count == 0)
            spans.Add(new TextSpan(0, text.Length));
        SentenceSpans = [.. spans];
        SentenceOf = Rent(spare?.SentenceOf, n);
        SentenceFirst = new int[spans.Count + 1];
        var sentence = 0;
        for (var t = 0; t < n; t++)
        {
            while (sentence + 1 < spans.Count && spans[sentence + 1].Start <= Tokens[t].Start)
            {
                sentence++;
                SentenceFirst[sentence] = t;
            }

            SentenceOf[t] = sentence;
        }

        for (var s = sentence + 1; s <= spans.Count; s++)
            SentenceFirst[s] = n;
        SentenceFirst[0] = 0;

        // Paragraphs: a blank line between two tokens starts a new one. Lines: a line break.
        ParagraphOf = Rent(spare?.ParagraphOf, n);
        LineStartOf = Rent(spare?.LineStartOf, n);
        var paragraph = 0;
        var line = 0;
        if (n > 0)
        {
            ParagraphOf[0] = 0;
            LineStartOf[0] = 0;
        }

        for (var t = 1; t < n; t++)
        {
            if ((Tokens[t].Flags & TokenFlags.LineStart) != 0)
            {
                line = t;
                if (HasBlankLine(text, Tokens[t - 1].End, Tokens[t].Start))
                    paragraph++;
            }

            ParagraphOf[t] = paragraph;
            LineStartOf[t] = line;
        }

        // Language per sentence, then the lexicon entry of each word.
        Lexicons = new LanguageLexicon[spans.Count];
        var english = LanguageLexicon.For("en");
        var arabic = LanguageLexicon.For("ar");
        var hasArabic = text.AsSpan().IndexOfAnyInRange('\u0600', '\u06FF') >= 0;
        for (var s = 0; s < spans.Count; s++)
            Lexicons[s] = hasArabic && IsMostlyArabic(text.AsSpan(spans[s].Start, spans[s].Length)) ? arabic : english;
        info = spare is not null && spare.info.Length >= n ? spare.info : new WordInfo?[n];
        info.AsSpan(0, n).Fill(NotLooked);

        // Actor mentions: the mention overlapping each token (mentions are sorted and do not overlap).
        Actors = actors;
        Mentions = SanitizeMentions(actors.Mentions, text.Length);
        MentionOf = Rent(spare?.MentionOf, n);
        var mention = 0;
        for (var t = 0; t < n; t++)
        {
            var token = Tokens[t];
            while (mention < Mentions.Length && Mentions[mention].Span.End <= token.Start)
                mention++;
            MentionOf[t] = mention < Mentions.Length && Mentions[mention].Span.Start < token.End ? mention : -1;
        }

        actorTypes = new Dictionary<string, ActorType>(StringComparer.Ordinal);
        if (!actors.Actors.IsDefault)
        {
            foreach (var actor in actors.Actors)
                actorTypes.TryAdd(actor.Id, actor.Type);
        }

        QuoteOf = Rent(spare?.QuoteOf, n);
        QuoteOf.AsSpan(0, n).Fill(-1);
    }

    [ThreadStatic]
    private static TextAnalysis? last;

    /// <summary>A discarded analysis whose arrays the next one on this thread fills again (no large allocations per document).</summary>
    [ThreadStatic]
    private static TextAnalysis? spareArrays;

    private static TextAnalysis? TakeSpare()
    {
        var spare = spareArrays;
        spareArrays = null;
        return spare;
    }

    private static int[] Rent(int[]? spare, int n) => spare is not null && spare.Length >= n ? spare : GC.AllocateUninitializedArray<int>(n);

    /// <summary>This analysis will not be read again: its arrays may serve the next one on this thread.</summary>
    public void Release()
    {
        if (ReferenceEquals(last, this))
            last = null;
        spareArrays = this;
    }

    /// <summary>
    /// The analysis the quotation layer made of this very text, sentences and actors on this thread, for the position
    /// layer that runs next; else a new one. The cached one is handed out once.
    /// </summary>
    public static TextAnalysis Reuse(string text, ImmutableArray<TextSpan> sentences, ActorLayerResult actors)
    {
        var cached = last;
        last = null;
        if (cached is not null && ReferenceEquals(cached.Text, text) && ReferenceEquals(cached.Actors, actors)
            && cached.givenSentences.Equals(sentences))
        {
            cached.QuoteOf.AsSpan(0, cached.Count).Fill(-1);
            return cached;
        }

        cached?.Release();
        return new TextAnalysis(text, sentences, actors);
    }

    /// <summary>Keeps this analysis for <see cref="Reuse"/> (releasing the one kept before).</summary>
    public void Keep()
    {
        if (last is { } previous && !ReferenceEquals(previous, this))
            previous.Release();
        last = this;
    }

    /// <summary>Releases the analysis kept for <see cref="Reuse"/>, before a new one is made.</summary>
    public static void ReleaseKept()
    {
        var kept = last;
        last = null;
        kept?.Release();
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    /// <summary>The lexicon entry of word token <paramref name="t"/> (looked up on first use), or null.</summary>
    public WordInfo? InfoAt(int t)
    {
        if (t < 0 || t >= Count)
            return null;
        var entry = info[t];
        if (!ReferenceEquals(entry, NotLooked))
            return entry;
        var token = Tokens[t];
        if (!token.IsWord)
            return info[t] = null;
        var lexicon = Lexicons[SentenceOf[t]];
        var word = Text.AsSpan(token.Start, token.End - token.Start);
        return info[t] = lexicon.Find(word) ?? (token.IsPossessive ? lexicon.Find(Text.AsSpan(token.Start, token.StemEnd - token.Start)) : null);
    }

    public int[] SentenceOf { get; }

    /// <summary>The first token of each sentence; the entry after the last sentence is the token count.</summary>
    public int[] SentenceFirst { get; }

    public TextSpan[] SentenceSpans { get; }

    public int[] ParagraphOf { get; }

    /// <summary>The first token of each token's line.</summary>
    public int[] LineStartOf { get; }

    public LanguageLexicon[] Lexicons { get; }

    public ActorLayerResult Actors { get; }

    public ActorMention[] Mentions { get; }

    /// <summary>The index in <see cref="Mentions"/> of the mention over each token, or -1.</summary>
    public int[] MentionOf { get; }

    /// <summary>The index of the quotation each token lies in (its marks included), or -1; filled by the quotation layer.</summary>
    public int[] QuoteOf { get; }

    /// <summary>The number of tokens (<see cref="Tokens"/> may be longer).</summary>
    public int Count { get; }

    public bool Has(int t, WordRole role) => InfoAt(t) is { } entry && (entry.Roles & role) != 0;

    public bool IsPunct(int t, char c) => t >= 0 && t < Count && !Tokens[t].IsWord && Text[Tokens[t].Start] == c;

    public bool IsPunct(int t) => t >= 0 && t < Count && !Tokens[t].IsWord;

    public ReadOnlySpan<char> Word(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].End - Tokens[t].Start);

    public string Slice(int firstToken, int endToken) =>
        Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    public int SentenceEnd(int sentence) => SentenceFirst[sentence + 1];

    public LanguageLexicon LexiconAt(int t) => Lexicons[SentenceOf[Math.Clamp(t, 0, Math.Max(0, Count - 1))]];

    public ActorType? TypeOf(string actorId) => actorTypes.TryGetValue(actorId, out var type) ? type : null;

    /// <summary>The mention over token <paramref name="t"/>, if any.</summary>
    public ActorMention? MentionAt(int t) => t >= 0 && t < Count && MentionOf[t] >= 0 ? Mentions[MentionOf[t]] : null;

    /// <summary>True when mention <paramref name="m"/> covers all of token <paramref name="t"/> but a possessive ending.</summary>
    public bool Covers(ActorMention m, int t) =>
        m.Span.Start <= Tokens[t].Start && m.Span.End >= Tokens[t].StemEnd;

    /// <summary>The first token starting at or after <paramref name="position"/>.</summary>
    public int TokenAt(int position)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    /// <summary>True when the word token's key equals <paramref name="key"/> (a lexicon key).</summary>
    public bool WordIs(int t, string key)
    {
        if (t < 0 || t >= Count || !Tokens[t].IsWord)
            return false;
        var word = Word(t);
        if (word.Length > WordKey.MaxLength)
            return false;
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = WordKey.Write(word, buffer);
        if (n > 0 && buffer[..n].SequenceEqual(key))
            return true;
        if (Tokens[t].IsPossessive)
        {
            n = WordKey.Write(Text.AsSpan(Tokens[t].Start, Tokens[t].StemEnd - Tokens[t].Start), buffer);
            if (n > 0 && buffer[..n].SequenceEqual(key))
                return true;
        }

        // Arabic words may carry a conjunction.
        if (LexiconAt(t).StripsProclitics && word.Length > 2 && word[0] is '\u0648' or '\u0641')
        {
            n = WordKey.Write(word[1..], buffer);
            return n > 0 && buffer[..n].SequenceEqual(key);
        }

        return false;
    }

    /// <summary>
    /// The longest phrase of the given kinds starting at token <paramref name="t"/> whose words are consecutive word
    /// tokens ending at or before <paramref name="limit"/>; returns the number of tokens matched, or 0.
    /// </summary>
    public int MatchPhrase(int t, int limit, Func<PhraseKind, bool> kinds, out Phrase? phrase)
    {
        phrase = null;
        if (InfoAt(t) is not { Phrases.Length: > 0 } entry)
            return 0;
        foreach (var candidate in entry.Phrases)
        {
            if (!kinds(candidate.Kind) || t + candidate.Words.Length > limit)
                continue;
            var ok = true;
            for (var w = 1; w < candidate.Words.Length && ok; w++)
                ok = WordIs(t + w, candidate.Words[w]);
            if (ok)
            {
                phrase = candidate;
                return candidate.Words.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The longest phrase of the given kinds that covers token <paramref name="t"/>: it starts at most five tokens
    /// before it (not before <paramref name="floor"/>) and ends after it, at or before <paramref name="limit"/>.
    /// Returns its length and sets <paramref name="start"/>; 0 if none ("I was told" covers "told").
    /// </summary>
    public int MatchCovering(int t, int floor, int limit, Func<PhraseKind, bool> kinds, out int start, out Phrase? phrase)
    {
        var best = 0;
        start = -1;
        phrase = null;
        for (var j = Math.Max(floor, t - 5); j <= t; j++)
        {
            var length = MatchPhrase(j, limit, kinds, out var candidate);
            if (length > best && j + length > t)
            {
                best = length;
                start = j;
                phrase = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// The longest phrase of the given kind ending at token <paramref name="last"/> and starting at or after
    /// <paramref name="floor"/>; returns the index of its first token, or -1.
    /// </summary>
    public int MatchPhraseEndingAt(int last, int floor, PhraseKind kind)
    {
        if (InfoAt(last) is not { EndingPhrases.Length: > 0 } entry)
            return -1;
        foreach (var candidate in entry.EndingPhrases)
        {
            if (candidate.Kind != kind)
                continue;
            var first = last - candidate.Words.Length + 1;
            if (first < floor)
                continue;
            var ok = true;
            for (var w = 0; w < candidate.Words.Length - 1 && ok; w++)
                ok = WordIs(first + w, candidate.Words[w]);
            if (ok)
                return first;
        }

        return -1;
    }

    private static bool HasBlankLine(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++newlines >= 2)
                return true;
        }

        return false;
    }

    private static bool IsMostlyArabic(ReadOnlySpan<char> s)
    {
        int arabic = 0, latin = 0;
        foreach (var c in s)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                arabic++;
            else if (char.IsAsciiLetter(c))
                latin++;
        }

        return arabic > latin;
    }

    /// <summary>The mentions inside the text, sorted, not overlapping (the contract promises so; this makes sure).</summary>
    private static ActorMention[] SanitizeMentions(ImmutableArray<ActorMention> mentions, int length)
    {
        if (mentions.IsDefault || mentions.Length == 0)
            return [];
        var list = new List<ActorMention>(mentions.Length);
        var ordered = true;
        for (var i = 1; i < mentions.Length && ordered; i++)
            ordered = mentions[i].Span.Start >= mentions[i - 1].Span.Start;
        var end = 0;
        foreach (var m in ordered ? mentions : [.. mentions.OrderBy(m => m.Span.Start)])
        {
            if (m.Span.Start < end || m.Span.End > length || m.Span.Length == 0 || m.ActorId is null)
                continue;
            list.Add(m);
            end = m.Span.End;
        }

        return [.. list];
    }

    private static List<TextSpan> Sanitize(ImmutableArray<TextSpan> sentences, int length)
    {
        var list = new List<TextSpan>(sentences.Length);
        var end = 0;
        var ordered = true;
        for (var i = 1; i < sentences.Length && ordered; i++)
            ordered = sentences[i].Start >= sentences[i - 1].Start;
        foreach (var s in ordered ? sentences : [.. sentences.OrderBy(s => s.Start)])
        {
            if (s.Start < end || s.End > length || s.Length == 0)
                continue;
            list.Add(s);
            end = s.End;
        }

        return list;
    }
}
