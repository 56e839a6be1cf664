using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime;

namespace Daftar.Tests.Analysis;

/// <summary>
/// A small ledger of stated positions written for the matrix and brief tests (invented reports about real actors):
/// Sadr's line on foreign troops changes from a demand for withdrawal to a regulated presence of trainers; the
/// international coalition keeps a training mission; both back state control of arms, which Kataib Hezbollah refuses.
/// A confidential memo holds a position that must never reach the public; a candidate and a rejected position are
/// not yet (or never) facts.
/// </summary>
public static class SayDoLedger
{
    public const string Sadr = "moqtada-al-sadr";
    public const string Sadrists = "sadrist-movement";
    public const string Coalition = "international-coalition";
    public const string Kataib = "kataib-hezbollah";
    public const string SarayaAlSalam = "saraya-al-salam";

    public const string Troops = "foreign-troop-presence";
    public const string Withdrawal = "foreign-troop-presence/full-withdrawal";
    public const string Regulated = "foreign-troop-presence/regulated-training-only-presence";
    public const string Arms = "state-control-of-arms";
    public const string Quotas = "ethno-sectarian-quota-system";
    public const string Corruption = "anti-corruption";
    public const string Elections = "elections";

    /// <summary>Words only the confidential memo holds.</summary>
    public const string SecretWords = "Quincebrook quotas are ours to keep";

    public const string KufaText =
        "Sadr demands withdrawal\n\nKUFA, May 10, 2023 - Moqtada al-Sadr told worshippers: \"Every foreign soldier must leave Iraq this year.\" "
        + "He said Saraya al-Salam will hand over its weapons to the state. Saraya al-Salam is the armed wing of the Sadrist movement.";

    public const string TrainersText =
        "Sadrists soften line on trainers\n\nBAGHDAD, February 1, 2024 - A Sadrist spokesman said foreign trainers may stay if their mission is regulated by parliament. "
        + "He added that the movement backs early elections.";

    public const string CoalitionText =
        "Coalition plans a smaller mission\n\nBRUSSELS, June 1, 2023 - The international coalition said it will keep a training mission in Iraq at the request of Baghdad. "
        + "It also urged that all weapons be held by the state. Kataib Hezbollah said it will never give up its arms.";

    public const string ArabicText =
        "الصدر يطالب بحصر السلاح\n\nالنجف - قال مقتدى الصدر في بيان: «السلاح بيد الدولة وحدها». ونفذت سرايا السلام انسحاباً من سامراء يوم ٢٠ نيسان ٢٠٢٤.";

    public const string MemoText = "Memo\n\nA Sadrist aide said privately: \"" + SecretWords + ".\" Moqtada al-Sadr was told.";

