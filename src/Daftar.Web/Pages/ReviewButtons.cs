using Daftar.Domain;
using Daftar.Storage;

namespace Daftar.Web.Pages;

/// <summary>What the accept / reject form of one entry needs.</summary>
public sealed record ReviewButtons(
    string Lang,
    long SourceId,
    EntryKind Kind,
    long Entry,
    long Version,
    ReviewState Review,
    string StateLabel,
    string AcceptLabel,
    string RejectLabel,
    string UndoLabel,
    bool Editable)
{
    public static ReviewButtons For(DaftarPage page, long sourceId, EntryKind kind, long entry, long version, ReviewState review)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ReviewButtons(page.LanguageCode, sourceId, kind, entry, version, review,
            page.T("review.state." + Codes.Name(review)), page.T("review.accept"), page.T("review.reject"), page.T("review.undo"), page.IsAnalyst);
    }
}
