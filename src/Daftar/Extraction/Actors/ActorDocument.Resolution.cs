using Daftar.Domain;

namespace Daftar.Extraction.Actors;

internal sealed partial class ActorDocument
{
    private const int MaxAcronymLength = 12;

    /// <summary>Step 3a: "Popular Mobilization Forces (PMF)" makes PMF a name of that actor for the whole document.</summary>
    private void DefineAcronyms()
    {
        Dictionary<string, int>? aliases = null;
        Dictionary<int, int>? byEnd = null;
        Dictionary<int, int>? runsByEnd = null;
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = open + 1;
            while (close < text.Length && close - open <= MaxAcronymLength + 1 && text[close] != ')')
                close++;
            if (close >= text.Length || text[close] != ')' || !IsAcronym(open + 1, close))
                continue;
            var before = open;
            while (before > 0 && text[before - 1] is ' ' or '\u00A0')
                before--;
            if (before == open || before == 0)
                continue;
            var acronym = text[(open + 1)..close];

            if (byEnd is null)
            {
                byEnd = [];
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (candidates[i].Kind == MentionKind.Name && candidates[i].Full)
                        byEnd[candidates[i].End] = candidates[i].Actor;
                }
            }

            if (!byEnd.TryGetValue(before, out var actor))
            {
                // An unknown capitalised name whose initials the acronym spells is an organisation.
                if (runsByEnd is null)
                {
                    runsByEnd = [];
                    for (var i = 0; i < unnamedRuns.Count; i++)
                        runsByEnd.TryAdd(unnamedRuns[i].End, i);
                }

                if (!runsByEnd.TryGetValue(before, out var run) || !InitialsSpell(unnamedRuns[run].Words, acronym))
                    continue;
                var r = unnamedRuns[run];
                var name = Surface(r.Start, r.End);
                actor = ActorForUnknown("o:" + NameFolding.FoldName(name), name, ActorType.Organization);
                candidates.Add(new Candidate(r.Start, r.End, actor, MentionKind.Name, PriorityUnknown, Full: true));
                byEnd[before] = actor;
            }

