namespace Daftar.Domain;

/// <summary>TIMEX3 types.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A temporal expression in a source and its TIMEX3 value, normalised against the publication date
/// ("2020-01-30", "2003", "P18M", "PRESENT_REF").
/// </summary>
public sealed record Timex(long Id, Citation Citation, string Text, TimexType Type, string Value, ReviewState Review);
