using System.Text.Json;
using System.Text.Json.Nodes;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using NodaTime.Text;

namespace Daftar.Publishing;

/// <summary>
/// One source's document annotation (contract <c>daftar-annotation/1</c>, as <c>daftar extract --json</c> prints it),
/// rebuilt from the ledger's entries for that source rather than by extracting again: it shows what the ledger holds
/// now, corrections included.
/// </summary>
/// <remarks>
/// The contract admits added fields, so every actor, quotation, date, relation, event and position also carries its
/// <c>"review"</c> ("candidate", "accepted" or "rejected"), and a speaker an analyst marked confidential carries
/// <c>"confidential": true</c> (only an analyst's ledger shows one). The document's creation time is the date with an
/// empty span, as extraction writes it. Names of actors the entries refer to but the text does not name are listed with
/// no mentions, so every reference resolves.
/// </remarks>
public static class AnnotationExport
{
    /// <summary>The annotation of <paramref name="source"/>, with the review field of each entry.</summary>
    /// <param name="actors">The actors the entries refer to (others are left out of the list).</param>
    /// <param name="issueLabels">Issue labels by id (positions name their issue by label).</param>
    public static JsonObject Build(Source source, SourceEntries entries, IEnumerable<Actor> actors, IReadOnlyDictionary<string, string> issueLabels)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(issueLabels);
        var known = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var mentions = entries.Mentions.Where(m => known.ContainsKey(m.ActorId)).ToList();
        var order = mentions.Select(m => m.ActorId)
            .Concat(entries.Quotes.Select(q => q.Speaker.ActorId))
            .Concat(entries.Relations.SelectMany(r => new[] { r.SubjectId, r.ObjectId }))
            .Concat(entries.Events.SelectMany(e => new[] { e.ActorId, e.TargetId }))
            .Concat(entries.Positions.Select(p => p.ActorId))
            .OfType<string>().Where(known.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var listed = order.Select(id => known[id]).ToList();

        var annotation = new DocumentAnnotation(
            new AnnotationSource(source.Title, source.Published is { } date ? LocalDatePattern.Iso.Format(date) : null, source.Language,
                source.Publisher, source.Author, source.Translations, source.Sha256),
            source.Text,
            [.. listed.Select(a => new ActorAnnotation(a.Id, a.Name, a.Type, [.. a.Aliases.Select(x => x.Text).Distinct(StringComparer.Ordinal)],
                [.. mentions.Where(m => m.ActorId == a.Id).Select(m => m.Citation.Span)]))],
            [.. entries.Quotes.Select(q => new QuoteAnnotation(q.Text, q.Citation.Span.Start, q.Citation.Span.End, q.Kind,
                new SpeakerAnnotation(Known(q.Speaker.ActorId), q.Speaker.Description, q.Speaker.Anonymous), q.Cue))],
            [.. entries.Timexes.Select(t => new TimexAnnotation(t.Text, t.Citation.Span.Start, t.Citation.Span.End, t.Type, t.Value)
            {
                Function = t.Citation.Span.Length == 0 ? TimexAnnotation.CreationTime : null,
            })],
            [.. entries.Relations.Select(r => new RelationAnnotation(r.SubjectId, r.Predicate, r.ObjectId, r.Citation.Span))],
            [.. entries.Events.Select(e => new EventAnnotation(e.Date, Known(e.ActorId), Known(e.TargetId), e.Type, e.Summary, e.Citation.Span))],
            [.. entries.Positions.Select(p => new PositionAnnotation(p.ActorId, issueLabels.GetValueOrDefault(p.IssueId, p.IssueId), p.Stance, p.Statement, p.Citation.Span))]);

        var json = JsonSerializer.SerializeToNode(annotation, AnnotationJson.Options)!.AsObject();
        Review(json["actors"], listed.Select(a => a.Review));
        Review(json["quotes"], entries.Quotes.Select(q => q.Review));
        Review(json["timexes"], entries.Timexes.Select(t => t.Review));
        Review(json["relations"], entries.Relations.Select(r => r.Review));
        Review(json["events"], entries.Events.Select(e => e.Review));
        Review(json["positions"], entries.Positions.Select(p => p.Review));
        var quotes = json["quotes"]!.AsArray();
        for (var i = 0; i < entries.Quotes.Length; i++)
        {
            if (entries.Quotes[i].Speaker.Confidential)
                quotes[i]!["speaker"]!["confidential"] = true;
        }

        return json;

        string? Known(string? id) => id is not null && known.ContainsKey(id) ? id : null;
    }

    /// <summary>Writes <see cref="Build"/>'s annotation as UTF-8 JSON, as <c>daftar extract --json</c> writes one.</summary>
    public static void Write(Source source, SourceEntries entries, IEnumerable<Actor> actors, IReadOnlyDictionary<string, string> issueLabels, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = AnnotationJson.Options.Encoder });
        Build(source, entries, actors, issueLabels).WriteTo(json);
    }

    private static void Review(JsonNode? items, IEnumerable<ReviewState> states)
    {
        var array = items!.AsArray();
        var i = 0;
        foreach (var state in states)
            array[i++]!["review"] = Codes.Name(state);
    }
}
