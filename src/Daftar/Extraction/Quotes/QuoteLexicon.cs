using System.Collections.Frozen;

namespace Daftar.Extraction.Quotes;

/// <summary>The roles a word can play for the quotation and position layers (several at once).</summary>
[Flags]
internal enum WordRole
{
    None = 0,
    Indefinite = 1 << 0,
    Quantifier = 1 << 1,
    Definite = 1 << 2,
    Possessive = 1 << 3,
    He = 1 << 4,
    She = 1 << 5,
    They = 1 << 6,
    I = 1 << 7,
    We = 1 << 8,
    Object = 1 << 9,
    Boundary = 1 << 10,
    Preposition = 1 << 11,
    Skip = 1 << 12,
    Contact = 1 << 13,
    Starter = 1 << 14,
    PersonNoun = 1 << 15,
    GroupNoun = 1 << 16,
    Plural = 1 << 17,
    Leadership = 1 << 18,

    /// <summary>A title or rank before a person's name (Arabic "الفريق", "الدكتور"): a description holding one and then a name names someone.</summary>
    Title = 1 << 19,

    /// <summary>A person noun that says only that the author spoke with them ("interviewee", "source").</summary>
    Interlocutor = 1 << 21,

    /// <summary>Introduces indirect speech after a reporting verb ("قال إن …"); only languages that list one report it.</summary>
    Complementizer = 1 << 20,

    /// <summary>A minister or ministry (Arabic "وزير", "وزارة"): the word after it names the portfolio ("وزير الخزانة").</summary>
    Portfolio = 1 << 22,

    /// <summary>A word of a state's government ("الحكومة", "رئيس الوزراء", "حكومي"): a speaker described by one speaks for that state.</summary>
    Government = 1 << 23,

    Determiner = Indefinite | Quantifier | Definite | Possessive,
    Pronoun = He | She | They | I | We,
}

/// <summary>What a lexicon phrase is.</summary>
internal enum PhraseKind : byte
{
    /// <summary>A reporting verb: its subject (or the phrase after it, inverted) is the speaker.</summary>
    Verb,

    /// <summary>A verb of belief or feeling: a weak cue.</summary>
    Weak,

    /// <summary>The speaker follows: "according to X".</summary>
    Source,

    /// <summary>The speaker is unnamed: "I was told that".</summary>
    Unnamed,

    /// <summary>A speech noun: "X's statement".</summary>
    SpeechNoun,

    /// <summary>Holds the next quotation as a term: "the so-called".</summary>
    Term,
}

/// <summary>A phrase of the lexicon, as word keys.</summary>
/// <param name="Participle">An -ing form ("adding", Arabic "مضيفاً"): its subject may be the previous speaker.</param>
/// <param name="Agreement">The subject an Arabic verb form carries when the text names none: he (قال), she (قالت), they
/// (قالوا); <see cref="WordRole.None"/> when the form says nothing.</param>
internal sealed record Phrase(string[] Words, PhraseKind Kind, bool Participle, WordRole Agreement = WordRole.None);

/// <summary>Everything the lexicon knows about one word key.</summary>
internal sealed class WordInfo
{
    public WordRole Roles { get; set; }

    /// <summary>Phrases that start with this word, longest first.</summary>
    public Phrase[] Phrases { get; set; } = [];

    /// <summary>Phrases that end with this word (term markers are matched backwards from a quotation), longest first.</summary>
    public Phrase[] EndingPhrases { get; set; } = [];

    public bool Has(WordRole role) => (Roles & role) != 0;
}

/// <summary>
/// The word tables of one language, read from the embedded data files of this folder (reporting-cues.tsv,
/// speaker-nouns.tsv, function-words.tsv, term-markers.tsv), keyed by language code.
/// </summary>
internal sealed class LanguageLexicon
{
    private readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private LanguageLexicon(string language, FrozenDictionary<string, WordInfo> words, bool subjectFirst, bool proclitics)
    {
        Language = language;
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        SubjectFirst = subjectFirst;
        StripsProclitics = proclitics;
        Count = words.Count;
    }

    public string Language { get; }

    /// <summary>The speaker usually comes before the reporting verb (English) rather than after it (Arabic).</summary>
    public bool SubjectFirst { get; }

    /// <summary>A verb may carry its subject as a pronoun (Arabic "وقال" = "and he said").</summary>
    public bool DropsSubjects => StripsProclitics;

    /// <summary>Words may carry a leading conjunction (Arabic و ف) that the lookup strips.</summary>
    public bool StripsProclitics { get; }

    public int Count { get; }

