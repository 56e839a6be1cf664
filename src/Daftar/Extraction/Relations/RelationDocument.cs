using System.Collections.Frozen;
using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Actors;

namespace Daftar.Extraction.Relations;

/// <summary>Finding the relations of one document (see <see cref="RelationFinder"/> for the patterns).</summary>
internal sealed partial class RelationDocument
{
    private static readonly FrozenSet<string> AdvisorWords = FrozenSet.Create(StringComparer.Ordinal, "advisor", "adviser", "advisors", "advisers", "counselor", "counsellor", "aide");
    private static readonly FrozenSet<string> LeaderNouns = FrozenSet.Create(StringComparer.Ordinal,
        "leader", "head", "chief", "commander", "chairman", "chairwoman", "chair", "secretary-general", "president", "premier", "founder", "boss", "emir", "king");
    private static readonly FrozenSet<string> MilitiaWords = FrozenSet.Create(StringComparer.Ordinal, "militia", "militias", "paramilitary", "paramilitaries", "brigade", "brigades", "fighters", "force", "forces");
    private static readonly FrozenSet<string> BackingWords = FrozenSet.Create(StringComparer.Ordinal, "backed", "supported", "sponsored", "funded", "financed", "armed", "trained");
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.Create(StringComparer.Ordinal,
        "militia", "militias", "group", "groups", "faction", "factions", "proxies", "proxy", "forces", "parties", "party", "movements", "movement", "organizations", "organisations", "brigades", "offshoots", "splinters", "outfits", "allies");
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.Ordinal,
        "is", "are", "was", "were", "has", "have", "had", "been", "being", "be", "which", "who", "that", "reportedly", "also", "later", "eventually", "itself", "themselves", "once", "first", "then", "now");
    private static readonly FrozenSet<string> Stoppers = FrozenSet.Create(StringComparer.Ordinal,
        "is", "are", "was", "were", "has", "have", "had", "said", "says", "who", "which", "that", "of", "to", "by", "for", "in", "on", "with", "at", "from", "as", "but", "or", "not", "will", "would", "can", "could", "may", "might", "should", "must", "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its");

    private readonly string text;
    private readonly ImmutableArray<TextSpan> sentences;
    private readonly ActorLayerResult actors;
    private readonly Gazetteer gazetteer;
    private readonly NameLexicon lexicon = NameLexicon.Default;
    private readonly Dictionary<string, ExtractedActor> actorById;
    private readonly List<Token> tokens = [];
    private readonly List<RelationAnnotation> found = [];
    private readonly HashSet<(string, RelationKind, string)> seen = [];

    public RelationDocument(string text, ImmutableArray<TextSpan> sentences, ActorLayerResult actors, Gazetteer gazetteer)
    {
        this.text = text;
        this.sentences = sentences;
        this.actors = actors;
        this.gazetteer = gazetteer;
        actorById = new Dictionary<string, ExtractedActor>(StringComparer.Ordinal);
        foreach (var actor in actors.Actors)
            actorById.TryAdd(actor.Id, actor);
    }

    private enum TokenKind : byte
    {
        Word,
        Actor,
        Possessive,
        Punct,
    }

    /// <summary>A word (lower case, apostrophes as '), an actor mention, a possessive ’s, or a punctuation mark.</summary>
    private readonly record struct Token(TokenKind Kind, int Start, int End, string Word, string? Actor, MentionKind Mention);

    public ImmutableArray<RelationAnnotation> Run()
    {
        var mentions = actors.Mentions;
        var m = 0;
        foreach (var sentence in sentences)
        {
            while (m < mentions.Length && mentions[m].Span.Start < sentence.Start)
                m++;
            if (m >= mentions.Length)
                break;
            if (mentions[m].Span.Start >= sentence.End || sentence.End > text.Length)
                continue;
            Tokenize(sentence, m);
            FindInSentence(sentence);
        }

        return [.. found];
    }

    private void Tokenize(TextSpan sentence, int firstMention)
    {
        tokens.Clear();
        var mentions = actors.Mentions;
        var m = firstMention;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (m < mentions.Length && mentions[m].Span.Start == i)
            {
                var mention = mentions[m++];
                var end = Math.Min(mention.Span.End, sentence.End);
                tokens.Add(new Token(TokenKind.Actor, i, end, string.Empty, mention.ActorId, mention.Kind));
                i = end;
                if (IsPossessiveAt(i))
                {
                    tokens.Add(new Token(TokenKind.Possessive, i, i + 2, "'s", null, default));
                    i += 2;
                }
                else if (i < sentence.End && text[i - 1] is 's' && NameFolding.ClassOf(text[i]) == NameCharClass.Apostrophe
                    && (i + 1 >= text.Length || !NameFolding.IsWordChar(text[i + 1])))
                {
                    // The plural possessive: "the Sadrists’ armed wing".
                    tokens.Add(new Token(TokenKind.Possessive, i, i + 1, "'", null, default));
                    i++;
                }

                continue;
            }

            var c = text[i];
            if (char.IsWhiteSpace(c) || NameFolding.ClassOf(c) == NameCharClass.Silent)
            {
                i++;
                continue;
            }

            var next = m < mentions.Length ? mentions[m].Span.Start : int.MaxValue;
            if (NameFolding.IsWordChar(c))
            {
                var j = i + 1;
                while (j < sentence.End && j < next && (NameFolding.IsWordChar(text[j]) || NameFolding.ClassOf(text[j]) == NameCharClass.Silent
                    || NameFolding.ClassOf(text[j]) == NameCharClass.Apostrophe && j + 1 < sentence.End && NameFolding.IsWordChar(text[j + 1]) && !IsPossessiveAt(j)))
                    j++;
                tokens.Add(new Token(TokenKind.Word, i, j, Lower(i, j), null, default));
                i = j;
                if (IsPossessiveAt(i))
                {
                    tokens.Add(new Token(TokenKind.Possessive, i, i + 2, "'s", null, default));
                    i += 2;
                }

                continue;
            }

            var mark = NameFolding.ClassOf(c) == NameCharClass.Dash && c is not ('\u2013' or '\u2014' or '\u2015') ? "-" : c.ToString();
            tokens.Add(new Token(TokenKind.Punct, i, i + 1, mark, null, default));
            i++;
        }

        while (m < mentions.Length && mentions[m].Span.Start < sentence.End)
            m++;
    }

    private string Lower(int start, int end)
    {
        Span<char> buffer = stackalloc char[Math.Min(end - start, 64)];
        var length = 0;
        for (var i = start; i < end && length < buffer.Length; i++)
        {
            var c = text[i];
            var cls = NameFolding.ClassOf(c);
            if (cls == NameCharClass.Silent)
                continue;
            buffer[length++] = cls == NameCharClass.Apostrophe ? '\'' : cls == NameCharClass.ArabicLetter ? NameFolding.Fold(c) : char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    /// <summary>’s or 's at <paramref name="i"/>, ending a word.</summary>
    private bool IsPossessiveAt(int i) =>
        i + 1 < text.Length && NameFolding.ClassOf(text[i]) == NameCharClass.Apostrophe && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !NameFolding.IsWordChar(text[i + 2]));

    private ActorType TypeOf(string id) => actorById.TryGetValue(id, out var actor) ? actor.Type : ActorType.Other;

    private bool IsPerson(int k) => IsActor(k) && TypeOf(tokens[k].Actor!) == ActorType.Person;

    private bool IsGroup(int k) => IsActor(k) && TypeOf(tokens[k].Actor!) is ActorType.Organization or ActorType.State or ActorType.Other;

    private bool IsActor(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Actor;

    private bool IsWord(int k, string word) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && string.Equals(tokens[k].Word, word, StringComparison.Ordinal);

    private bool IsWordIn(int k, FrozenSet<string> words) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && words.Contains(tokens[k].Word);

    private bool IsPunct(int k, string mark) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Punct && string.Equals(tokens[k].Word, mark, StringComparison.Ordinal);

    private bool IsPossessive(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Possessive;

    /// <summary>True when the words at k are <paramref name="words"/>, in order.</summary>
    private bool Sequence(int k, params string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (!IsWord(k + w, words[w]))
                return false;
        }

        return true;
    }

    /// <summary>Skips "the", "a", "an" and modifiers (lower-case words that are not verbs or prepositions), at most <paramref name="max"/>.</summary>
    private int SkipModifiers(int k, int max)
    {
        var skipped = 0;
        while (skipped < max && k < tokens.Count)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Word && !Stoppers.Contains(token.Word) && !IsCueNoun(token.Word) && token.Word.Length > 0 && !char.IsUpper(text[token.Start]))
            {
                k++;
                skipped++;
            }
            else if (token.Kind == TokenKind.Punct && token.Word == "," && skipped > 0 && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>Nouns that carry a relation after a possessive: advisor, son, father, ally, rival, proxy, wing.</summary>
    private static bool IsCueNoun(string word) =>
        AdvisorWords.Contains(word) || word is "son" or "daughter" or "father" or "mother" or "ally" or "allies" or "rival" or "rivals"
            or "enemy" or "foe" or "proxy" or "proxies" or "client" or "wing";

    private static int SkipDeterminer(List<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Word is "the" or "a" or "an" or "its" or "his" or "her" or "their")
            k++;
        return k;
    }

    private void Add(string? subject, RelationKind predicate, string? obj, int from, int to)
    {
        if (subject is null || obj is null || string.Equals(subject, obj, StringComparison.Ordinal) || from < 0 || to > tokens.Count - 1 || from > to)
            return;
        if (!seen.Add((subject, predicate, obj)))
            return;
        var start = Math.Min(tokens[from].Start, tokens[to].Start);
        var end = Math.Max(tokens[from].End, tokens[to].End);
        found.Add(new RelationAnnotation(subject, predicate, obj, new TextSpan(start, end)));
    }

    /// <summary>
    /// The group a person leads, for "split from Hadi al-Amiri": a leads relation of this document, else the
    /// gazetteer's if the document names that group.
    /// </summary>
    private string? GroupOf(string id)
    {
        if (TypeOf(id) != ActorType.Person)
            return id;
        foreach (var relation in found)
        {
            if (relation.Predicate == RelationKind.Leads && string.Equals(relation.Subject, id, StringComparison.Ordinal) && TypeOf(relation.Object) == ActorType.Organization)
                return relation.Object;
        }

        foreach (var relation in gazetteer.Relations)
        {
            if (relation.Predicate == RelationKind.Leads && string.Equals(relation.Subject, id, StringComparison.Ordinal)
                && TypeOf(relation.Object) == ActorType.Organization)
                return relation.Object;
        }

        return null;
    }

    /// <summary>The last person named before token k in this sentence, else (for a possessive pronoun) before the sentence.</summary>
    private string? PersonBefore(int k, bool pronoun)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (IsPerson(j))
                return tokens[j].Actor;
        }

        if (!pronoun || k >= tokens.Count)
            return null;
        var position = tokens[0].Start;
        int lo = 0, hi = actors.Mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (actors.Mentions[mid].Span.End <= position)
                lo = mid + 1;
            else
                hi = mid;
        }

        for (var i = lo - 1; i >= 0; i--)
        {
            var mention = actors.Mentions[i];
            if (mention.Span.End <= position && mention.Kind == MentionKind.Name && TypeOf(mention.ActorId) == ActorType.Person)
                return mention.ActorId;
        }

        return null;
    }
}
