using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Daftar.Web.Feeds;

/// <summary>
/// The validators of conditional GET for feeds. The ETag is a hash of the feed's bytes, so it changes exactly when
/// the feed does. The ledger keeps no time at which an entry became public (an entry accepted today may be from a
/// source published last year), so Last-Modified is the time this server first served a feed's current content:
/// never earlier than the change it reflects, and later than the time it gave for the content before.
/// </summary>
public sealed class FeedValidators(TimeProvider clock)
{
    /// <summary>How many feed addresses are remembered; past it the memory starts afresh (clients then get one 200).</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset Modified)> seen = new(StringComparer.Ordinal);

    /// <summary>The strong ETag of a feed's bytes (quoted, as the header carries it).</summary>
    public static string ETagOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return "\"" + Convert.ToBase64String(hash[..18]).Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>When the content with <paramref name="etag"/> was first served at <paramref name="address"/>, whole seconds.</summary>
    public DateTimeOffset LastModified(string address, string etag)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (seen.Count >= Capacity)
            seen.Clear();
        var now = Truncate(clock.GetUtcNow());
        return seen.AddOrUpdate(
            address,
            _ => (etag, now),
            (_, before) => before.ETag == etag
                ? before
                // HTTP dates count whole seconds: new content gets a later one than the content it replaces even
                // when both fell in the same second, or a client asking "modified since?" would be told no.
                : (etag, now > before.Modified ? now : before.Modified.AddSeconds(1))).Modified;
    }

    /// <summary>
    /// Whether the client already holds this content: If-None-Match when sent (it takes precedence), otherwise
    /// If-Modified-Since.
    /// </summary>
    public static bool NotModified(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.GetTypedHeaders();
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            var current = new EntityTagHeaderValue(etag);
            return headers.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && lastModified <= since;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
