using Daftar.Domain;

namespace Daftar.Extraction.Events;

/// <summary>Whether a trigger is a verb ("attacked") or a noun naming the deed ("the attack").</summary>
internal enum TriggerKind : byte
{
    Verb,
    Noun,
}

/// <summary>The grammatical form a trigger word was found in.</summary>
internal enum TriggerForm : byte
{
    /// <summary>"attack": after "will", a deed to come; elsewhere an infinitive, imperative or a noun.</summary>
    Base,

    /// <summary>"attacks": third person present (or, for nouns, the plural).</summary>
    Present,

    /// <summary>"attacked", "took", "taken": past tense or participle.</summary>
    Past,

    /// <summary>"attacking".</summary>
    Gerund,

    /// <summary>A noun: "attack", "attacks", "invasion".</summary>
    Noun,
}

/// <summary>
/// One row of an event lexicon: words that name a deed of one PLOVER type. The first word of a verb pattern is
/// inflected ("take charge of" → "took charge of"); the last word of a noun pattern takes the plural ("rocket
/// attacks"); the other words must follow as written.
/// </summary>
/// <param name="Pattern">Words separated by spaces; a hyphenated word is matched with its hyphen ("sit-in").</param>
internal sealed record EventTrigger(string Pattern, EventType Type, TriggerKind Kind)
{
    /// <summary>
    /// Space-separated word prefixes ("protest march demonstrat"); one of them must occur near the trigger
    /// (a few words before, or after it in the same clause) for the row to apply: "remove" is a retreat only when
    /// it removes protection, troops, forces …. "@state" stands for any mention of a state ("left Iraq").
    /// </summary>
    public string? Requires { get; init; }

    /// <summary>How many tokens after the trigger <see cref="Requires"/> looks (four before, always).</summary>
    public int Window { get; init; } = 6;

    /// <summary>Space-separated word prefixes that, right after the trigger, rule the row out ("struck a deal").</summary>
    public string? Excludes { get; init; }

    /// <summary>Irregular past forms, space-separated ("took taken"); replaces the regular "-ed" forms.</summary>
    public string? Past { get; init; }

    /// <summary>The present form, for languages whose tables list it (Arabic "يأمر" beside the past "أمر").</summary>
    public string? Present { get; init; }

    /// <summary>Irregular present-participle form; replaces the regular "-ing" form.</summary>
    public string? Gerund { get; init; }

    /// <summary>Irregular plural, for nouns.</summary>
    public string? Plural { get; init; }

    /// <summary>Double the final consonant before -ed/-ing ("ban" → "banned").</summary>
    public bool Doubling { get; init; }

    /// <summary>Only these forms count (e.g. "state" only as "stated"/"stating"); null = all.</summary>
    public IReadOnlyList<TriggerForm>? OnlyForms { get; init; }

    /// <summary>A verb that names the deed only without a direct object ("demonstrated in the square", not "demonstrated a willingness").</summary>
    public bool Intransitive { get; init; }

    /// <summary>
    /// A verb whose object, when it is a trigger noun, names the deed: "أعلن انسحابه" (announced his withdrawal) is a
    /// retreat. The noun's event takes the verb's actor and date, and the verb tells no event of its own.
    /// </summary>
    public bool Carrier { get; init; }

    /// <summary>A carrier that is no deed by itself ("بدأ", began): without a trigger noun for object it tells nothing.</summary>
    public bool CarrierOnly { get; init; }

    /// <summary>A verb that, followed by a complementizer or a quotation, reports speech (the quotation layer's), not a deed.</summary>
    public bool ReportsSpeech { get; init; }
}

/// <summary>How a pronoun refers.</summary>
internal enum PronounKind : byte
{
    None,

    /// <summary>he, she, his, her: the last person.</summary>
    Person,

    /// <summary>it, its, they, their: the last organisation or state.</summary>
    Group,

    /// <summary>I, we, my, our: the author or the speaker, never an actor of the ledger.</summary>
    FirstPerson,
}

/// <summary>
/// The words of one language that the event finder knows: the triggers and the closed-class words its clause rules
/// read. <see cref="EnglishEventTables"/> is the first; Arabic adds its own instance (with its surface forms listed,
/// since its morphology is not the English one).
/// </summary>
internal sealed record EventTables
{
    public required string Language { get; init; }

    public IReadOnlyList<EventTrigger> Triggers { get; init; } = [];

    /// <summary>The language's regular inflection of a verb row (base, present, past, gerund forms); null = only the pattern as written.</summary>
    public Func<EventTrigger, IEnumerable<(string Word, TriggerForm Form)>>? VerbForms { get; init; }

    /// <summary>The language's regular plural of a noun row's last word; null = only the pattern as written.</summary>
    public Func<EventTrigger, IEnumerable<string>>? NounForms { get; init; }

    public IReadOnlyList<(string Word, PronounKind Kind)> Pronouns { get; init; } = [];

    /// <summary>Possessive determiners and their kind ("his" = person): "his removal of …".</summary>
    public IReadOnlyList<(string Word, PronounKind Kind)> Possessives { get; init; } = [];

    public IReadOnlyList<string> Determiners { get; init; } = [];

