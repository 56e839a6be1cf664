using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Quotes;
using Daftar.Extraction.Sentences;
using Xunit;
using ActorMention = Daftar.Extraction.Actors.ActorMention;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>
/// A stand-in for the actor layer in these tests: every occurrence (whole words, longest first, not overlapping) of
/// a few invented names, member words and adjectives, as the actor layer reports them.
/// </summary>
internal static class TestActors
{
    public static readonly (string Surface, string Id, ActorType Type, MentionKind Kind)[] Known =
    [
        ("Karim Hadi", "karim-hadi", ActorType.Person, MentionKind.Name),
        ("Hadi", "karim-hadi", ActorType.Person, MentionKind.Name),
        ("Laila Aziz", "laila-aziz", ActorType.Person, MentionKind.Name),
        ("the Reform Front", "reform-front", ActorType.Organization, MentionKind.Name),
        ("Reform Front", "reform-front", ActorType.Organization, MentionKind.Name),
        ("Reformists", "reform-front", ActorType.Organization, MentionKind.Member),
        ("Reformist", "reform-front", ActorType.Organization, MentionKind.Member),
        ("Foreign Ministry", "foreign-ministry", ActorType.Organization, MentionKind.Name),
        ("Iraq", "iraq", ActorType.State, MentionKind.Name),
        ("Iraqi", "iraq", ActorType.State, MentionKind.Adjective),
        ("U.S.", "united-states", ActorType.State, MentionKind.Adjective),
        ("American", "united-states", ActorType.State, MentionKind.Adjective),
        ("Iranian", "iran", ActorType.State, MentionKind.Adjective),
        ("التيار الصدري", "sadrist-movement", ActorType.Organization, MentionKind.Name),
        ("كريم هادي", "karim-hadi", ActorType.Person, MentionKind.Name),
        ("أمريكي", "united-states", ActorType.State, MentionKind.Adjective),
        ("العراقي", "iraq", ActorType.State, MentionKind.Adjective),
        ("ليلى عزيز", "laila-aziz", ActorType.Person, MentionKind.Name),
        ("جبهة الإصلاح", "reform-front", ActorType.Organization, MentionKind.Name),
        ("عصائب أهل الحق", "asaib-ahl-al-haq", ActorType.Organization, MentionKind.Name),
        ("وزارة الخارجية الأمريكية", "state-department", ActorType.Organization, MentionKind.Name),
        ("مقتدى الصدر", "moqtada-al-sadr", ActorType.Person, MentionKind.Name),
        ("الصدر", "moqtada-al-sadr", ActorType.Person, MentionKind.Name),
        ("للصدر", "moqtada-al-sadr", ActorType.Person, MentionKind.Name),
    ];

    /// <summary>The mentions of the known names in <paramref name="text"/>.</summary>
    public static ActorLayerResult In(string text)
    {
        var mentions = new List<ActorMention>();
        var taken = new bool[text.Length];
        foreach (var (surface, id, _, kind) in Known.OrderByDescending(k => k.Surface.Length))
        {
            var at = 0;
            while ((at = text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + surface.Length;
                var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || text[end] == '\u2019');
                if (bounded && !taken.AsSpan(at, surface.Length).Contains(true))
                {
                    taken.AsSpan(at, surface.Length).Fill(true);
                    mentions.Add(new ActorMention(new TextSpan(at, end), id, kind));
                }

                at = end;
            }
        }

        mentions.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        var actors = Known
            .GroupBy(k => k.Id)
            .Select(g => new ExtractedActor(g.Key, g.First().Surface, g.First().Type, [.. g.Select(k => k.Surface)], []))
            .ToImmutableArray();
        return new ActorLayerResult(actors, [.. mentions]);
    }

    /// <summary>The quotations of <paramref name="text"/>, with its sentences and the known actors.</summary>
    public static ImmutableArray<QuoteAnnotation> Quotes(string text) =>
        QuoteFinder.Find(text, SentenceSplitter.Split(text), In(text));

    /// <summary>The one quotation whose text is <paramref name="words"/>.</summary>
    public static QuoteAnnotation Quote(string text, string words) =>
        Assert.Single(Quotes(text), q => q.Text == words);
}
