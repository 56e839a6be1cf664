using System.Security.Cryptography;
using Daftar.Domain;

namespace Daftar.Storage;

/// <summary>
/// Checks that a snapshot holds together before any of it is written: ids unique, every reference resolves,
/// every span lies inside its source's text, and every original's bytes hash to its source's SHA-256.
/// </summary>
internal static class LedgerSnapshotValidator
{
    public static void Validate(LedgerSnapshot snapshot)
    {
        var textLengths = new Dictionary<long, int>();
        foreach (var archived in snapshot.Sources)
        {
            var source = archived.Source;
            if (!textLengths.TryAdd(source.Id, source.Text.Length))
                throw Fail($"source {source.Id} appears twice");
            var actual = Convert.ToHexStringLower(SHA256.HashData(archived.Original));
            if (!string.Equals(actual, source.Sha256, StringComparison.Ordinal))
                throw Fail($"source {source.Id}: its original bytes hash to {actual}, not {source.Sha256}");
        }

        var actors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in snapshot.Actors)
        {
            if (!actors.Add(actor.Id))
                throw Fail($"actor '{actor.Id}' appears twice");
        }

        var issues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var issue in snapshot.Issues)
        {
            if (!issues.Add(issue.Id))
                throw Fail($"issue '{issue.Id}' appears twice");
        }

        void Cited(string what, long id, Citation citation)
        {
            if (!textLengths.TryGetValue(citation.SourceId, out var length))
                throw Fail($"{what} {id} cites source {citation.SourceId}, which the snapshot does not hold");
            if (!citation.Span.FitsIn(length))
                throw Fail($"{what} {id} cites {citation.Span.Start}..{citation.Span.End}, outside source {citation.SourceId}'s {length} characters");
        }

        void Actor(string what, long id, string? actorId)
        {
            if (actorId is not null && !actors.Contains(actorId))
                throw Fail($"{what} {id} names actor '{actorId}', which the snapshot does not hold");
        }

        void Issue(string what, long id, string issueId)
        {
            if (!issues.Contains(issueId))
                throw Fail($"{what} {id} names issue '{issueId}', which the snapshot does not hold");
        }

        foreach (var m in snapshot.Mentions)
        {
            Cited("mention", m.Id, m.Citation);
            Actor("mention", m.Id, m.ActorId);
        }

        foreach (var q in snapshot.Quotes)
        {
            Cited("quote", q.Id, q.Citation);
            Actor("quote", q.Id, q.Speaker.ActorId);
        }

        foreach (var t in snapshot.Timexes)
            Cited("timex", t.Id, t.Citation);
        foreach (var r in snapshot.Relations)
        {
            Cited("relation", r.Id, r.Citation);
            Actor("relation", r.Id, r.SubjectId);
            Actor("relation", r.Id, r.ObjectId);
        }

        foreach (var e in snapshot.Events)
        {
            Cited("event", e.Id, e.Citation);
            Actor("event", e.Id, e.ActorId);
            Actor("event", e.Id, e.TargetId);
        }

        foreach (var p in snapshot.Positions)
        {
            Cited("position", p.Id, p.Citation);
            Actor("position", p.Id, p.ActorId);
            Issue("position", p.Id, p.IssueId);
        }

        foreach (var a in snapshot.Assessments)
        {
            Cited("assessment", a.Id, a.Citation);
            Actor("assessment", a.Id, a.ActorId);
            Issue("assessment", a.Id, a.IssueId);
        }

        var positions = snapshot.Positions.Select(p => p.Id).ToHashSet();
        var entries = snapshot.Events.Select(e => (EvidenceKind.Event, e.Id)).Concat(snapshot.Quotes.Select(q => (EvidenceKind.Quote, q.Id)))
            .Concat(snapshot.Positions.Select(p => (EvidenceKind.Position, p.Id))).ToHashSet();
        foreach (var e in snapshot.Evidence.IsDefault ? [] : snapshot.Evidence)
        {
            if (!positions.Contains(e.PositionId))
                throw Fail($"evidence {e.Id} bears on position {e.PositionId}, which the snapshot does not hold");
            if (!entries.Contains((e.EntryKind, e.EntryId)))
                throw Fail($"evidence {e.Id} cites {Codes.Name(e.EntryKind)} {e.EntryId}, which the snapshot does not hold");
        }

        foreach (var n in snapshot.Notes)
        {
            if (!textLengths.ContainsKey(n.SourceId))
                throw Fail($"note {n.Id} is on source {n.SourceId}, which the snapshot does not hold");
        }
    }

    private static LedgerException Fail(string problem) => new($"the snapshot does not hold together: {problem}");
}
