using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Positions;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Bench;

/// <summary>
/// Throughput of the sentence, quotation and position layers on about 1 MB (UTF-8) of generated English news-like
/// text full of quotations: speech with reporting verbs before and after, anonymous sources, pronouns, scare quotes,
/// nested quotes, numbered lists of demands and multi-paragraph quotations. The actor layer's result is built at
/// setup from the names the generator uses, so only these layers are measured. To read MB/s, divide
/// <see cref="CorpusBytes"/> (printed in the setup log) by the mean time.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private const int TargetUtf8Bytes = 1 << 20;

    private static readonly (string Name, string Id, ActorType Type, MentionKind Kind)[] Names =
    [
        ("Hadi al-Amiri", "hadi-al-amiri", ActorType.Person, MentionKind.Name),
        ("Moqtada al-Sadr", "moqtada-al-sadr", ActorType.Person, MentionKind.Name),
        ("the Sadrist movement", "sadrist-movement", ActorType.Organization, MentionKind.Name),
        ("the Foreign Ministry", "foreign-ministry", ActorType.Organization, MentionKind.Name),
        ("Sadrists", "sadrist-movement", ActorType.Organization, MentionKind.Member),
        ("Sadrist", "sadrist-movement", ActorType.Organization, MentionKind.Member),
        ("U.S.", "united-states", ActorType.State, MentionKind.Adjective),
        ("Iranian", "iran", ActorType.State, MentionKind.Adjective),
        ("Iraq", "iraq", ActorType.State, MentionKind.Name),
    ];

    private static readonly string[] Subjects =
        ["Hadi al-Amiri", "Moqtada al-Sadr", "a senior Sadrist", "one U.S. official", "the Foreign Ministry", "an Iranian diplomat", "one interviewee", "the spokesman"];

    private static readonly string[] Verbs = ["said", "noted", "emphasized", "added", "told reporters", "warned", "insisted", "argued", "ventured", "explained"];

    private static readonly string[] Clauses =
    [
        "we will not accept any delay in the formation of the new government",
        "the militias must hand over their weapons to the state before the elections",
        "there is no sense in talking about reform while corruption rules the ministries",
        "our people are tired of promises and want to see results on the ground",
        "foreign troops should leave Iraq unless the parliament asks them to stay",
        "the budget will be passed next week if the Kurdish parties agree",
    ];

    private static readonly string[] Filler =
    [
        "The council met in Baghdad on Tuesday to discuss the budget and the electoral law.",
        "Protesters gathered in Tahrir Square for the third week, demanding jobs and services.",
        "Negotiations between the blocs have stalled over the choice of a new prime minister (the fourth in two years).",
        "Mr. Smith, a U.S. diplomat, arrived in Erbil at 9 a.m. and met Gen. J. Jones of the coalition.",
        "Analysts describe the party as a “kingmaker” in the so-called “reform camp” of Iraqi politics.",
        "It's not clear whether the Sadrists' bloc will keep its seats—or whether the courts will intervene…",
    ];

    private string text = string.Empty;
    private ImmutableArray<TextSpan> sentences;
    private ActorLayerResult actors = ActorLayerResult.Empty;
    private ImmutableArray<QuoteAnnotation> quotes;

    /// <summary>The corpus size in UTF-8 bytes.</summary>
    public int CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        text = Generate(TargetUtf8Bytes, seed: 20260127);
        CorpusBytes = Encoding.UTF8.GetByteCount(text);
        actors = Actors(text);
        sentences = SentenceSplitter.Split(text);
        quotes = QuoteFinder.Find(text, sentences, actors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// QuoteBenchmarks corpus: {text.Length:N0} chars, {CorpusBytes:N0} UTF-8 bytes, {sentences.Length:N0} sentences, {quotes.Length:N0} quotations, {actors.Mentions.Length:N0} mentions"));
    }

    [Benchmark]
    public int Sentences() => SentenceSplitter.Split(text).Length;

    [Benchmark]
    public int Quotes() => QuoteFinder.Find(text, sentences, actors).Length;

    [Benchmark]
    public int Positions() => PositionFinder.Find(text, sentences, actors, quotes).Length;

    /// <summary>The three layers as the pipeline runs them.</summary>
    [Benchmark(Baseline = true)]
    public int AllLayers()
    {
        var s = SentenceSplitter.Split(text);
        var q = QuoteFinder.Find(text, s, actors);
        return PositionFinder.Find(text, s, actors, q).Length + q.Length;
    }

    /// <summary>Deterministic English text with quotations of every form the layers handle.</summary>
    public static string Generate(int utf8Bytes, int seed)
    {
        var random = new Random(seed);
        var b = new StringBuilder(utf8Bytes + 4096);
        string Pick(string[] items) => items[random.Next(items.Length)];
        static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

        while (Encoding.UTF8.GetMaxByteCount(b.Length) / 3 < utf8Bytes)
        {
            switch (random.Next(9))
            {
                case 0:
                    b.Append(CultureInfo.InvariantCulture, $"{Capital(Pick(Subjects))} {Pick(Verbs)}: “{Capital(Pick(Clauses))}.” ");
                    b.Append(CultureInfo.InvariantCulture, $"He added that the government should “{Pick(Clauses)}.”");
                    break;
                case 1:
                    b.Append(CultureInfo.InvariantCulture, $"“{Capital(Pick(Clauses))},” {Pick(Subjects)} {Pick(Verbs)}. {Pick(Filler)}");
                    break;
                case 2:
                    b.Append(CultureInfo.InvariantCulture, $"According to {Pick(Subjects)}, the Sadrists “{Pick(Clauses)}” and the ministry ‘{Pick(Clauses)}’. {Pick(Filler)}");
                    break;
                case 3:
                    b.Append(CultureInfo.InvariantCulture, $"In talks with a senior Sadrist, the demands were, as he listed them:\n\n1. “Abolish the quota system.”\n\n2. “Bring arms under the control of the state,” which refers to the militias.\n\n3. “Fight corruption [and] make all accountable.”");
                    break;
                case 4:
                    b.Append(CultureInfo.InvariantCulture, $"I was told that “{Pick(Clauses)}.” The ministry used the term “foreign forces” for what others call “occupiers.” {Pick(Filler)}");
                    break;
                case 5:
                    b.Append(CultureInfo.InvariantCulture, $"“{Capital(Pick(Clauses))}.\n\n“{Capital(Pick(Clauses))}… {Capital(Pick(Clauses))}.”");
                    break;
                case 6:
                    b.Append(CultureInfo.InvariantCulture, $"The Sadrist movement wants {Pick(["the withdrawal of foreign troops", "early elections", "an end to the quota system", "the militias disarmed"])}, and Hadi al-Amiri rejects {Pick(["any foreign presence", "the budget law", "the new electoral law"])}. {Pick(Filler)}");
                    break;
                default:
                    b.Append(CultureInfo.InvariantCulture, $"{Pick(Filler)} {Pick(Filler)} {Capital(Pick(Subjects))} told me the plan was “{Pick(Clauses)}” (in the words of one Sadrist advisor).");
                    break;
            }

            b.Append("\n\n");
        }

        return b.ToString();
    }

    /// <summary>The mentions of the generator's names, as the actor layer would report them.</summary>
    public static ActorLayerResult Actors(string text)
    {
        var mentions = new List<ActorMention>();
        var taken = new bool[text.Length];
        foreach (var (name, id, _, kind) in Names.OrderByDescending(n => n.Name.Length))
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var bounded = (at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]));
                if (bounded && !taken.AsSpan(at, name.Length).Contains(true))
                {
                    taken.AsSpan(at, name.Length).Fill(true);
                    mentions.Add(new ActorMention(new TextSpan(at, end), id, kind));
                }

                at = end;
            }
        }

        mentions.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        var actors = Names
            .GroupBy(n => n.Id)
            .Select(g => new ExtractedActor(g.Key, g.First().Name, g.First().Type, [.. g.Select(n => n.Name)], []))
            .ToImmutableArray();
        return new ActorLayerResult(actors, [.. mentions]);
    }
}
