using System.Runtime.CompilerServices;

namespace Daftar.Extraction.Quotes;

/// <summary>A top-level quotation: its marks and its trimmed words.</summary>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark.</param>
/// <param name="Start">Start of the quoted words (after the mark and white space).</param>
/// <param name="End">End of the quoted words (before white space, a trailing comma or full stop, and the mark).</param>
/// <param name="TrimmedComma">A comma stood right before the closing mark (“…,” he said).</param>
/// <param name="Terminal">The words ended with . ! ? or … before the closing mark (a whole sentence).</param>
/// <param name="Cue">For indirect speech (no marks): the token of its reporting verb; -1 for a marked quotation.
/// Open is then the start of the complementizer ("إن") and Close the end of the clause.</param>
/// <param name="CueLength">The reporting phrase's length in tokens.</param>
internal readonly record struct QuoteSpan(int Open, int Close, int Start, int End, bool TrimmedComma, bool Terminal, int Cue = -1, int CueLength = 0)
{
    public bool Indirect => Cue >= 0;
}

/// <summary>
/// Pairs quotation marks: “…” „…“ «…» ‹…› ‘…’ and straight "…" '…', nested to any depth, with apostrophes inside
/// words (Moqtada’s, Asa’ib, don't) and transliteration marks (Sha‘abi) left alone. A quotation continues over a
/// paragraph break when the next paragraph opens with the same mark (the convention for quotations of several
/// paragraphs). Unclosed marks are dropped at the end of their paragraph; only outermost quotations are kept.
/// </summary>
internal static class QuoteMarks
{
    private enum Mark : byte
    {
        Double,      // “ … ”, „ … “ / ”
        Guillemet,   // « … »
        SingleGuil,  // ‹ … ›
        Single,      // ‘ … ’
        Straight,    // " … "
        StraightOne, // ' … '
    }

    private readonly record struct Opener(int Position, Mark Mark, char Char);

    /// <summary>The open marks, innermost last; openers beyond <see cref="MaxDepth"/> are only counted.</summary>
    private sealed class Stack : List<Opener>
    {
        public int Overflow { get; set; }
    }

    /// <summary>Single quotations longer than this are not believed (a stray apostrophe would pair far away).</summary>
    private const int MaxSingleLength = 600;

