using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Actors;

/// <summary>The actor layer's tricky cases, on sentences written for these tests.</summary>
public class ActorRecognizerTests
{
    private static ActorLayerResult Recognize(string text) =>
        ActorRecognizer.Recognize(text, SentenceSplitter.Split(text), Gazetteer.Default);

    /// <summary>The surface texts of an actor's mentions, in order.</summary>
    private static string[] Mentions(string text, ActorLayerResult result, string id) =>
        result.Find(id) is { } actor ? [.. actor.Mentions.Select(m => text[m.Start..m.End])] : [];

    private static string? ActorAt(string text, ActorLayerResult result, string surface, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{surface}' is not in the text");
        return result.Mentions.FirstOrDefault(m => m.Span.Start == at && m.Span.End == at + surface.Length).ActorId;
    }

    [Fact]
    public void Full_name_short_name_and_possessive_are_one_person()
    {
        const string text = "Moqtada al-Sadr addressed his followers on Friday. Later, Moqtada’s aides said al-Sadr would travel. Al-Sadr's office confirmed it.";
        var result = Recognize(text);
        Assert.Equal(["Moqtada al-Sadr", "Moqtada", "al-Sadr", "Al-Sadr"], Mentions(text, result, "moqtada-al-sadr"));
        Assert.Single(result.Actors, a => a.Type == ActorType.Person);
    }

    [Fact]
    public void Two_al_Sadrs_stay_apart_and_a_bare_al_Sadr_goes_to_the_one_named_nearby()
    {
        const string text =
            "Mohammed Sadiq al-Sadr, the father of Moqtada, led a revival in the 1990s. Al-Sadr had defied the regime for years. " +
            "Two decades on, Moqtada al-Sadr commands a movement of his own. In 2020 al-Sadr backed a new premier.";
        var result = Recognize(text);
        Assert.Equal("mohammed-sadiq-al-sadr", ActorAt(text, result, "Mohammed Sadiq al-Sadr"));
        Assert.Equal("moqtada-al-sadr", ActorAt(text, result, "Moqtada"));
        Assert.Equal("mohammed-sadiq-al-sadr", ActorAt(text, result, "Al-Sadr"));
        Assert.Equal("moqtada-al-sadr", ActorAt(text, result, "al-Sadr backed"[..7], occurrence: 2));
    }

    [Fact]
    public void Parenthesised_acronym_of_a_gazetteer_actor_names_it_everywhere()
    {
        const string text = "The Popular Mobilisation Units (PMU) were founded in 2014. Since then the PMU has grown.";
        var result = Recognize(text);
        Assert.Equal(["Popular Mobilisation Units", "PMU", "PMU"], Mentions(text, result, "popular-mobilization-forces"));
    }

    [Fact]
    public void Parenthesised_acronym_makes_an_unknown_capitalised_name_an_organisation()
    {
        const string text = "Delegates of the Southern Farmers Assembly (SFA) met in Basra. The SFA rejected the budget.";
        var result = Recognize(text);
        var actor = Assert.Single(result.Actors);
        Assert.Equal("Southern Farmers Assembly", actor.Name);
        Assert.Equal(ActorType.Organization, actor.Type);
        Assert.Contains("SFA", actor.Aliases);
        Assert.Equal(3, actor.Mentions.Length);
    }

    [Fact]
    public void Acronym_initials_make_an_organisation_even_without_a_head_word()
    {
        const string text = "The Civic Reform Bloc (CRB) won four seats. CRB leaders celebrated.";
        var result = Recognize(text);
        Assert.Contains(result.Actors, a => a.Name == "Civic Reform Bloc" && a.Aliases.Contains("CRB"));
    }

    [Fact]
    public void Possessive_mentions_cover_the_name_without_the_s()
    {
        const string text = "Hezbollah’s leaders met. The Sadrists’ anger grew. Iran's envoy left.";
        var result = Recognize(text);
        Assert.Equal(["Hezbollah"], Mentions(text, result, "hezbollah"));
        Assert.Equal(["Sadrists"], Mentions(text, result, "sadrist-movement"));
        Assert.Equal(["Iran"], Mentions(text, result, "iran"));
    }

