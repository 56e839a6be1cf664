using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Relations;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Relations;

/// <summary>The relation layer run the way the extractor runs it, and the assertion every pattern test makes.</summary>
internal static class RelationTestText
{
    public static RelationAnnotation[] Find(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var actors = ActorRecognizer.Recognize(text, sentences, Gazetteer.Default);
        return [.. RelationFinder.Find(text, sentences, actors)];
    }

    /// <summary>Exactly one relation (subject, predicate, object) is found, citing <paramref name="evidence"/>.</summary>
    public static void AssertRelation(string text, string subject, RelationKind predicate, string obj, string evidence)
    {
        var relation = Assert.Single(Find(text), r => r.Subject == subject && r.Predicate == predicate && r.Object == obj);
        Assert.Equal(evidence, text[relation.Evidence.Start..relation.Evidence.End]);
    }
}
