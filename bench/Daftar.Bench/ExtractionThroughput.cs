using System.Diagnostics;
using System.Globalization;
using System.Text;
using Daftar.Extraction;

namespace Daftar.Bench;

/// <summary>
/// Full extraction over a stream of generated articles, one at a time, never holding the corpus: reports MB/s (of
/// UTF-8) and characters/s on one core and the process's peak working set, which must stay flat however much is
/// read. The English and Arabic articles are built alike (the same mix of quotations, named and anonymous speakers,
/// dates, relations and filler), so their speeds compare.
/// </summary>
/// <remarks>Usage: <c>extract [--megabytes N] [--language en|ar] [--layers]</c> (default 500, en); N counts characters;
/// <c>--layers</c> times each layer apart instead.</remarks>
internal static class ExtractionThroughput
{
    private static readonly string[] People =
    [
        "Moqtada al-Sadr", "Muqtada al-Sadr", "Qais al-Khazali", "Hadi al-Amiri", "Mohammed Shia al-Sudani", "Ali al-Sistani",
        "Nouri al-Maliki", "Masoud Barzani", "Hassan Nasrallah", "Esmail Qaani",
    ];

    private static readonly string[] Groups =
        ["the Sadrist movement", "Asa'ib Ahl al-Haq", "the Popular Mobilization Forces", "Kata'ib Hezbollah", "Saraya al-Salam", "the Badr Organization"];

    private static readonly string[] Anonymous =
        ["a senior Sadrist", "one U.S. official", "an Iraqi official", "a PMF commander", "one interviewee", "a Kurdish lawmaker"];

    private static readonly string[] Verbs = ["said", "told reporters", "stressed", "added", "warned", "insisted", "noted"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Clauses =
    [
        "the weapons must return to the state", "we will not accept a timetable without dates", "the army alone should hold the border posts",
        "foreign forces are welcome only as trainers", "the budget must reach the southern provinces", "corruption has emptied the ministries",
        "no faction should stand above the law", "the elections must be held on time",
    ];

    private static readonly string[] Filler =
    [
        "The talks resumed in Baghdad after a pause of several weeks.", "Observers in Najaf expect the dispute to continue.",
        "Parliament has yet to vote on the draft law.", "The statement was read out after Friday prayers in Kufa.",
        "Several factions boycotted the session, citing security concerns.", "The move was welcomed by the government in a short statement.",
    ];

    private static readonly string[] ArabicPeople =
    [
        "مقتدى الصدر", "قيس الخزعلي", "هادي العامري", "محمد شياع السوداني", "علي السيستاني", "نوري المالكي", "مسعود بارزاني",
        "حسن نصر الله", "إسماعيل قاآني", "كريم النوري",
    ];

    private static readonly string[] ArabicGroups =
        ["التيار الصدري", "عصائب أهل الحق", "هيئة الحشد الشعبي", "كتائب حزب الله", "سرايا السلام", "منظمة بدر"];

    private static readonly string[] ArabicAnonymous =
        ["مصدر مطلع", "مسؤول أمريكي", "مسؤول عراقي", "قيادي في التيار الصدري", "قائد في الحشد الشعبي", "نائب كردي"];

    private static readonly string[] ArabicVerbs = ["قال", "أكد", "شدد", "أضاف", "حذّر", "أوضح", "صرّح"];

    private static readonly string[] ArabicMonths =
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] ArabicClauses =
    [
        "السلاح يجب أن يعود إلى الدولة", "لن نقبل جدولاً زمنياً بلا مواعيد", "الجيش وحده يجب أن يمسك المنافذ الحدودية",
        "القوات الأجنبية مرحب بها مدربين فقط", "الموازنة يجب أن تصل إلى المحافظات الجنوبية", "الفساد أفرغ الوزارات",
        "لا فصيل فوق القانون", "الانتخابات يجب أن تجري في موعدها",
    ];

    private static readonly string[] ArabicFiller =
    [
        "واستؤنفت المحادثات في بغداد بعد توقف دام أسابيع.", "ويتوقع مراقبون في النجف أن يستمر الخلاف.",
        "ولم يصوت البرلمان بعد على مشروع القانون.", "وتليت الرسالة بعد صلاة الجمعة في الكوفة.",
        "وقاطعت فصائل عدة الجلسة متذرعة بمخاوف أمنية.", "ورحبت الحكومة بالخطوة في بيان مقتضب.",
    ];

    public static int Run(string[] args)
    {
        var megabytes = 500;
        var language = "en";
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--megabytes")
                megabytes = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--language")
                language = args[i + 1];
        }

        if (language is not ("en" or "ar"))
        {
            Console.Error.WriteLine($"--language must be en or ar, not '{language}'");
            return 1;
        }

        var random = new Random(20240318);
        Func<Random, string> article = language == "ar" ? ArabicArticle : Article;
        var source = new AnnotationSource("Generated", "2024-03-18", language, null, null, [], "0");
        if (args.Contains("--layers"))
            return Layers(article, random, language);
        for (var i = 0; i < 200; i++)
            Extractor.Extract(article(random), source); // Warm-up.

        var target = megabytes * 1024L * 1024L;
        long characters = 0, bytes = 0, documents = 0, quotes = 0, timexes = 0;
        long peakWorkingSet = 0;
        var stopwatch = Stopwatch.StartNew();
        var generation = TimeSpan.Zero;
        while (characters < target)
        {
            var generating = Stopwatch.StartNew();
            var text = article(random);
            bytes += Encoding.UTF8.GetByteCount(text);
            generation += generating.Elapsed;
            var annotation = Extractor.Extract(text, source);
            characters += text.Length;
            documents++;
            quotes += annotation.Quotes.Length;
            timexes += annotation.Timexes.Length;
            if (documents % 1000 == 0)
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
        }