    [Fact]
    public void Members_name_their_group()
    {
        const string text = "Thousands of Sadrists marched. A senior Sadrist said the Baathists had lost.";
        var result = Recognize(text);
        var sadrists = result.Mentions.Where(m => m.ActorId == "sadrist-movement").ToList();
        Assert.Equal(2, sadrists.Count);
        Assert.All(sadrists, m => Assert.Equal(MentionKind.Member, m.Kind));
        Assert.Contains(result.Mentions, m => m.ActorId == "baath-party" && m.Kind == MentionKind.Member);
    }

    [Fact]
    public void Demonyms_name_states_as_adjectives_and_their_plurals_as_members()
    {
        const string text = "Iranian drones and Turkish troops crossed the border, while many Iraqis and Americans watched.";
        var result = Recognize(text);
        Assert.Contains(result.Mentions, m => m.ActorId == "iran" && m.Kind == MentionKind.Adjective);
        Assert.Contains(result.Mentions, m => m.ActorId == "turkey" && m.Kind == MentionKind.Adjective);
        Assert.Contains(result.Mentions, m => m.ActorId == "iraq" && m.Kind == MentionKind.Member && text[m.Span.Start..m.Span.End] == "Iraqis");
        Assert.Contains(result.Mentions, m => m.ActorId == "united-states" && m.Kind == MentionKind.Member);
    }

    [Fact]
    public void A_state_with_government_is_one_name_and_with_forces_an_adjective()
    {
        const string text = "The Iraqi government protested after U.S. forces struck a depot; the U.S. administration replied.";
        var result = Recognize(text);
        Assert.Contains(result.Mentions, m => m.ActorId == "iraq" && text[m.Span.Start..m.Span.End] == "Iraqi government" && m.Kind == MentionKind.Name);
        Assert.Contains(result.Mentions, m => m.ActorId == "united-states" && text[m.Span.Start..m.Span.End] == "U.S." && m.Kind == MentionKind.Adjective);
        Assert.Contains(result.Mentions, m => m.ActorId == "united-states" && text[m.Span.Start..m.Span.End] == "U.S. administration");
    }

    [Fact]
    public void The_verb_is_is_never_an_actor_but_IS_in_capitals_is()
    {
        const string text = "Is it over? It is not. IS fighters regrouped near the river. The Islamic State (IS) is weaker.";
        var result = Recognize(text);
        var actor = Assert.Single(result.Actors);
        Assert.Equal("islamic-state", actor.Id);
        Assert.Equal(["IS", "Islamic State", "IS"], Mentions(text, result, "islamic-state"));
    }

    [Fact]
    public void An_acronym_inside_a_line_of_capitals_is_not_matched()
    {
        const string text = "WHY THE WAR IS NOT OVER\n\nThe fighting resumed.";
        Assert.Empty(Recognize(text).Actors);
    }

    [Fact]
    public void Sentence_initial_capitals_are_not_names()
    {
        const string text = "Though tired, the delegates stayed. Vital questions remain open. Analysts disagree. Few Lebanese voted.";
        var result = Recognize(text);
        var actor = Assert.Single(result.Actors);
        Assert.Equal("lebanon", actor.Id);
    }

    [Fact]
    public void Months_weekdays_sects_and_places_are_not_actors()
    {
        const string text = "On Friday, January 3, Shia and Sunni worshippers gathered in Najaf and Sadr City.";
        Assert.Empty(Recognize(text).Actors);
    }

    [Fact]
    public void Titles_are_aliases_but_not_part_of_the_mention()
    {
        const string text = "Grand Ayatollah Sistani issued a ruling. Iran’s Supreme Leader Ayatollah Ali Khamenei did not reply.";
        var result = Recognize(text);
        var sistani = result.Find("ali-al-sistani")!;
        Assert.Equal("Ali al-Sistani", sistani.Name);
        Assert.Contains("Grand Ayatollah Sistani", sistani.Aliases);
        Assert.Equal(["Sistani"], Mentions(text, result, "ali-al-sistani"));
        Assert.Contains("Supreme Leader Ayatollah Ali Khamenei", result.Find("ali-khamenei")!.Aliases);
        Assert.Equal(["Ali Khamenei"], Mentions(text, result, "ali-khamenei"));
    }

