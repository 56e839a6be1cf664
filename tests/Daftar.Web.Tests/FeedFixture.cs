using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Daftar.Web.Tests;

/// <summary>
/// The web fixture's ledger with its entries accepted, so that the public (and so the feeds) sees them: every actor
/// and every candidate, except the Arabic report's anonymous quotation, which stays a candidate.
/// </summary>
public sealed class FeedFixture : IDisposable
{
    /// <summary>The words of the quotation left a candidate: no feed may carry them.</summary>
    public const string CandidateWords = "على الآخرين أن يتحركوا خلال شهر";

    public FeedFixture()
    {
        using var ledger = SqliteLedger.Open(Web.LedgerPath);
        AcceptAll(ledger, item => !item.Summary.Contains(CandidateWords, StringComparison.Ordinal));
    }

    public WebFixture Web { get; } = new();

    /// <summary>Fetches a feed (a path on the site) and reads it with the feed client.</summary>
    public async Task<ReadFeed> Read(string path, HttpClient? client = null)
    {
        var bytes = await Bytes(path, client);
        return await FeedReader.Read(bytes);
    }

    /// <summary>A feed's bytes, failing unless it answered 200.</summary>
    public async Task<byte[]> Bytes(string path, HttpClient? client = null)
    {
        using var response = await (client ?? Web.Visitor).GetAsync(new Uri(path, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if ((int)response.StatusCode != 200)
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
        return bytes;
    }

    /// <summary>Stores a document with what extraction finds in it, as the ingest does.</summary>
    public long AddSource(string text, string language, string title, LocalDate published)
    {
        using var ledger = SqliteLedger.Open(Web.LedgerPath);
        var annotation = Extractor.Extract(text, new AnnotationSource(title, published.ToString("yyyy-MM-dd", null), language, "Test Wire", null, [], ""));
        var source = new Source(0, "", title + ".txt", "text", language, title, published, "Test Wire", null, [], false,
            SystemClock.Instance.GetCurrentInstant(), text);
        return ledger.AddSource(source, System.Text.Encoding.UTF8.GetBytes(text), annotation).SourceId;
    }

    /// <summary>Accepts every actor, and every candidate entry that <paramref name="accept"/> lets through.</summary>
    public void AcceptAll(SqliteLedger ledger, Func<PendingItem, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(accept);
        // The ledger has no review action for an actor as such (naming one as a speaker vouches for it); the test
        // stands in for the analyst who accepted them.
        using (var connection = new SqliteConnection($"Data Source={Web.LedgerPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE actors SET review = 'accepted'";
            command.ExecuteNonQuery();
        }

        foreach (var item in ledger.PendingCandidates(10_000).Where(accept))
            ledger.SetReview(item.Kind, item.Id, ReviewState.Accepted, item.Version);
    }

    public void Dispose() => Web.Dispose();
}