        var seconds = (stopwatch.Elapsed - generation).TotalSeconds;
        var utf8Megabytes = bytes / 1024.0 / 1024.0;
        Console.WriteLine("| text | documents | MB (UTF-8) | extraction MB/s | M chars/s | docs/s | quotes | timexes | peak working set |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| generated {(language == "ar" ? "Arabic" : "English")} | {documents:N0} | {utf8Megabytes:N0} | {utf8Megabytes / seconds:0.0} | {characters / 1e6 / seconds:0.00} | {documents / seconds:0} | {quotes:N0} | {timexes:N0} | {peakWorkingSet / 1024.0 / 1024.0:0} MB |"));
        return 0;
    }

    /// <summary>Each layer's time per document on 2,000 generated articles (after a warm-up), to find where a language's time goes.</summary>
    private static int Layers(Func<Random, string> article, Random random, string language)
    {
        var texts = Enumerable.Range(0, 2000).Select(_ => article(random)).ToList();
        var date = new NodaTime.LocalDate(2024, 3, 18);
        var times = new Dictionary<string, TimeSpan>();
        for (var pass = 0; pass < 2; pass++)
        {
            times.Clear();
            foreach (var text in texts)
            {
                var watch = Stopwatch.StartNew();
                var sentences = Extraction.Sentences.SentenceSplitter.Split(text);
                Add("sentences");
                var actors = Extraction.Actors.ActorRecognizer.Recognize(text, sentences, Extraction.Actors.Gazetteer.Default);
                Add("actors");
                var timexes = Extraction.Dates.TimexTagger.Tag(text, date);
                Add("dates");
                var quotes = Extraction.Quotes.QuoteFinder.Find(text, sentences, actors);
                Add("quotes");
                _ = Extraction.Relations.RelationFinder.Find(text, sentences, actors);
                Add("relations");
                _ = Extraction.Events.EventFinder.Find(text, sentences, actors, timexes);
                Add("events");
                _ = Extraction.Positions.PositionFinder.Find(text, sentences, actors, quotes);
                Add("positions");

                void Add(string layer)
                {
                    times[layer] = times.GetValueOrDefault(layer) + watch.Elapsed;
                    watch.Restart();
                }
            }
        }

        var characters = texts.Sum(t => (long)t.Length);
        Console.WriteLine($"| layer ({language}) | µs per document | M chars/s |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (layer, time) in times)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {layer} | {time.TotalMicroseconds / texts.Count:0} | {characters / 1e6 / time.TotalSeconds:0.0} |"));
        }

        return 0;
    }

    // The Arabic counterpart of Article: the same kinds of sentence in the same proportions.
    internal static string ArabicArticle(Random random)
    {
        var builder = new StringBuilder(4096);
        for (var paragraph = 0; paragraph < 8; paragraph++)
        {
            for (var sentence = 0; sentence < 4; sentence++)
            {
                switch (random.Next(6))
                {
                    case 0:
                        builder.Append('و').Append(Pick(random, ArabicVerbs)).Append(' ').Append(Pick(random, ArabicPeople)).Append(" في ")
                            .Append(random.Next(1, 29)).Append(' ').Append(Pick(random, ArabicMonths)).Append(": «").Append(Pick(random, ArabicClauses)).Append("».");
                        break;
                    case 1:
                        builder.Append("وبحسب ").Append(Pick(random, ArabicAnonymous)).Append(" فإن «").Append(Pick(random, ArabicClauses)).Append("».");
                        break;
                    case 2:
                        builder.Append("ودعت ").Append(Pick(random, ArabicGroups)).Append("، المدعومة من إيران، إلى انتخابات جديدة في عام ")
                            .Append(2000 + random.Next(25)).Append('.');
                        break;
                    case 3:
                        builder.Append("وقبل يومين التقى ").Append(Pick(random, ArabicPeople)).Append(" قادة ").Append(Pick(random, ArabicGroups)).Append('.');
                        break;
                    default:
                        builder.Append(Pick(random, ArabicFiller));
                        break;
                }

                builder.Append(' ');
            }

            builder.Append("\n\n");
        }

        return builder.ToString().TrimEnd();
    }

    // An invented article of about 4 KB: quotations with named and anonymous speakers, dates, actors, filler.
    internal static string Article(Random random)
    {
        var builder = new StringBuilder(4096);
        for (var paragraph = 0; paragraph < 8; paragraph++)
        {
            for (var sentence = 0; sentence < 4; sentence++)
            {
                switch (random.Next(6))
                {
                    case 0:
                        builder.Append('“').Append(Capital(Pick(random, Clauses))).Append(",” ").Append(Pick(random, People)).Append(' ')
                            .Append(Pick(random, Verbs)).Append(" on ").Append(Pick(random, Months)).Append(' ').Append(random.Next(1, 29)).Append('.');
                        break;
                    case 1:
                        builder.Append("According to ").Append(Pick(random, Anonymous)).Append(", “").Append(Pick(random, Clauses)).Append(".”");
                        break;
                    case 2:
                        builder.Append(Capital(Pick(random, Groups))).Append(", backed by Iran, called for a new vote in ")
                            .Append(2000 + random.Next(25)).Append('.');
                        break;
                    case 3:
                        builder.Append("Two days ago ").Append(Pick(random, People)).Append(" met leaders of ").Append(Pick(random, Groups)).Append('.');
                        break;
                    default:
                        builder.Append(Pick(random, Filler));
                        break;
                }

                builder.Append(' ');
            }

            builder.Append("\n\n");
        }

        return builder.ToString().TrimEnd();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