    [Fact]
    public void Unknown_people_are_found_by_titles_particles_and_given_names_and_resolved_later()
    {
        const string text =
            "Gen. Rashid Obeidi inspected the base. Sheikh Hamid al-Tamimi, an advisor, joined him. " +
            "Karim Lami stayed in Kut. Later al-Tamimi and Obeidi spoke; Lami did not.";
        var result = Recognize(text);
        Assert.Equal(["Rashid Obeidi", "Obeidi"], Mentions(text, result, "rashid-obeidi"));
        Assert.Equal(["Hamid al-Tamimi", "al-Tamimi"], Mentions(text, result, "hamid-al-tamimi"));
        Assert.Equal(["Karim Lami", "Lami"], Mentions(text, result, "karim-lami"));
        Assert.All(result.Actors, a => Assert.Equal(ActorType.Person, a.Type));
        Assert.Contains("Gen. Rashid Obeidi", result.Find("rashid-obeidi")!.Aliases);
    }

    [Fact]
    public void Unknown_organisations_are_found_by_their_head_words()
    {
        const string text =
            "The Ministry of Water Resources warned of drought. The Basra Fishermen Union and the Green Dawn Movement protested. " +
            "Iraqi Security Forces were deployed; the Baghdad Operations Command announced a curfew.";
        var result = Recognize(text);
        string[] expected = ["Ministry of Water Resources", "Basra Fishermen Union", "Green Dawn Movement", "Iraqi Security Forces", "Baghdad Operations Command"];
        foreach (var name in expected)
            Assert.Contains(result.Actors, a => a.Name == name && a.Type == ActorType.Organization);

        const string army = "Clashes between the Iraqi Army and the Green Dawn Movement (GDM) continued.";
        result = Recognize(army);
        expected = ["Iraqi Army", "Green Dawn Movement"];
        foreach (var name in expected)
            Assert.Contains(result.Actors, a => a.Name == name && a.Type == ActorType.Organization);
    }

    [Fact]
    public void A_person_and_the_organisation_after_of_are_two_actors()
    {
        const string text = "Sayyid Hassan al-Musawi of the Islamic Action Front addressed the crowd.";
        var result = Recognize(text);
        Assert.Contains(result.Actors, a => a.Name == "Hassan al-Musawi" && a.Type == ActorType.Person);
        Assert.Contains(result.Actors, a => a.Name == "Islamic Action Front" && a.Type == ActorType.Organization);
    }

    [Fact]
    public void A_one_word_gazetteer_name_inside_a_longer_unknown_name_is_not_matched_alone()
    {
        const string text = "Abbas al-Rubaie, a trader, was arrested.";
        var result = Recognize(text);
        var actor = Assert.Single(result.Actors);
        Assert.Equal("Abbas al-Rubaie", actor.Name);
    }

    [Fact]
    public void Transliteration_variants_apostrophes_and_dashes_are_folded()
    {
        const string text = "Muqtada as-Sadr, Qasim Suleimani, the Hashd al‐Sha‘abi and Combined Joint Task Force – Operation Inherent Resolve.";
        var result = Recognize(text);
        Assert.NotNull(result.Find("moqtada-al-sadr"));
        Assert.NotNull(result.Find("qassem-soleimani"));
        Assert.NotNull(result.Find("popular-mobilization-forces"));
        Assert.NotNull(result.Find("international-coalition"));
    }

    [Fact]
    public void An_unknown_spelling_of_a_known_person_is_linked_by_its_transliteration_key()
    {
        const string text = "Prime Minister Adil Abdel-Mehdi resigned.";
        var result = Recognize(text);
        var actor = Assert.Single(result.Actors);
        Assert.Equal("adel-abdul-mahdi", actor.Id);
        Assert.Contains("Adil Abdel-Mehdi", actor.Aliases);
    }

    [Fact]
    public void Arabic_names_are_found_behind_proclitics()
    {
        const string text = "والتقى مقتدى الصدر بقادة الحشد الشعبي. وقال الصدر إن للتيار الصدري موقفاً. وأشاد بالصدر، وانتقد الحكومة الإيرانية.";
        var result = Recognize(text);
        Assert.Equal(["مقتدى الصدر", "الصدر", "الصدر"], Mentions(text, result, "moqtada-al-sadr"));
        Assert.Equal(["الحشد الشعبي"], Mentions(text, result, "popular-mobilization-forces"));
        Assert.Equal(["لتيار الصدري"], Mentions(text, result, "sadrist-movement"));
        Assert.Contains(result.Mentions, m => m.ActorId == "iran" && m.Kind == MentionKind.Adjective && text[m.Span.Start..m.Span.End] == "الإيرانية");
    }