            aliases ??= new Dictionary<string, int>(StringComparer.Ordinal);
            aliases.TryAdd(acronym, actor);
        }

        if (aliases is null)
            return;

        // Every occurrence of the acronyms, in one pass over the capital letters of the text.
        var lookup = aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        var p = 0;
        while (p < text.Length)
        {
            var hit = text.AsSpan(p).IndexOfAnyInRange('A', 'Z');
            if (hit < 0)
                break;
            var at = p + hit;
            var end = at + 1;
            while (end < text.Length && end - at <= MaxAcronymLength && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '&' or '/'))
                end++;
            p = end;
            if (at > 0 && NameFolding.IsWordChar(text[at - 1]))
                continue;
            for (var e = end; e >= at + 2; e--)
            {
                if (lookup.TryGetValue(text.AsSpan(at, e - at), out var actor) && EndsWord(e, arabic: false, out _))
                {
                    candidates.Add(new Candidate(at, e, actor, MentionKind.Name, PriorityAcronym, Full: true));
                    break;
                }
            }
        }
    }

    /// <summary>Two to twelve characters, starting with a capital, more capitals than small letters, no spaces.</summary>
    private bool IsAcronym(int start, int end)
    {
        if (end - start < 2 || end - start > MaxAcronymLength || !char.IsUpper(text[start]))
            return false;
        int upper = 0, lower = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsUpper(c))
                upper++;
            else if (char.IsLower(c))
                lower++;
            else if (!(char.IsDigit(c) || c is '-' or '.' or '&' or '/'))
                return false;
        }

        return upper >= 2 && upper > lower;
    }

    /// <summary>True when the capitals of the acronym are the initials of the words (all of them, or without of/and/the/for).</summary>
    private static bool InitialsSpell(string[] words, string acronym)
    {
        var letters = new string([.. acronym.Where(char.IsUpper)]);
        string Initials(bool skipSmall) => new([.. words
            .Where(w => !skipSmall || w is not ("of" or "and" or "the" or "for" or "in"))
            .Select(w => NameFolding.FoldName(w))
            .Select(f => CompiledGazetteer.IsArticleWord(f.Split(' ')[0]) && f.Contains(' ', StringComparison.Ordinal) ? f[(f.IndexOf(' ', StringComparison.Ordinal) + 1)..] : f)
            .Where(f => f.Length > 0)
            .Select(f => char.ToUpperInvariant(f[0]))]);
        return string.Equals(Initials(true), letters, StringComparison.Ordinal) || string.Equals(Initials(false), letters, StringComparison.Ordinal);
    }

    /// <summary>
    /// Step 3b: one-word names (Moqtada, al-Sadr, Tamimi, Hezbollah) go to the document's actor whose full name
    /// ends with the word (or is the word and a head: Badr Organization), else to the gazetteer's holder of the word.
    /// Among several: the one named in this or the previous sentence, else the one named most often so far.
    /// </summary>
    private void ResolvePartials()
    {
        if (partials.Count == 0)
            return;
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        void AddKey(string key, int actor)
        {
            if (key.Length < 2)
                return;
            if (!keys.TryGetValue(key, out var list))
                keys[key] = list = [];
            if (!list.Contains(actor))
                list.Add(actor);
        }

        var full = new List<Candidate>();
        var wordsOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var wordsLookup = wordsOf.GetAlternateLookup<ReadOnlySpan<char>>();
        var keyed = new HashSet<(int, string[])>();
        var fullWords = new List<string[]>();
        foreach (var c in candidates)
        {
            if (!c.Full || c.Kind != MentionKind.Name)
                continue;
            full.Add(c);
            var span = text.AsSpan(c.Start, c.End - c.Start);
            if (!wordsLookup.TryGetValue(span, out var words))
                wordsOf[span.ToString()] = words = NameFolding.FoldName(span).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            fullWords.Add(words);

            // A gazetteer organisation lends keys from its canonical name only (below): its aliases ("Hezbollah
            // Brigades") would lend words that name other actors.
            if (actors[c.Actor].Entry >= 0 && actors[c.Actor].Type != ActorType.Person || !keyed.Add((c.Actor, words)))
                continue;
            foreach (var key in PartialKeys(words, actors[c.Actor]))
                AddKey(key, c.Actor);
        }

        foreach (var a in full.Select(c => c.Actor).Distinct())
        {
            if (actors[a].Entry >= 0)
            {
                foreach (var key in PartialKeys(NameFolding.FoldName(actors[a].Name).Split(' ', StringSplitOptions.RemoveEmptyEntries), actors[a]))
                    AddKey(key, a);
            }
        }

        var order = new int[full.Count];
        var orderKeys = new int[full.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            orderKeys[i] = full[i].Start;
        }

        Array.Sort(orderKeys, order);
        partials.Sort((x, y) => x.Start.CompareTo(y.Start));
        var count = new Dictionary<int, int>();
        var last = new Dictionary<int, int>();
        var lastWithWord = new Dictionary<(int Actor, string Word), int>();
        var first = new Dictionary<int, int>();
        foreach (var c in full)
            first.TryAdd(c.Actor, c.Start);
        var f = 0;
        var options = new List<int>();
        foreach (var partial in partials)
        {
            while (f < order.Length && full[order[f]].Start < partial.Start)
            {
                var c = full[order[f]];
                var words = fullWords[order[f]];
                f++;
                count[c.Actor] = count.GetValueOrDefault(c.Actor) + 1;
                last[c.Actor] = c.Start;
                foreach (var word in words)
                {
                    if (keys.ContainsKey(word))
                        lastWithWord[(c.Actor, word)] = c.Start;
                }
            }

            options.Clear();
            if (keys.TryGetValue(partial.Key, out var holders))
                options.AddRange(holders);
            foreach (var entry in partial.Fallbacks)
            {
                var actor = ActorForEntry(entry);
                if (!options.Contains(actor))
                    options.Add(actor);
            }

            if (options.Count == 0 || partial.Initial && partial.Fallbacks.Length == 0 && IsWrittenInLowerCase(partial.Start, partial.End))
                continue;
            var chosen = options.Count == 1 ? options[0] : Choose(options, partial, count, last, lastWithWord, first);
            candidates.Add(new Candidate(partial.Start, partial.End, chosen, MentionKind.Name,
                partial.Fallbacks.Length > 0 ? PriorityGazetteer : PriorityUnknown, Full: false));
            count[chosen] = count.GetValueOrDefault(chosen) + 1;
            last[chosen] = partial.Start;
            lastWithWord[(chosen, partial.Key)] = partial.Start;
        }
    }

    private int Choose(List<int> options, PartialCandidate partial, Dictionary<int, int> count, Dictionary<int, int> last,
        Dictionary<(int Actor, string Word), int> lastWithWord, Dictionary<int, int> first)
    {
        // Named with this word in this or the previous sentence: the nearest ("Mohammed Sadiq al-Sadr … al-Sadr").
        var recent = -1;
        var recentAt = -1;
        foreach (var a in options)
        {
            if (lastWithWord.TryGetValue((a, partial.Key), out var at) && at > recentAt)
            {
                recent = a;
                recentAt = at;
            }
        }

        if (recent >= 0 && SentenceOf(recentAt) >= SentenceOf(partial.Start) - 1)
            return recent;

        // Named most often so far.
        var best = -1;
        foreach (var a in options)
        {
            var n = count.GetValueOrDefault(a);
            if (n > 0 && (best < 0 || n > count[best] || n == count[best] && last[a] > last[best]))
                best = a;
        }

        if (best >= 0)
            return best;

        // Named nowhere before: the gazetteer's holder of the word, else the first named later.
        foreach (var entry in partial.Fallbacks)
            return ActorForEntry(entry);
        return options.OrderBy(a => first.GetValueOrDefault(a, int.MaxValue)).First();
    }

    /// <summary>The one-word keys a full name lends to its short forms: a person's last word; an organisation's word before its head.</summary>
    private IEnumerable<string> PartialKeys(string[] folded, DocActor actor)
    {
        var words = folded.Where(w => !CompiledGazetteer.IsArticleWord(w)).ToArray();
        if (words.Length < 2)
            yield break;
        if (actor.Type == ActorType.Person)
        {
            var lastWord = words[^1];
            if (!lexicon.Particles.Contains(lastWord))
                yield return lastWord;
            if (actor.Entry < 0 && !lexicon.GivenNames.Contains(words[0]) && !lexicon.Particles.Contains(words[0]))
                yield return words[0];
        }
        else if (words.Length == 2 && lexicon.OrgHeads.Contains(words[1]))
        {
            yield return words[0];
        }
    }

    /// <summary>
    /// Step 3c: "the coalition", "the 60-member international coalition" name the gazetteer actor they describe —
    /// one the document names otherwise (the nearest before, else the most named), or, for a description of several
    /// words, the first that has it.
    /// </summary>
    private void ResolveDescriptions()
    {
        if (descriptions.Count == 0)
            return;
        var positions = new Dictionary<int, List<int>>();
        stateWords = [];
        foreach (var c in candidates)
        {
            if (!positions.TryGetValue(c.Actor, out var list))
                positions[c.Actor] = list = [];
            list.Add(c.Start);
            if (actors[c.Actor].Type == ActorType.State)
                stateWords.Add(c.Start);
        }

        foreach (var list in positions.Values)
            list.Sort();

        foreach (var description in descriptions)
        {
            if (!IsDefinite(description.Start))
                continue;
            var active = new List<int>();
            foreach (var entry in description.Entries)
            {
                if (actorByEntry.TryGetValue(entry, out var actor) && positions.ContainsKey(actor))
                    active.Add(actor);
            }

            int chosen;
            if (active.Count == 0)
            {
                if (description.Words < 2)
                    continue;
                chosen = ActorForEntry(description.Entries[0]);
            }
            else if (active.Count == 1)
            {
                chosen = active[0];
            }
            else
            {
                chosen = active
                    .OrderByDescending(a => positions[a].LastOrDefault(p => p < description.Start, -1))
                    .ThenByDescending(a => positions[a].Count)
                    .First();
            }

            candidates.Add(new Candidate(description.Start, description.End, chosen, MentionKind.Name, PriorityDescription, Full: false));
        }
    }

    /// <summary>"the" before the description, perhaps across one or two modifiers ("the 60-member", "the broader").</summary>
    private bool IsDefinite(int start)
    {
        var position = start;
        for (var hop = 0; hop < 3; hop++)
        {
            var word = NameTitles.WordBefore(text, position);
            if (word.End == 0)
                return false;
            var span = text.AsSpan(word.Start, word.End - word.Start);
            if (span is "the" or "The" or "THE")
                return true;
            var modifier = char.IsLower(span[0]) || char.IsDigit(span[0]) || span.Contains('-') || IsStateWord(word.Start);
            if (!modifier || span is "a" or "an" or "of" or "and" or "or" or "to" or "by" or "with" or "for" or "in" or "on")
                return false;
            position = word.Start;
        }

        return false;
    }

    private HashSet<int> stateWords = [];

    private bool IsStateWord(int position) => stateWords.Contains(position);
}
