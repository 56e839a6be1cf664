using Daftar.Domain;

namespace Daftar.Extraction.Events;

/// <summary>
/// The English event lexicon: triggers by PLOVER root, and the closed-class words the clause rules read. Data only;
/// the rules are in <see cref="EventFinder"/>.
/// </summary>
internal static class EnglishEventTables
{
    private const string ProtestObjects = "protest march demonstrat rall crowd supporter follower sit-in marcher";
    private const string ForceObjects = "troop forces fighter soldier militia unit reinforcement volunteer";
    private const string Ground = "position control base territory post checkpoint area ground weapon arms";
    private const string ViolentManner = "bloodily violently brutally forcibly ruthlessly harshly";

    public static EventTables Instance { get; } = new()
    {
        Language = "en",
        Triggers =
        [
            // ASSAULT: attacks, killings, invasions, violent repression.
            V("attack", EventType.Assault), N("attack", EventType.Assault),
            V("assassinate", EventType.Assault), N("assassination", EventType.Assault),
            V("kill", EventType.Assault), N("killing", EventType.Assault),
            V("murder", EventType.Assault), N("murder", EventType.Assault),
            V("bomb", EventType.Assault), N("bombing", EventType.Assault),
            V("bombard", EventType.Assault), N("bombardment", EventType.Assault),
            V("shell", EventType.Assault) with { OnlyForms = [TriggerForm.Past, TriggerForm.Gerund] }, N("shelling", EventType.Assault),
            V("strike", EventType.Assault) with { Past = "struck", Excludes = "deal agreement accord balance tone note chord bargain compromise" },
            N("strike", EventType.Assault) with { Excludes = "action" }, N("airstrike", EventType.Assault), N("air strike", EventType.Assault),
            V("invade", EventType.Assault), N("invasion", EventType.Assault),
            V("suppress", EventType.Assault) with { Requires = ViolentManner },
            N("crackdown", EventType.Assault), V("crack down", EventType.Assault) with { Doubling = false },
            V("raid", EventType.Assault), N("raid", EventType.Assault),
            V("storm", EventType.Assault) with { OnlyForms = [TriggerForm.Past, TriggerForm.Gerund] },
            V("shoot", EventType.Assault) with { Past = "shot" }, N("shooting", EventType.Assault),
            V("open fire", EventType.Assault) with { Past = "opened" },
            V("fire", EventType.Assault) with { Requires = "rocket missile shell mortar drone" },
            V("massacre", EventType.Assault), N("massacre", EventType.Assault),
            V("abduct", EventType.Assault), N("abduction", EventType.Assault),
            V("kidnap", EventType.Assault) with { Doubling = true }, N("kidnapping", EventType.Assault),
            V("ambush", EventType.Assault), N("ambush", EventType.Assault),
            V("assault", EventType.Assault), N("assault", EventType.Assault),
            V("behead", EventType.Assault),

            // PROTEST
            V("protest", EventType.Protest), N("protest", EventType.Protest),
            V("demonstrate", EventType.Protest) with { Intransitive = true },
            N("demonstration", EventType.Protest) with { Excludes = "of" },
            N("sit-in", EventType.Protest), N("hunger strike", EventType.Protest), N("general strike", EventType.Protest),
            V("march", EventType.Protest) with { OnlyForms = [TriggerForm.Past, TriggerForm.Gerund] },
            N("march", EventType.Protest) with { Plural = "marches" },
            V("boycott", EventType.Protest), N("boycott", EventType.Protest),
            V("walk out", EventType.Protest), N("walkout", EventType.Protest),
            V("take to the streets", EventType.Protest) with { Past = "took taken", Gerund = "taking" },

            // MOBILIZE
            V("mobilize", EventType.Mobilize), V("mobilise", EventType.Mobilize),
            N("mobilization", EventType.Mobilize), N("mobilisation", EventType.Mobilize),
            V("deploy", EventType.Mobilize), N("deployment", EventType.Mobilize),
            V("take charge of", EventType.Mobilize) with { Past = "took taken", Gerund = "taking", Requires = ProtestObjects + " " + ForceObjects },
            V("lead", EventType.Mobilize) with { Past = "led", Requires = ProtestObjects },
            V("direct", EventType.Mobilize) with { Requires = ProtestObjects },
            V("steer", EventType.Mobilize) with { Requires = ProtestObjects },
            V("organize", EventType.Mobilize) with { Requires = ProtestObjects },
            V("organise", EventType.Mobilize) with { Requires = ProtestObjects },
            V("rally", EventType.Mobilize), N("rally", EventType.Mobilize),
            V("call out", EventType.Mobilize) with { Requires = "supporter follower" },
            V("send", EventType.Mobilize) with { Past = "sent", Requires = ForceObjects },
            V("mass", EventType.Mobilize) with { Requires = ForceObjects },

            // RETREAT
            V("withdraw", EventType.Retreat) with { Past = "withdrew withdrawn" }, N("withdrawal", EventType.Retreat),
            V("pull out", EventType.Retreat), V("pull back", EventType.Retreat), N("pullout", EventType.Retreat),
            V("remove", EventType.Retreat) with { Requires = "protection troop forces checkpoint fighter support guard barricade" },
            N("removal", EventType.Retreat) with { Requires = "protection troop forces checkpoint fighter support guard barricade" },
            V("hand over", EventType.Retreat) with { Requires = Ground },
            V("hand", EventType.Retreat) with { Requires = Ground, OnlyForms = [TriggerForm.Past, TriggerForm.Present, TriggerForm.Gerund] },
            V("give up", EventType.Retreat) with { Past = "gave given", Requires = Ground },
            V("leave", EventType.Retreat) with { Past = "left", Requires = "position base post government coalition alliance cabinet parliament bloc country @state" },
            V("evacuate", EventType.Retreat), N("evacuation", EventType.Retreat),
            V("retreat", EventType.Retreat), N("retreat", EventType.Retreat),
            V("abandon", EventType.Retreat) with { Requires = "position base post" },
            V("quit", EventType.Retreat) with { Past = "quit", Doubling = true, Requires = "government coalition alliance parliament cabinet post bloc talks" },

            // AGREE
            V("agree", EventType.Agree), N("agreement", EventType.Agree),
            V("sign", EventType.Agree), V("approve", EventType.Agree), N("approval", EventType.Agree),
            V("nominate", EventType.Agree), N("nomination", EventType.Agree),
            V("endorse", EventType.Agree), N("endorsement", EventType.Agree),
            V("accept", EventType.Agree), V("ratify", EventType.Agree), N("ratification", EventType.Agree),
            N("ceasefire", EventType.Agree), N("cease-fire", EventType.Agree), N("truce", EventType.Agree),
            V("reach", EventType.Agree) with { Requires = "deal agreement accord settlement compromise understanding truce" },
            V("strike", EventType.Agree) with { Past = "struck", Requires = "deal agreement accord bargain compromise" },

            // REJECT
            V("reject", EventType.Reject), N("rejection", EventType.Reject),
            V("refuse", EventType.Reject), N("refusal", EventType.Reject),
            V("veto", EventType.Reject), N("veto", EventType.Reject) with { Plural = "vetoes" },
            V("turn down", EventType.Reject), V("rebuff", EventType.Reject), V("deny", EventType.Reject), N("denial", EventType.Reject),

            // THREATEN
            V("threaten", EventType.Threaten), N("threat", EventType.Threaten), N("ultimatum", EventType.Threaten),
            V("warn", EventType.Threaten),

            // REQUEST
            V("call for", EventType.Request), V("call on", EventType.Request), V("call upon", EventType.Request),
            V("demand", EventType.Request), N("demand", EventType.Request),
            V("urge", EventType.Request), V("ask", EventType.Request),
            V("appeal", EventType.Request) with { Requires = "to for" },
            V("order", EventType.Request) with { OnlyForms = [TriggerForm.Past, TriggerForm.Present] },
            V("instruct", EventType.Request),
            V("request", EventType.Request), N("request", EventType.Request),

            // ACCUSE
            V("accuse", EventType.Accuse), N("accusation", EventType.Accuse),
            V("blame", EventType.Accuse), V("condemn", EventType.Accuse), N("condemnation", EventType.Accuse),
            V("criticize", EventType.Accuse), V("criticise", EventType.Accuse), N("criticism", EventType.Accuse),
            V("denounce", EventType.Accuse), N("denunciation", EventType.Accuse),

            // SANCTION
            V("sanction", EventType.Sanction), N("sanction", EventType.Sanction),
            V("impose", EventType.Sanction) with { Requires = "sanction embargo ban tariff" },
            N("embargo", EventType.Sanction) with { Plural = "embargoes" },
            V("expel", EventType.Sanction) with { Doubling = true }, N("expulsion", EventType.Sanction),
            V("suspend", EventType.Sanction) with { Requires = "cooperation aid relations talks ties membership funding" },
            V("freeze", EventType.Sanction) with { Past = "froze frozen", Requires = "asset aid fund cooperation relations" },
            V("ban", EventType.Sanction) with { Doubling = true }, V("blacklist", EventType.Sanction),
            V("designate", EventType.Sanction) with { Requires = "terror" },

            // COERCE
            V("arrest", EventType.Coerce), N("arrest", EventType.Coerce),
            V("detain", EventType.Coerce), N("detention", EventType.Coerce),
            V("seize", EventType.Coerce) with { Requires = "asset property weapon arms vessel ship tanker cargo fund document equipment shipment" },
            V("coerce", EventType.Coerce), V("deport", EventType.Coerce), N("deportation", EventType.Coerce),
            V("torture", EventType.Coerce), V("confiscate", EventType.Coerce),
            V("impose", EventType.Coerce) with { Requires = "curfew" },

            // AID
            V("provide", EventType.Aid) with { Requires = "support aid assistance weapon arms funding training equipment help protection" },
            V("deliver", EventType.Aid) with { Requires = "aid assistance weapon supplies help arms" },
            V("send", EventType.Aid) with { Past = "sent", Requires = "aid assistance supplies weapon arms help" },
            V("return", EventType.Aid) with { Requires = "partner ally allies invited", Window = 10 },
            V("donate", EventType.Aid),
            V("supply", EventType.Aid) with { Requires = "weapon arms aid fuel electricity" },
            V("train", EventType.Aid) with { Requires = "forces troop army soldier police fighter unit" },

            // COOPERATE
            V("cooperate", EventType.Cooperate), V("co-operate", EventType.Cooperate), N("cooperation", EventType.Cooperate),
            V("collaborate", EventType.Cooperate), N("collaboration", EventType.Cooperate),
            V("coordinate", EventType.Cooperate), N("coordination", EventType.Cooperate),
            V("join forces", EventType.Cooperate), V("partner with", EventType.Cooperate), V("ally with", EventType.Cooperate),

            // CONSULT
            V("meet", EventType.Consult) with { Past = "met" }, N("meeting", EventType.Consult),
            V("visit", EventType.Consult), N("visit", EventType.Consult),
            N("talks", EventType.Consult) with { Plural = "talks" }, V("hold talks", EventType.Consult) with { Past = "held" },
            V("host", EventType.Consult), V("negotiate", EventType.Consult), N("negotiation", EventType.Consult),
            V("consult", EventType.Consult), N("consultation", EventType.Consult), N("summit", EventType.Consult),
            V("discuss", EventType.Consult),

            // SUPPORT
            V("back", EventType.Support) with { OnlyForms = [TriggerForm.Past, TriggerForm.Gerund, TriggerForm.Present] },
            N("backing", EventType.Support),
            V("support", EventType.Support), N("support", EventType.Support),
            V("welcome", EventType.Support), V("praise", EventType.Support), N("praise", EventType.Support),
            V("commend", EventType.Support), V("applaud", EventType.Support), V("hail", EventType.Support),
            V("thank", EventType.Support),

            // CONCEDE
            V("apologize", EventType.Concede), V("apologise", EventType.Concede), N("apology", EventType.Concede),
            V("concede", EventType.Concede), N("concession", EventType.Concede),
            V("back down", EventType.Concede), V("resign", EventType.Concede), N("resignation", EventType.Concede),
            V("step down", EventType.Concede) with { Doubling = true },
            V("release", EventType.Concede) with { Requires = "prisoner detainee hostage protester activist captive" },

            // STATEMENT
            N("communique", EventType.Statement), N("communiqué", EventType.Statement),
            N("statement", EventType.Statement), V("announce", EventType.Statement), N("announcement", EventType.Statement),
            V("declare", EventType.Statement), N("declaration", EventType.Statement),
            V("state", EventType.Statement) with { OnlyForms = [TriggerForm.Past, TriggerForm.Gerund] },
            V("issue", EventType.Statement) with { Requires = "statement communiqu declaration fatwa decree" },
            N("speech", EventType.Statement), N("fatwa", EventType.Statement), N("decree", EventType.Statement),
            V("tweet", EventType.Statement),
            V("say in a statement", EventType.Statement) with { Past = "said", Gerund = "saying" },
            V("say in a communique", EventType.Statement) with { Past = "said", Gerund = "saying" },
            N("call for", EventType.Request) with { Plural = "calls for" },
        ],
        VerbForms = VerbForms,
        NounForms = NounForms,
        Pronouns =
        [
            ("he", PronounKind.Person), ("she", PronounKind.Person), ("him", PronounKind.Person),
            ("it", PronounKind.Group), ("they", PronounKind.Group), ("them", PronounKind.Group),
            ("i", PronounKind.FirstPerson), ("we", PronounKind.FirstPerson), ("me", PronounKind.FirstPerson), ("us", PronounKind.FirstPerson),
        ],
        Possessives =
        [
            ("his", PronounKind.Person), ("her", PronounKind.Person), ("its", PronounKind.Group), ("their", PronounKind.Group),
            ("my", PronounKind.FirstPerson), ("our", PronounKind.FirstPerson),
        ],
        Determiners = ["the", "a", "an", "any", "every", "each", "no", "all", "some", "another"],
        Demonstratives = ["these", "those", "this", "that", "such", "said"],
        PassiveAuxiliaries = ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"],
        PresentAuxiliaries = ["is", "are", "am", "gets"],
        Auxiliaries = ["has", "have", "had", "did", "does", "do"],
        Adverbs = ["also", "then", "later", "reportedly", "already", "again", "just", "still", "first", "subsequently", "now", "once"],
        Modals = ["would", "could", "should", "might", "may", "must", "can", "cannot", "if", "unless", "whether", "ought"],
        FutureAuxiliaries = ["will", "shall", "ll"],
        Negations = ["not", "never", "no", "without", "unwilling", "refusing", "t", "neither", "nor", "failed", "failing"],
        InfinitiveMarkers = ["to"],
        AgentPrepositions = ["by"],
        FunctionWords =
        [
            "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "against", "over", "under",
            "about", "after", "before", "during", "since", "until", "through", "across", "toward", "towards", "between", "among",
            "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "as", "than", "while", "when", "where", "because",
            "if", "unless", "although", "though", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "could", "should", "may", "might", "must", "can", "shall", "not", "also", "it", "he", "she", "they", "we",
            "i", "you", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "without", "within", "upon",
            "near", "outside", "inside", "around", "behind", "beyond", "despite", "via", "per", "so", "then", "there", "here",
            "s", "did", "does", "do", "whether", "all", "both", "either", "neither", "any", "some", "no", "such", "up", "down",
            "out", "off", "away", "back", "along", "amid", "amidst", "throughout", "following", "including",
        ],
        Coordinators = ["and", "or", "but"],
        DefiniteArticles = ["the"],
        RoleNouns =
        [
            ("cleric", PronounKind.Person), ("leader", PronounKind.Person), ("president", PronounKind.Person),
            ("minister", PronounKind.Person), ("premier", PronounKind.Person), ("spokesman", PronounKind.Person),
            ("spokeswoman", PronounKind.Person), ("envoy", PronounKind.Person), ("commander", PronounKind.Person),
            ("general", PronounKind.Person), ("ayatollah", PronounKind.Person), ("sheikh", PronounKind.Person),
            ("group", PronounKind.Group), ("movement", PronounKind.Group), ("militia", PronounKind.Group),
            ("faction", PronounKind.Group), ("party", PronounKind.Group), ("bloc", PronounKind.Group),
            ("coalition", PronounKind.Group), ("alliance", PronounKind.Group), ("government", PronounKind.Group),
            ("ministry", PronounKind.Group), ("organisation", PronounKind.Group), ("organization", PronounKind.Group),
            ("country", PronounKind.Group), ("kingdom", PronounKind.Group), ("republic", PronounKind.Group),
        ],
        Particles = ["up", "down", "out", "off", "away", "back", "over"],
        Complementizers = ["that", "which", "who", "whom", "whose", "whether", "where", "while", "because", "although", "though", "if", "unless"],
        FrontingPrepositions = ["by", "after", "before", "upon", "while", "when", "in", "since", "on"],
        DatePrepositions = ["on", "in", "at", "during", "since", "by", "from", "until", "as", "of", "early", "late", "later", "earlier", "then"],
        PossessiveClitics = ["s"],
        AdverbSuffixes = ["ly"],
        PastSuffixes = ["ed"],
    };

