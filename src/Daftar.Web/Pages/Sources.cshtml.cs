using Daftar.Ingest;
using Daftar.Storage;
using Microsoft.AspNetCore.Http;
using Daftar.Text;
using Microsoft.AspNetCore.Mvc;

namespace Daftar.Web.Pages;

// Razor Pages takes request limits from the page class, not from a handler: uploads may carry several files of up
// to 50 MB each.
[RequestSizeLimit(IngestOptions.DefaultMaxBytes * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = IngestOptions.DefaultMaxBytes * 4)]
public sealed class SourcesModel : DaftarPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "language")]
    public string? LanguageFilter { get; set; }

    public IReadOnlyList<SourceSummary> Sources { get; private set; } = [];

    /// <summary>New sources, in the listed language if one is chosen.</summary>
    public override Feeds.FeedSelection FeedQuery =>
        Feeds.FeedSelection.Of([], [], [FeedKind.Source], Languages.Contains(LanguageFilter ?? "") ? [LanguageFilter!] : [], Language);

    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>What the last upload did, file by file; empty after a plain visit.</summary>
    public IReadOnlyList<FileOutcome> Uploaded { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Ingests uploaded files as `daftar ingest` would: each whole or not at all, bad ones named and skipped.</summary>
    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, bool confidential)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            OnGet();
            Message = T("upload.none");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcomes = new List<FileOutcome>();
        using (var batch = new IngestBatch(Ledger, new IngestOptions(Confidential: confidential), NodaTime.SystemClock.Instance))
        {
            foreach (var file in files)
            {
                if (file.Length > IngestOptions.DefaultMaxBytes)
                {
                    outcomes.Add(new FileOutcome(file.FileName, FileStatus.Failed, null, null, null, T("upload.too_large"), file.Length));
                    continue;
                }

                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, HttpContext.RequestAborted).ConfigureAwait(false);
                outcomes.Add(batch.Ingest(Path.GetFileName(file.FileName), buffer.ToArray()));
            }
        }

        OnGet();
        Uploaded = outcomes;
        if (outcomes.Any(o => o.Status == FileStatus.Failed))
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Sources shown on one page.</summary>
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "p")] // "page" is the route value naming the Razor page
    public int PageNumber { get; set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int Matching { get; private set; }

    public void OnGet()
    {
        Title = T("nav.sources");
        var all = Ledger.SourceTitles();
        Languages = [.. all.Select(s => s.Language).Distinct().Order(StringComparer.Ordinal)];

        // The title filter matches as search does: any spelling, either script, words in any order.
        var terms = string.IsNullOrWhiteSpace(Query) ? [] : SearchAnalyzer.QueryTerms(Query);
        var matching = all.Where(s => string.IsNullOrEmpty(LanguageFilter) || s.Language == LanguageFilter)
            .Where(s => terms.Count == 0 || MatchesAll(s.Title, terms))
            .Select(s => s.Id)
            .ToList();
        Matching = matching.Count;
        PageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Sources = Ledger.ListSources([.. matching.Skip((PageNumber - 1) * PageSize).Take(PageSize)]);
    }

    /// <summary>This list at another page, keeping the filters.</summary>
    public string PageHref(int page) =>
        Href("sources") + QueryString.Create(new Dictionary<string, string?> { ["q"] = Query, ["language"] = LanguageFilter, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static bool MatchesAll(string title, IReadOnlyList<string> terms)
    {
        var words = SearchAnalyzer.Analyze(title).ToList();
        return terms.All(term => words.Exists(w => w.IsMatchedBy(term)));
    }
}
