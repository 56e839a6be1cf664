using System.Collections.Immutable;
using Daftar.Domain;
using Daftar.Extraction.Sentences;

namespace Daftar.Extraction.Actors;

/// <summary>
/// The actor layer: finds the actors a document names and every place it names them. Pure and thread-safe: text
/// in, <see cref="ActorLayerResult"/> out.
/// </summary>
/// <remarks>
/// <para><b>1. Gazetteer names.</b> Every name, spelling variant, member word ("Sadrists"), adjective ("Iranian"),
/// capital ("Tehran") and description ("the coalition") of the <see cref="Gazetteer"/> is looked for at once by one
/// trie walked from each word start (about one table look-up per character). A name matches on word boundaries,
/// ignoring case except that a capital in the name must be a capital in the text and an acronym (PMF, IS, U.S.) must
/// be written exactly so (and not inside an all-capitals line); apostrophe styles, hyphens and dashes, diacritics,
/// harakat and Arabic letter variants are folded; a possessive ’s after a name is not part of it; the longest match
/// wins. Arabic names are also found behind the proclitics و ف ب ل ك, the article ال, and لل (ل + ال): والصدر,
/// بالحشد الشعبي, للصدر. A state's name or adjective followed by government, administration, authorities or regime
/// is one name of the state ("the Iraqi government"); followed by forces, officials, embassy… it is an adjective
/// ("U.S. forces"). A capital names its state only as an actor: possessive ("Tehran’s proxies") or at the head of
/// a clause before a lower-case word ("Baghdad and Erbil agreed"); "in Baghdad" is a place. Places and other
/// non-actors (names.tsv) are matched too, so "Sadr City" hides Sadr, but they name nobody.</para>
/// <para><b>2. Names the gazetteer lacks</b> (Latin script). Within a sentence, runs of capitalised words joined by
/// name particles (al-, bin, ibn, Abu, Abd, Umm) and, in organisation names, by of/for/and/the. Leading
/// sentence-initial common words (a lexicon, or any word the document also writes in lower case), months,
/// weekdays, sects and peoples are not names; titles (Grand Ayatollah, Prime Minister, Gen., Dr.) are stripped
/// from the name and kept as an alias ("Grand Ayatollah Sistani"). A run ending in an organisation head (Party,
/// Movement, Brigades, Forces, Council, Front, Alliance, Committee…) or starting "Ministry of…" is an organisation
/// (a state adjective before it belongs to it: "Iraqi Security Forces", "the Iraqi Army"; "Sheikh X al-Y of the
/// Z Front" is a person and an organisation); a run with a title, or of two or more
/// words with a particle or a known given name, is a person. Lines in title case without final punctuation
/// (headlines, page chrome) are skipped. Cities and regions are never actors (decided: a place is not a party that
/// speaks or acts; capitals stand for states as above). An unknown person whose transliteration key
/// (<see cref="NameKey.Latin"/>) equals a gazetteer person's is that person ("Adil Abdel-Mehdi" is Adel
/// Abdul-Mahdi).</para>
/// <para><b>3. Resolution inside the document.</b> A single-word name (Moqtada, al-Sadr, Tamimi) goes to the actor
/// of the document whose full name ends with it (or, for an organisation, whose name is it plus a head word); if
/// several fit, the one named in the same or previous sentence, else the one named most often so far, else the
/// gazetteer's holder of that alias. So "Mohammed Sadiq al-Sadr, father of Moqtada" stays a second person and a
/// later bare "al-Sadr" goes to Moqtada when he is the one being discussed. A parenthesised acronym after a name
/// ("Popular Mobilization Forces (PMF)", "Iraqi National Alliance (INA)") becomes that actor's alias for the whole
/// document; after an unknown capitalised name whose initials it spells, it makes that name an organisation. A
/// description ("the coalition", "the 60-member international coalition") names the gazetteer actor it describes
/// when the document names that actor otherwise, or when the description has several words.</para>
/// <para><b>Output.</b> Mentions are sorted, do not overlap (longest wins) and cover exactly the name words (no
/// title, no "the", no ’s, no proclitic). Each actor has the gazetteer's canonical name and id when known (else
/// its first full name and a slug of it), and as aliases every surface form seen (with titles) plus the
/// gazetteer's names in both scripts.</para>
/// <para>Known limits: unknown Arabic-script names are not yet recognised (gazetteer names are); pronouns and
/// definite descriptions other than gazetteer descriptions are left to later layers.</para>
/// </remarks>
public static class ActorRecognizer
{
    /// <summary>The actors of <paramref name="text"/> and their mentions, with the default gazetteer.</summary>
    public static ActorLayerResult Recognize(string text) => Recognize(text, SentenceSplitter.Split(text ?? string.Empty), Gazetteer.Default);

    /// <summary>The actors of <paramref name="text"/> and their mentions.</summary>
    /// <param name="text">The document's clean text.</param>
    /// <param name="sentences">Its sentences (from <see cref="SentenceSplitter"/>); names never cross a sentence end.
    /// When empty, the text is split here.</param>
    /// <param name="gazetteer">The known actors.</param>
    public static ActorLayerResult Recognize(string text, ImmutableArray<TextSpan> sentences, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (text.Length == 0)
            return ActorLayerResult.Empty;
        if (sentences.IsDefaultOrEmpty)
            sentences = SentenceSplitter.Split(text);
        return new ActorDocument(text, sentences, gazetteer.Compiled).Run();
    }
}
