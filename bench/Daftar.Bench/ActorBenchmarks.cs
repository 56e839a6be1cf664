using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Relations;
using Daftar.Extraction.Sentences;

namespace Daftar.Bench;

/// <summary>
/// Throughput of the actor layer (gazetteer matching, unknown names, resolution) and of the relation layer on about
/// 1 MB (UTF-8) of generated news-like text with many actor names (about one mention every 60 characters, a little
/// denser than the analyses Daftar reads). The text is written here from invented sentence templates and a fixed
/// seed, so every run measures the same input; names come from the gazetteer and from a list of invented people. To read MB/s, divide <see cref="CorpusBytes"/> (printed in the setup log) by the mean time.
/// Sentences are split once in the setup: the splitter belongs to another layer.
/// </summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private const int TargetUtf8Bytes = 1 << 20;

    private static readonly string[] EnglishTemplates =
    [
        "{P} met {P} in {C} on Tuesday to discuss the budget and the role of the {O}.",
        "According to {P}, the {O} will not accept the proposal put forward by {S}.",
        "The {D} government said that {P} had agreed to meet officials of the {O} next week.",
        "{O} fighters clashed with the {O} near {C}, a spokesman for the {O} told reporters.",
        "In a statement, {S} accused the {O} of violating the agreement, while {P} called for calm.",
        "Sheikh {U} al-{V}, a senior advisor to {P}, said the {O} opposes the plan.",
        "{D}-backed militias, the most prominent of which is the {O}, have grown stronger since 2014.",
        "Many {D} voters supported the {U} {V} Alliance (UVA), and the UVA won twelve seats.",
        "{P}’s spokesman denied the report, adding that {S} and {S} had been informed.",
        "Prime Minister {U} {V} visited {C}, where protesters gathered in front of the parliament.",
        "Analysts said the decision reflects pressure from {S}, which backs the {O}.",
        "The ministry announced on Sunday that salaries would be delayed because of disputes over oil revenues.",
        "Negotiations over the federal budget have stalled for weeks, and several deputies have threatened to boycott the next session.",
        "Most observers expect the talks to resume after the holiday, although no date has been set and the agenda remains unclear.",
        "Electricity shortages in the summer months continue to fuel anger in the southern provinces, where temperatures exceed fifty degrees.",
        "The court postponed its ruling on the disputed seats until the electoral commission completes a manual recount of the ballots.",
        "It is not clear whether the agreement will survive the coming months, given the number of parties that have rejected it.",
        "Local officials said that the reconstruction of schools and hospitals had barely begun, despite promises made three years ago.",
    ];

    private static readonly string[] ArabicTemplates =
    [
        "والتقى {AP} بوفد من {AO} في بغداد يوم الثلاثاء.",
        "وقال {AP} إن {AO} لن يقبل بالاقتراح الذي قدمته {AS}.",
        "وأكد مصدر مطلع أن {AS} تدعم {AO} منذ سنوات.",
        "وانتقد للصدر بيان {AO} الأخير، فيما دعا {AP} إلى التهدئة.",
        "وتستمر المفاوضات حول الموازنة الاتحادية منذ أسابيع دون أن تتوصل الأطراف إلى اتفاق نهائي بشأن رواتب الموظفين.",
        "وأشار مراقبون إلى أن أزمة الكهرباء في فصل الصيف تزيد من غضب المواطنين في المحافظات الجنوبية.",
        "وأجلت المحكمة النظر في الطعون المقدمة إلى حين انتهاء المفوضية من إعادة العد والفرز اليدوي.",
    ];

    private static readonly string[] Cities = ["Baghdad", "Basra", "Najaf", "Erbil", "Beirut", "Damascus", "Tehran", "Amman", "Sanaa"];
    private static readonly string[] Demonyms = ["Iraqi", "Iranian", "Syrian", "Lebanese", "Saudi", "Turkish", "American", "Kurdish"];
    private static readonly string[] InventedFirst = ["Karim", "Laith", "Samira", "Yusuf", "Dalia", "Haitham", "Rana", "Tariq", "Nour", "Bassam"];
    private static readonly string[] InventedLast = ["Zubaidi", "Khafaji", "Dulaimi", "Obeidi", "Saadi", "Jubouri", "Tamimi", "Hashimi", "Rubaie", "Lami"];

    private string text = string.Empty;
    private ImmutableArray<TextSpan> sentences;
    private ActorLayerResult actors = ActorLayerResult.Empty;

    /// <summary>Which language the corpus is in.</summary>
    [Params("english", "arabic")]
    public string Corpus { get; set; } = "english";

    /// <summary>The corpus size in UTF-8 bytes.</summary>
    public int CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        text = Generate(Corpus, TargetUtf8Bytes, seed: 20250127);
        CorpusBytes = Encoding.UTF8.GetByteCount(text);
        sentences = SentenceSplitter.Split(text);
        _ = Gazetteer.Default.Entries; // compile outside the measurement
        actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// ActorBenchmarks corpus '{Corpus}': {text.Length:N0} chars, {CorpusBytes:N0} UTF-8 bytes, {actors.Actors.Length:N0} actors, {actors.Mentions.Length:N0} mentions"));
    }

    [Benchmark]
    public ActorLayerResult Actors() => ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);

    [Benchmark]
    public ImmutableArray<RelationAnnotation> Relations() => RelationFinder.Find(text, sentences, actors);

    /// <summary>Deterministic text: paragraphs of sentences from the templates, with gazetteer and invented names.</summary>
    public static string Generate(string corpus, int utf8Bytes, int seed)
    {
        var random = new Random(seed);
        var gazetteer = Gazetteer.Default;
        string[] Names(ActorType type, bool arabic) => [.. gazetteer.Entries.Where(e => e.Type == type)
            .Select(e => arabic ? e.Aliases.FirstOrDefault(a => a.Any(c => c is >= '\u0600' and <= '\u06FF')) : e.Name)
            .OfType<string>()];
        var people = Names(ActorType.Person, corpus == "arabic");
        var organisations = Names(ActorType.Organization, corpus == "arabic");
        var states = Names(ActorType.State, corpus == "arabic");
        var templates = corpus == "arabic" ? ArabicTemplates : EnglishTemplates;

        string Pick(string[] items) => items[random.Next(items.Length)];
        var builder = new StringBuilder(utf8Bytes + 4096);
        var bytes = 0;
        while (bytes < utf8Bytes)
        {
            var start = builder.Length;
            var count = random.Next(3, 7);
            for (var s = 0; s < count; s++)
            {
                var sentence = new StringBuilder(Pick(templates));
                sentence.Replace("{P}", "\u0001").Replace("{O}", "\u0002").Replace("{S}", "\u0003").Replace("{C}", "\u0004").Replace("{D}", "\u0005")
                    .Replace("{U}", "\u0006").Replace("{V}", "\u0007").Replace("{AP}", "\u0001").Replace("{AO}", "\u0002").Replace("{AS}", "\u0003");
                foreach (var c in sentence.ToString())
                {
                    builder.Append(c switch
                    {
                        '\u0001' => random.Next(4) == 0 ? Pick(InventedFirst) + " al-" + Pick(InventedLast) : Pick(people),
                        '\u0002' => Pick(organisations),
                        '\u0003' => Pick(states),
                        '\u0004' => Pick(Cities),
                        '\u0005' => Pick(Demonyms),
                        '\u0006' => Pick(InventedFirst),
                        '\u0007' => Pick(InventedLast),
                        _ => c.ToString(),
                    });
                }

                builder.Append(' ');
            }

            builder.Length--;
            builder.Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(builder.ToString(start, builder.Length - start));
        }

        return builder.ToString();
    }
}
