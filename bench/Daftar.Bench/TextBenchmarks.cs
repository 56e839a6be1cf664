using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Daftar.Text;

namespace Daftar.Bench;

/// <summary>
/// Throughput of the search analyser on about 1 MB (UTF-8) of generated news-like text. The corpus is written here
/// from a small invented vocabulary and a fixed seed, so every run measures the same input. To read MB/s, divide
/// <see cref="CorpusBytes"/> (printed in the setup log) by the mean time.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private const int TargetUtf8Bytes = 1 << 20;

    private static readonly string[] English =
    [
        "the", "ministry", "announced", "on", "Tuesday", "that", "council", "parliament", "militias", "coalition",
        "Sadr's", "Sadrists", "protesters", "gathered", "in", "Baghdad", "and", "Basra", "negotiations", "over",
        "election", "statement", "government", "spokesman", "federal", "budget", "oil", "revenues", "security",
        "forces", "agreement", "district", "reforms", "committee", "O'Neill", "Müller", "Sha’abi", "al-Hashd",
        "it's", "leaders'", "was", "were", "signed", "by", "of", "to", "a", "new", "deputies", "talks", "Kurdish",
        "regional", "salaries", "delayed", "because", "disputes", "between", "parties", "President", "Prime",
        "Minister", "Najaf", "Erbil", "court", "ruled", "against", "session", "postponed", "votes", "ballots",
    ];

    private static readonly string[] Arabic =
    [
        "الحكومة", "أعلنت", "وزارة", "النفط", "والبرلمان", "بالصدر", "للحشد", "مجلس", "النواب", "الانتخابات",
        "بيان", "رئيس", "الوزراء", "مسؤول", "مستشفى", "مدرسة", "المحافظة", "الاتفاق", "وقال", "إن", "على", "في",
        "من", "إلى", "الأمن", "قوات", "التحالف", "الصَّدْرُ", "الإصلاح", "ميزانية", "العراقية", "لإيران",
        "والمفاوضات", "السياسية", "الشعبي", "الموازنة", "فالمتظاهرون", "وبالحكومة", "للبرلمان", "كالعادة",
        "الكتلة", "الصـــدرية", "اجتماع", "يوم", "الثلاثاء", "بغداد", "والبصرة", "رواتب", "الإقليم", "المحكمة",
        "الاتحادية", "قرارها", "الجلسة", "تأجيل", "الأصوات", "مفوضية", "بين", "الأحزاب", "وزير", "الخارجية",
    ];

    private static readonly string[] Numbers = ["2024", "٢٠٢٤", "۱۴۰۳", "15", "٣٠٠", "1.5", "٪٤٠"];

    private string text = string.Empty;

    /// <summary>Which mix of scripts the corpus has.</summary>
    [Params("mixed", "english", "arabic")]
    public string Corpus { get; set; } = "mixed";

    /// <summary>The corpus size in UTF-8 bytes.</summary>
    public int CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        text = Generate(Corpus, TargetUtf8Bytes, seed: 20240917);
        CorpusBytes = Encoding.UTF8.GetByteCount(text);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// TextBenchmarks corpus '{Corpus}': {text.Length:N0} chars, {CorpusBytes:N0} UTF-8 bytes"));
    }

    [Benchmark]
    public string IndexText() => SearchAnalyzer.IndexText(text);

    /// <summary>
    /// Deterministic news-like text: paragraphs of sentences in English or Arabic (or both, alternating), with
    /// punctuation, numbers in three digit systems, occasional harakat and tatweel.
    /// </summary>
    public static string Generate(string corpus, int utf8Bytes, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(utf8Bytes);
        var bytes = 0;
        var paragraph = 0;
        while (bytes < utf8Bytes)
        {
            var arabic = corpus switch
            {
                "english" => false,
                "arabic" => true,
                _ => paragraph % 2 == 1,
            };
            var start = builder.Length;
            var sentences = random.Next(2, 6);
            for (var s = 0; s < sentences; s++)
            {
                var words = random.Next(6, 20);
                for (var w = 0; w < words; w++)
                {
                    if (w > 0)
                        builder.Append(random.Next(12) == 0 ? (arabic ? "، " : ", ") : " ");
                    var pick = random.Next(20);
                    if (pick == 0)
                        builder.Append(Numbers[random.Next(Numbers.Length)]);
                    else if (pick == 1 && corpus == "mixed")
                        builder.Append((arabic ? English : Arabic)[random.Next(arabic ? English.Length : Arabic.Length)]);
                    else
                        builder.Append(arabic ? Arabic[random.Next(Arabic.Length)] : English[random.Next(English.Length)]);
                }

                builder.Append(arabic ? (random.Next(4) == 0 ? "؟ " : ". ") : ". ");
            }

            builder.Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(builder.ToString(start, builder.Length - start));
            paragraph++;
        }

        return builder.ToString();
    }
}
