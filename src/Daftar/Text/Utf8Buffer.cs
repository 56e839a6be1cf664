using System.Buffers;
using System.Text;

namespace Daftar.Text;

/// <summary>
/// The UTF-8 of a text in a buffer rented from the shared pool, for a hot path that only passes the bytes on (the
/// ingest hot path binds them straight into SQLite). Dispose it to give the buffer back. Past 1 MiB the bytes get a
/// buffer of their own, so that one very long document never leaves a huge buffer cached in the pool.
/// </summary>
internal readonly struct Utf8Buffer : IDisposable
{
    private const int MaxPooledBytes = 1 << 20;

    private readonly byte[] buffer;
    private readonly bool pooled;

    private Utf8Buffer(byte[] buffer, int length, bool pooled)
    {
        this.buffer = buffer;
        this.pooled = pooled;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    /// <summary>The UTF-8 of <paramref name="chars"/>, as <see cref="Encoding.UTF8"/> writes it (a lone surrogate becomes U+FFFD).</summary>
    public static Utf8Buffer From(ReadOnlySpan<char> chars)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(chars.Length);
        if (maxBytes > MaxPooledBytes)
        {
            var own = new byte[Encoding.UTF8.GetByteCount(chars)];
            return new Utf8Buffer(own, Encoding.UTF8.GetBytes(chars, own), pooled: false);
        }

        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        return new Utf8Buffer(rented, Encoding.UTF8.GetBytes(chars, rented), pooled: true);
    }

    public void Dispose()
    {
        if (pooled)
            ArrayPool<byte>.Shared.Return(buffer);
    }
}
