using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Relations;
using Daftar.Extraction.Sentences;
using Xunit;
using static Daftar.Tests.Extraction.Relations.RelationTestText;

namespace Daftar.Tests.Extraction.Relations;

/// <summary>Each relation pattern, on sentences written for these tests.</summary>
public class RelationFinderTests
{
    private static (string Text, RelationAnnotation[] Relations) Find(string text) => (text, RelationTestText.Find(text));

    [Fact]
    public void Leader_titles_between_a_group_and_a_person_say_leads()
    {
        AssertRelation("Iran’s Supreme Leader Ayatollah Ali Khamenei spoke on Friday.", "ali-khamenei", RelationKind.Leads, "iran",
            "Iran’s Supreme Leader Ayatollah Ali Khamenei");
        AssertRelation("Iraqi Prime Minister Mustafa al-Kadhimi flew to Riyadh.", "mustafa-al-kadhimi", RelationKind.Leads, "iraq",
            "Iraqi Prime Minister Mustafa al-Kadhimi");
        AssertRelation("Badr leader Hadi al-Amiri disagreed.", "hadi-al-amiri", RelationKind.Leads, "badr-organization", "Badr leader Hadi al-Amiri");
    }

    [Fact]
    public void Other_titles_say_member_of()
    {
        AssertRelation("Iranian Foreign Minister Javad Zarif arrived.", "javad-zarif", RelationKind.MemberOf, "iran", "Iranian Foreign Minister Javad Zarif");
    }

    [Fact]
    public void A_groups_person_takes_the_known_relation_or_member_of()
    {
        AssertRelation("Hezbollah’s Hassan Nasrallah gave a speech on Sunday.", "hassan-nasrallah", RelationKind.Leads, "hezbollah",
            "Hezbollah’s Hassan Nasrallah");
        AssertRelation("The Sadrists’ Salih Mohammed al-Iraqi posted a statement.", "salih-mohammed-al-iraqi", RelationKind.MemberOf, "sadrist-movement",
            "Sadrists’ Salih Mohammed al-Iraqi");
        AssertRelation("Hamas’s Walid Saadi denied it.", "walid-saadi", RelationKind.MemberOf, "hamas", "Hamas’s Walid Saadi");
    }

    [Fact]
    public void A_groups_group_takes_only_a_known_relation_and_a_states_says_nothing()
    {
        AssertRelation("Hamas’s Qassam Brigades fired rockets.", "qassam-brigades", RelationKind.ArmedWingOf, "hamas", "Hamas’s Qassam Brigades");
        Assert.Empty(Find("Iraq’s Popular Mobilization Forces grew.").Relations);
    }

    [Fact]
    public void Appositives_say_leads_parent_of_advises_member_of()
    {
        AssertRelation("Hassan Nasrallah, the secretary-general of Hezbollah, praised the fighters.", "hassan-nasrallah", RelationKind.Leads, "hezbollah",
            "Hassan Nasrallah, the secretary-general of Hezbollah");
        AssertRelation("Hafez al-Assad, father of Bashar al-Assad, died in 2000.", "hafez-al-assad", RelationKind.ParentOf, "bashar-al-assad",
            "Hafez al-Assad, father of Bashar al-Assad");
        AssertRelation("Saad Hariri, the son of Rafik Hariri, returned.", "rafik-hariri", RelationKind.ParentOf, "saad-hariri",
            "Saad Hariri, the son of Rafik Hariri");
        AssertRelation("Sheikh Karim al-Zubaidi, a senior adviser to Ammar al-Hakim, resigned.", "karim-al-zubaidi", RelationKind.Advises, "ammar-al-hakim",
            "Karim al-Zubaidi, a senior adviser to Ammar al-Hakim");
        AssertRelation("Laith al-Khafaji, a member of the Badr Organization, won a seat.", "laith-al-khafaji", RelationKind.MemberOf, "badr-organization",
            "Laith al-Khafaji, a member of the Badr Organization");
    }

    [Fact]
    public void Possessive_advisor_after_an_apposition_says_advises()
    {
        AssertRelation("Reporters interviewed Bassam al-Rubaie, Moqtada’s chief religious advisor, at length.", "bassam-al-rubaie",
            RelationKind.Advises, "moqtada-al-sadr", "Bassam al-Rubaie, Moqtada’s chief religious advisor");
        AssertRelation("Trump’s adviser John Bolton resigned.", "john-bolton", RelationKind.Advises, "donald-trump", "Trump’s adviser John Bolton");
    }

    [Fact]
    public void Possessive_militia_and_armed_wing_say_armed_wing_of()
    {
        AssertRelation("Critics fear Moqtada’s own Saraya al-Salam militia more than the army.", "saraya-al-salam", RelationKind.ArmedWingOf,
            "moqtada-al-sadr", "Moqtada’s own Saraya al-Salam militia");
        AssertRelation("Hamas’s armed wing, the Qassam Brigades, fired rockets.", "qassam-brigades", RelationKind.ArmedWingOf, "hamas",
            "Hamas’s armed wing, the Qassam Brigades");
        AssertRelation("Saraya al-Salam, the armed wing of the Sadrist movement, withdrew.", "saraya-al-salam", RelationKind.ArmedWingOf,
            "sadrist-movement", "Saraya al-Salam, the armed wing of the Sadrist movement");
    }

