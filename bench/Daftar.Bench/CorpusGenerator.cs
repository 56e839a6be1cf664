using System.Globalization;
using System.Text;

namespace Daftar.Bench;

/// <summary>
/// Writes a deterministic corpus of invented articles (English and Arabic; text dumps, Markdown and HTML) with
/// the shapes ingest meets in the field: chrome lines, headline, dateline, paragraphs of prose.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] EnglishWords =
    [
        "the", "council", "militia", "statement", "government", "Baghdad", "Najaf", "Basra", "minister", "said", "movement",
        "protest", "parliament", "coalition", "weapons", "state", "order", "officials", "agreement", "talks", "border",
        "budget", "election", "deputy", "leader", "security", "forces", "brigade", "withdrawal", "trainers", "cleric",
        "al-Sadr", "Sadrists", "Iran", "Washington", "on", "in", "with", "after", "before", "against", "for", "a", "its",
    ];

    private static readonly string[] ArabicWords =
    [
        "الحكومة", "البرلمان", "الصدر", "والتيار", "الصدري", "بغداد", "النجف", "البصرة", "الوزير", "قال", "أكد", "السلاح",
        "الدولة", "الفصائل", "الحشد", "الشعبي", "الانتخابات", "المجلس", "بيان", "اجتماع", "الأمن", "القوات", "الانسحاب",
        "التحالف", "إيران", "واشنطن", "في", "على", "من", "إلى", "مع", "بعد", "قبل", "أن", "التي", "الذي", "وقال", "بالصدر",
    ];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static IReadOnlyList<string> Write(string folder, int documents, string format, int scale = 1, int seed = 20240318)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var paths = new List<string>(documents);
        for (var i = 0; i < documents; i++)
        {
            var arabic = i % 3 == 2;
            var kind = format == "mixed" ? (i % 10) switch { < 6 => "text", < 8 => "markdown", _ => "html" } : format;
            var (extension, content) = kind switch
            {
                "markdown" => (".md", Markdown(random, i, arabic, scale)),
                "html" => (".html", Html(random, i, arabic, scale)),
                _ => (".txt", TextDump(random, i, arabic, scale)),
            };
            var path = Path.Combine(folder, $"doc-{i:D6}{extension}");
            File.WriteAllText(path, content, new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }

    private static string Headline(Random random, int i, bool arabic) =>
        Sentence(random, arabic, 6, 9).TrimEnd('.') + " " + i.ToString(CultureInfo.InvariantCulture);

    private static string Date(int i) => $"{EnglishMonths[i % 12]} {1 + (i % 28)}, {2015 + (i % 10)}";

    private static string Sentence(Random random, bool arabic, int min, int max)
    {
        var words = arabic ? ArabicWords : EnglishWords;
        var count = random.Next(min, max);
        var builder = new StringBuilder();
        for (var w = 0; w < count; w++)
        {
            if (w > 0)
                builder.Append(' ');
            var word = words[random.Next(words.Length)];
            builder.Append(w == 0 && !arabic ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        return builder.Append('.').ToString();
    }

    private static IEnumerable<string> Paragraphs(Random random, bool arabic, int scale)
    {
        var count = random.Next(6, 12) * scale;
        for (var p = 0; p < count; p++)
        {
            var sentences = Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(random, arabic, 8, 22));
            yield return string.Join(' ', sentences);
        }
    }

    private static string TextDump(Random random, int i, bool arabic, int scale)
    {
        var builder = new StringBuilder();
        builder.Append("Insight. Debate. Reach. The Euphrates Policy Council\n\nOther Pages\n\nPolicy Notes\n\n");
        builder.Append(Headline(random, i, arabic)).Append("\n\nAlso available in ").Append(arabic ? "English" : "العربية").Append("\n\n");
        builder.Append(Date(i)).Append("\n\n");
        foreach (var paragraph in Paragraphs(random, arabic, scale))
            builder.Append(paragraph).Append("\n\n");
        builder.Append("Customize your RSS Feed\n");
        return builder.ToString();
    }

    private static string Markdown(Random random, int i, bool arabic, int scale)
    {
        var builder = new StringBuilder();
        var headline = Headline(random, i, arabic);
        builder.Append("---\ntitle: \"").Append(headline).Append("\"\ndate: ").Append(2015 + (i % 10)).Append("-03-")
            .Append((1 + (i % 28)).ToString("D2", CultureInfo.InvariantCulture)).Append("\nauthor: Desk ").Append(i % 7).Append("\n---\n\n");
        builder.Append("# ").Append(headline).Append("\n\n");
        foreach (var paragraph in Paragraphs(random, arabic, scale))
            builder.Append(paragraph).Append("\n\n");
        return builder.ToString();
    }

    private static string Html(Random random, int i, bool arabic, int scale)
    {
        var headline = Headline(random, i, arabic);
        var builder = new StringBuilder();
        builder.Append("<!doctype html><html lang=\"").Append(arabic ? "ar\" dir=\"rtl" : "en").Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(headline).Append(" | Euphrates Council</title><meta property=\"og:site_name\" content=\"Euphrates Council\">")
            .Append("<meta property=\"article:published_time\" content=\"2021-05-0").Append(1 + (i % 9)).Append("T08:00:00Z\"></head><body>")
            .Append("<header><nav><a href=\"/\">Home</a> <a href=\"/analysis\">Analysis</a> <a href=\"/about\">About</a></nav></header>");

        // Half the pages declare their article; the other half are the unmarked div markup that only main-content
        // extraction (SmartReader) can read, so the figures cover both paths.
        var declared = i % 2 == 0;
        builder.Append(declared ? "<main><article><h1>" : "<div id=\"page\"><div class=\"post\"><h1 class=\"post-title\">")
            .Append(headline).Append("</h1>").Append(declared ? "" : "<div class=\"post-body\">");
        foreach (var paragraph in Paragraphs(random, arabic, scale))
            builder.Append("<p>").Append(paragraph).Append("</p>");
        builder.Append(declared ? "</article>" : "</div></div>")
            .Append("<div class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Another story</a></li></ul></div>")
            .Append(declared ? "</main>" : "</div>")
            .Append("<footer>© Euphrates Council. All rights reserved.</footer></body></html>");
        return builder.ToString();
    }
}