    /// <summary>The outermost quotations of <paramref name="text"/>, in text order, not overlapping.</summary>
    public static List<QuoteSpan> Find(string text)
    {
        var s = text.AsSpan();
        var stack = new Stack();
        var closed = new List<(int Open, int Close)>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '\n':
                    i = ParagraphBreak(s, i, stack);
                    continue;
                case '\u201C': // “ opens; closes a „
                    if (TopIs(stack, Mark.Double, '\u201E') && IsClosingContext(s, i))
                        CloseTo(stack, closed, Mark.Double, i);
                    else
                        Push(stack, new Opener(i, Mark.Double, c));
                    break;
                case '\u201E': // „
                    Push(stack, new Opener(i, Mark.Double, c));
                    break;
                case '\u201D': // ”
                    CloseTo(stack, closed, Mark.Double, i);
                    break;
                case '\u00AB': // «
                    Push(stack, new Opener(i, Mark.Guillemet, c));
                    break;
                case '\u00BB': // »
                    CloseTo(stack, closed, Mark.Guillemet, i);
                    break;
                case '\u2039': // ‹
                    Push(stack, new Opener(i, Mark.SingleGuil, c));
                    break;
                case '\u203A': // ›
                    CloseTo(stack, closed, Mark.SingleGuil, i);
                    break;
                case '\u2018': // ‘ opens when it starts a word; inside a word it is a transliteration mark (Sha‘abi)
                    if (!IsLetterOrDigitAt(s, i - 1) && i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]))
                        Push(stack, new Opener(i, Mark.Single, c));
                    break;
                case '\u2019': // ’ closes an open ‘ unless it is an apostrophe inside a word
                    if (!(IsLetterOrDigitAt(s, i - 1) && IsLetterOrDigitAt(s, i + 1)) && i > 0 && !char.IsWhiteSpace(s[i - 1]))
                        CloseSingle(stack, closed, Mark.Single, i);
                    break;
                case '"':
                    Straight(s, i, stack, closed);
                    break;
                case '\'':
                    StraightSingle(s, i, stack, closed);
                    break;
            }

            i++;
        }

        return Outermost(text, closed);
    }

    /// <summary>
    /// At a newline: if it starts a paragraph break (a blank line follows), drops every unclosed mark except an
    /// outermost double quotation whose next paragraph opens with the same mark; returns where to go on scanning.
    /// </summary>
    private static int ParagraphBreak(ReadOnlySpan<char> s, int i, Stack stack)
    {
        var j = i + 1;
        var blank = false;
        while (j < s.Length && char.IsWhiteSpace(s[j]))
        {
            if (s[j] == '\n')
                blank = true;
            j++;
        }

        if (!blank)
            return i + 1;
        if (stack.Count == 0)
            return j;

        stack.Overflow = 0;
        var outer = stack[0];
        var continues = outer.Mark is Mark.Double or Mark.Guillemet or Mark.Straight
                        && j < s.Length
                        && (s[j] == outer.Char || (outer.Mark == Mark.Double && s[j] == '\u201C'));
        stack.Clear();
        if (!continues)
            return j;
        stack.Add(outer);
        return j + 1; // the next paragraph's opening mark belongs to the same quotation
    }

    /// <summary>Deeper nesting than this is not believed: further opening marks are ignored (keeps every scan short).</summary>
    private const int MaxDepth = 64;

    private static void Push(Stack stack, Opener opener)
    {
        if (stack.Count < MaxDepth)
            stack.Add(opener);
        else
            stack.Overflow++;
    }

    /// <summary>A closing mark first closes an opener that did not fit on the stack.</summary>
    private static bool ClosesOverflow(Stack stack)
    {
        if (stack.Overflow == 0)
            return false;
        stack.Overflow--;
        return true;
    }

    private static bool TopIs(Stack stack, Mark mark, char c) =>
        stack.Count > 0 && stack[^1].Mark == mark && stack[^1].Char == c;

    /// <summary>Closes the nearest open <paramref name="mark"/>, dropping unclosed marks inside it.</summary>
    private static void CloseTo(Stack stack, List<(int, int)> closed, Mark mark, int close)
    {
        if (ClosesOverflow(stack))
            return;
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Mark != mark)
                continue;
            closed.Add((stack[k].Position, close));
            stack.RemoveRange(k, stack.Count - k);
            return;
        }
    }

    /// <summary>Closes an open single quotation of the innermost level only (a stray ’ never closes an outer one).</summary>
    private static void CloseSingle(Stack stack, List<(int, int)> closed, Mark mark, int close)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            var opener = stack[k];
            if (opener.Mark == mark)
            {
                if (close - opener.Position <= MaxSingleLength)
                {
                    closed.Add((opener.Position, close));
                    stack.RemoveRange(k, stack.Count - k);
                }

                return;
            }

            if (opener.Mark is not (Mark.Single or Mark.StraightOne))
                return;
        }
    }

    private static void Straight(ReadOnlySpan<char> s, int i, Stack stack, List<(int, int)> closed)
    {
        var before = i > 0 ? s[i - 1] : ' ';
        var after = i + 1 < s.Length ? s[i + 1] : ' ';
        var canClose = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || !char.IsLetterOrDigit(after));
        var canOpen = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || !char.IsLetterOrDigit(before));
        var open = -1;
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Mark == Mark.Straight)
            {
                open = k;
                break;
            }
        }

        if (open >= 0 && (canClose || !canOpen))
        {
            closed.Add((stack[open].Position, i));
            stack.RemoveRange(open, stack.Count - open);
        }
        else if (canOpen)
        {
            Push(stack, new Opener(i, Mark.Straight, '"'));
        }
    }

    private static void StraightSingle(ReadOnlySpan<char> s, int i, Stack stack, List<(int, int)> closed)
    {
        var letterBefore = IsLetterOrDigitAt(s, i - 1);
        var letterAfter = IsLetterOrDigitAt(s, i + 1);
        if (letterBefore && letterAfter)
            return; // don't, O'Neill
        if (!letterBefore && letterAfter && (i == 0 || char.IsWhiteSpace(s[i - 1]) || IsOpeningPunct(s[i - 1])))
        {
            Push(stack, new Opener(i, Mark.StraightOne, '\''));
            return;
        }

        if (i > 0 && !char.IsWhiteSpace(s[i - 1]))
            CloseSingle(stack, closed, Mark.StraightOne, i);
    }

    private static bool IsOpeningPunct(char c) => c is '(' or '[' or '{' or '\u201C' or '"' or '\u00AB' or '\u2014' or '\u2013' or '-' or ':';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigitAt(ReadOnlySpan<char> s, int i) => i >= 0 && i < s.Length && (char.IsLetterOrDigit(s[i]) || (s[i] >= '\u0300' && char.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.NonSpacingMark));

    private static bool IsClosingContext(ReadOnlySpan<char> s, int i) =>
        i > 0 && !char.IsWhiteSpace(s[i - 1]) && (i + 1 >= s.Length || !char.IsLetterOrDigit(s[i + 1]));

    /// <summary>Keeps the outermost of the closed pairs and trims each to its words.</summary>
    private static List<QuoteSpan> Outermost(string text, List<(int Open, int Close)> closed)
    {
        closed.Sort((a, b) => a.Open.CompareTo(b.Open));
        var result = new List<QuoteSpan>(closed.Count);
        var lastClose = -1;
        foreach (var (open, close) in closed)
        {
            if (open <= lastClose)
                continue;
            lastClose = close;
            var quote = Trim(text, open, close);
            if (quote is { } q)
                result.Add(q);
        }

        return result;
    }

    private static QuoteSpan? Trim(string text, int open, int close)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        var comma = false;
        var terminal = false;
        if (end > start)
        {
            var last = text[end - 1];
            if (last is ',' or '\u060C')
            {
                comma = true;
                end--;
            }
            else if (last == '.' && (end - 2 < start || text[end - 2] != '.'))
            {
                terminal = true;
                end--;
            }
            else if (last is '!' or '?' or '\u2026' or '\u061F' or '.')
            {
                terminal = true;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
        }

        for (var k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
                return new QuoteSpan(open, close, start, end, comma, terminal);
        }

        return null;
    }
}