    [Fact]
    public void Splinter_groups_named_as_examples_are_splinters_of_the_group_broken_from()
    {
        // The group is named by its leader: the object is the group he leads, from this document.
        const string text =
            "Hadi al-Amiri has long been at the head of the Badr Organization. Commanders unhappy with him chose to split from " +
            "Hadi al-Amiri, forming splinter factions, the largest of which is the Fajr Brigades.";
        AssertRelation(text, "hadi-al-amiri", RelationKind.Leads, "badr-organization", "at the head of the Badr Organization");
        var (_, relations) = Find(text);
        Assert.Contains(relations, r => r is { Subject: "fajr-brigades", Predicate: RelationKind.SplinterOf, Object: "badr-organization" });
    }

    [Fact]
    public void Broke_away_split_from_and_offshoot_say_splinter_of()
    {
        AssertRelation("Kata'ib Hezbollah broke away from the Mahdi Army in 2007.", "kataib-hezbollah", RelationKind.SplinterOf, "mahdi-army",
            "Kata'ib Hezbollah broke away from the Mahdi Army");
        AssertRelation("Harakat al-Nujaba split from Asa'ib Ahl al-Haq.", "harakat-al-nujaba", RelationKind.SplinterOf, "asaib-ahl-al-haq",
            "Harakat al-Nujaba split from Asa'ib Ahl al-Haq");
        AssertRelation("Asa'ib Ahl al-Haq, an offshoot of the Sadrist movement, grew.", "asaib-ahl-al-haq", RelationKind.SplinterOf, "sadrist-movement",
            "Asa'ib Ahl al-Haq, an offshoot of the Sadrist movement");
    }

    [Fact]
    public void Backed_patterns_say_backed_by()
    {
        AssertRelation("Iran-backed militias such as Kata'ib Hezbollah fired rockets.", "kataib-hezbollah", RelationKind.BackedBy, "iran",
            "Iran-backed militias such as Kata'ib Hezbollah");
        AssertRelation("The Iranian-backed Houthis attacked a tanker.", "houthis", RelationKind.BackedBy, "iran", "Iranian-backed Houthis");
        AssertRelation("The Syrian National Army, backed by Turkey, advanced.", "syrian-national-army", RelationKind.BackedBy, "turkey",
            "Syrian National Army, backed by Turkey");
        AssertRelation("The Southern Transitional Council is supported by the UAE.", "southern-transitional-council", RelationKind.BackedBy, "uae",
            "Southern Transitional Council is supported by the UAE");
        Assert.Empty(Find("Iran-backed militias fired rockets at the base.").Relations);
    }

    [Fact]
    public void An_apposition_does_not_take_the_main_verb_from_its_subject()
    {
        const string text = "Asa'ib Ahl al-Haq, an offshoot of the Sadrist movement, is backed by Iran.";
        var (_, relations) = Find(text);
        Assert.Contains(relations, r => r is { Subject: "asaib-ahl-al-haq", Predicate: RelationKind.BackedBy, Object: "iran" });
        Assert.DoesNotContain(relations, r => r.Subject == "sadrist-movement");
    }

    [Fact]
    public void Verbs_say_leads_part_of_allied_with_opposed_to()
    {
        AssertRelation("The Badr Organization, led by Hadi al-Amiri, joined the talks.", "hadi-al-amiri", RelationKind.Leads, "badr-organization",
            "Badr Organization, led by Hadi al-Amiri");
        AssertRelation("The Badr Organization is part of the Fatah Alliance.", "badr-organization", RelationKind.PartOf, "fatah-alliance",
            "Badr Organization is part of the Fatah Alliance");
        AssertRelation("Hamas is allied with Palestinian Islamic Jihad.", "hamas", RelationKind.AlliedWith, "palestinian-islamic-jihad",
            "Hamas is allied with Palestinian Islamic Jihad");
        AssertRelation("Fatah opposes Hamas.", "fatah", RelationKind.OpposedTo, "hamas", "Fatah opposes Hamas");
        AssertRelation("Ammar al-Hakim heads the Hikma Movement.", "ammar-al-hakim", RelationKind.Leads, "hikma-movement", "Ammar al-Hakim heads the Hikma Movement");
    }

    [Fact]
    public void At_the_head_of_takes_the_person_named_before_a_possessive_pronoun()
    {
        const string text = "Few doubt Hadi al-Amiri. His years at the head of the Badr Organization shaped Iraq.";
        AssertRelation(text, "hadi-al-amiri", RelationKind.Leads, "badr-organization", "at the head of the Badr Organization");
    }

    [Fact]
    public void Known_relations_are_never_emitted_without_words_that_state_them()
    {
        var (_, relations) = Find("Hassan Nasrallah spoke. Hezbollah fighters listened. Saraya al-Salam and the Sadrist movement met.");
        Assert.Empty(relations);
    }

    [Fact]
    public void Each_relation_is_reported_once_with_its_first_evidence()
    {
        const string text = "Hezbollah’s Hassan Nasrallah spoke. Later Hezbollah leader Hassan Nasrallah spoke again.";
        var (_, relations) = Find(text);
        var relation = Assert.Single(relations);
        Assert.Equal("Hezbollah’s Hassan Nasrallah", text[relation.Evidence.Start..relation.Evidence.End]);
    }

    [Fact]
    public void Relations_do_not_cross_sentences()
    {
        Assert.Empty(Find("Moqtada al-Sadr spoke. Saraya al-Salam militia members listened.").Relations);
    }

    [Fact]
    public void No_actors_no_relations()
    {
        Assert.Empty(RelationFinder.Find("Nothing here.", SentenceSplitter.Split("Nothing here."), ActorLayerResult.Empty));
        Assert.Empty(RelationFinder.Find(string.Empty, [], ActorLayerResult.Empty));
    }
}
