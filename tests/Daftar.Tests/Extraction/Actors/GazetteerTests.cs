using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Actors;

public class GazetteerTests
{
    [Fact]
    public void The_default_gazetteer_is_large_consistent_and_bilingual()
    {
        var gazetteer = Gazetteer.Default;
        Assert.True(gazetteer.Entries.Length >= 250, $"{gazetteer.Entries.Length} entries");
        Assert.Equal(gazetteer.Entries.Length, gazetteer.Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var type in Enum.GetValues<ActorType>().Where(t => t != ActorType.Other))
            Assert.Contains(gazetteer.Entries, e => e.Type == type);
        var arabic = gazetteer.Entries.Count(e => e.Aliases.Any(a => a.Any(c => c is >= '\u0600' and <= '\u06FF')));
        Assert.True(arabic >= gazetteer.Entries.Length * 9 / 10, $"{arabic} entries with an Arabic name");
        foreach (var relation in gazetteer.Relations)
        {
            Assert.NotNull(gazetteer.Find(relation.Subject));
            Assert.NotNull(gazetteer.Find(relation.Object));
        }
    }

    [Fact]
    public void Known_actors_hold_the_spellings_analysts_meet()
    {
        var gazetteer = Gazetteer.Default;
        Assert.Contains("مقتدى الصدر", gazetteer.Find("moqtada-al-sadr")!.Aliases);
        Assert.Contains("PMF", gazetteer.Find("popular-mobilization-forces")!.Aliases);
        Assert.Contains("Sadrists", gazetteer.Find("sadrist-movement")!.Members);
        Assert.Contains("Iranian", gazetteer.Find("iran")!.Adjectives);
        Assert.Contains(gazetteer.Relations, r => r is { Subject: "hassan-nasrallah", Predicate: RelationKind.Leads, Object: "hezbollah" });
    }

    [Fact]
    public void Parse_reads_tagged_columns()
    {
        var gazetteer = Gazetteer.Parse(
            "# a comment\n" +
            "green-dawn\torganization\tGreen Dawn Movement\taka: GDM | Green Dawn\tar: حركة الفجر الأخضر\tmember: Dawnist | Dawnists\n" +
            "samir-lami\tperson\tSamir Lami\taka: Lami\tleads: green-dawn\n");
        var entry = gazetteer.Find("green-dawn")!;
        Assert.Equal(ActorType.Organization, entry.Type);
        Assert.Equal(["GDM", "Green Dawn", "حركة الفجر الأخضر"], entry.Aliases.ToArray());
        Assert.Equal(["Dawnist", "Dawnists"], entry.Members.ToArray());
        Assert.Equal(new KnownRelation("samir-lami", RelationKind.Leads, "green-dawn"), Assert.Single(gazetteer.Relations));
    }

    [Theory]
    [InlineData("x\tperson")]
    [InlineData("x\tparty\tX")]
    [InlineData("Bad Id\tperson\tX")]
    [InlineData("x\tperson\tX\tnicknames: Y")]
    [InlineData("x\tperson\tX\tleads: nobody")]
    [InlineData("x\tperson\tX\nx\tperson\tY")]
    public void Parse_rejects_malformed_lines(string text) => Assert.Throws<FormatException>(() => Gazetteer.Parse(text));

    [Fact]
    public void Corrections_extend_and_replace_entries()
    {
        var corrected = Gazetteer.Default.With(
        [
            new GazetteerEntry("samir-lami", ActorType.Person, "Samir Lami") { Aliases = ["Lami", "سمير اللامي"] },
            new GazetteerEntry("iran", ActorType.State, "Iran") { Aliases = ["Persia"] },
        ]);
        const string text = "Samir Lami visited Persia; Lami said so.";
        var result = ActorRecognizer.Recognize(text, SentenceSplitter.Split(text), corrected);
        Assert.Equal(2, result.Find("samir-lami")!.Mentions.Length);
        Assert.NotNull(result.Find("iran"));
        Assert.Equal(Gazetteer.Default.Entries.Length + 1, corrected.Entries.Length);
        Assert.Null(Gazetteer.Default.Find("samir-lami"));
    }

    [Fact]
    public void The_empty_gazetteer_still_finds_unknown_names()
    {
        const string text = "Sheikh Hamid al-Tamimi met Iraqi officials.";
        var result = ActorRecognizer.Recognize(text, SentenceSplitter.Split(text), Gazetteer.Empty);
        Assert.Equal("Hamid al-Tamimi", Assert.Single(result.Actors).Name);
    }
}
