using CsCheck;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Relations;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Relations;

public class RelationFinderPropertyTests
{
    /// <summary>Actor names and the words of relation patterns, in random order.</summary>
    private static readonly Gen<string> RelationText =
        Gen.OneOf(
                Gen.OneOf(Gazetteer.Default.Entries.Take(120).SelectMany(e => e.Names.Take(2).Concat(e.Members.Take(1)).Concat(e.Adjectives.Take(1))).ToArray()),
                Gen.OneOf("’s", "'s", "’", ",", ".", "-", "(", ")", " the", " a", " of", " own", " militia", " armed", " wing", " leader", " head",
                    " at the head of", " his", " father", " son", " of", " advisor", " to", " splinter", " groups", " the most prominent of which is",
                    " such as", " backed", " by", " led", " broke away from", " is", " part", " member", " allied with", " opposes", " Supreme Leader",
                    " Prime Minister", " Ayatollah", " Sheikh", " Hamid al-Tamimi", "\n\n", " "))
            .Array[0, 40]
            .Select(parts => string.Join(' ', parts));

    /// <summary>Arabic names and the words of the Arabic patterns, with proclitics, marks and both commas.</summary>
    private static readonly Gen<string> ArabicRelationText =
        Gen.OneOf(
                Gen.OneOf(Gazetteer.Default.Entries.Take(200).SelectMany(e => e.Names.Where(n => n.Length > 0 && n[0] >= '\u0600' && n[0] <= '\u06FF').Take(2)).ToArray()),
                Gen.OneOf("،", ",", ".", "ل", "لل", "زعيم", "الأمين العام", "رئيس الوزراء", "العراقي", "القيادي في", "من قيادات", "المستشار السياسي",
                    "الجناح المسلح", "الذراع العسكرية", "للتيار", "المدعومة من", "بدعم من", "الذي", "انشقت", "حركته", "عن", "والمنشقة", "تابعة",
                    "رسمياً", "التابعة", "حليف", "تحالف مع", "الخصم", "اللدود", "بقيادة", "وهو", "قد", "الفصيل", "ـ", "ُ", "\n\n", " "))
            .Array[0, 40]
            .Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> AnyText = Gen.Char[char.MinValue, char.MaxValue].Array[0, 60].Select(a => new string(a));

    [Fact]
    public void Never_throws_and_relations_are_well_formed()
    {
        Gen.Frequency((1, AnyText), (4, RelationText), (4, ArabicRelationText)).Sample(text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
            var relations = RelationFinder.Find(text, sentences, actors);
            var ids = actors.Actors.Select(a => a.Id).ToHashSet();
            var triples = new HashSet<(string, Daftar.Domain.RelationKind, string)>();
            foreach (var relation in relations)
            {
                Assert.Contains(relation.Subject, ids);
                Assert.Contains(relation.Object, ids);
                Assert.NotEqual(relation.Subject, relation.Object);
                Assert.True(relation.Evidence.Length > 0 && relation.Evidence.FitsIn(text.Length));
                Assert.True(triples.Add((relation.Subject, relation.Predicate, relation.Object)), "one relation per subject, predicate and object");
                Assert.Contains(sentences, s => s.Start <= relation.Evidence.Start && relation.Evidence.End <= s.End);
            }
        }, iter: 2000);
    }
}
