using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Storage;

namespace Daftar.Extraction.Evaluation;

/// <summary>
/// Scores a document annotation against its gold annotation, layer by layer. Recall counts the required gold
/// items found; precision counts predictions that match no gold item at all (an item marked not required
/// is neither demanded nor penalised). Actors are identified through their name and aliases.
/// </summary>
public static class Scorer
{
    public const string SourceLayer = "source";
    public const string BodyLayer = "body";
    public const string ActorsLayer = "actors";
    public const string QuotesLayer = "quotes";
    public const string SpeakersLayer = "speakers";
    public const string TimexesLayer = "timexes";
    public const string RelationsLayer = "relations";
    public const string EventsLayer = "events";
    public const string PositionsLayer = "positions";

    /// <summary>The layers in the order they are reported.</summary>
    public static ImmutableArray<string> Layers { get; } =
        [SourceLayer, BodyLayer, ActorsLayer, QuotesLayer, SpeakersLayer, TimexesLayer, RelationsLayer, EventsLayer, PositionsLayer];

    public static DocumentScore Score(GoldDocument gold, DocumentAnnotation predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var identity = new ActorIdentity(gold, predicted);
        var (quotes, speakers) = ScoreQuotes(gold, predicted, identity);
        return new DocumentScore(gold.Document,
        [
            ScoreSource(gold.Source, predicted.Source),
            ScoreBody(gold.Body, predicted.Text),
            ScoreActors(gold, predicted, identity),
            quotes,
            speakers,
            ScoreTimexes(gold, predicted),
            ScoreRelations(gold, predicted, identity),
            ScoreEvents(gold, predicted, identity),
            ScorePositions(gold, predicted, identity),
        ]);
    }

    private static LayerScore ScoreSource(GoldSource? gold, AnnotationSource predicted)
    {
        var tally = new Tally(SourceLayer);
        if (gold is null)
            return tally.Result();
        Field("title", EvalText.Normalize(gold.Title), EvalText.Normalize(predicted.Title));
        Field("published", gold.Published ?? "", predicted.Published ?? "");
        Field("language", gold.Language ?? "", predicted.Language);
        Field("publisher", EvalText.Normalize(gold.Publisher), EvalText.Normalize(predicted.Publisher));
        Field("author", EvalText.Normalize(gold.Author), EvalText.Normalize(predicted.Author));
        Field("translations", string.Join(",", (gold.Translations ?? []).Order(StringComparer.Ordinal)),
            string.Join(",", predicted.Translations.Order(StringComparer.Ordinal)));
        return tally.Result();

        void Field(string name, string expected, string actual)
        {
            if (string.Equals(expected, actual, StringComparison.Ordinal))
                tally.Hit();
            else
                tally.Wrong($"{name}: expected '{expected}', got '{actual}'");
        }
    }

    private static LayerScore ScoreBody(GoldBody? gold, string text)
    {
        var tally = new Tally(BodyLayer);
        if (gold is null)
            return tally.Result();
        var body = EvalText.Normalize(text);
        if (gold.StartsWith is { } start)
            Check(body.StartsWith(EvalText.Normalize(start), StringComparison.Ordinal), $"starts with '{start}'");
        if (gold.EndsWith is { } end)
            Check(body.EndsWith(EvalText.Normalize(end), StringComparison.Ordinal), $"ends with '{end}'");
        foreach (var chrome in gold.MustNotContain ?? [])
            Check(!text.Contains(chrome, StringComparison.Ordinal), $"must not contain '{chrome}'");
        return tally.Result();

        void Check(bool passed, string what)
        {
            if (passed)
                tally.Hit();
            else
                tally.Wrong(what);
        }
    }

    private static LayerScore ScoreActors(GoldDocument gold, DocumentAnnotation predicted, ActorIdentity identity)
    {
        var tally = new Tally(ActorsLayer);
        foreach (var actor in gold.Actors.Where(a => a.Required))
        {
            if (predicted.Actors.Any(p => identity.Same(p.Id, actor.Name)))
                tally.Hit();
            else
                tally.Miss(actor.Name);
        }

        foreach (var actor in predicted.Actors)
        {
            if (!gold.Actors.Any(g => identity.Same(actor.Id, g.Name)))
                tally.Spurious(actor.Name);
        }

        return tally.Result();
    }

