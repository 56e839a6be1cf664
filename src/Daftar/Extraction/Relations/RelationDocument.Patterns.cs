using Daftar.Domain;
using Daftar.Extraction.Actors;

namespace Daftar.Extraction.Relations;

internal sealed partial class RelationDocument
{
    private void FindInSentence(TextSpan sentence)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Actor)
            {
                if (IsPerson(i))
                    Titled(i);
                if (IsPossessive(i + 1))
                    Possessive(i);
                if (IsPunct(i + 1, "-") && IsWordIn(i + 2, BackingWords))
                    Backed(i, i + 3);
                if (IsPunct(i + 1, ",") || IsPunct(i + 1, "("))
                    Appositive(i, i + 2);
                Verbal(i, i + 1);
                if (IsGroup(i) && IsWord(i + 1, "splinter"))
                    SplinterGroups(i + 1, from: i);
                ArabicAfter(i, IsComma(i + 1) ? i + 2 : i + 1, appositive: IsComma(i + 1));
            }
            else if (token.Kind == TokenKind.Word)
            {
                if (token.Word == "at" && Sequence(i, "at", "the", "head", "of"))
                    HeadOf(i);
                else if (token.Word is "splinter" or "splinters" or "offshoot" or "offshoots" or "breakaway" && !IsActor(i - 1))
                    SplinterGroups(i, from: -1);
                else if (token.Word.Length > 0 && NameFolding.IsArabic(token.Word[0]))
                {
                    ArabicTitle(i);
                    ArabicVerbFirst(i);
                }
            }
        }

        _ = sentence;
    }

    /// <summary>
    /// "Iran’s Supreme Leader Ayatollah Ali Khamenei", "Iraqi Prime Minister X", "Hezbollah leader X": a group (by
    /// name, possessive, member word or adjective), then titles, then the person. A leader title gives leads, another
    /// title member_of; no title ("Hezbollah’s Hassan Nasrallah") takes the gazetteer's relation, else member_of.
    /// </summary>
    private void Titled(int b)
    {
        var person = tokens[b];
        var (titleStart, leader) = NameTitles.Before(text, person.Start, lexicon, anyCase: true);
        var at = titleStart >= 0 ? titleStart : person.Start;

        // The token just before the titles (or the person).
        var k = b - 1;
        while (k >= 0 && tokens[k].Start >= at)
            k--;
        if (k < 0)
            return;
        if (titleStart < 0)
        {
            // Only "A’s B", with nothing between.
            if (!IsPossessive(k) || !IsGroup(k - 1) && !IsPerson(k - 1))
                return;
            var group = tokens[k - 1].Actor!;
            var known = gazetteer.RelationsBetween(person.Actor!, group).FirstOrDefault();
            if (known is not null)
                Add(known.Subject, known.Predicate, known.Object, k - 1, b);
            else if (IsGroup(k - 1))
                Add(person.Actor, RelationKind.MemberOf, group, k - 1, b);
            return;
        }

        var a = IsPossessive(k) ? k - 1 : k;
        if (!IsGroup(a) && !(IsActor(a) && tokens[a].Mention != MentionKind.Name))
            return;
        if (a != k && tokens[a].Kind != TokenKind.Actor)
            return;
        if (a == k && !OnlySpaceBetween(tokens[a].End, at))
            return;
        Add(person.Actor, leader ? RelationKind.Leads : RelationKind.MemberOf, tokens[a].Actor, a, b);
    }

    private bool OnlySpaceBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
                return false;
        }

        return true;
    }

    /// <summary>"A’s …": own militia, armed wing, advisor, son, father, ally, rival, proxy.</summary>
    private void Possessive(int a)
    {
        var owner = tokens[a].Actor;
        var j = a + 2;
        if (IsWord(j, "own"))
            j++;

        // A’s armed wing(,) B
        if ((IsWord(j, "armed") || IsWord(j, "military") || IsWord(j, "paramilitary")) && IsWord(j + 1, "wing"))
        {
            var b = Object(IsPunct(j + 2, ",") ? j + 3 : j + 2);
            if (IsGroup(b))
                Add(tokens[b].Actor, RelationKind.ArmedWingOf, owner, a, b);
            else if (IsPunct(a - 1, ",") && IsGroup(a - 2))
                Add(tokens[a - 2].Actor, RelationKind.ArmedWingOf, owner, a - 2, j + 1);
            return;
        }

        // A’s (own) B militia
        if (IsGroup(j) && TypeOf(tokens[j].Actor!) == ActorType.Organization && IsWordIn(j + 1, MilitiaWords))
        {
            Add(tokens[j].Actor, RelationKind.ArmedWingOf, owner, a, j + 1);
            return;
        }

        var k = SkipModifiers(j, 5);

        // A’s main political advisor B  |  B, A’s main political advisor
        if (IsWordIn(k, AdvisorWords))
        {
            var b = Object(IsPunct(k + 1, ",") ? k + 2 : k + 1);
            if (IsPerson(b))
                Add(tokens[b].Actor, RelationKind.Advises, owner, a, b);
            else if (IsPunct(a - 1, ",") && IsPerson(a - 2))
                Add(tokens[a - 2].Actor, RelationKind.Advises, owner, a - 2, k);
            return;
        }

        var next = Object(IsPunct(k + 1, ",") ? k + 2 : k + 1);
        if (IsWord(k, "son") || IsWord(k, "daughter"))
        {
            if (IsPerson(next) && IsPerson(a))
                Add(owner, RelationKind.ParentOf, tokens[next].Actor, a, next);
        }
        else if (IsWord(k, "father") || IsWord(k, "mother"))
        {
            if (IsPerson(next) && IsPerson(a))
                Add(tokens[next].Actor, RelationKind.ParentOf, owner, a, next);
        }
        else if (IsWord(k, "ally") || IsWord(k, "allies"))
        {
            if (IsActor(next))
                Add(tokens[next].Actor, RelationKind.AlliedWith, owner, a, next);
        }
        else if (IsWord(k, "rival") || IsWord(k, "rivals") || IsWord(k, "enemy") || IsWord(k, "foe"))
        {
            if (IsActor(next))
                Add(tokens[next].Actor, RelationKind.OpposedTo, owner, a, next);
        }
        else if (IsWord(k, "proxy") || IsWord(k, "proxies") || IsWord(k, "client"))
        {
            if (IsGroup(next))
                Add(tokens[next].Actor, RelationKind.BackedBy, owner, a, next);
        }
        else if (k == j && IsGroup(j) && IsGroup(a) && TypeOf(owner!) != ActorType.State)
        {
            // "Hamas’s Qassam Brigades": only a relation the gazetteer knows. A state's possessive ("Iraq’s
            // Popular Mobilization Forces") only places the group and says nothing more.
            var known = gazetteer.RelationsBetween(tokens[j].Actor!, owner!).FirstOrDefault();
            if (known is not null)
                Add(known.Subject, known.Predicate, known.Object, a, j);
        }
    }

    /// <summary>"A-backed B", "A-backed militias, the most prominent of which is B", "A-backed splinter groups such as B".</summary>
    private void Backed(int a, int k)
    {
        var backer = tokens[a].Actor;
        var j = k;
        for (var n = 0; n <= 3 && j < tokens.Count; n++)
        {
            if (IsGroup(j) || IsPerson(j))
            {
                foreach (var b in ListAt(j))
                    Add(tokens[b].Actor, RelationKind.BackedBy, backer, a, b);
                return;
            }

            if (IsWordIn(j, GroupNouns))
            {
                while (IsWordIn(j + 1, GroupNouns))
                    j++;
                foreach (var b in Examples(j + 1))
                    Add(tokens[b].Actor, RelationKind.BackedBy, backer, a, b);
                return;
            }

            if (tokens[j].Kind != TokenKind.Word || Stoppers.Contains(tokens[j].Word))
                return;
            j++;
        }
    }

    /// <summary>
    /// After a plural group noun: ", the most prominent of which is B", "such as B and C", "including B",
    /// "notably B", "among them B" — the actors named as examples.
    /// </summary>
    private List<int> Examples(int k)
    {
        if (IsPunct(k, ","))
            k++;
        if (IsPunct(k, "(") || IsPunct(k, "\u2014") || IsPunct(k, "-"))
            k++;
        if (IsWord(k, "the"))
        {
            // the most prominent/important/powerful of which/whom is
            var j = k + 1;
            while (j < tokens.Count && j < k + 4 && tokens[j].Kind == TokenKind.Word && !IsWord(j, "of"))
                j++;
            if (IsWord(j, "of") && (IsWord(j + 1, "which") || IsWord(j + 1, "whom") || IsWord(j + 1, "these") || IsWord(j + 1, "them"))
                && (IsWord(j + 2, "is") || IsWord(j + 2, "are") || IsWord(j + 2, "was") || IsWord(j + 2, "were")))
                return ListAt(j + 3);
            return [];
        }

        if (Sequence(k, "such", "as"))
            return ListAt(k + 2);
        if (IsWord(k, "including") || IsWord(k, "like") || IsWord(k, "notably") || IsWord(k, "especially") || IsWord(k, "particularly") || IsWord(k, "namely"))
            return ListAt(k + 1);
        if (Sequence(k, "among", "them") || Sequence(k, "chief", "among", "them"))
            return ListAt(k + (IsWord(k, "chief") ? 3 : 2) + (IsPunct(k + (IsWord(k, "chief") ? 3 : 2), ",") ? 1 : 0));
        return [];
    }

    /// <summary>The actors of a list starting at k: "B", "B, C and D", "B and C".</summary>
    private List<int> ListAt(int k)
    {
        var list = new List<int>();
        k = Object(k);
        while (IsActor(k))
        {
            list.Add(k);
            k++;
            if (IsPunct(k, ",") && IsWord(k + 1, "and"))
                k += 2;
            else if (IsPunct(k, ",") || IsWord(k, "and") || IsWord(k, "or"))
                k++;
            else
                break;
            k = Object(k);
        }

        return list;
    }

    /// <summary>"B, the leader of A", "B, father of A", "B, a splinter group of A", "B, led by A", "B, backed by A", "B (the armed wing of A)".</summary>
    private void Appositive(int b, int k)
    {
        var subject = tokens[b].Actor;
        if (IsWord(k, "led") || IsWord(k, "headed") || IsWord(k, "commanded") || IsWordIn(k, BackingWords))
        {
            // "B, led by A", "B, backed by A".
            Verbal(b, k);
        }
        else
        {
            AppositiveNoun(b, subject, SkipAdjectives(SkipDeterminer(tokens, k)));
        }

        // "B, the armed wing of A, is backed by C": the verb after the appositive is B's.
        for (var c = k + 1; c < tokens.Count && c < k + 14; c++)
        {
            if (IsPunct(c, ",") || IsPunct(c, ")"))
            {
                Verbal(b, IsPunct(c + 1, ",") ? c + 2 : c + 1);
                break;
            }

            if (tokens[c].Kind == TokenKind.Punct && tokens[c].Word is "." or ";" or ":" or "\u2014")
                break;
        }
    }

    private void AppositiveNoun(int b, string? subject, int j)
    {

        if ((IsWord(j, "father") || IsWord(j, "mother")) && IsWord(j + 1, "of") && IsPerson(Object(j + 2)) && IsPerson(b))
        {
            Add(subject, RelationKind.ParentOf, tokens[Object(j + 2)].Actor, b, Object(j + 2));
            return;
        }

        if ((IsWord(j, "son") || IsWord(j, "daughter")) && IsWord(j + 1, "of") && IsPerson(Object(j + 2)) && IsPerson(b))
        {
            Add(tokens[Object(j + 2)].Actor, RelationKind.ParentOf, subject, b, Object(j + 2));
            return;
        }

        var headOf = LeaderNounAt(j);
        if (headOf > 0 && IsWord(headOf, "of") && IsGroup(Object(headOf + 1)) && IsPerson(b))
        {
            Add(subject, RelationKind.Leads, tokens[Object(headOf + 1)].Actor, b, Object(headOf + 1));
            return;
        }

        if (IsWord(j, "member") && IsWord(j + 1, "of") && IsGroup(Object(j + 2)))
        {
            Add(subject, RelationKind.MemberOf, tokens[Object(j + 2)].Actor, b, Object(j + 2));
            return;
        }

        if (IsWord(j, "part") && IsWord(j + 1, "of") && IsGroup(Object(j + 2)) && IsGroup(b))
        {
            Add(subject, RelationKind.PartOf, tokens[Object(j + 2)].Actor, b, Object(j + 2));
            return;
        }

        if (IsWordIn(j, AdvisorWords) && (IsWord(j + 1, "to") || IsWord(j + 1, "of")) && IsActor(Object(j + 2)) && IsPerson(b))
        {
            Add(subject, RelationKind.Advises, tokens[Object(j + 2)].Actor, b, Object(j + 2));
            return;
        }

        if ((IsWord(j, "armed") || IsWord(j, "military")) && IsWord(j + 1, "wing") && IsWord(j + 2, "of") && IsActor(Object(j + 3)) && IsGroup(b))
        {
            Add(subject, RelationKind.ArmedWingOf, tokens[Object(j + 3)].Actor, b, Object(j + 3));
            return;
        }

        if (IsWord(j, "splinter") && (IsWord(j + 1, "group") || IsWord(j + 1, "faction") || IsWord(j + 1, "movement")) && IsWord(j + 2, "of") && IsActor(Object(j + 3)) && IsGroup(b))
        {
            Add(subject, RelationKind.SplinterOf, GroupOf(tokens[Object(j + 3)].Actor!), b, Object(j + 3));
            return;
        }

        if (IsWord(j, "offshoot") && IsWord(j + 1, "of") && IsActor(Object(j + 2)) && IsGroup(b))
        {
            Add(subject, RelationKind.SplinterOf, GroupOf(tokens[Object(j + 2)].Actor!), b, Object(j + 2));
            return;
        }

        if (IsWord(j, "ally") && IsWord(j + 1, "of") && IsActor(Object(j + 2)))
        {
            Add(subject, RelationKind.AlliedWith, tokens[Object(j + 2)].Actor, b, Object(j + 2));
            return;
        }

        if ((IsWord(j, "rival") || IsWord(j, "opponent") || IsWord(j, "enemy")) && IsWord(j + 1, "of") && IsActor(Object(j + 2)))
        {
            Add(subject, RelationKind.OpposedTo, tokens[Object(j + 2)].Actor, b, Object(j + 2));
            return;
        }

        // B, A’s armed wing / A’s advisor: handled from A’s possessive.
    }

    /// <summary>The object token after optional determiners ("of the Sadrist movement").</summary>
    private int Object(int k) => SkipDeterminer(tokens, k);

    /// <summary>Skips adjectives before a relational noun ("longtime", "powerful", "main"), at most three.</summary>
    private int SkipAdjectives(int j)
    {
        var limit = j + 3;
        while (j < limit && j < tokens.Count && tokens[j].Kind == TokenKind.Word && !Stoppers.Contains(tokens[j].Word)
            && LeaderNounAt(j) < 0 && !IsRelationalNoun(tokens[j].Word))
            j++;
        return j < tokens.Count && tokens[j].Kind == TokenKind.Word ? j : limit - 3;
    }

    private static bool IsRelationalNoun(string word) =>
        word is "father" or "mother" or "son" or "daughter" or "member" or "part" or "advisor" or "adviser" or "armed" or "military"
            or "splinter" or "offshoot" or "ally" or "rival" or "opponent" or "enemy" or "wing";

    /// <summary>The index after a leader noun or leader title at j ("leader", "secretary-general", "supreme leader"), or -1.</summary>
    private int LeaderNounAt(int j)
    {
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word)
            return -1;
        if (IsWord(j, "secretary") && IsPunct(j + 1, "-") && IsWord(j + 2, "general"))
            return j + 3;
        if (IsWordIn(j, LeaderNouns))
        {
            if (IsPunct(j + 1, "-") && IsWord(j + 2, "general"))
                return j + 3;
            return j + 1;
        }

        // Multi-word leader titles: "prime minister", "supreme leader".
        for (var length = Math.Min(lexicon.MaxTitleWords, tokens.Count - j); length >= 2; length--)
        {
            var words = new string[length];
            var ok = true;
            for (var w = 0; w < length && ok; w++)
            {
                ok = tokens[j + w].Kind == TokenKind.Word;
                if (ok)
                    words[w] = tokens[j + w].Word;
            }

            if (ok && lexicon.TitlePhrases.TryGetValue(string.Join(' ', words), out var leader) && leader)
                return j + length;
        }

        return -1;
    }

    /// <summary>"B broke away from A", "B leads A", "B is backed by A", "B, led by A", "B is a member of A", "B opposes A".</summary>
    private void Verbal(int b, int k)
    {
        var subject = tokens[b].Actor;
        var j = k;
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word && Auxiliaries.Contains(tokens[j].Word))
            j++;
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Word)
            return;
        var verb = tokens[j].Word;
        switch (verb)
        {
            case "broke" or "break" or "breaks" or "broken" or "split" or "splits" or "splintered" or "defected" or "seceded":
            {
                var f = IsWord(j + 1, "away") || IsWord(j + 1, "off") ? j + 2 : j + 1;
                var o = SkipDeterminer(tokens, f + 1);
                if (IsWord(f, "from") && IsActor(o) && IsGroup(b))
                    Add(subject, RelationKind.SplinterOf, GroupOf(tokens[o].Actor!), b, o);
                return;
            }

            case "leads" or "led" or "heads" or "headed" or "commands" or "commanded":
            {
                if (IsWord(j + 1, "by"))
                {
                    if (IsPerson(Object(j + 2)) && IsGroup(b))
                        Add(tokens[Object(j + 2)].Actor, RelationKind.Leads, subject, b, Object(j + 2));
                    return;
                }

                var g = SkipDeterminer(tokens, j + 1);
                if (IsGroup(g) && IsPerson(b))
                    Add(subject, RelationKind.Leads, tokens[g].Actor, b, g);
                return;
            }

            case "backed" or "supported" or "sponsored" or "funded" or "financed" or "armed" or "trained":
                if (IsWord(j + 1, "by") && IsActor(Object(j + 2)))
                    Add(subject, RelationKind.BackedBy, tokens[Object(j + 2)].Actor, b, Object(j + 2));
                return;
            case "a" or "an" or "the" when IsWord(j + 1, "member") && IsWord(j + 2, "of") && IsGroup(Object(j + 3)):
                Add(subject, RelationKind.MemberOf, tokens[Object(j + 3)].Actor, b, Object(j + 3));
                return;
            case "joined" when IsGroup(Object(j + 1)) && IsPerson(b):
                Add(subject, RelationKind.MemberOf, tokens[Object(j + 1)].Actor, b, Object(j + 1));
                return;
            case "part" when IsWord(j + 1, "of") && IsGroup(Object(j + 2)) && IsGroup(b):
                Add(subject, RelationKind.PartOf, tokens[Object(j + 2)].Actor, b, Object(j + 2));
                return;
            case "allied" when (IsWord(j + 1, "with") || IsWord(j + 1, "to")) && IsActor(Object(j + 2)):
                Add(subject, RelationKind.AlliedWith, tokens[Object(j + 2)].Actor, b, Object(j + 2));
                return;
            case "opposed" when IsWord(j + 1, "to") && IsActor(Object(j + 2)):
                Add(subject, RelationKind.OpposedTo, tokens[Object(j + 2)].Actor, b, Object(j + 2));
                return;
            case "opposes" or "opposed" when IsActor(Object(j + 1)):
                Add(subject, RelationKind.OpposedTo, tokens[Object(j + 1)].Actor, b, Object(j + 1));
                return;
            case "advises" or "advised" when IsActor(Object(j + 1)) && IsPerson(b):
                Add(subject, RelationKind.Advises, tokens[Object(j + 1)].Actor, b, Object(j + 1));
                return;
            default:
                return;
        }
    }

    /// <summary>"… his years at the head of the Badr Organization": the person named last before leads the group.</summary>
    private void HeadOf(int at)
    {
        var g = SkipDeterminer(tokens, at + 4);
        if (!IsGroup(g))
            return;
        var pronoun = false;
        for (var j = at - 1; j >= Math.Max(0, at - 4); j--)
        {
            if (IsWord(j, "his") || IsWord(j, "her"))
            {
                pronoun = true;
                break;
            }
        }

        var leader = PersonBefore(at, pronoun);
        if (leader is null)
            return;
        Add(leader, RelationKind.Leads, tokens[g].Actor, at, g);
    }

    /// <summary>
    /// "… break away from A … splinter groups, the most prominent of which is B", "A splinter group B": B splinter_of
    /// the group (the group A leads when A is a person).
    /// </summary>
    private void SplinterGroups(int cue, int from)
    {
        // The group broken from: "A splinter …", else "(break|broke|split) (away)? from A" earlier in the sentence.
        var source = from;
        var evidenceStart = from;
        if (source < 0)
        {
            for (var j = cue - 1; j >= 1 && source < 0; j--)
            {
                if (IsActor(j) && IsWord(j - 1, "from"))
                {
                    var v = IsWord(j - 2, "away") || IsWord(j - 2, "off") ? j - 3 : j - 2;
                    if (IsWord(v, "break") || IsWord(v, "broke") || IsWord(v, "broken") || IsWord(v, "split") || IsWord(v, "splintered") || IsWord(v, "defected"))
                    {
                        source = j;
                        evidenceStart = v;
                    }
                }
            }

            if (source < 0 && (IsWord(cue + 1, "of") || IsWord(cue + 2, "of")))
            {
                var o = IsWord(cue + 1, "of") ? cue + 2 : cue + 3;
                if (IsActor(o))
                {
                    source = o;
                    evidenceStart = cue;
                }
            }
        }

        if (source < 0)
            return;
        var group = GroupOf(tokens[source].Actor!);
        var k = cue + 1;
        if (IsWordIn(k, GroupNouns))
            k++;
        List<int> splinters;
        if (IsActor(k) && k != source)
            splinters = ListAt(k);
        else if (IsPunct(k, ",") && IsActor(k + 1))
            splinters = ListAt(k + 1);
        else
            splinters = Examples(k);
        foreach (var b in splinters)
        {
            if (IsGroup(b))
                Add(tokens[b].Actor, RelationKind.SplinterOf, group, Math.Min(evidenceStart, cue), b);
        }
    }
}
