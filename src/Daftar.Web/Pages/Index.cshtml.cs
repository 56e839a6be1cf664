using Daftar.Storage;

namespace Daftar.Web.Pages;

public sealed class IndexModel : DaftarPage
{
    public LedgerCounts Counts { get; private set; } = null!;

    // For visitors the page is costly (counting through the public view reads every row) but kept by the public cache.
    public void OnGet()
    {
        Title = T("home.title");
        Counts = Ledger.Counts();
    }
}
