using System.Security.Cryptography;
using System.Text;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime;

namespace Daftar.Tests.Publishing;

/// <summary>
/// A small ledger for export tests: a public English-and-Arabic report and a confidential memo, with accepted,
/// candidate and confidential entries of every kind. Everything the public must never see holds "canary" (any case);
/// the public report's own text holds none (its candidates' stored words, names and summaries do).
/// </summary>
internal static class ExportSamples
{
    public const string Canary = "canary";

    public const string HandOver = "Hand over every post, \"all\" of them,\nby Friday.";

    public const string ArabicQuote = "سلّموا المواقع، كلها";

    public const string PublicNote = "Printed in the weekly, with a comma, \"quotes\"\nand a second line.";

    public const string OpenText =
        "Moqtada al-Sadr said: \"" + HandOver + "\" The Sadrist movement agreed on April 20, 2024. A senior Sadrist added: «" + ArabicQuote
        + "». Saraya al-Salam is its armed wing and conceded the Samarra posts. Someone whispered about Yusuf Karim.";

    public const string SecretText = "Canaryinformant Person said CANARY-SECRET-QUOTE to the Sadrist movement in a closed meeting.";

    public const long OpenId = 1;

    public const long SecretId = 2;

    private static readonly Instant Ingested = Instant.FromUtc(2024, 4, 21, 8, 0, 0);

    /// <summary>The original bytes' SHA-256 of the confidential memo, which no public export may name.</summary>
    public static string SecretSha256 => Hex(Encoding.UTF8.GetBytes(SecretText));

    /// <summary>Writes the sample ledger to <paramref name="path"/> (a new file) through import, which keeps every id.</summary>
    public static void WriteLedger(string path)
    {
        using var ledger = SqliteLedger.Open(path);
        ledger.Import(Snapshot());
    }

