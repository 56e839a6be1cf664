using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Relations;
using Daftar.Extraction.Sentences;
using Xunit;
using static Daftar.Tests.Extraction.Relations.RelationTestText;

namespace Daftar.Tests.Extraction.Relations;

/// <summary>The Arabic relation patterns, on sentences written for these tests.</summary>
public class ArabicRelationTests
{
    [Fact]
    public void A_leader_noun_before_the_group_and_the_person_says_leads()
    {
        AssertRelation("وصل زعيم التيار الصدري مقتدى الصدر إلى النجف.", "moqtada-al-sadr", RelationKind.Leads, "sadrist-movement",
            "زعيم التيار الصدري مقتدى الصدر");
        AssertRelation("وقال الأمين العام لعصائب أهل الحق قيس الخزعلي إن الوقت قد حان.", "qais-al-khazali", RelationKind.Leads, "asaib-ahl-al-haq",
            "الأمين العام لعصائب أهل الحق قيس الخزعلي");
        AssertRelation("التقى رئيس منظمة بدر هادي العامري بالوفد.", "hadi-al-amiri", RelationKind.Leads, "badr-organization",
            "رئيس منظمة بدر هادي العامري");
    }

    [Fact]
    public void A_leader_title_before_a_state_adjective_says_leads_the_state()
    {
        AssertRelation("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران.", "mohammed-shia-al-sudani", RelationKind.Leads, "iraq",
            "رئيس الوزراء العراقي محمد شياع السوداني");
    }

    [Fact]
    public void A_title_after_the_name_and_a_comma_says_leads()
    {
        AssertRelation("ورأى مقتدى الصدر، زعيم التيار الصدري، أن الوقت مناسب.", "moqtada-al-sadr", RelationKind.Leads, "sadrist-movement",
            "مقتدى الصدر، زعيم التيار الصدري");
        AssertRelation("وقال قيس الخزعلي، الأمين العام لعصائب أهل الحق، إن الحوار مستمر.", "qais-al-khazali", RelationKind.Leads, "asaib-ahl-al-haq",
            "قيس الخزعلي، الأمين العام لعصائب أهل الحق");
    }

    [Fact]
    public void A_title_noun_right_after_a_name_without_a_comma_says_nothing()
    {
        Assert.Empty(Find("التقى محمد شياع السوداني زعيم التيار الصدري في الحنانة."));
    }

    [Fact]
    public void Backed_by_after_the_apposition_or_in_a_supporting_phrase()
    {
        AssertRelation("ولم تعلق عصائب أهل الحق، الفصيل المدعوم من إيران، على القرار.", "asaib-ahl-al-haq", RelationKind.BackedBy, "iran",
            "عصائب أهل الحق، الفصيل المدعوم من إيران");
        AssertRelation("وقالت كتائب حزب الله، المدعومة من إيران، إنها لن ترد.", "kataib-hezbollah", RelationKind.BackedBy, "iran",
            "كتائب حزب الله، المدعومة من إيران");
        AssertRelation("وتأسست منظمة بدر، بدعم من إيران، في ثمانينيات القرن الماضي.", "badr-organization", RelationKind.BackedBy, "iran",
            "منظمة بدر، بدعم من إيران");
    }

    [Fact]
    public void Splinter_of_in_verbal_relative_and_participle_forms()
    {
        AssertRelation("وكانت عصائب أهل الحق قد انشقت عن التيار الصدري قبل عقدين.", "asaib-ahl-al-haq", RelationKind.SplinterOf, "sadrist-movement",
            "عصائب أهل الحق قد انشقت عن التيار الصدري");
        AssertRelation("انشقت عصائب أهل الحق عن التيار الصدري عام ٢٠٠٦.", "asaib-ahl-al-haq", RelationKind.SplinterOf, "sadrist-movement",
            "انشقت عصائب أهل الحق عن التيار الصدري");
        AssertRelation("وقال مصدر مقرب من العصائب، المدعومة من إيران والمنشقة عن التيار الصدري، إن البيان واضح.", "asaib-ahl-al-haq",
            RelationKind.SplinterOf, "sadrist-movement", "العصائب، المدعومة من إيران والمنشقة عن التيار الصدري");
    }

    [Fact]
    public void A_conjoined_participle_after_the_object_belongs_to_the_apposition_subject_not_the_object()
    {
        var relations = Find("وقال مصدر مقرب من العصائب، المدعومة من إيران والمنشقة عن التيار الصدري، إن البيان واضح.");
        Assert.DoesNotContain(relations, r => r.Subject == "iran");
    }

