using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Actors;

namespace Daftar.Extraction.Relations;

/// <summary>
/// The relation layer: relations between the actors of a document that its sentences state, each with the words
/// that state it. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>Patterns, within one sentence, over its words and the actor layer's mentions (a member word such as
/// "Sadrists" stands for its group, an adjective such as "Iranian" for its state):</para>
/// <list type="bullet">
/// <item><b>leads</b>: "Iran’s Supreme Leader Ayatollah Ali Khamenei", "Iraqi Prime Minister X", "Sadrist leader X"
/// (a leader title between the group and the person; another title gives member_of); "X, the leader/head/chief of
/// Y"; "X leads/heads Y"; "Y, led/headed by X"; "… his years at the head of Y" (the subject is the person named last
/// before the cue, in this sentence or, for a possessive pronoun, before it).</item>
/// <item>"Hezbollah’s Hassan Nasrallah": a group’s person with no title between says the two are linked; the
/// gazetteer's known relation between them gives the predicate (Nasrallah leads Hezbollah), else member_of.
/// Likewise "Hamas’s Qassam Brigades" takes a known relation (armed_wing_of) if there is one, and says nothing
/// otherwise; a state's possessive before a group ("Iraq’s Popular Mobilization Forces") says nothing.</item>
/// <item><b>armed_wing_of</b>: "X’s (own) Y militia", "X’s armed/military wing(,) Y", "Y, the armed wing of X".</item>
/// <item><b>splinter_of</b>: "Y broke away / split / splintered from X", "Y, a splinter group / an offshoot of X",
/// "X splinter group Y", and "… break away from X … splinter groups, the most prominent of which is Y" (also
/// "such as Y", "including Y"). When X is a person, the object is the group X leads (a leads relation of the
/// document, else the gazetteer's).</item>
/// <item><b>backed_by</b>: "X-backed Y", "X-backed militias, the most prominent of which is Y", "Y, backed by X",
/// "Y is supported by X", "X’s proxy Y".</item>
/// <item><b>parent_of</b> (subject = parent): "X, father/mother of Y", "Y, son/daughter of X", "X’s son Y", "Y’s father X".</item>
/// <item><b>advises</b>: "Y, X’s senior political advisor", "X’s advisor Y", "Y, an adviser to X", "Y advises X".</item>
/// <item><b>member_of</b> / <b>part_of</b>: "Y, a member of X", "Y is part of X", "Y joined X"; <b>allied_with</b>: "Y,
/// an ally of X", "Y is allied with X", "X’s ally Y"; <b>opposed_to</b>: "Y is opposed to X", "Y opposes X", "Y, a rival of
/// X", "X’s rival Y".</item>
/// </list>
/// <para>Known relations from the gazetteer are never emitted on their own: only where the text links the two
/// actors. One relation per subject, predicate and object (the first evidence); never an actor with itself.</para>
/// </remarks>
public static class RelationFinder
{
    /// <summary>The relations the document states, with the default gazetteer's known relations.</summary>
    public static ImmutableArray<RelationAnnotation> Find(string text, ImmutableArray<TextSpan> sentences, ActorLayerResult actors) =>
        Find(text, sentences, actors, Gazetteer.Default);

    /// <summary>The relations the document states.</summary>
    /// <param name="text">The document's clean text.</param>
    /// <param name="sentences">Its sentences; relations never cross a sentence end.</param>
    /// <param name="actors">The actor layer's result for this text.</param>
    /// <param name="gazetteer">Known relations, used only where the text links two actors.</param>
    public static ImmutableArray<RelationAnnotation> Find(string text, ImmutableArray<TextSpan> sentences, ActorLayerResult actors, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (text.Length == 0 || actors.Mentions.IsDefaultOrEmpty || sentences.IsDefaultOrEmpty)
            return [];
        return new RelationDocument(text, sentences, actors, gazetteer).Run();
    }
}
