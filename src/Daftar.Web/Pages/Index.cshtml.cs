using Daftar.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Daftar.Web.Pages;

public sealed class IndexModel : DaftarPage
{
    /// <summary>How long the public home page's counts are kept: counting through the public view reads every row.</summary>
    public static readonly TimeSpan PublicCountsKept = TimeSpan.FromSeconds(60);

    public LedgerCounts Counts { get; private set; } = null!;

    public void OnGet()
    {
        Title = T("home.title");
        Counts = IsAnalyst
            ? Ledger.Counts()
            : HttpContext.RequestServices.GetRequiredService<IMemoryCache>().GetOrCreate("public-counts", entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = PublicCountsKept;
                return Ledger.Counts();
            })!;
    }
}