    [Fact]
    public void His_group_split_from_takes_the_group_the_person_leads()
    {
        AssertRelation("وقال الأمين العام لعصائب أهل الحق قيس الخزعلي، الذي انشقت حركته عن التيار الصدري، إن الانسحاب ضروري.",
            "asaib-ahl-al-haq", RelationKind.SplinterOf, "sadrist-movement", "قيس الخزعلي، الذي انشقت حركته عن التيار الصدري");
    }

    [Fact]
    public void Armed_wing_with_a_short_name_for_a_group_named_before()
    {
        AssertRelation("أمر زعيم التيار الصدري مقتدى الصدر سرايا السلام، الجناح المسلح للتيار، بالانسحاب.", "saraya-al-salam",
            RelationKind.ArmedWingOf, "sadrist-movement", "سرايا السلام، الجناح المسلح للتيار");
        AssertRelation("وانتشرت سرايا السلام، الذراع العسكرية للتيار الصدري، في المدينة.", "saraya-al-salam",
            RelationKind.ArmedWingOf, "sadrist-movement", "سرايا السلام، الذراع العسكرية للتيار الصدري");
    }

    [Fact]
    public void Part_of_with_tabi()
    {
        AssertRelation("وأكد أن سرايا السلام تابعة رسمياً للحشد الشعبي.", "saraya-al-salam", RelationKind.PartOf, "popular-mobilization-forces",
            "سرايا السلام تابعة رسمياً للحشد الشعبي");
        AssertRelation("وانتشرت كتائب حزب الله، التابعة للحشد الشعبي، قرب الحدود.", "kataib-hezbollah", RelationKind.PartOf, "popular-mobilization-forces",
            "كتائب حزب الله، التابعة للحشد الشعبي");
    }

    [Fact]
    public void Member_of_after_a_member_noun()
    {
        AssertRelation("وقال القيادي في منظمة بدر هادي العامري إن الحوار مستمر.", "hadi-al-amiri", RelationKind.MemberOf, "badr-organization",
            "القيادي في منظمة بدر هادي العامري");
        AssertRelation("وقال هادي العامري، وهو من قيادات الحشد الشعبي، إن الحوار مستمر.", "hadi-al-amiri", RelationKind.MemberOf,
            "popular-mobilization-forces", "هادي العامري، وهو من قيادات الحشد الشعبي");
    }

    [Fact]
    public void Allied_with_and_opposed_to()
    {
        AssertRelation("وقال هادي العامري، حليف نوري المالكي، إن الحوار مستمر.", "hadi-al-amiri", RelationKind.AlliedWith, "nouri-al-maliki",
            "هادي العامري، حليف نوري المالكي");
        AssertRelation("وكان تحالف الفتح قد تحالف مع ائتلاف دولة القانون.", "fatah-alliance", RelationKind.AlliedWith, "state-of-law-coalition",
            "تحالف الفتح قد تحالف مع ائتلاف دولة القانون");
        AssertRelation("وقال مقتدى الصدر، الخصم اللدود لنوري المالكي، إن الانتخابات قريبة.", "moqtada-al-sadr", RelationKind.OpposedTo, "nouri-al-maliki",
            "مقتدى الصدر، الخصم اللدود لنوري المالكي");
    }

    [Fact]
    public void Advises_after_an_advisor_noun()
    {
        AssertRelation("وقال المستشار السياسي لمقتدى الصدر صالح محمد العراقي إن البيان واضح.", "salih-mohammed-al-iraqi", RelationKind.Advises,
            "moqtada-al-sadr", "المستشار السياسي لمقتدى الصدر صالح محمد العراقي");
    }

    [Fact]
    public void Led_by_with_biqiyadat()
    {
        AssertRelation("وشاركت منظمة بدر، بقيادة هادي العامري، في الاجتماع.", "hadi-al-amiri", RelationKind.Leads, "badr-organization",
            "منظمة بدر، بقيادة هادي العامري");
    }

    [Fact]
    public void Harakat_and_tashkeel_do_not_hide_a_pattern()
    {
        AssertRelation("وقالت عصائبُ أهلِ الحقّ، المدعومةُ من إيرانَ، إنها لن ترد.", "asaib-ahl-al-haq", RelationKind.BackedBy, "iran",
            "عصائبُ أهلِ الحقّ، المدعومةُ من إيران");
    }
}
