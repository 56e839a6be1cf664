using System.Collections.Frozen;
using Daftar.Extraction.Quotes;

namespace Daftar.Extraction.Positions;

/// <summary>
/// Phrases of whole words with a value each, matched on the tokens of a <see cref="TextAnalysis"/> without
/// allocating. Keys are <see cref="WordKey"/> keys; Arabic words are also compared without their proclitics and
/// article (و ف ب ل ك ال), so "للقوات الأجنبية" matches "القوات الأجنبية".
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> byFirst;

    /// <summary>For each ASCII first character, the lengths of the first words starting with it (a cheap pre-check).</summary>
    private readonly ulong[] asciiLengths = new ulong[128];

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        var groups = new Dictionary<string, List<(string[], T)>>(StringComparer.Ordinal);
        foreach (var (phrase, value) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Key).ToArray();
            if (words.Length == 0)
                continue;
            if (!groups.TryGetValue(words[0], out var list))
                groups[words[0]] = list = [];
            list.Add((words, value));
        }

        foreach (var key in groups.Keys)
        {
            if (key.Length > 0 && key[0] < '\u0080')
                asciiLengths[key[0]] |= 1UL << Math.Min(key.Length, 63);
        }

        byFirst = groups
            .ToFrozenDictionary(g => g.Key, g => g.Value.OrderByDescending(e => e.Item1.Length).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest phrase starting at token <paramref name="t"/> and ending before <paramref name="limit"/>; its length in tokens, or 0.</summary>
    public int Match(TextAnalysis a, int t, int limit, out T value)
    {
        value = default!;
        if (t < 0 || t >= limit || t >= a.Count || !a.Tokens[t].IsWord)
            return 0;
        var token = a.Tokens[t];
        var c = a.Text[token.Start];
        if (c < '\u0080')
        {
            var lengths = asciiLengths[char.IsAsciiLetterUpper(c) ? c | 0x20 : c];
            if ((lengths & (1UL << Math.Min(token.End - token.Start, 63))) == 0
                && (!token.IsPossessive || (lengths & (1UL << Math.Min(token.StemEnd - token.Start, 63))) == 0))
            {
                return 0;
            }
        }

        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = TokenKey(a, t, buffer, stem: false);
        (string[] Words, T Value)[]? entries = null;
        if (n > 0)
            byFirst.TryGetValue(buffer[..n], out entries);
        if (entries is null && a.Tokens[t].IsPossessive)
        {
            n = TokenKey(a, t, buffer, stem: true);
            if (n > 0)
                byFirst.TryGetValue(buffer[..n], out entries);
        }

        if (entries is null)
            return 0;
        foreach (var (words, v) in entries)
        {
            if (t + words.Length > limit)
                continue;
            var ok = true;
            for (var w = 1; w < words.Length && ok; w++)
                ok = a.Tokens[t + w].IsWord && KeyEquals(a, t + w, words[w]);
            if (ok)
            {
                value = v;
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>The first match in [from, limit): its start, length and value; start -1 if none.</summary>
    public (int Start, int Length, T Value) FindFirst(TextAnalysis a, int from, int limit)
    {
        for (var t = from; t < limit; t++)
        {
            var length = Match(a, t, limit, out var value);
            if (length > 0)
                return (t, length, value);
        }

        return (-1, 0, default!);
    }

    /// <summary>The longest match in [from, limit) (the first of equal length).</summary>
    public (int Start, int Length, T Value) FindLongest(TextAnalysis a, int from, int limit)
    {
        (int Start, int Length, T Value) best = (-1, 0, default!);
        for (var t = from; t < limit; t++)
        {
            var length = Match(a, t, limit, out var value);
            if (length > best.Length)
                best = (t, length, value);
        }

        return best;
    }

    private static bool KeyEquals(TextAnalysis a, int t, string key)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = TokenKey(a, t, buffer, stem: false);
        if (n > 0 && buffer[..n].SequenceEqual(key))
            return true;
        if (!a.Tokens[t].IsPossessive)
            return false;
        n = TokenKey(a, t, buffer, stem: true);
        return n > 0 && buffer[..n].SequenceEqual(key);
    }

    private static int TokenKey(TextAnalysis a, int t, Span<char> buffer, bool stem)
    {
        var token = a.Tokens[t];
        var word = a.Text.AsSpan(token.Start, (stem ? token.StemEnd : token.End) - token.Start);
        if (word.Length > WordKey.MaxLength)
            return -1;
        var n = WordKey.Write(word, buffer);
        return n <= 0 ? n : StripArabic(buffer, n);
    }

    private static string Key(string word)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        if (word.Length > WordKey.MaxLength)
            return WordKey.Of(word);
        var n = WordKey.Write(word, buffer);
        n = StripArabic(buffer, n);
        return new string(buffer[..n]);
    }

    /// <summary>Removes Arabic proclitics and the article from a key in place; returns the new length.</summary>
    private static int StripArabic(Span<char> key, int n)
    {
        if (n < 4 || key[0] < '\u0600' || key[0] > '\u06FF')
            return n;
        var s = 0;
        if (key[s] is '\u0648' or '\u0641' && n - s > 3)
            s++;
        if (key[s] == '\u0644' && key[s + 1] == '\u0644' && n - s > 3)
        {
            s += 2;
        }
        else
        {
            if (key[s] is '\u0628' or '\u0644' or '\u0643' && key[s + 1] == '\u0627' && key[s + 2] == '\u0644' && n - s > 4)
                s++;
            if (key[s] == '\u0627' && key[s + 1] == '\u0644' && n - s > 3)
                s += 2;
        }

        if (s == 0)
            return n;
        key[s..n].CopyTo(key);
        return n - s;
    }
}
