using System.Text.Json.Serialization;

namespace Daftar.Domain;

/// <summary>
/// A half-open range of UTF-16 code units in a source's clean text: <see cref="Start"/> inclusive,
/// <see cref="End"/> exclusive, so a C# <c>text[Start..End]</c> is the cited words.
/// </summary>
/// <remarks>Invariant: 0 ≤ Start ≤ End.</remarks>
public readonly record struct TextSpan
{
    [JsonConstructor]
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    /// <summary>True when the span lies inside a text of <paramref name="length"/> code units.</summary>
    public bool FitsIn(int length) => End <= length;
}
