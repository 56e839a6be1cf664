namespace Daftar.Text;

/// <summary>One word found by <see cref="WordScanner"/>: its normalised term is in the caller's buffer.</summary>
/// <param name="Start">UTF-16 offset of the word's first character in the scanned text.</param>
/// <param name="End">UTF-16 offset just past the word's last character (trailing harakat included).</param>
/// <param name="Length">Length of the normalised term written to the buffer; always at least 1.</param>
/// <param name="IsArabic">The term is Arabic script (and so gets proclitic variants at index time).</param>
internal readonly record struct ScannedWord(int Start, int End, int Length, bool IsArabic);

/// <summary>
/// The single-pass, allocation-free tokeniser and character normaliser shared by every
/// <see cref="SearchAnalyzer"/> entry point. It finds words (runs of letters, digits and combining marks), folds
/// each character through <see cref="CharClass"/>, splits where Arabic and non-Arabic letters meet, and applies the
/// Latin possessive rule and S-stemmer. Arabic proclitic variants are not made here (see <see cref="ArabicClitics"/>).
/// </summary>
internal ref struct WordScanner
{
    private const char ApostropheMarker = '\'';

    private readonly ReadOnlySpan<char> text;
    private int position;

    public WordScanner(ReadOnlySpan<char> text)
    {
        this.text = text;
        position = 0;
    }

    /// <summary>Finds the next word; writes its term into <paramref name="buffer"/> (at least <see cref="SearchAnalyzer.MaxTermLength"/> long).</summary>
    public bool MoveNext(scoped Span<char> buffer, out ScannedWord word)
    {
        var text = this.text;
        var n = text.Length;
        var pos = position;
        var max = Math.Min(buffer.Length, SearchAnalyzer.MaxTermLength);

        while (true)
        {
            if (TryFastWord(text, ref pos, buffer, max, out word))
            {
                position = pos;
                return true;
            }

            var start = -1;
            var end = pos;
            var length = 0;
            var limit = max; // drops to the current length once something did not fit: a cut term never skips a character
            var script = 0; // 0 unknown, 1 Arabic, 2 other
            var latin = false;
            var apostrophe = false;

            while (pos < n)
            {
                var c = text[pos];
                var entry = CharClass.Lookup(c);
                var kind = CharClass.KindOf(entry);
                var width = 1;
                string? multi = null;
                if (kind == CharKind.HighSurrogate)
                    (kind, entry, multi, width) = Supplementary(text, pos);

                if (start < 0)
                {
                    if (kind is CharKind.Separator or CharKind.Apostrophe)
                    {
                        pos += width;
                        continue;
                    }

                    start = pos;
                }

                if (kind is CharKind.Letter or CharKind.Digit or CharKind.Multi)
                {
                    var flags = CharClass.FlagsOf(entry);
                    var wordScript = (flags & CharFlags.Arabic) != 0 ? 1 : 2;
                    if (script == 0)
                        script = wordScript;
                    else if (script != wordScript)
                        break;
                    latin |= (flags & CharFlags.Latin) != 0;
                    if (kind == CharKind.Multi)
                    {
                        multi ??= CharClass.MultiOf(c, entry);
                        if (length + multi.Length <= limit)
                        {
                            multi.CopyTo(buffer[length..]);
                            length += multi.Length;
                        }
                        else
                        {
                            limit = length; // never split a surrogate pair or a ligature's letters
                        }
                    }
                    else if (length < limit)
                    {
                        buffer[length++] = CharClass.CharOf(entry);
                    }

                    pos += width;

                    // Fast path for the rest of a run of one-character letters and digits of the same script.
                    var arabicBit = script == 1 ? CharClass.ArabicBit : 0u;
                    while (pos < n)
                    {
                        var next = CharClass.Lookup(text[pos]);
                        if (!CharClass.IsSimple(next, arabicBit))
                            break;
                        latin |= (next & CharClass.LatinBit) != 0;
                        if (length < limit)
                            buffer[length++] = CharClass.CharOf(next);
                        pos++;
                    }

                    end = pos;
                }
                else if (kind == CharKind.Silent)
                {
                    pos += width;
                    end = pos;
                }
                else if (kind == CharKind.Apostrophe)
                {
                    // Inside a Latin word (another letter follows) it joins; after a final s it is the plural possessive.
                    if (script != 2 || length == 0)
                        break;
                    if (IsNonArabicLetterAt(text, pos + width))
                    {
                        if (length < limit)
                            buffer[length++] = ApostropheMarker;
                        apostrophe = true;
                        pos += width;
                        end = pos;
                    }
                    else
                    {
                        if (buffer[length - 1] == 's' && length < limit)
                        {
                            buffer[length++] = ApostropheMarker;
                            apostrophe = true;
                            pos += width;
                            end = pos;
                        }

                        break;
                    }
                }
                else
                {
                    break; // separator
                }
            }

            if (start < 0)
            {
                position = n;
                word = default;
                return false;
            }

            if (apostrophe)
                length = LatinStemmer.StripApostrophes(buffer[..length]);
            if (latin && length > 0)
                length = LatinStemmer.Stem(buffer[..length]);
            if (length == 0)
                continue; // only marks or joiners: no word here

            position = pos;
            word = new ScannedWord(start, end, length, script == 1);
            return true;
        }
    }

    /// <summary>
    /// The common case, decided without the general loop: skips separators, then reads a word of one-character
    /// letters and digits of one script that ends at a separator or at the end of the text, all of them ASCII or
    /// Arabic-block characters. Anything else at the word's edges or inside it (an apostrophe, a combining mark,
    /// another block, a change of script) leaves <paramref name="pos"/> at the word's first character and returns
    /// false, for the general loop to read the word. The characters' classes and folds are <see cref="CharClass"/>'s
    /// own, so both paths give the same term.
    /// </summary>
    private static bool TryFastWord(ReadOnlySpan<char> text, ref int pos, Span<char> buffer, int max, out ScannedWord word)
    {
        var n = text.Length;
        var i = pos;
        uint entry;
        while (i < n && FastEntry(text[i], out entry) && entry == FastSeparator)
            i++;
        pos = i;

        var start = i;
        var flags = 0u;
        var length = 0;
        if (i < n && FastEntry(text[i], out entry) && CharClass.IsSimple(entry, entry & CharClass.ArabicBit))
        {
            var arabicBit = entry & CharClass.ArabicBit;
            do
            {
                flags |= entry;
                if (length < max)
                    buffer[length++] = CharClass.CharOf(entry);
                i++;
            }
            while (i < n && FastEntry(text[i], out entry) && CharClass.IsSimple(entry, arabicBit));
        }

        if (length == 0 || (i < n && !(FastEntry(text[i], out entry) && entry == FastSeparator)))
        {
            word = default;
            return false;
        }

        if ((flags & CharClass.LatinBit) != 0)
            length = LatinStemmer.Stem(buffer[..length]);
        pos = i;
        word = new ScannedWord(start, i, length, (flags & CharClass.ArabicBit) != 0);
        return true;
    }

    /// <summary>The entry of every separator in the fast tables.</summary>
    private const uint FastSeparator = (uint)CharKind.Separator << 16;

    private const int FastBlockSize = 0x80;

    private const char ArabicBlock = '\u0600';

    /// <summary><see cref="CharClass.Lookup"/> of the ASCII characters and of the Arabic block (U+0600–U+06FF).</summary>
    private static readonly uint[] AsciiEntries = FastEntries('\0', FastBlockSize);

    private static readonly uint[] ArabicEntries = FastEntries(ArabicBlock, 0x100);

    private static bool FastEntry(char c, out uint entry)
    {
        if (c < FastBlockSize)
        {
            entry = AsciiEntries[c];
            return true;
        }

        var offset = unchecked((uint)(c - ArabicBlock));
        if (offset < (uint)ArabicEntries.Length)
        {
            entry = ArabicEntries[offset];
            return true;
        }

        entry = 0;
        return false;
    }

    private static uint[] FastEntries(char first, int count)
    {
        var entries = new uint[count];
        for (var i = 0; i < count; i++)
        {
            var entry = CharClass.Lookup((char)(first + i));
            entries[i] = CharClass.KindOf(entry) == CharKind.Separator ? FastSeparator : entry;
        }

        return entries;
    }

    private static (CharKind Kind, uint Entry, string? Multi, int Width) Supplementary(ReadOnlySpan<char> text, int pos)
    {
        if (pos + 1 >= text.Length || !char.IsLowSurrogate(text[pos + 1]))
            return (CharKind.Separator, 0, null, 1); // lone high surrogate

        var (kind, flags, output) = CharClass.ClassifySupplementary(char.ConvertToUtf32(text[pos], text[pos + 1]));
        // Supplementary letters and digits take the multi path: their output is a string, maybe a surrogate pair.
        if (kind is CharKind.Letter or CharKind.Digit)
            kind = CharKind.Multi;
        var entry = ((uint)kind << 16) | ((uint)flags << 24);
        return (kind, entry, output, 2);
    }

    private static bool IsNonArabicLetterAt(ReadOnlySpan<char> text, int pos)
    {
        if (pos >= text.Length)
            return false;
        var entry = CharClass.Lookup(text[pos]);
        var kind = CharClass.KindOf(entry);
        if (kind == CharKind.HighSurrogate)
            (kind, entry, _, _) = Supplementary(text, pos);
        return kind is CharKind.Letter or CharKind.Multi && (CharClass.FlagsOf(entry) & CharFlags.Arabic) == 0;
    }
}
