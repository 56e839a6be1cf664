using System.Diagnostics;
using System.Globalization;
using System.Text;
using Daftar.Extraction;

namespace Daftar.Bench;

/// <summary>
/// Full extraction over a stream of generated English articles, one at a time, never holding the corpus:
/// reports MB/s on one core and the process's peak working set, which must stay flat however much is read.
/// </summary>
/// <remarks>Usage: <c>extract [--megabytes N]</c> (default 500).</remarks>
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

    public static int Run(string[] args)
    {
        var megabytes = 500;
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--megabytes")
                megabytes = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        var random = new Random(20240318);
        var source = new AnnotationSource("Generated", "2024-03-18", "en", null, null, [], "0");
        for (var i = 0; i < 200; i++)
            Extractor.Extract(Article(random), source); // Warm-up.

        var target = megabytes * 1024L * 1024L;
        long characters = 0, documents = 0, quotes = 0, timexes = 0;
        long peakWorkingSet = 0;
        var stopwatch = Stopwatch.StartNew();
        var generation = TimeSpan.Zero;
        while (characters < target)
        {
            var generating = Stopwatch.StartNew();
            var text = Article(random);
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
        var utf8Megabytes = characters / 1024.0 / 1024.0; // The generated text is ASCII but for its quotation marks.
        Console.WriteLine("| text | documents | MB (UTF-8) | extraction MB/s | docs/s | quotes | timexes | peak working set |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| generated English | {documents:N0} | {utf8Megabytes:N0} | {utf8Megabytes / seconds:0.0} | {documents / seconds:0} | {quotes:N0} | {timexes:N0} | {peakWorkingSet / 1024.0 / 1024.0:0} MB |"));
        return 0;
    }

    // An invented article of about 4 KB: quotations with named and anonymous speakers, dates, actors, filler.
    private static string Article(Random random)
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