    /// <summary>Indirect speech after a reporting verb is reported as speech (the language lists complementizers).</summary>
    public bool IndirectSpeech { get; private init; }

    /// <summary>
    /// The lexicon entry of a word, if any. Arabic words are also looked up without their proclitics — a conjunction
    /// (و ف), a preposition (ب ل ك) and the article (ال, لل): "وقال" → قال, "للمتحدث" → متحدث — and without the alef
    /// of an accusative ending ("مصدراً" → مصدر). A word found only without its article or preposition is a noun:
    /// its verb phrases do not count ("الكشف" is not "كشف").
    /// </summary>
    public WordInfo? Find(ReadOnlySpan<char> word) => Find(word, out _, out _);

    /// <summary>
    /// The lexicon key a word is found under: "والمصدر", "مصدراً" → مصدر; the word's own key when the lexicon lacks it.
    /// Two descriptions of the same head ("مصدراً مطلعاً", "المصدر") have the same key.
    /// </summary>
    public string StemKey(ReadOnlySpan<char> word)
    {
        if (word.Length > WordKey.MaxLength)
            return WordKey.Of(word);
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = WordKey.Write(word, buffer);
        if (n <= 0)
            return WordKey.Of(word);
        return Find(word, out var start, out var end) is null ? new string(buffer[..n]) : new string(buffer[start..end]);
    }

    /// <summary>True for an indefinite Arabic noun of the lexicon in the accusative: "مصدراً", "قيادياً" (its key ends with the alef).</summary>
    public bool IsAccusativeNoun(ReadOnlySpan<char> word)
    {
        if (!StripsProclitics || word.Length > WordKey.MaxLength)
            return false;
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = WordKey.Write(word, buffer);
        return n > 3 && buffer[n - 1] == '\u0627' && Find(word, out _, out var end) is not null && end == n - 1;
    }

    /// <summary>The entry of a word and where its stem lies in the word's key ([stemStart, stemEnd)).</summary>
    private WordInfo? Find(ReadOnlySpan<char> word, out int stemStart, out int stemEnd)
    {
        stemStart = stemEnd = 0;
        if (word.Length > WordKey.MaxLength)
            return null;
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var n = WordKey.Write(word, buffer);
        if (n <= 0)
            return null;
        var key = buffer[..n];
        stemEnd = n;
        if (lookup.TryGetValue(key, out var info))
            return info;
        if (!StripsProclitics || n < 3)
            return null;
        if (FindArabic(key, out stemStart) is { } found)
            return found;
        stemStart = 0;
        if (n <= 3 || key[^1] != '\u0627')
            return null;
        var stem = key[..^1];
        stemEnd = n - 1;
        if (lookup.TryGetValue(stem, out info) && info.Has(WordRole.PersonNoun | WordRole.GroupNoun))
            return info;
        return FindArabic(stem, out stemStart);
    }

    private WordInfo? FindArabic(ReadOnlySpan<char> w, out int start)
    {
        start = 0;
        if (w.Length > 2 && w[0] is '\u0648' or '\u0641')
        {
            w = w[1..];
            start = 1;
            if (lookup.TryGetValue(w, out var info))
                return info;
        }

        if (w.Length > 3 && w[0] == '\u0644' && w[1] == '\u0644')
            return Noun(w[2..], ref start, 2, speech: false);
        if (w.Length > 2 && w[0] is '\u0628' or '\u0644' or '\u0643')
        {
            if (w.Length > 4 && w[1] == '\u0627' && w[2] == '\u0644')
                return Noun(w[3..], ref start, 3, speech: false);
            return Noun(w[1..], ref start, 1, speech: false);
        }

        if (w.Length > 3 && w[0] == '\u0627' && w[1] == '\u0644')
            return Noun(w[2..], ref start, 2, speech: true);
        return null;
    }

    /// <summary>
    /// The entry of a word that carried an article or preposition, if it is a noun of a speaker; with
    /// <paramref name="speech"/> (the article alone: "البيان") a speech noun too ("بالتصريح" is "to make statements").
    /// </summary>
    private WordInfo? Noun(ReadOnlySpan<char> w, ref int start, int skipped, bool speech)
    {
        if (lookup.TryGetValue(w, out var info) && (info.Has(WordRole.PersonNoun | WordRole.GroupNoun) || (speech && IsSpeechNoun(info))))
        {
            start += skipped;
            return info;
        }

        return null;
    }

    private static bool IsSpeechNoun(WordInfo info)
    {
        foreach (var phrase in info.Phrases)
        {
            if (phrase.Kind == PhraseKind.SpeechNoun)
                return true;
        }

        return false;
    }