    /// <summary>"these statements", "such a withdrawal": a noun after these refers back to a deed already named.</summary>
    public IReadOnlyList<string> Demonstratives { get; init; } = [];

    /// <summary>Forms of "be" (and "get") that make a following participle passive: "was assassinated".</summary>
    public IReadOnlyList<string> PassiveAuxiliaries { get; init; } = [];

    /// <summary>Present forms of "be": a present passive ("is backed by Iran") tells a state, dated only by its own clause.</summary>
    public IReadOnlyList<string> PresentAuxiliaries { get; init; } = [];

    /// <summary>Auxiliaries that may stand between a subject and its verb ("has", "had").</summary>
    public IReadOnlyList<string> Auxiliaries { get; init; } = [];

    /// <summary>Adverbs without an adverb ending ("also", "then", "again"), skipped like "-ly" words.</summary>
    public IReadOnlyList<string> Adverbs { get; init; } = [];

    /// <summary>Modal and conditional words: a verb after them within the clause is not a deed ("would need to apologise").</summary>
    public IReadOnlyList<string> Modals { get; init; } = [];

    /// <summary>Future auxiliaries: a verb after them is an expected deed, kept only when its clause names a date.</summary>
    public IReadOnlyList<string> FutureAuxiliaries { get; init; } = [];

    /// <summary>Negations: a trigger right after one is not a deed ("did not attack", "unwilling to meet").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>The infinitive marker ("to"): a base-form verb after it is an aim, not a deed.</summary>
    public IReadOnlyList<string> InfinitiveMarkers { get; init; } = [];

    /// <summary>Particles after which a present verb is an aim, not a deed (Arabic "أن يسلّم"): like the infinitive marker for a base form.</summary>
    public IReadOnlyList<string> Subjunctives { get; init; } = [];

    /// <summary>The agent preposition of a passive ("by the Saddam regime").</summary>
    public IReadOnlyList<string> AgentPrepositions { get; init; } = [];

    /// <summary>Prepositions, conjunctions and other function words: never a modifier of a noun trigger.</summary>
    public IReadOnlyList<string> FunctionWords { get; init; } = [];

    /// <summary>Words opening a subordinate clause: the target of a trigger is not looked for past one ("announced that X …").</summary>
    public IReadOnlyList<string> Complementizers { get; init; } = [];

    /// <summary>Relative pronouns (a subset of <see cref="Complementizers"/>): a clause opened by one describes, it reports no speech.</summary>
    public IReadOnlyList<string> Relatives { get; init; } = [];

    /// <summary>Quantity nouns whose partitive ("مئات من", hundreds of) leads to the subject they count.</summary>
    public IReadOnlyList<string> Quantifiers { get; init; } = [];

    /// <summary>Words before a statement noun that make it the vehicle of another deed or speech ("في بيان", "وفقاً لبيان").</summary>
    public IReadOnlyList<string> Attributions { get; init; } = [];

    /// <summary>Prepositions proper: a word spelled both as a verb and as its verbal noun is the noun after one ("على دعم").</summary>
    public IReadOnlyList<string> Prepositions { get; init; } = [];

    /// <summary>Words for a leader's followers ("أنصار الصدر"): they act as the movement the leader heads.</summary>
    public IReadOnlyList<string> Followers { get; init; } = [];

    /// <summary>"since": a date after one tells how long a state has lasted; it dates no noun or present verb.</summary>
    public IReadOnlyList<string> SincePrepositions { get; init; } = [];

    /// <summary>Adverbial phrases of several words that may stand between a verb and its subject ("على إثره", in its wake).</summary>
    public IReadOnlyList<string> AdverbialPhrases { get; init; } = [];

    /// <summary>The definite article(s): "the" + a role noun refers back like a pronoun.</summary>
    public IReadOnlyList<string> DefiniteArticles { get; init; } = [];

    /// <summary>Nouns that, after the definite article, name an actor already mentioned ("the cleric", "the group").</summary>
    public IReadOnlyList<(string Word, PronounKind Kind)> RoleNouns { get; init; } = [];

    /// <summary>Verb particles kept at the end of a summary ("step down"), though they are function words.</summary>
    public IReadOnlyList<string> Particles { get; init; } = [];

    /// <summary>Coordinating conjunctions; a summary stops before one that starts a new phrase.</summary>
    public IReadOnlyList<string> Coordinators { get; init; } = [];

    /// <summary>Words that open a fronted adverbial clause whose gerund shares the main clause's subject ("By taking …, he …").</summary>
    public IReadOnlyList<string> FrontingPrepositions { get; init; } = [];

    /// <summary>Prepositions that may introduce a date at the head of a sentence ("On January 24, 2020, …").</summary>
    public IReadOnlyList<string> DatePrepositions { get; init; } = [];

    /// <summary>The possessive clitic written after an apostrophe ("Moqtada’s").</summary>
    public IReadOnlyList<string> PossessiveClitics { get; init; } = [];

    /// <summary>Regular past endings ("-ed"): a word with one after a noun trigger is a verb, not a compound.</summary>
    public IReadOnlyList<string> PastSuffixes { get; init; } = [];

    /// <summary>Adverb endings ("-ly"): skipped when looking for an auxiliary or a subject.</summary>
    public IReadOnlyList<string> AdverbSuffixes { get; init; } = [];
}
