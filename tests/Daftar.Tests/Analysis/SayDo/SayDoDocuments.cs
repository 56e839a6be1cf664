using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Storage;
using Daftar.Tests.Storage;
using NodaTime;

namespace Daftar.Tests.Analysis.SayDo;

/// <summary>
/// Invented reports, in English and Arabic, where a movement states a position on arms and its armed wing later acts
/// against it (an attack) or along it (a hand-over), and reports that must never be suggested (another actor's deed,
/// a deed before the statement).
/// </summary>
internal static class SayDoDocuments
{
    public const string Pledge =
        "The Sadrist movement wants all arms under the control of the state, its spokesman said on Monday. " +
        "\"We demand state control of arms, and we reject uncontrolled weapons,\" a senior Sadrist said. " +
        "Saraya al-Salam, the armed wing of the Sadrist movement, holds positions in Samarra.";

    public const string Attack =
        "Fighters of Saraya al-Salam attacked an army base near Samarra on Sunday, April 19, 2020, keeping their weapons outside state control.";

    public const string HandOver =
        "Saraya al-Salam withdrew its fighters from Samarra on Tuesday, May 5, 2020, and handed its positions to the army, putting its weapons under state control.";

    /// <summary>A deed by an actor with no tie to the movement.</summary>
    public const string OtherActor =
        "Fighters of the Badr Organization attacked an army base near Samarra on Sunday, April 19, 2020, keeping their weapons outside state control.";

    /// <summary>A deed by the armed wing dated before the pledge.</summary>
    public const string EarlierAttack =
        "Fighters of Saraya al-Salam attacked an army base near Samarra on Sunday, February 9, 2020, keeping their weapons outside state control.";

    public const string PledgeArabic =
        "طالب التيار الصدري يوم الاثنين بحصر السلاح بيد الدولة. " +
        "وقالت سرايا السلام، الجناح العسكري للتيار الصدري، إنها مستعدة.";

    public const string AttackArabic =
        "هاجمت سرايا السلام قاعدة للجيش العراقي قرب سامراء يوم الأحد 19 نيسان 2020، واحتفظت بالسلاح خارج سلطة الدولة.";

    public static readonly LocalDate PledgeDay = new(2020, 3, 2);

    /// <summary>Stores a report as extraction reads it, published on <paramref name="published"/>; returns its source id.</summary>
    public static long Add(SqliteLedger ledger, string text, LocalDate published, string language = "en", string? title = null)
    {
        var source = Samples.Source(text, title ?? text[..Math.Min(40, text.Length)], language) with { Published = published };
        var annotation = Extractor.Extract(text, new AnnotationSource(source.Title, published.ToString("yyyy-MM-dd", null), language, null, null, [], ""));
        return ledger.AddSource(source, Samples.Bytes(text), annotation).SourceId;
    }

    /// <summary>Accepts every candidate of a source (as an analyst who read it would).</summary>
    public static void AcceptAll(SqliteLedger ledger, long sourceId)
    {
        var entries = ledger.EntriesOf(sourceId);
        foreach (var q in entries.Quotes)
            ledger.SetReview(EntryKind.Quote, q.Id, ReviewState.Accepted, ledger.VersionOf(EntryKind.Quote, q.Id)!.Value);
        foreach (var r in entries.Relations)
            ledger.SetReview(EntryKind.Relation, r.Id, ReviewState.Accepted, ledger.VersionOf(EntryKind.Relation, r.Id)!.Value);
        foreach (var e in entries.Events)
            ledger.SetReview(EntryKind.Event, e.Id, ReviewState.Accepted, ledger.VersionOf(EntryKind.Event, e.Id)!.Value);
        foreach (var p in entries.Positions)
            ledger.SetReview(EntryKind.Position, p.Id, ReviewState.Accepted, ledger.VersionOf(EntryKind.Position, p.Id)!.Value);
        foreach (var m in entries.Mentions)
            ledger.SetReview(EntryKind.Mention, m.Id, ReviewState.Accepted, ledger.VersionOf(EntryKind.Mention, m.Id)!.Value);
    }
}