    private static EventTrigger V(string pattern, EventType type) => new(pattern, type, TriggerKind.Verb);

    private static EventTrigger N(string pattern, EventType type) => new(pattern, type, TriggerKind.Noun);

    /// <summary>English regular verb morphology applied to the first word of a verb row.</summary>
    private static IEnumerable<(string Word, TriggerForm Form)> VerbForms(EventTrigger row)
    {
        var head = row.Pattern.Split(' ')[0];
        var last = head[^1];
        var consonantY = head.Length > 1 && last == 'y' && !IsVowel(head[^2]);
        yield return (head, TriggerForm.Base);
        yield return (head.EndsWith('s') || head.EndsWith('x') || head.EndsWith('z') || head.EndsWith("ch", StringComparison.Ordinal) || head.EndsWith("sh", StringComparison.Ordinal) || head.EndsWith('o')
            ? head + "es"
            : consonantY ? head[..^1] + "ies" : head + "s", TriggerForm.Present);
        if (row.Past is { } past)
        {
            foreach (var p in past.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                yield return (p, TriggerForm.Past);
        }
        else
        {
            yield return (last == 'e' ? head + "d" : consonantY ? head[..^1] + "ied" : row.Doubling ? head + last + "ed" : head + "ed", TriggerForm.Past);
        }

        if (row.Gerund is { } gerund)
            yield return (gerund, TriggerForm.Gerund);
        else if (head.EndsWith("ie", StringComparison.Ordinal))
            yield return (head[..^2] + "ying", TriggerForm.Gerund);
        else if (last == 'e' && head.Length > 2 && head[^2] != 'e')
            yield return (head[..^1] + "ing", TriggerForm.Gerund);
        else
            yield return (row.Doubling ? head + last + "ing" : head + "ing", TriggerForm.Gerund);
    }

    /// <summary>English regular plural of the last word of a noun row.</summary>
    private static IEnumerable<string> NounForms(EventTrigger row)
    {
        var words = row.Pattern.Split(' ');
        var last = words[^1];
        yield return last;
        if (row.Plural is { } plural)
        {
            yield return plural;
            yield break;
        }

        yield return last.EndsWith('s') || last.EndsWith('x') || last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal)
            ? last + "es"
            : last.Length > 1 && last[^1] == 'y' && !IsVowel(last[^2]) ? last[..^1] + "ies" : last + "s";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