    /// <summary>True for an Arabic word with the article after its proclitics ("المتحدث", "وللمسؤول").</summary>
    public static bool IsArabicDefinite(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[0] is '\u0648' or '\u0641')
            word = word[1..];
        if (word.Length > 3 && word[0] == '\u0644' && word[1] == '\u0644')
            return true;
        if (word.Length > 2 && word[0] is '\u0628' or '\u0643')
            word = word[1..];
        return word.Length > 3 && word[0] == '\u0627' && word[1] == '\u0644';
    }

    private static readonly Lazy<FrozenDictionary<string, LanguageLexicon>> All = new(Load);

    /// <summary>The lexicon for a language code ("en", "ar"); English for any other.</summary>
    public static LanguageLexicon For(string language) =>
        All.Value.TryGetValue(language, out var lexicon) ? lexicon : All.Value["en"];

    private static FrozenDictionary<string, LanguageLexicon> Load()
    {
        var tables = new Dictionary<string, Dictionary<string, WordInfo>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);

        Dictionary<string, WordInfo> Table(string language)
        {
            if (!tables.TryGetValue(language, out var table))
                tables[language] = table = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
            return table;
        }

        WordInfo Entry(string language, string key)
        {
            var table = Table(language);
            if (!table.TryGetValue(key, out var info))
                table[key] = info = new WordInfo();
            return info;
        }

        void AddPhrase(string language, string text, PhraseKind kind, bool participle = false, WordRole agreement = WordRole.None)
        {
            var words = DataTable.Words(text);
            if (words.Length == 0)
                return;
            participle |= language == "en" && words[0].EndsWith("ing", StringComparison.Ordinal) && words[0].Length > 5;
            var phrase = new Phrase(words, kind, participle, agreement);
            Entry(language, words[0]);
            Entry(language, words[^1]);
            var list = CollectionsMarshalList(phrases, language);
            list.Add(phrase);
        }

        foreach (var row in DataTable.Rows("Daftar.Extraction.Quotes.reporting-cues.tsv"))
        {
            if (row.Length < 3)
                continue;
            var (language, kindName, phrase) = (row[0], row[1], row[2]);
            var kind = kindName switch
            {
                "verb" or "participle" => PhraseKind.Verb,
                "weak" => PhraseKind.Weak,
                "source" => PhraseKind.Source,
                "unnamed" => PhraseKind.Unnamed,
                "noun" => PhraseKind.SpeechNoun,
                _ => throw new InvalidOperationException($"reporting-cues.tsv: unknown kind '{kindName}'"),
            };
            var forms = row.Length > 3 && row[3].Length > 0 ? row[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null;
            IEnumerable<string> all;
            if (kind is PhraseKind.Verb or PhraseKind.Weak && language == "en")
                all = forms ?? EnglishForms(phrase);
            else
                all = forms is null ? [phrase] : [phrase, .. forms];
            var rowForms = all.Distinct(StringComparer.Ordinal).ToArray();
            var participle = kindName == "participle";
            foreach (var form in rowForms)
            {
                var agreement = language == "ar" && kind == PhraseKind.Verb ? ArabicAgreement(form, rowForms, participle) : WordRole.None;
                AddPhrase(language, form, kind, participle, agreement);
            }
        }

        foreach (var row in DataTable.Rows("Daftar.Extraction.Quotes.term-markers.tsv"))
        {
            if (row.Length >= 2)
                AddPhrase(row[0], row[1], PhraseKind.Term);
        }

        foreach (var row in DataTable.Rows("Daftar.Extraction.Quotes.speaker-nouns.tsv"))
        {
            if (row.Length < 3)
                continue;
            var role = row[1] switch
            {
                "group" => WordRole.GroupNoun,
                "interlocutor" => WordRole.PersonNoun | WordRole.Interlocutor,
                "person" => WordRole.PersonNoun,
                _ => throw new InvalidOperationException($"speaker-nouns.tsv: unknown class '{row[1]}'"),
            };
            Entry(row[0], WordKey.Of(row[2])).Roles |= role;
            if (row.Length > 3)
            {
                foreach (var plural in row[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    Entry(row[0], WordKey.Of(plural)).Roles |= role | WordRole.Plural;
            }
        }

        foreach (var row in DataTable.Rows("Daftar.Extraction.Quotes.function-words.tsv"))
        {
            if (row.Length < 3)
                continue;
            var role = row[1] switch
            {
                "indefinite" => WordRole.Indefinite,
                "quantifier" => WordRole.Quantifier,
                "definite" => WordRole.Definite,
                "possessive" => WordRole.Possessive,
                "he" => WordRole.He,
                "she" => WordRole.She,
                "they" => WordRole.They,
                "i" => WordRole.I,
                "we" => WordRole.We,
                "object" => WordRole.Object,
                "boundary" => WordRole.Boundary,
                "preposition" => WordRole.Preposition,
                "skip" => WordRole.Skip,
                "contact" => WordRole.Contact,
                "starter" => WordRole.Starter,
                "leadership" => WordRole.Leadership,
                "title" => WordRole.Title,
                "complementizer" => WordRole.Complementizer,
                "portfolio" => WordRole.Portfolio,
                "government" => WordRole.Government,
                _ => throw new InvalidOperationException($"function-words.tsv: unknown role '{row[1]}'"),
            };
            foreach (var word in row[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // Multi-word objects ("the press") are matched by their last word.
                var words = DataTable.Words(word);
                Entry(row[0], words[^1]).Roles |= role;
            }
        }

        foreach (var (language, list) in phrases)
        {
            var table = Table(language);
            foreach (var group in list.GroupBy(p => p.Words[0], StringComparer.Ordinal))
                table[group.Key].Phrases = [.. group.OrderByDescending(p => p.Words.Length)];
            foreach (var group in list.GroupBy(p => p.Words[^1], StringComparer.Ordinal))
                table[group.Key].EndingPhrases = [.. group.OrderByDescending(p => p.Words.Length)];
        }

        return tables.ToFrozenDictionary(
            t => t.Key,
            t => new LanguageLexicon(t.Key, t.Value.ToFrozenDictionary(StringComparer.Ordinal), subjectFirst: t.Key != "ar", proclitics: t.Key == "ar")
            {
                IndirectSpeech = t.Value.Values.Any(w => w.Has(WordRole.Complementizer)),
            },
            StringComparer.Ordinal);
    }

    private static List<Phrase> CollectionsMarshalList(Dictionary<string, List<Phrase>> phrases, string language)
    {
        if (!phrases.TryGetValue(language, out var list))
            phrases[language] = list = [];
        return list;
    }

    /// <summary>The base, -s, -ed and -ing forms of a regular English verb (the first word of a phrase is inflected).</summary>
    internal static IEnumerable<string> EnglishForms(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? phrase : phrase[..space];
        var rest = space < 0 ? string.Empty : phrase[space..];
        yield return phrase;
        string s, ed, ing;
        if (verb.EndsWith("ee", StringComparison.Ordinal))
        {
            (s, ed, ing) = (verb + "s", verb + "d", verb + "ing");
        }
        else if (verb.EndsWith('e'))
        {
            (s, ed, ing) = (verb + "s", verb + "d", verb[..^1] + "ing");
        }
        else if (verb.Length > 2 && verb.EndsWith('y') && !IsVowel(verb[^2]))
        {
            (s, ed, ing) = (verb[..^1] + "ies", verb[..^1] + "ied", verb + "ing");
        }
        else if (verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('o'))
        {
            (s, ed, ing) = (verb + "es", verb + "ed", verb + "ing");
        }
        else
        {
            (s, ed, ing) = (verb + "s", verb + "ed", verb + "ing");
        }

        yield return s + rest;
        yield return ed + rest;
        yield return ing + rest;
    }

    /// <summary>
    /// The subject an Arabic verb form carries, read against the other forms of its row (the first is the past "he"
    /// form): a plural ending (وا، ون; ين for a participle) is they; the feminine past (the base with ت) or present (ت
    /// for the ي of a listed form), or a participle in ة, is she; anything else is he.
    /// </summary>
    internal static WordRole ArabicAgreement(string form, string[] forms, bool participle)
    {
        static string First(string phrase) => WordKey.Of(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
        var word = First(form);
        var keys = forms.Select(First).ToArray();
        var baseForm = keys[0];
        if (word.EndsWith("\u0648\u0627", StringComparison.Ordinal) || (word.Length > 3 && word.EndsWith("\u0648\u0646", StringComparison.Ordinal))
            || (participle && word.EndsWith("\u064A\u0646", StringComparison.Ordinal)))
        {
            return WordRole.They;
        }

        if (participle)
            return word.EndsWith('\u0629') ? WordRole.She : WordRole.He;
        if (word == baseForm + "\u062A" || (word.EndsWith('\u062A') && !baseForm.EndsWith('\u062A')))
            return WordRole.She;
        if (word.Length > 1 && word[0] == '\u062A' && keys.Contains("\u064A" + word[1..], StringComparer.Ordinal))
            return WordRole.She;
        return WordRole.He;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
