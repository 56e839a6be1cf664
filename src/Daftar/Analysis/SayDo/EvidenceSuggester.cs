using System.Collections.Immutable;
using System.Globalization;
using Daftar.Domain;
using Daftar.Extraction.Positions;
using Daftar.Storage;
using NodaTime;

namespace Daftar.Analysis.SayDo;

/// <summary>A position with the day it was stated: its source's publication date (null when the source has none).</summary>
public sealed record StatedPosition(Position Position, LocalDate? Stated);

/// <summary>
/// A ledger entry that may bear on earlier positions: an event (dated by its TIMEX3 value) or a quotation or position
/// (dated by its source's publication).
/// </summary>
/// <param name="Date">A TIMEX3 value or ISO date; null when unknown (such an entry is never suggested: it cannot be placed after anything).</param>
/// <param name="EventType">The event's type (events only).</param>
/// <param name="Stance">The position's stance (positions only).</param>
/// <param name="IssueId">The position's issue (positions only); events and quotations are tied to issues by their words.</param>
/// <param name="Text">The words read for issue keywords: an event's summary and the sentence reporting it, a quotation's text.</param>
public sealed record LaterEntry(
    EvidenceKind Kind,
    long Id,
    string? ActorId,
    string? Date,
    EventType? EventType,
    Stance? Stance,
    string? IssueId,
    string Text,
    Citation Citation);

/// <summary>A suggested link: the position, the entry, the bearing the rules give and why.</summary>
public sealed record SuggestedEvidence(long PositionId, EvidenceKind Kind, long EntryId, Bearing Bearing, string Basis);

/// <summary>
/// Suggests evidence for stated positions: entries by the same actor or its side (its armed wing, its members, those
/// it leads, found in the relations), on the same issue, dated after the position was stated, each with the bearing the
/// rules (bearings.tsv) give.
/// </summary>
public static class EvidenceSuggester
{
    /// <summary>
    /// Every suggestion for <paramref name="positions"/>, ordered by position then entry. Rejected positions, entries and
    /// relations play no part.
    /// </summary>
    public static ImmutableArray<SuggestedEvidence> Suggest(
        IEnumerable<StatedPosition> positions,
        IReadOnlyCollection<LaterEntry> entries,
        IReadOnlyCollection<Relation> relations,
        BearingRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(relations);
        rules ??= BearingRules.Default;

        // The issues each event or quotation names, read once, and only for entries by some position's side.
        var issuesOf = new Dictionary<(EvidenceKind, long), ImmutableHashSet<string>>();
        ImmutableHashSet<string> IssuesOf(LaterEntry e)
        {
            if (!issuesOf.TryGetValue((e.Kind, e.Id), out var issues))
                issuesOf[(e.Kind, e.Id)] = issues = IssueKeywords.IssuesIn(e.Text);
            return issues;
        }

        // A quotation that is itself the statement of a position is judged as that position, not twice.
        var statedIn = entries.Where(e => e.Kind == EvidenceKind.Position).Select(e => e.Citation).ToList();

        var found = ImmutableArray.CreateBuilder<SuggestedEvidence>();
        foreach (var stated in positions.OrderBy(p => p.Position.Id))
        {
            var position = stated.Position;
            if (position.Review == ReviewState.Rejected || stated.Stated is not { } day)
                continue;
            var side = ActorSide.Of(position.ActorId, relations);
            foreach (var entry in entries.OrderBy(e => e.Kind).ThenBy(e => e.Id))
            {
                if (entry.ActorId is not { } actor || !side.ContainsKey(actor) || !After(entry.Date, day))
                    continue;
                if (entry.Kind == EvidenceKind.Position && entry.Id == position.Id)
                    continue;
                var onIssue = entry.Kind == EvidenceKind.Position
                    ? entry.IssueId == position.IssueId
                    : IssuesOf(entry).Contains(position.IssueId);
                if (!onIssue)
                    continue;
                if (entry.Kind == EvidenceKind.Quote && statedIn.Exists(c => c.SourceId == entry.Citation.SourceId && Overlaps(c.Span, entry.Citation.Span)))
                    continue;
                var deed = entry.Kind switch
                {
                    EvidenceKind.Event when entry.EventType is { } type => Codes.Name(type),
                    EvidenceKind.Position when entry.Stance is { } stance => Compare(position.Stance, stance),
                    _ => null,
                };
                var rule = rules.Match(entry.Kind, position.IssueId, position.Stance, deed);
                var bearing = rule?.Bearing ?? Bearing.Neutral;
                var who = side[actor];
                var basis = (rule?.Why ?? BearingRules.NoRule) + (who.Length == 0 ? "" : $" ({actor}: {who})");
                found.Add(new SuggestedEvidence(position.Id, entry.Kind, entry.Id, bearing, basis));
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Whether a dated entry falls wholly after the day: "2020-02" is after 2020-01-27, "2020-01" is not.</summary>
    public static bool After(string? date, LocalDate day)
    {
        if (date is null)
            return false;
        var parts = date.Split('-');
        if (parts.Length == 0 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return false;
        var month = 1;
        var dayOfMonth = 1;
        if (parts.Length > 1 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) && month is >= 1 and <= 12))
            return false;
        if (parts.Length > 2 && !(int.TryParse(parts[2].AsSpan(0, Math.Min(2, parts[2].Length)), NumberStyles.None, CultureInfo.InvariantCulture, out dayOfMonth)
                                  && dayOfMonth >= 1 && dayOfMonth <= CalendarSystem.Iso.GetDaysInMonth(year, month)))
            return false;
        return new LocalDate(year, month, dayOfMonth) > day;
    }

    private static string? Compare(Stance stated, Stance later) => (stated, later) switch
    {
        _ when stated == later && stated is Stance.Support or Stance.Oppose or Stance.Conditional => "same-stance",
        (Stance.Support, Stance.Oppose) or (Stance.Oppose, Stance.Support) => "opposite-stance",
        _ => null,
    };

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}

/// <summary>Who acts for an actor: itself, its armed wings, its members and parts, those it leads and its leaders (two steps at most).</summary>
public static class ActorSide
{
    private const int MaxSteps = 2;

    /// <summary>The actors whose deeds and words count for <paramref name="actorId"/>, each with how (empty for the actor itself).</summary>
    public static IReadOnlyDictionary<string, string> Of(string actorId, IReadOnlyCollection<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentNullException.ThrowIfNull(relations);
        var side = new Dictionary<string, string>(StringComparer.Ordinal) { [actorId] = "" };
        var frontier = new List<string> { actorId };
        for (var step = 0; step < MaxSteps && frontier.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (var r in relations)
            {
                if (r.Review == ReviewState.Rejected)
                    continue;
                var (member, how) = r.Predicate switch
                {
                    RelationKind.ArmedWingOf when frontier.Contains(r.ObjectId) => (r.SubjectId, $"armed wing of {r.ObjectId}"),
                    RelationKind.MemberOf when frontier.Contains(r.ObjectId) => (r.SubjectId, $"member of {r.ObjectId}"),
                    RelationKind.PartOf when frontier.Contains(r.ObjectId) => (r.SubjectId, $"part of {r.ObjectId}"),
                    RelationKind.Leads when frontier.Contains(r.SubjectId) => (r.ObjectId, $"led by {r.SubjectId}"),
                    RelationKind.Leads when frontier.Contains(r.ObjectId) => (r.SubjectId, $"leader of {r.ObjectId}"),
                    _ => ((string?)null, ""),
                };
                if (member is not null && side.TryAdd(member, how))
                    next.Add(member);
            }

            frontier = next;
        }

        return side;
    }
}