    /// <summary>Writes the ledger to <paramref name="path"/> (a new file) and returns the ids of its sources.</summary>
    public static (long Kufa, long Trainers, long Coalition, long Arabic, long Memo) Write(string path)
    {
        var kufa = Source(1, KufaText, "en", "Sadr demands withdrawal", new LocalDate(2023, 5, 10), "Kufa Courier");
        var trainers = Source(2, TrainersText, "en", "Sadrists soften line on trainers", new LocalDate(2024, 2, 1), "Baghdad Wire");
        var coalition = Source(3, CoalitionText, "en", "Coalition plans a smaller mission", new LocalDate(2023, 6, 1), "Brussels Daily");
        var arabic = Source(4, ArabicText, "ar", "الصدر يطالب بحصر السلاح", new LocalDate(2024, 4, 21), "وكالة الفرات");
        var memo = Source(5, MemoText, "en", "Memo", new LocalDate(2024, 3, 1), null);
        memo = memo with { Source = memo.Source with { Confidential = true } };

        var actors = ImmutableArray.Create(
            Actor(Sadr, "Moqtada al-Sadr", ActorType.Person, "مقتدى الصدر"),
            Actor(Sadrists, "Sadrist movement", ActorType.Organization, "التيار الصدري"),
            Actor(Coalition, "International coalition", ActorType.Organization, "التحالف الدولي"),
            Actor(Kataib, "Kataib Hezbollah", ActorType.Organization, "كتائب حزب الله"),
            Actor(SarayaAlSalam, "Saraya al-Salam", ActorType.Organization, "سرايا السلام"));

        long next = 0;
        Citation Cite(ArchivedSource s, string words)
        {
            var start = s.Source.Text.IndexOf(words, StringComparison.Ordinal);
            if (start < 0)
                throw new InvalidOperationException($"'{words}' is not in source {s.Source.Id}");
            return new Citation(s.Source.Id, new TextSpan(start, start + words.Length));
        }

        ActorMention Mention(string actor, ArchivedSource s, string words) => new(++next, actor, Cite(s, words), ReviewState.Accepted);

        var mentions = ImmutableArray.Create(
            Mention(Sadr, kufa, "Moqtada al-Sadr"),
            Mention(SarayaAlSalam, kufa, "Saraya al-Salam"),
            Mention(Sadrists, kufa, "Sadrist movement"),
            Mention(Sadrists, trainers, "Sadrist"),
            Mention(Coalition, coalition, "international coalition"),
            Mention(Kataib, coalition, "Kataib Hezbollah"),
            Mention(Sadr, arabic, "مقتدى الصدر"),
            Mention(SarayaAlSalam, arabic, "سرايا السلام"),
            Mention(Sadr, memo, "Moqtada al-Sadr"));

        next = 0;
        Position Position(string actor, string issue, Stance stance, ArchivedSource s, string words, ReviewState review = ReviewState.Accepted) =>
            new(++next, actor, issue, stance, words, Cite(s, words), review);

        var positions = ImmutableArray.Create(
            Position(Sadr, Troops, Stance.Oppose, kufa, "Every foreign soldier must leave Iraq this year"),
            Position(Sadr, Arms, Stance.Support, kufa, "hand over its weapons to the state"),
            Position(Sadr, Troops, Stance.Conditional, trainers, "foreign trainers may stay if their mission is regulated by parliament"),
            Position(Sadr, Elections, Stance.Support, trainers, "backs early elections", ReviewState.Candidate),
            Position(Coalition, Troops, Stance.Support, coalition, "keep a training mission in Iraq"),
            Position(Coalition, Arms, Stance.Support, coalition, "all weapons be held by the state"),
            Position(Kataib, Arms, Stance.Oppose, coalition, "it will never give up its arms"),
            Position(Sadr, Arms, Stance.Support, arabic, "السلاح بيد الدولة وحدها"),
            Position(Sadr, Quotas, Stance.Support, memo, SecretWords),
            Position(Sadr, Corruption, Stance.Oppose, kufa, "Every foreign soldier", ReviewState.Rejected));

        var assessments = ImmutableArray.Create(
            new Assessment(1, Sadr, Arms, Verdict.Consistent, "Saraya al-Salam withdrew from Samarra as the statement asked",
                Cite(arabic, "ونفذت سرايا السلام انسحاباً من سامراء"), ReviewState.Accepted),
            new Assessment(2, Sadr, Quotas, Verdict.Inconsistent, "the memo says the movement keeps its quotas", Cite(memo, SecretWords), ReviewState.Accepted));

        var relations = ImmutableArray.Create(
            new Relation(1, SarayaAlSalam, RelationKind.ArmedWingOf, Sadrists, null, null, Cite(kufa, "Saraya al-Salam is the armed wing of the Sadrist movement"), ReviewState.Accepted));

        var events = ImmutableArray.Create(
            new Event(1, "2024-04-20", SarayaAlSalam, null, EventType.Retreat, "withdrew from Samarra", Cite(arabic, "ونفذت سرايا السلام انسحاباً من سامراء"), ReviewState.Accepted),
            new Event(2, "2023-05-10", Sadr, null, EventType.Statement, "told worshippers every foreign soldier must leave", Cite(kufa, "Moqtada al-Sadr told worshippers"), ReviewState.Accepted));

        var issues = ImmutableArray.Create(
            new Issue(Corruption, "anti-corruption", "مكافحة الفساد", null, []),
            new Issue(Quotas, "ethno-sectarian quota system", "نظام المحاصصة", null, []),
            new Issue(Elections, "elections", "الانتخابات", null, []),
            new Issue(Troops, "foreign troop presence", "الوجود العسكري الأجنبي", null, []),
            new Issue(Arms, "state control of arms", "حصر السلاح بيد الدولة", null, []));

        var snapshot = new LedgerSnapshot(
            LedgerSnapshot.CurrentFormat, [kufa, trainers, coalition, arabic, memo], actors, mentions, [], [], relations, events,
            issues, positions, assessments, []);
        using (var ledger = SqliteLedger.Open(path))
            ledger.Import(snapshot);
        return (1, 2, 3, 4, 5);
    }

    private static Actor Actor(string id, string name, ActorType type, string arabic) =>
        new(id, name, type, [new Alias(name, Script.Latin), new Alias(arabic, Script.Arabic)], ReviewState.Accepted);

    private static ArchivedSource Source(long id, string text, string language, string title, LocalDate published, string? publisher)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new ArchivedSource(
            new Source(id, sha, language + id + ".txt", "text", language, title, published, publisher, null, [], false, Instant.FromUtc(2024, 5, 1, 0, 0), text),
            bytes);
    }
}
