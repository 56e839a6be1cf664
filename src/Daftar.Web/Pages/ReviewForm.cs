using Daftar.Storage;

namespace Daftar.Web.Pages;

/// <summary>What a review form may name.</summary>
internal static class ReviewForm
{
    /// <summary>The kinds the pages offer for review (mentions are not reviewed one by one).</summary>
    public static bool IsReviewable(EntryKind kind) =>
        kind is EntryKind.Quote or EntryKind.Timex or EntryKind.Relation or EntryKind.Event or EntryKind.Position;

    /// <summary>
    /// Whether an analyst's date is a TIMEX3 value Daftar reads: a calendar date, month, year or ISO week
    /// (2024-04-20, 2024-04, 2024, 2024-W13), a reference (PAST_REF, PRESENT_REF, FUTURE_REF) or a duration (P30D).
    /// </summary>
    public static bool IsTimexValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return false;
        value = value.Trim();
        if (value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF")
            return true;
        if (value.Length > 1 && value[0] == 'P')
            return value.Skip(1).All(c => char.IsAsciiDigit(c) || c is 'Y' or 'M' or 'W' or 'D' or 'T' or 'H' or 'S' or '.');
        return Rendering.TimelineChart.Span(value) is not null;
    }
}
