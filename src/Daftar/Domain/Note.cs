namespace Daftar.Domain;

/// <summary>An analyst's private note on a source. Notes are confidential by default.</summary>
public sealed record Note(long Id, long SourceId, string Text, bool Confidential, NodaTime.Instant Written);
