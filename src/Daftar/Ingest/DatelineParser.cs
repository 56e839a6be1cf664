using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Daftar.Ingest;

/// <summary>
/// Recognises a text that is only a date, as publishers write datelines:
/// English "January 27, 2020", "27 January 2020", "Jan. 27, 2020", "January 27th, 2020", ISO "2020-01-27",
/// optionally after a weekday ("Monday, January 27, 2020"); Arabic "٢٧ كانون الثاني/يناير ٢٠٢٠",
/// "27 يناير 2020", "الاثنين، 27 يناير 2020م", with Arabic-Indic, Persian or ASCII digits and either month
/// system (يناير… / كانون الثاني…), alone or combined ("آذار/مارس", "مارس (آذار)").
/// </summary>
/// <remarks>Allocation-free: a fixed-size tokenizer over the span and frozen-dictionary look-ups.</remarks>
public static class DatelineParser
{
    private const int MaxTokens = 14;

    /// <summary>Longest text considered a dateline.</summary>
    public const int MaxLength = 80;

    private static readonly FrozenDictionary<string, int> Months = Lexicon.Build<int>(
    [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
        ("december", 12), ("dec", 12),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
        ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7),
        ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
    ]);

    private static readonly FrozenDictionary<string, int> Weekdays = Lexicon.Build<int>(
    [
        ("monday", 1), ("mon", 1), ("tuesday", 2), ("tue", 2), ("tues", 2), ("wednesday", 3), ("wed", 3),
        ("thursday", 4), ("thu", 4), ("thur", 4), ("thurs", 4), ("friday", 5), ("fri", 5),
        ("saturday", 6), ("sat", 6), ("sunday", 7), ("sun", 7),
        ("الاثنين", 1), ("الإثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3), ("الخميس", 4), ("الجمعة", 5),
        ("السبت", 6), ("الأحد", 7), ("يوم", 0),
    ]);

    private static readonly FrozenDictionary<string, int> YearSuffixes = Lexicon.Build<int>(
        [("م", 0), ("ad", 0), ("ce", 0)]);

    private static readonly string[] Labels =
    [
        "published on", "published", "posted on", "posted", "dated", "date",
        "نشر في", "نشر بتاريخ", "تاريخ النشر", "بتاريخ", "نشر",
    ];

    private enum Kind : byte
    {
        Number,
        Word,
        Comma,
        Slash,
        Dash,
        Open,
        Close,
    }

    private struct Token
    {
        public Kind Kind;
        public int Value;
        public int Digits;
        public int Start;
        public int Length;
    }

    /// <summary>Parses <paramref name="text"/> when it is nothing but a date (surrounding whitespace allowed).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        Span<Token> tokens = stackalloc Token[MaxTokens];
        var count = Tokenize(text, tokens);
        return count > 0 && Match(text, tokens[..count], out date);
    }

    /// <summary>
    /// Like <see cref="TryParse"/>, but also accepts a leading label such as "Published:", "Posted on",
    /// "نشر في" or "تاريخ النشر:".
    /// </summary>
    internal static bool TryParseDateline(ReadOnlySpan<char> text, out LocalDate date)
    {
        text = text.Trim();
        if (TryParse(text, out date))
        {
            return true;
        }

        foreach (var label in Labels)
        {
            if (text.Length > label.Length
                && text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && !char.IsLetter(text[label.Length]))
            {
                var rest = text[label.Length..].TrimStart();
                if (rest.Length > 0 && rest[0] is ':' or '-' or '–')
                {
                    rest = rest[1..];
                }

                return TryParse(rest, out date);
            }
        }

        return false;
    }

    /// <summary>
    /// A date from a metadata value: the date part of an ISO 8601 timestamp as written (no time-zone
    /// conversion: "2020-01-27T23:30:00-05:00" is 2020-01-27), or a written date, optionally followed by a
    /// time ("Mon, 27 Jan 2020 10:00:00 GMT").
    /// </summary>
    internal static bool TryParseTimestamp(ReadOnlySpan<char> value, out LocalDate date)
    {
        date = default;
        value = value.Trim();
        if (value.Length >= 10 && value[4] == '-' && value[7] == '-'
            && (value.Length == 10 || value[10] is 'T' or 't' or ' ')
            && TryParse(value[..10], out date))
        {
            return true;
        }

        if (value.Length > 200)
        {
            return false;
        }

        if (TryParse(value, out date))
        {
            return true;
        }

        // Cut a trailing time: the first token holding ':' and everything after it.
        var colon = value.IndexOf(':');
        if (colon > 0)
        {
            var space = value[..colon].LastIndexOf(' ');
            if (space > 0)
            {
                return TryParse(value[..space].TrimEnd(" ,"), out date);
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Tokenize(ReadOnlySpan<char> s, Span<Token> tokens)
    {
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c) || c == '.' || c == '\u200F' || c == '\u200E' || c == '\u061C')
            {
                i++;
                continue;
            }

            if (n == tokens.Length)
            {
                return -1;
            }

            ref var t = ref tokens[n];
            t = default;
            t.Start = i;
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                var value = 0;
                var digits = 0;
                while (i < s.Length && (digit = DigitValue(s[i])) >= 0)
                {
                    if (++digits > 4)
                    {
                        return -1;
                    }

                    value = (value * 10) + digit;
                    i++;
                }

                // English ordinal suffix: 1st, 2nd, 3rd, 27th.
                if (digits <= 2 && i + 2 <= s.Length && IsOrdinalSuffix(s.Slice(i, 2))
                    && (i + 2 == s.Length || !char.IsLetter(s[i + 2])))
                {
                    i += 2;
                }

                t.Kind = Kind.Number;
                t.Value = value;
                t.Digits = digits;
            }
            else if (char.IsLetter(c))
            {
                while (i < s.Length && (char.IsLetter(s[i]) || char.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.NonSpacingMark || s[i] == '\u0640'))
                {
                    i++;
                }

                t.Kind = Kind.Word;
            }
            else
            {
                t.Kind = c switch
                {
                    ',' or '،' => Kind.Comma,
                    '/' or '\\' => Kind.Slash,
                    '-' or '–' or '—' => Kind.Dash,
                    '(' => Kind.Open,
                    ')' => Kind.Close,
                    _ => (Kind)255,
                };
                if ((byte)t.Kind == 255)
                {
                    return -1;
                }

                i++;
            }

            t.Length = i - t.Start;
            n++;
        }

        return n;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> two) =>
        two.Equals("st", StringComparison.OrdinalIgnoreCase) || two.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || two.Equals("rd", StringComparison.OrdinalIgnoreCase) || two.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    private static bool Match(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, out LocalDate date)
    {
        date = default;
        var p = 0;

        // Optional weekday (Arabic may say "يوم الاثنين"), then an optional comma.
        while (p < t.Length && t[p].Kind == Kind.Word && Lexicon.TryLookup(Weekdays, Text(s, t[p]), out _))
        {
            p++;
        }

        if (p > 0 && p < t.Length && t[p].Kind == Kind.Comma)
        {
            p++;
        }

        if (p >= t.Length)
        {
            return false;
        }

        int day, month, year;
        if (t[p].Kind == Kind.Number && t[p].Digits == 4)
        {
            // ISO 8601 calendar date: 2020-01-27.
            if (p + 5 != t.Length || t[p + 1].Kind != Kind.Dash || t[p + 3].Kind != Kind.Dash
                || t[p + 2].Kind != Kind.Number || t[p + 4].Kind != Kind.Number
                || t[p + 2].Digits > 2 || t[p + 4].Digits > 2)
            {
                return false;
            }

            year = t[p].Value;
            month = t[p + 2].Value;
            day = t[p + 4].Value;
            return Make(year, month, day, out date);
        }

        if (t[p].Kind == Kind.Number)
        {
            // 27 January 2020 / ٢٧ كانون الثاني/يناير ٢٠٢٠
            if (t[p].Digits > 2)
            {
                return false;
            }

            day = t[p].Value;
            p++;
            if (p < t.Length && t[p].Kind == Kind.Comma)
            {
                p++;
            }

            if (!MatchMonth(s, t, ref p, out month))
            {
                return false;
            }
        }
        else
        {
            // January 27, 2020
            if (!MatchMonth(s, t, ref p, out month) || p >= t.Length || t[p].Kind != Kind.Number || t[p].Digits > 2)
            {
                return false;
            }

            day = t[p].Value;
            p++;
        }

        if (p < t.Length && t[p].Kind == Kind.Comma)
        {
            p++;
        }

        if (p >= t.Length || t[p].Kind != Kind.Number || t[p].Digits != 4)
        {
            return false;
        }

        year = t[p].Value;
        p++;
        if (p < t.Length && t[p].Kind == Kind.Word && Lexicon.TryLookup(YearSuffixes, Text(s, t[p]), out _))
        {
            p++;
        }

        return p == t.Length && Make(year, month, day, out date);
    }

    private static bool MatchMonth(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, ref int p, out int month)
    {
        if (!MonthName(s, t, ref p, out month))
        {
            return false;
        }

        // A second name for the same month: "كانون الثاني/يناير", "مارس (آذار)", "آذار - مارس".
        if (p < t.Length && t[p].Kind is Kind.Slash or Kind.Open or Kind.Dash)
        {
            var open = t[p].Kind == Kind.Open;
            var q = p + 1;
            if (!MonthName(s, t, ref q, out var other))
            {
                return false;
            }

            if (other != month)
            {
                return false;
            }

            if (open)
            {
                if (q >= t.Length || t[q].Kind != Kind.Close)
                {
                    return false;
                }

                q++;
            }

            p = q;
        }

        return true;
    }

    private static bool MonthName(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, ref int p, out int month)
    {
        month = 0;
        if (p >= t.Length || t[p].Kind != Kind.Word)
        {
            return false;
        }

        if (p + 1 < t.Length && t[p + 1].Kind == Kind.Word)
        {
            // Two-word names (كانون الثاني): key = first + ' ' + second.
            var a = Text(s, t[p]);
            var b = Text(s, t[p + 1]);
            if (a.Length + b.Length + 1 <= 40)
            {
                Span<char> joined = stackalloc char[a.Length + b.Length + 1];
                a.CopyTo(joined);
                joined[a.Length] = ' ';
                b.CopyTo(joined[(a.Length + 1)..]);
                if (Lexicon.TryLookup(Months, joined, out month))
                {
                    p += 2;
                    return true;
                }
            }
        }

        if (Lexicon.TryLookup(Months, Text(s, t[p]), out month))
        {
            p++;
            return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> s, in Token t) => s.Slice(t.Start, t.Length);

    private static bool Make(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
