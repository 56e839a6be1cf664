using Daftar.Domain;
using Daftar.Extraction;
using Daftar.Extraction.Quotes;
using Xunit;
using static Daftar.Tests.Extraction.Quotes.TestActors;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>Arabic marks, cues, speakers, indirect speech and kinds (texts invented for these tests).</summary>
public class ArabicSpeakerTests
{
    private static void Named(QuoteAnnotation quote, string actor, string? cue)
    {
        Assert.Equal(new SpeakerAnnotation(actor, null, false), quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    // ---- Marks ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("«", "»")]
    [InlineData("“", "”")]
    [InlineData("\"", "\"")]
    public void Every_kind_of_mark_holds_a_quotation(string open, string close)
    {
        var quote = Quote($"وقال كريم هادي: {open}لن نشارك في الحكومة المقبلة{close}.", "لن نشارك في الحكومة المقبلة");
        Named(quote, "karim-hadi", "وقال");
        Assert.Equal(QuoteKind.Speech, quote.Kind);
    }

    [Fact]
    public void A_nested_quotation_stays_inside_the_outer_one()
    {
        var quote = Quote("وقال كريم هادي: «نرفض ما يسمى “التسوية” رفضاً قاطعاً».", "نرفض ما يسمى “التسوية” رفضاً قاطعاً");
        Named(quote, "karim-hadi", "وقال");
        Assert.Single(TestActors.Quotes("وقال كريم هادي: «نرفض ما يسمى “التسوية” رفضاً قاطعاً»."));
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_one_quotation()
    {
        const string text = "وقالت ليلى عزيز: «لن نتراجع. الشارع معنا. والانتخابات ستثبت ذلك».";
        var quote = Quote(text, "لن نتراجع. الشارع معنا. والانتخابات ستثبت ذلك");
        Named(quote, "laila-aziz", "وقالت");
    }

    // ---- Cues -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("وأكد")]
    [InlineData("فأضاف")]
    [InlineData("وأوضح")]
    [InlineData("وصرّح")]
    [InlineData("وشدّد")]
    [InlineData("ولفت")]
    [InlineData("وتابع")]
    [InlineData("واعتبر")]
    [InlineData("وأعلن")]
    [InlineData("ونفى")]
    [InlineData("وحذّر")]
    [InlineData("وكتب")]
    [InlineData("ويقول")]
    [InlineData("ويؤكد")]
    public void Reporting_verbs_with_their_conjunction_name_the_speaker_after_them(string verb)
    {
        Named(Quote($"{verb} كريم هادي: «الحكومة فشلت في حماية المتظاهرين».", "الحكومة فشلت في حماية المتظاهرين"), "karim-hadi", verb);
    }

    [Fact]
    public void The_speaker_may_come_before_the_verb()
    {
        Named(Quote("كريم هادي قال إن «الحكومة فشلت في حماية المتظاهرين».", "الحكومة فشلت في حماية المتظاهرين"), "karim-hadi", "قال");
    }

    [Fact]
    public void The_cue_may_follow_the_quotation()
    {
        Named(Quote("«لن نشارك في الحكومة المقبلة»، قالت ليلى عزيز.", "لن نشارك في الحكومة المقبلة"), "laila-aziz", "قالت");
    }

    [Theory]
    [InlineData("بحسب")]
    [InlineData("وحسب")]
    [InlineData("ووفقاً لـ")]
    [InlineData("نقلاً عن")]
    public void Source_phrases_name_the_speaker_after_them(string cue)
    {
        var quote = Quote($"{cue} كريم هادي، فإن «الانتخابات ستجري في موعدها».", "الانتخابات ستجري في موعدها");
        Assert.Equal(new SpeakerAnnotation("karim-hadi", null, false), quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_participle_continues_the_sentence_s_speaker()
    {
        const string text = "وقال كريم هادي إن الحكومة فشلت، مضيفاً أن «الانتخابات المبكرة هي الحل الوحيد».";
        var quote = Quote(text, "الانتخابات المبكرة هي الحل الوحيد");
        Named(quote, "karim-hadi", "مضيفاً");
    }

    [Fact]
    public void A_statement_in_a_post_goes_to_the_verb_s_speaker()
    {
        Named(Quote("وكتب كريم هادي في تغريدة: «لا عودة إلى الوراء».", "لا عودة إلى الوراء"), "karim-hadi", "وكتب");
    }

    [Fact]
    public void A_speech_noun_in_a_phrase_before_the_quotation_is_not_a_term_marker()
    {
        var quote = Quote("وقال كريم هادي في كلمة: «نحن مع الدولة ومؤسساتها».", "نحن مع الدولة ومؤسساتها");
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Assert.Equal("karim-hadi", quote.Speaker.Actor);
    }

    [Fact]
    public void What_the_statement_said_is_the_words_of_its_owner()
    {
        const string text = "أصدرت جبهة الإصلاح بياناً مساء أمس. وجاء في البيان: «لن نشارك في أي حكومة لا تحاسب الفاسدين».";
        var quote = Quote(text, "لن نشارك في أي حكومة لا تحاسب الفاسدين");
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Assert.Equal("reform-front", quote.Speaker.Actor);
    }

    [Fact]
    public void A_statement_by_a_named_body()
    {
        var quote = Quote("وقالت وزارة الخارجية الأمريكية في بيان: «ندعم سيادة العراق الكاملة».", "ندعم سيادة العراق الكاملة");
        Assert.Equal(new SpeakerAnnotation("state-department", null, false), quote.Speaker);
    }

    [Fact]
    public void A_reporting_verb_used_as_a_noun_is_not_a_cue()
    {
        // "فضّل عدم ذكر اسمه": ذكر is a noun there; the speaker is the official before it.
        const string text = "قال مسؤول أمريكي، فضّل عدم ذكر اسمه، إن «القوات باقية».";
        var quote = Quote(text, "القوات باقية");
        Assert.Equal(new SpeakerAnnotation("united-states", "مسؤول أمريكي", true), quote.Speaker);
        Assert.Equal("قال", quote.Cue);
    }

    // ---- Speakers -------------------------------------------------------------------------------------------------

    [Fact]
    public void A_title_before_a_known_name_gives_the_person()
    {
        Named(Quote("وقال السيد مقتدى الصدر: «السلاح بيد الدولة وحدها».", "السلاح بيد الدولة وحدها"), "moqtada-al-sadr", "وقال");
    }

    [Fact]
    public void A_title_before_an_unknown_name_is_a_named_speaker()
    {
        var quote = Quote("وقال اللواء سعد الحمداني: «الطرق كلها مؤمنة الآن».", "الطرق كلها مؤمنة الآن");
        Assert.False(quote.Speaker.Anonymous);
        Assert.Equal("اللواء سعد الحمداني", quote.Speaker.Description);
    }

    [Fact]
    public void An_office_speaks_for_the_person_named_in_it()
    {
        // His own office speaks for him; the words that name it are kept.
        var quote = Quote("وقال المكتب الخاص للصدر في بيان: «لا تفاوض على السلاح».", "لا تفاوض على السلاح");
        Assert.Equal(new SpeakerAnnotation("moqtada-al-sadr", "المكتب الخاص للصدر", false), quote.Speaker);
    }

    [Fact]
    public void A_verb_without_a_subject_continues_the_last_speaker()
    {
        const string text = "وقال قيادي في التيار الصدري: «القرار نهائي». وتابع: «على الآخرين أن يلتزموا به خلال شهر».";
        var quote = Quote(text, "على الآخرين أن يلتزموا به خلال شهر");
        Assert.Equal(new SpeakerAnnotation("sadrist-movement", "قيادي في التيار الصدري", true), quote.Speaker);
        Assert.Equal("وتابع", quote.Cue);
    }

    [Fact]
    public void A_feminine_verb_without_a_subject_may_carry_a_body()
    {
        const string text = "أصدرت وزارة الخارجية الأمريكية بياناً حول الانتخابات. وقالت الوزارة: «نتابع العملية باهتمام». وأضافت: «نأمل أن تجري بهدوء».";
        var quote = Quote(text, "نأمل أن تجري بهدوء");
        Assert.Equal("state-department", quote.Speaker.Actor);
        Assert.Equal("وأضافت", quote.Cue);
    }

    [Fact]
    public void A_plural_verb_without_a_subject_carries_the_people_just_described()
    {
        const string text = "ويشكك منتقدون في الاتفاق، إذ يرون أنه يؤجل الخلاف ولا يحله.";
        var quote = Quote(text, "يؤجل الخلاف ولا يحله");
        Assert.True(quote.Speaker.Anonymous);
        Assert.Equal("منتقدون", quote.Speaker.Description);
    }

    [Fact]
    public void The_leader_of_a_group_is_the_person_the_text_names_as_its_leader()
    {
        const string text = "دعا مقتدى الصدر إلى التهدئة. ورحّب زعيم التيار الصدري بالاتفاق، قبل أن يضيف: «جدول بلا تواريخ وعد بلا قيمة».";
        Named(Quote(text, "جدول بلا تواريخ وعد بلا قيمة"), "moqtada-al-sadr", "يضيف");
    }

    [Theory]
    [InlineData("وقال مصدر مطلع إن «الاجتماع تأجل إلى الأسبوع المقبل».")]
    [InlineData("لكن مصدراً مطلعاً قال إن «الاجتماع تأجل إلى الأسبوع المقبل».")]
    [InlineData("وأكد مصدرٌ مطلعٌ أن «الاجتماع تأجل إلى الأسبوع المقبل».")]
    public void Case_endings_do_not_change_a_description(string text)
    {
        var quote = Quote(text, "الاجتماع تأجل إلى الأسبوع المقبل");
        Assert.True(quote.Speaker.Anonymous);
        Assert.Equal("مصدر مطلع", WordKeyOfWords(quote.Speaker.Description!));
    }

    private static string WordKeyOfWords(string description) =>
        string.Join(' ', description.Split(' ').Select(w => WordKey.Of(w)));

    [Fact]
    public void An_accusative_description_is_given_in_the_nominative()
    {
        var quote = Quote("لكن قيادياً بارزاً في التيار الصدري قال إن «القرار نهائي ولا رجعة فيه».", "القرار نهائي ولا رجعة فيه");
        Assert.Equal(new SpeakerAnnotation("sadrist-movement", "قيادي بارز في التيار الصدري", true), quote.Speaker);
    }

    [Fact]
    public void A_source_close_to_the_movement_speaks_for_the_movement_named_before()
    {
        const string text = "لم تعلّق عصائب أهل الحق، الفصيل الذي انشق عن التيار الصدري، على القرار. لكن مصدراً مقرباً من الحركة قال إن «الرد سيأتي في الوقت المناسب».";
        var quote = Quote(text, "الرد سيأتي في الوقت المناسب");
        Assert.Equal(new SpeakerAnnotation("asaib-ahl-al-haq", "مصدر مقرب من الحركة", true), quote.Speaker);
    }

    [Fact]
    public void A_source_close_to_a_leader_speaks_for_the_group_he_leads()
    {
        var quote = Quote("وقال مصدر مقرب من الصدر إن «التيار الصدري لن يشارك في الانتخابات».", "التيار الصدري لن يشارك في الانتخابات");
        Assert.Equal(new SpeakerAnnotation("sadrist-movement", "مصدر مقرب من الصدر", true), quote.Speaker);
    }

    [Theory]
    [InlineData("وقال نائب عن جبهة الإصلاح", "نائب عن جبهة الإصلاح", "reform-front")]
    [InlineData("وقالت نائبة عن جبهة الإصلاح", "نائبة عن جبهة الإصلاح", "reform-front")]
    [InlineData("وقال عضو في جبهة الإصلاح", "عضو في جبهة الإصلاح", "reform-front")]
    [InlineData("وقال مسؤول أمريكي", "مسؤول أمريكي", "united-states")]
    [InlineData("وقال مصدر مطلع في الوفد العراقي", "مصدر مطلع في الوفد العراقي", "iraq")]
    public void Anonymous_speakers_speak_for_the_group_their_description_names(string opening, string description, string group)
    {
        var quote = Quote(opening + ": «الاتفاق لم يُوقَّع بعد».", "الاتفاق لم يُوقَّع بعد");
        Assert.Equal(new SpeakerAnnotation(group, description, true), quote.Speaker);
    }

    [Fact]
    public void The_source_refers_back_to_the_source_described_before()
    {
        const string text = "وقال مصدر مقرب من الصدر إن «القرار نهائي». وأضاف المصدر أن «المهلة لن تُمدَّد».";
        var quote = Quote(text, "المهلة لن تُمدَّد");
        Assert.Equal("sadrist-movement", quote.Speaker.Actor);
        Assert.Equal("المصدر", quote.Speaker.Description);
    }

    [Fact]
    public void A_participle_after_other_verbs_carries_the_sentence_s_subject()
    {
        const string text = "وفي بيان أصدره مساء أمس، شكر كريم هادي أنصاره ووجّه رسالة إلى خصومه قائلاً: «الشارع سيحسم الأمر».";
        Named(Quote(text, "الشارع سيحسم الأمر"), "karim-hadi", "قائلاً");
    }

    // ---- Indirect speech ------------------------------------------------------------------------------------------

    [Fact]
    public void Indirect_speech_after_a_named_speaker()
    {
        const string text = "وأكد الصدر أن السلاح يجب أن يكون بيد الدولة.";
        var quote = Assert.Single(TestActors.Quotes(text));
        Assert.Equal("السلاح يجب أن يكون بيد الدولة", quote.Text);
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Named(quote, "moqtada-al-sadr", "وأكد");
    }

    [Fact]
    public void Indirect_speech_after_a_participle_keeps_the_speaker()
    {
        const string text = "وقال مصدر مقرب من الصدر إن «القرار نهائي»، مرجحاً أن يصدر بيان جديد خلال أيام.";
        var quote = Quote(text, "يصدر بيان جديد خلال أيام");
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Assert.Equal("sadrist-movement", quote.Speaker.Actor);
        Assert.Equal("مرجحاً", quote.Cue);
    }

    [Fact]
    public void Indirect_speech_with_nobody_to_say_it_is_not_reported()
    {
        Assert.Empty(TestActors.Quotes("وجاء في التقرير أن الأوضاع تحسنت كثيراً."));
    }

    // ---- Terms ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("وتحدث التقرير عما يسمى «المقاومة» في المنطقة.", "المقاومة")]
    [InlineData("ورفضت الحكومة مصطلح «القوات الأجنبية» في البيان.", "القوات الأجنبية")]
    [InlineData("وترتبط فصائل عدة بما يُعرف بـ«محور المقاومة» منذ سنوات.", "محور المقاومة")]
    [InlineData("وتطلق الفصائل على نفسها اسم «المقاومة الإسلامية في العراق» منذ عام.", "المقاومة الإسلامية في العراق")]
    public void Scare_quoted_terms_have_no_speaker(string text, string words)
    {
        var quote = Quote(text, words);
        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Equal(SpeakerAnnotation.Unknown, quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void A_term_after_a_speaker_s_verb_is_still_a_term()
    {
        var quote = Quote("وقال كريم هادي إن ما يسمى «التسوية» لن يمر.", "التسوية");
        Assert.Equal(QuoteKind.Term, quote.Kind);
    }

    [Fact]
    public void A_few_words_lifted_into_the_author_s_sentence_are_a_fragment()
    {
        var quote = Quote("ووصف كريم هادي القرار، كما قال، بأنه «خطوة ناقصة» لا أكثر.", "خطوة ناقصة");
        Assert.Equal(QuoteKind.Fragment, quote.Kind);
        Assert.Equal("karim-hadi", quote.Speaker.Actor);
    }
}