    [Fact]
    public void Arabic_harakat_and_letter_variants_are_folded()
    {
        const string text = "وصرّح مُقتَدى الصَّدر أمس، ثم اجتمع مع حزب اللّه.";
        var result = Recognize(text);
        Assert.NotNull(result.Find("moqtada-al-sadr"));
        Assert.NotNull(result.Find("hezbollah"));
    }

    [Fact]
    public void Actors_hold_aliases_in_both_scripts()
    {
        var actor = Recognize("Moqtada al-Sadr spoke.").Find("moqtada-al-sadr")!;
        Assert.Contains("مقتدى الصدر", actor.Aliases);
        Assert.Contains("Muqtada al-Sadr", actor.Aliases);
        Assert.DoesNotContain("Moqtada al-Sadr", actor.Aliases);
    }

    [Fact]
    public void A_capital_names_its_state_only_when_used_as_an_actor()
    {
        const string text = "Tehran’s allies gained ground. Officials in Tehran were pleased. Baghdad and Ankara signed a deal.";
        var result = Recognize(text);
        Assert.Equal(["Tehran"], Mentions(text, result, "iran"));
        Assert.Equal(["Baghdad"], Mentions(text, result, "iraq"));
        Assert.Equal(["Ankara"], Mentions(text, result, "turkey"));
    }

    [Fact]
    public void The_coalition_names_the_coalition_the_document_is_about()
    {
        const string about = "Operation Inherent Resolve continues. The coalition struck targets, and the 60-member coalition met in Rome.";
        var result = Recognize(about);
        Assert.Equal(["Operation Inherent Resolve", "coalition", "coalition"], Mentions(about, result, "international-coalition"));

        const string yemen = "The Saudi-led coalition bombed Sanaa. The coalition denied it.";
        var other = Recognize(yemen);
        Assert.Null(other.Find("international-coalition"));
        Assert.Equal(["Saudi-led coalition", "coalition"], Mentions(yemen, other, "saudi-led-coalition"));

        Assert.Empty(Recognize("The coalition government fell.").Actors);
    }

    [Fact]
    public void Headlines_in_title_case_yield_no_unknown_names()
    {
        const string text = "Reading The Green Banner Tea Leaves\n\nThe green banner was raised.";
        Assert.Empty(Recognize(text).Actors);
    }

    [Fact]
    public void Mentions_are_sorted_and_do_not_overlap_and_the_longest_wins()
    {
        const string text = "Kata'ib Hezbollah and Hezbollah differ; Syrian Democratic Forces and Syrian troops too.";
        var result = Recognize(text);
        Assert.Equal(["Kata'ib Hezbollah"], Mentions(text, result, "kataib-hezbollah"));
        Assert.Equal(["Hezbollah"], Mentions(text, result, "hezbollah"));
        Assert.Equal(["Syrian Democratic Forces"], Mentions(text, result, "sdf"));
        for (var i = 1; i < result.Mentions.Length; i++)
            Assert.True(result.Mentions[i - 1].Span.End <= result.Mentions[i].Span.Start);
    }

    [Fact]
    public void Actors_are_listed_by_first_mention_with_gazetteer_ids_and_slugs_for_unknowns()
    {
        const string text = "Walid al-Kassab met Hadi al-Amiri.";
        var result = Recognize(text);
        Assert.Equal(["walid-al-kassab", "hadi-al-amiri"], result.Actors.Select(a => a.Id));
        Assert.Equal("Hadi al-Amiri", result.Actors[1].Name);
    }

    [Fact]
    public void Empty_and_blank_texts_have_no_actors()
    {
        Assert.Same(ActorLayerResult.Empty, ActorRecognizer.Recognize(string.Empty, [], Gazetteer.Default));
        Assert.Empty(ActorRecognizer.Recognize("   \n\n  ", [], Gazetteer.Default).Actors);
    }
}