    private static (LayerScore Quotes, LayerScore Speakers) ScoreQuotes(GoldDocument gold, DocumentAnnotation predicted, ActorIdentity identity)
    {
        var quotes = new Tally(QuotesLayer);
        var speakers = new Tally(SpeakersLayer);
        var matched = new HashSet<QuoteAnnotation>(ReferenceEqualityComparer.Instance);
        foreach (var quote in gold.Quotes)
        {
            var text = EvalText.Normalize(quote.Text);
            var found = predicted.Quotes.FirstOrDefault(p => !matched.Contains(p) && EvalText.Normalize(p.Text) == text);
            if (found is not null)
                matched.Add(found);
            if (!quote.Required)
                continue;
            if (found is null)
            {
                quotes.Miss(Short(quote.Text));
                continue;
            }

            quotes.Hit();
            var right = quote.Speaker is null
                ? found.Speaker.Actor is null
                : found.Speaker.Actor is { } actor && identity.Same(actor, quote.Speaker);
            if (right)
                speakers.Hit();
            else
                speakers.Wrong($"“{Short(quote.Text)}”: expected {quote.Speaker ?? "no speaker"}, got {identity.NameOf(found.Speaker.Actor) ?? "no speaker"}");
        }

        // Precision is over speech: fragments and scare-quoted terms are the author's sentence, scored as kinds.
        foreach (var quote in predicted.Quotes.Where(q => q.Kind == QuoteKind.Speech && !matched.Contains(q)))
            quotes.Spurious(Short(quote.Text));
        return (quotes.Result(), speakers.Result());
    }

    private static LayerScore ScoreTimexes(GoldDocument gold, DocumentAnnotation predicted)
    {
        var tally = new Tally(TimexesLayer);
        var used = new bool[predicted.Timexes.Length];
        foreach (var timex in gold.Timexes)
        {
            for (var n = 0; n < Math.Max(1, timex.Count); n++)
            {
                var index = FindTimex(timex, predicted.Timexes, used);
                if (index >= 0)
                    used[index] = true;
                if (!timex.Required)
                    continue;
                if (index >= 0)
                    tally.Hit();
                else
                    tally.Miss($"{timex.Text} = {timex.Value}");
            }
        }

        // A further copy of an item that is not required is not penalised either ("now" said three times).
        var optional = gold.Timexes.Where(t => !t.Required).ToList();
        for (var i = 0; i < used.Length; i++)
        {
            if (!used[i] && !optional.Any(t => FindTimex(t, [predicted.Timexes[i]], [false]) == 0))
                tally.Spurious($"{predicted.Timexes[i].Text} = {predicted.Timexes[i].Value}");
        }

        return tally.Result();
    }

