using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Actors;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Tests.Extraction.Events;

/// <summary>Test inputs for the event layer: a small gazetteer of invented actors and a plain sentence splitter.</summary>
internal static class EventTestText
{
    /// <summary>Surface form, actor id, type, mention kind. Longer forms are matched first.</summary>
    private static readonly (string Surface, string Id, ActorType Type, MentionKind Kind)[] Gazetteer =
    [
        ("Layla Karimi", "layla-karimi", ActorType.Person, MentionKind.Name),
        ("Karimi", "layla-karimi", ActorType.Person, MentionKind.Name),
        ("Omar Hadi", "omar-hadi", ActorType.Person, MentionKind.Name),
        ("Hadi", "omar-hadi", ActorType.Person, MentionKind.Name),
        ("Northern Bloc", "northern-bloc", ActorType.Organization, MentionKind.Name),
        ("Oil Ministry", "oil-ministry", ActorType.Organization, MentionKind.Name),
        ("Baath regime", "baath-regime", ActorType.Organization, MentionKind.Name),
        ("Turkey", "turkey", ActorType.State, MentionKind.Name),
        ("Turkish", "turkey", ActorType.State, MentionKind.Adjective),
        ("Ankara", "turkey", ActorType.State, MentionKind.Name),
        ("Syria", "syria", ActorType.State, MentionKind.Name),
        ("Kuwait", "kuwait", ActorType.State, MentionKind.Name),
        ("Canada", "canada", ActorType.State, MentionKind.Name),
        ("Iran", "iran", ActorType.State, MentionKind.Name),
    ];

    /// <summary>The mentions of the test gazetteer in <paramref name="text"/>, as the actor layer would report them.</summary>
    public static ActorLayerResult Actors(string text)
    {
        var mentions = new List<ActorMention>();
        var taken = new bool[text.Length];
        foreach (var (surface, id, _, kind) in Gazetteer.OrderByDescending(g => g.Surface.Length))
        {
            for (var i = text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surface, i + 1, StringComparison.Ordinal))
            {
                var end = i + surface.Length;
                var boundary = (i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                if (!boundary || taken.AsSpan(i, surface.Length).Contains(true))
                    continue;
                taken.AsSpan(i, surface.Length).Fill(true);
                mentions.Add(new ActorMention(new TextSpan(i, end), id, kind));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var actors = mentions
            .GroupBy(m => m.ActorId)
            .Select(g =>
            {
                var row = Gazetteer.First(r => r.Id == g.Key);
                return new ExtractedActor(g.Key, row.Surface, row.Type, [row.Surface], [.. g.Select(m => m.Span)]);
            })
            .ToImmutableArray();
        return new ActorLayerResult(actors, [.. mentions]);
    }

    /// <summary>Sentences: a line break, or . ! ? before white space and a capital letter, ends one.</summary>
    public static ImmutableArray<TextSpan> Sentences(string text)
    {
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' || (text[i] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]));
            if (!end)
                continue;
            Add(result, text, start, text[i] == '\n' ? i : i + 1);
            start = i + 1;
        }

        Add(result, text, start, text.Length);
        return result.ToImmutable();
    }

    private static void Add(ImmutableArray<TextSpan>.Builder result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            result.Add(new TextSpan(start, end));
    }
}