    public static LedgerSnapshot Snapshot()
    {
        var open = Encoding.UTF8.GetBytes(OpenText);
        var secret = Encoding.UTF8.GetBytes(SecretText);
        Citation Open(string words) => At(OpenId, OpenText, words);
        Citation Secret(string words) => At(SecretId, SecretText, words);
        const ReviewState accepted = ReviewState.Accepted;
        const ReviewState candidate = ReviewState.Candidate;
        return new LedgerSnapshot(
            LedgerSnapshot.CurrentFormat,
            [
                new ArchivedSource(new Source(OpenId, Hex(open), "open.txt", "text", "en", "Sadr orders, Saraya hands over", new LocalDate(2024, 4, 21),
                    "Tigris Review", "Layla Hassan", ["ar"], false, Ingested, OpenText), open),
                new ArchivedSource(new Source(SecretId, Hex(secret), "canary-memo.txt", "text", "en", "CANARY-SECRET-TITLE", new LocalDate(2024, 4, 22),
                    "CANARY-SECRET-PUBLISHER", null, [], true, Ingested, SecretText), secret),
            ],
            [
                new Actor("canary-candidate-actor", "Canarycandidate Actor", ActorType.Person, [], candidate),
                new Actor("canary-informant", "Canaryinformant Person", ActorType.Person, [], accepted),
                new Actor("iraq", "Iraq", ActorType.State, [new Alias("العراق", Script.Arabic)], accepted),
                new Actor("moqtada-al-sadr", "Moqtada al-Sadr", ActorType.Person,
                    [new Alias("Muqtada al-Sadr", Script.Latin), new Alias("مقتدى الصدر", Script.Arabic)], accepted),
                new Actor("sadrist-movement", "Sadrist movement", ActorType.Organization, [new Alias("التيار الصدري", Script.Arabic)], accepted),
                new Actor("saraya-al-salam", "Saraya al-Salam", ActorType.Organization, [new Alias("سرايا السلام", Script.Arabic)], accepted),
            ],
            [
                new ActorMention(1, "moqtada-al-sadr", Open("Moqtada al-Sadr"), accepted),
                new ActorMention(2, "sadrist-movement", Open("Sadrist movement"), candidate),
                new ActorMention(3, "saraya-al-salam", Open("Saraya al-Salam"), accepted),
                new ActorMention(4, "canary-candidate-actor", Open("Yusuf Karim"), accepted),
                new ActorMention(5, "canary-informant", Secret("Canaryinformant Person"), accepted),
                new ActorMention(6, "sadrist-movement", Secret("Sadrist movement"), accepted),
            ],
            [
                new Quote(1, Open(HandOver), HandOver, QuoteKind.Speech, new Speaker("moqtada-al-sadr", null, false, false), "said", accepted),
                new Quote(2, Open(ArabicQuote), ArabicQuote, QuoteKind.Speech, new Speaker("canary-informant", "A senior Sadrist", true, true), "added", accepted),
                new Quote(3, Open("Someone whispered"), "CANARY-CANDIDATE-QUOTE", QuoteKind.Term, Speaker.None, null, candidate),
                new Quote(4, Secret("CANARY-SECRET-QUOTE"), "CANARY-SECRET-QUOTE", QuoteKind.Speech, new Speaker("canary-informant", null, false, false), "said", accepted),
            ],
            [
                new Timex(1, new Citation(OpenId, new TextSpan(0, 0)), "2024-04-21", TimexType.Date, "2024-04-21", accepted),
                new Timex(2, Open("April 20, 2024"), "April 20, 2024", TimexType.Date, "2024-04-20", accepted),
                new Timex(3, Open("Friday"), "Friday CANARY-CANDIDATE-TIMEX", TimexType.Date, "2024-04-26", candidate),
                new Timex(4, Secret("closed meeting"), "CANARY-SECRET-TIMEX", TimexType.Date, "2024-04-22", accepted),
            ],
            [
                new Relation(1, "saraya-al-salam", RelationKind.ArmedWingOf, "sadrist-movement", null, null, Open("its armed wing"), accepted),
                new Relation(2, "moqtada-al-sadr", RelationKind.Leads, "sadrist-movement", "2003", null, Open("The Sadrist movement"), accepted),
                new Relation(3, "moqtada-al-sadr", RelationKind.MemberOf, "iraq", null, null, Open("Moqtada al-Sadr"), accepted),
                new Relation(4, "canary-informant", RelationKind.MemberOf, "sadrist-movement", null, null, Secret("Canaryinformant Person"), accepted),
                new Relation(5, "moqtada-al-sadr", RelationKind.Advises, "saraya-al-salam", null, null, Open("Saraya al-Salam"), candidate),
                new Relation(6, "saraya-al-salam", RelationKind.OpposedTo, "moqtada-al-sadr", null, null, Open("conceded"), ReviewState.Rejected),
            ],
            [
                new Event(1, "2024-04-20", "saraya-al-salam", null, EventType.Concede, "hands over the Samarra posts", Open("conceded the Samarra posts"), accepted),
                new Event(2, "2024-04-26", "moqtada-al-sadr", null, EventType.Threaten, "CANARY-CANDIDATE-EVENT", Open("by Friday"), candidate),
                new Event(3, "2024-04-22", "canary-informant", "sadrist-movement", EventType.Consult, "CANARY-SECRET-EVENT", Secret("closed meeting"), accepted),
            ],
            [new Issue("state-control-of-arms", "State control of arms", "حصر السلاح بيد الدولة", null, ["weapons"]), new Issue("canary-issue", "CANARY-ISSUE", null, null, [])],
            [
                new Position(1, "sadrist-movement", "state-control-of-arms", Stance.Support, HandOver, Open(HandOver), accepted),
                new Position(2, "moqtada-al-sadr", "canary-issue", Stance.Oppose, "CANARY-CANDIDATE-POSITION", Open("Someone whispered"), candidate),
            ],
            [],
            [
                new Note(1, OpenId, "CANARY-NOTE: the reporter's informant is Canaryinformant Person.", true, Ingested),
                new Note(2, OpenId, PublicNote, false, Ingested),
                new Note(3, SecretId, "CANARY-SECRET-NOTE", false, Ingested),
            ]);
    }

    private static Citation At(long sourceId, string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        if (start < 0)
            throw new ArgumentException($"'{words}' is not in source {sourceId}", nameof(words));
        return new Citation(sourceId, new TextSpan(start, start + words.Length));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
