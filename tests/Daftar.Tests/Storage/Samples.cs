using System.Collections.Immutable;
using System.Text;
using Daftar.Domain;
using Daftar.Storage;
using NodaTime;

namespace Daftar.Tests.Storage;

/// <summary>Small hand-written ledger entries for storage tests.</summary>
internal static class Samples
{
    public static readonly Instant Ingested = Instant.FromUtc(2024, 3, 18, 9, 30, 15) + Duration.FromTicks(1234567);

    public static Source Source(string text, string? title = null, string language = "en") => new(
        0, "", "sample.txt", "text", language, title, new LocalDate(2024, 3, 18), "Tigris Review", null,
        ["ar"], false, Ingested, text);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A ledger with one entry of every kind, all cross-referenced.</summary>
    public static void FillEveryKind(SqliteLedger ledger)
    {
        const string english = "Muqtada al-Sadr said on Monday: “We want the state to hold every weapon.” A senior Sadrist called it “a promise”.";
        const string arabic = "قال مقتدى الصدر يوم الاثنين: «نريد أن تحتكر الدولة السلاح». وأضاف مصدر مطلع أن سرايا السلام ستلتزم.";
        var first = ledger.AddSource(Source(english, "Sadr on state arms"), Bytes(english + "\n")).SourceId;
        var second = ledger.AddSource(Source(arabic, "الصدر والسلاح", "ar") with { Confidential = true }, Bytes(arabic)).SourceId;
        ledger.AddActor(new Actor("moqtada-al-sadr", "Moqtada al-Sadr", ActorType.Person,
            [new Alias("Muqtada al-Sadr", Script.Latin), new Alias("مقتدى الصدر", Script.Arabic)], ReviewState.Accepted));
        ledger.AddActor(new Actor("sadrist-movement", "Sadrist movement", ActorType.Organization,
            [new Alias("Sadrists", Script.Latin), new Alias("التيار الصدري", Script.Arabic)], ReviewState.Candidate));
        ledger.AddQuote(new Quote(0, new Citation(first, new TextSpan(41, 83)), "We want the state to hold every weapon.",
            QuoteKind.Speech, new Speaker("moqtada-al-sadr", null, false, false), "said", ReviewState.Accepted));
        ledger.AddQuote(new Quote(0, new Citation(second, new TextSpan(36, 60)), "نريد أن تحتكر الدولة السلاح",
            QuoteKind.Speech, new Speaker("sadrist-movement", "مصدر مطلع", true, true), "قال", ReviewState.Candidate));
    }

    /// <summary>The same as <see cref="FillEveryKind"/> plus the kinds only an import can write today.</summary>
    public static LedgerSnapshot EveryKindSnapshot(SqliteLedger scratch)
    {
        FillEveryKind(scratch);
        var snapshot = scratch.Export();
        var first = snapshot.Sources[0].Source.Id;
        var cite = new Citation(first, new TextSpan(0, 15));
        return snapshot with
        {
            Mentions = [new ActorMention(1, "moqtada-al-sadr", cite, ReviewState.Accepted)],
            Timexes = [new Timex(1, new Citation(first, new TextSpan(25, 31)), "Monday", TimexType.Date, "2024-03-18", ReviewState.Candidate)],
            Relations = [new Relation(1, "moqtada-al-sadr", RelationKind.Leads, "sadrist-movement", "2003", null, cite, ReviewState.Accepted)],
            Events = [new Event(1, "2024-03-18", "moqtada-al-sadr", null, EventType.Statement, "calls for a state monopoly on arms", cite, ReviewState.Candidate)],
            Issues = [new Issue("state-control-of-arms", "State control of arms", "حصر السلاح بيد الدولة", "Who may bear arms in Iraq", ["weapons", "السلاح"])],
            Positions = [new Position(1, "sadrist-movement", "state-control-of-arms", Stance.Support, "We want the state to hold every weapon.", cite, ReviewState.Accepted)],
            Assessments = [new Assessment(1, "sadrist-movement", "state-control-of-arms", Verdict.Consistent, "Saraya al-Salam handed over its posts.", cite, ReviewState.Accepted)],
            Notes = [new Note(1, first, "Source met in Najaf; name withheld.", true, Ingested)],
        };
    }
}
