using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Dates;
using Daftar.Extraction.Events;
using NodaTime;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Bench;

/// <summary>
/// Throughput of the date layer (<see cref="TimexTagger"/>) and the event layer (<see cref="EventFinder"/>) on about
/// 1 MB (UTF-8) of generated English news text, dense in dates, names and event words. The corpus is written here
/// from invented templates with a fixed seed; the generator records where it wrote each name, which stands in for
/// the actor layer. MB/s = <see cref="CorpusBytes"/> (printed in the setup log) / mean time.
/// </summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private const int TargetUtf8Bytes = 1 << 20;
    private static readonly LocalDate Published = new(2024, 3, 18);

    private static readonly (string Name, string Id, ActorType Type)[] Names =
    [
        ("Layla Karimi", "layla-karimi", ActorType.Person), ("Omar Hadi", "omar-hadi", ActorType.Person),
        ("the Northern Bloc", "northern-bloc", ActorType.Organization), ("the Oil Ministry", "oil-ministry", ActorType.Organization),
        ("Turkey", "turkey", ActorType.State), ("the river council", "river-council", ActorType.Organization),
        ("Sheikh Salim al-Amiri", "salim-al-amiri", ActorType.Person), ("the Popular Front", "popular-front", ActorType.Organization),
    ];

    private static readonly string[] Dates =
    [
        "March 3, 2024", "3 March 2024", "Jan. 14, 2023", "2023-11-02", "Thursday, March 21", "March 10", "Friday", "last week",
        "yesterday", "two days ago", "in 2003", "in the 1990s", "early 2020", "summer 2014", "next month", "December 20",
        "the coming days", "21/04/2022", "mid-2014", "last year",
    ];

    private static readonly string[] Deeds =
    [
        "attacked the northern checkpoints", "announced a new boycott", "withdrew from three positions", "signed an agreement",
        "called for early elections", "rejected the proposal", "met the regional delegation", "arrested two organisers",
        "praised the new budget", "threatened to leave the coalition", "took charge of the Friday marches", "apologized to the families",
    ];

    private static readonly string[] Filler =
    [
        "the", "committee", "discussed", "budget", "reforms", "with", "deputies", "of", "regional", "council", "and", "salaries",
        "were", "delayed", "because", "disputes", "between", "parties", "over", "oil", "revenues", "continued", "in", "Baghdad",
        "Basra", "province", "security", "forces", "court", "session", "votes", "ballots", "a", "for", "many", "people", "said",
    ];

    private string text = string.Empty;
    private ImmutableArray<TextSpan> sentences = [];
    private ActorLayerResult actors = ActorLayerResult.Empty;
    private ImmutableArray<TimexAnnotation> timexes = [];

    /// <summary>The corpus size in UTF-8 bytes.</summary>
    public int CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        (text, sentences, actors) = Generate(TargetUtf8Bytes, seed: 20240318);
        CorpusBytes = Encoding.UTF8.GetByteCount(text);
        timexes = TimexTagger.Tag(text, Published);
        var events = EventFinder.Find(text, sentences, actors, timexes);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// DateBenchmarks corpus: {text.Length:N0} chars, {CorpusBytes:N0} UTF-8 bytes, {sentences.Length:N0} sentences, {actors.Mentions.Length:N0} mentions, {timexes.Length:N0} timexes, {events.Length:N0} events"));
    }

    [Benchmark]
    public ImmutableArray<TimexAnnotation> Dates_Tag() => TimexTagger.Tag(text, Published);

    [Benchmark]
    public ImmutableArray<EventAnnotation> Events_Find() => EventFinder.Find(text, sentences, actors, timexes);

    [Benchmark]
    public int Dates_and_events() => EventFinder.Find(text, sentences, actors, TimexTagger.Tag(text, Published)).Length;

    /// <summary>News-like paragraphs: a dated deed by a named actor, a pronoun sentence that carries it, filler.</summary>
    internal static (string Text, ImmutableArray<TextSpan> Sentences, ActorLayerResult Actors) Generate(int utf8Bytes, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(utf8Bytes + 1024);
        var sentenceSpans = ImmutableArray.CreateBuilder<TextSpan>();
        var mentions = ImmutableArray.CreateBuilder<ActorMention>();
        var used = new HashSet<int>();

        void Sentence(Action write)
        {
            var start = sb.Length;
            write();
            sb.Append('.');
            sentenceSpans.Add(new TextSpan(start, sb.Length));
            sb.Append(' ');
        }

        void Name(int k, bool capital)
        {
            var (name, id, _) = Names[k];
            used.Add(k);
            if (name.StartsWith("the ", StringComparison.Ordinal))
            {
                sb.Append(capital ? "The " : "the ");
                name = name[4..];
            }

            mentions.Add(new ActorMention(new TextSpan(sb.Length, sb.Length + name.Length), id, MentionKind.Name));
            sb.Append(name);
        }

        while (sb.Length < utf8Bytes)
        {
            var actor = random.Next(Names.Length);
            var date = Dates[random.Next(Dates.Length)];
            Sentence(() =>
            {
                sb.Append(random.Next(2) == 0 ? "On " : "By ").Append(date).Append(", ");
                Name(actor, capital: false);
                sb.Append(' ').Append(Deeds[random.Next(Deeds.Length)]);
            });
            Sentence(() =>
            {
                sb.Append(Names[actor].Type == ActorType.Person ? "He also " : "It also ").Append(Deeds[random.Next(Deeds.Length)]);
                sb.Append(" near ");
                Name(random.Next(Names.Length), capital: false);
            });
            for (var f = random.Next(1, 4); f > 0; f--)
            {
                Sentence(() =>
                {
                    sb.Append("Officials said");
                    for (var w = random.Next(8, 20); w > 0; w--)
                        sb.Append(' ').Append(Filler[random.Next(Filler.Length)]);
                });
            }

            sb.Length--;
            sb.Append("\n\n");
        }

        var built = sb.ToString();
        var extracted = used
            .Select(k => new ExtractedActor(Names[k].Id, Names[k].Name, Names[k].Type, [Names[k].Name], []))
            .ToImmutableArray();
        return (built, sentenceSpans.ToImmutable(), new ActorLayerResult(extracted, mentions.ToImmutable()));
    }
}