    // Same value, and one text within the other ("2011" in "pre-2011", "fifteen months" in "the first fifteen months").
    private static int FindTimex(GoldTimex gold, ImmutableArray<TimexAnnotation> predicted, bool[] used)
    {
        var text = EvalText.Normalize(gold.Text).ToLowerInvariant();
        for (var i = 0; i < predicted.Length; i++)
        {
            if (used[i] || predicted[i].Value != gold.Value)
                continue;
            var other = EvalText.Normalize(predicted[i].Text).ToLowerInvariant();
            if (other.Contains(text, StringComparison.Ordinal) || text.Contains(other, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }

    private static LayerScore ScoreRelations(GoldDocument gold, DocumentAnnotation predicted, ActorIdentity identity)
    {
        var tally = new Tally(RelationsLayer);
        var matched = new HashSet<RelationAnnotation>(ReferenceEqualityComparer.Instance);
        foreach (var relation in gold.Relations)
        {
            var predicates = new HashSet<string>(relation.AlsoAcceptPredicate ?? [], StringComparer.Ordinal) { relation.Predicate };
            var objects = (relation.AlsoAcceptObject ?? []).Prepend(relation.Object).ToList();
            var found = predicted.Relations.Where(p =>
                    predicates.Contains(Codes.Name(p.Predicate)) && identity.Same(p.Subject, relation.Subject) &&
                    objects.Any(o => identity.Same(p.Object, o)))
                .ToList();
            matched.UnionWith(found);
            if (!relation.Required)
                continue;
            if (found.Count > 0)
                tally.Hit();
            else
                tally.Miss($"{relation.Subject} {relation.Predicate} {relation.Object}");
        }

        foreach (var relation in predicted.Relations.Where(r => !matched.Contains(r)))
            tally.Spurious($"{identity.NameOf(relation.Subject)} {Codes.Name(relation.Predicate)} {identity.NameOf(relation.Object)}");
        return tally.Result();
    }

    private static LayerScore ScoreEvents(GoldDocument gold, DocumentAnnotation predicted, ActorIdentity identity)
    {
        var tally = new Tally(EventsLayer);
        var matched = new HashSet<EventAnnotation>(ReferenceEqualityComparer.Instance);
        foreach (var item in gold.Events)
        {
            var found = predicted.Events.Where(p =>
                    p.Date == item.Date &&
                    string.Equals(Codes.Name(p.Type), item.Type, StringComparison.OrdinalIgnoreCase) &&
                    (item.Actor is null || (p.Actor is { } actor && identity.Same(actor, item.Actor))))
                .ToList();
            matched.UnionWith(found);
            if (!item.Required)
                continue;
            if (found.Count > 0)
                tally.Hit();
            else
                tally.Miss($"{item.Date} {item.Type} {item.Actor ?? "-"}: {item.Summary}");
        }

        foreach (var item in predicted.Events.Where(e => !matched.Contains(e)))
            tally.Spurious($"{item.Date} {Codes.Name(item.Type).ToUpperInvariant()} {identity.NameOf(item.Actor) ?? "-"}: {item.Summary}");
        return tally.Result();
    }

    private static LayerScore ScorePositions(GoldDocument gold, DocumentAnnotation predicted, ActorIdentity identity)
    {
        var tally = new Tally(PositionsLayer);
        var matched = new HashSet<PositionAnnotation>(ReferenceEqualityComparer.Instance);
        foreach (var position in gold.Positions)
        {
            var statement = EvalText.Normalize(position.Statement);
            var found = predicted.Positions.Where(p =>
                    identity.Same(p.Actor, position.Actor) &&
                    (EvalText.Normalize(p.Statement) == statement || EvalText.Normalize(p.Statement).Contains(statement, StringComparison.Ordinal)))
                .ToList();
            matched.UnionWith(found);
            if (!position.Required)
                continue;
            if (found.Count == 0)
                tally.Miss($"{position.Actor}: {position.Statement}");
            else if (found.Any(p => string.Equals(Codes.Name(p.Stance), position.Stance, StringComparison.Ordinal)))
                tally.Hit();
            else
                tally.Miss($"{position.Actor}: {position.Statement} (stance {position.Stance}, got {Codes.Name(found[0].Stance)})");
        }

        foreach (var position in predicted.Positions.Where(p => !matched.Contains(p)))
            tally.Spurious($"{identity.NameOf(position.Actor)}: {position.Statement}");
        return tally.Result();
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";

    /// <summary>Counts for one layer as it is scored.</summary>
    private sealed class Tally(string layer)
    {
        private readonly ImmutableArray<string>.Builder misses = ImmutableArray.CreateBuilder<string>();
        private readonly ImmutableArray<string>.Builder spurious = ImmutableArray.CreateBuilder<string>();
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;

        public void Hit() => truePositives++;

        public void Miss(string what)
        {
            falseNegatives++;
            misses.Add(what);
        }

        public void Spurious(string what)
        {
            falsePositives++;
            spurious.Add(what);
        }

        /// <summary>A wrong answer where one was due: a miss and a spurious answer at once.</summary>
        public void Wrong(string what)
        {
            falseNegatives++;
            falsePositives++;
            misses.Add(what);
        }

        public LayerScore Result() =>
            new(layer, truePositives, falsePositives, falseNegatives, misses.ToImmutable(), spurious.ToImmutable());
    }

    /// <summary>Decides whether a predicted actor id and a gold actor name denote the same actor.</summary>
    private sealed class ActorIdentity
    {
        private readonly Dictionary<string, HashSet<string>> predictedNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> predictedDisplay = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> goldNames = new(StringComparer.Ordinal);

        public ActorIdentity(GoldDocument gold, DocumentAnnotation predicted)
        {
            foreach (var actor in predicted.Actors)
            {
                predictedNames[actor.Id] = [.. actor.Aliases.Append(actor.Name).Append(actor.Id).Select(EvalText.NormalizeName)];
                predictedDisplay[actor.Id] = actor.Name;
            }

            foreach (var actor in gold.Actors)
                goldNames[EvalText.NormalizeName(actor.Name)] = [.. (actor.Aliases ?? []).Append(actor.Name).Select(EvalText.NormalizeName)];
        }

        public bool Same(string predictedId, string goldName)
        {
            var names = goldNames.TryGetValue(EvalText.NormalizeName(goldName), out var known) ? known : [EvalText.NormalizeName(goldName)];
            return predictedNames.TryGetValue(predictedId, out var predicted)
                ? predicted.Overlaps(names)
                : names.Contains(EvalText.NormalizeName(predictedId));
        }

        public string? NameOf(string? id) => id is null ? null : predictedDisplay.GetValueOrDefault(id, id);
    }
}
