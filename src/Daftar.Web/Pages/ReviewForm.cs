using Daftar.Storage;

namespace Daftar.Web.Pages;

/// <summary>What a review form may name.</summary>
internal static class ReviewForm
{
    /// <summary>The kinds the pages offer for review (mentions are not reviewed one by one).</summary>
    public static bool IsReviewable(EntryKind kind) =>
        kind is EntryKind.Quote or EntryKind.Timex or EntryKind.Relation or EntryKind.Event or EntryKind.Position;
}
