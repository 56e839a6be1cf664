using Daftar.Storage;

namespace Daftar.Web.Pages;

public sealed class IndexModel : DaftarPage
{
    public LedgerCounts Counts { get; private set; } = null!;

    public void OnGet()
    {
        Title = T("home.title");
        Counts = Ledger.Counts();
    }
}
