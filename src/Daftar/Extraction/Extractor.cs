using System.Collections.Immutable;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Dates;
using Daftar.Extraction.Events;
using Daftar.Extraction.Positions;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Relations;
using Daftar.Extraction.Sentences;
using NodaTime;
using NodaTime.Text;

namespace Daftar.Extraction;

/// <summary>
/// From a document's clean text to the candidates an analyst reviews: sentences, actors, dates, quotations with
/// speakers, relations, events and stated positions. Pure: text and metadata in, annotation out.
/// </summary>
public static class Extractor
{
    /// <summary>Runs every layer over <paramref name="text"/>, normalising dates against the source's publication date.</summary>
    /// <param name="gazetteer">Known actors; <see cref="Gazetteer.Default"/> when null.</param>
    public static DocumentAnnotation Extract(string text, AnnotationSource source, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var published = source.Published is { } date && LocalDatePattern.Iso.Parse(date) is { Success: true } parsed
            ? parsed.Value
            : (LocalDate?)null;
        var sentences = SentenceSplitter.Split(text);
        var actors = ActorRecognizer.Recognize(text, sentences, gazetteer ?? Gazetteer.Default);
        var timexes = TimexTagger.Tag(text, published);
        var quotes = QuoteFinder.Find(text, sentences, actors);
        var relations = RelationFinder.Find(text, sentences, actors);
        var events = EventFinder.Find(text, sentences, actors, timexes);
        var positions = PositionFinder.Find(text, sentences, actors, quotes);
        return new DocumentAnnotation(
            source,
            text,
            [.. actors.Actors.Select(a => new ActorAnnotation(a.Id, a.Name, a.Type, a.Aliases, a.Mentions))],
            quotes,
            published is null ? timexes : timexes.Insert(0, CreationTime(source)),
            relations,
            events,
            positions);
    }

    // Events and relative dates are read against it; an analyst sees it first on the timeline.
    private static TimexAnnotation CreationTime(AnnotationSource source) =>
        new(source.Dateline ?? source.Published!, 0, 0, Domain.TimexType.Date, source.Published!)
        {
            Function = TimexAnnotation.CreationTime,
        };
}
