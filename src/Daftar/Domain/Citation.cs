namespace Daftar.Domain;

/// <summary>Where a ledger entry comes from: a source and the span of its clean text that says so.</summary>
public sealed record Citation(long SourceId, TextSpan Span);
