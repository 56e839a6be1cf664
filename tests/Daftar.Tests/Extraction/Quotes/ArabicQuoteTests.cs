using Daftar.Domain;
using Daftar.Extraction;
using Xunit;
using static Daftar.Tests.Extraction.Quotes.TestActors;

namespace Daftar.Tests.Extraction.Quotes;

/// <summary>The same rules on Arabic text, from the Arabic rows of the data tables (texts invented for these tests).</summary>
public class ArabicQuoteTests
{
    [Fact]
    public void Verb_then_anonymous_speaker_before_the_quotation()
    {
        var quote = Quote("وأكد قيادي في التيار الصدري: «لن نقبل بوجود القوات الأجنبية على أرض العراق».", "لن نقبل بوجود القوات الأجنبية على أرض العراق");
        Assert.Equal(new SpeakerAnnotation("sadrist-movement", "قيادي في التيار الصدري", true), quote.Speaker);
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Assert.Equal("وأكد", quote.Cue);
    }

    [Fact]
    public void Verb_then_speaker_after_the_quotation()
    {
        var quote = Quote("«سنشارك في الانتخابات المقبلة بقوة»، قال المتحدث باسم التيار الصدري.", "سنشارك في الانتخابات المقبلة بقوة");
        Assert.Equal("sadrist-movement", quote.Speaker.Actor);
        Assert.Equal("المتحدث باسم التيار الصدري", quote.Speaker.Description);
        Assert.Equal("قال", quote.Cue);
    }

    [Fact]
    public void According_to_an_anonymous_official()
    {
        var quote = Quote("وبحسب مسؤول أمريكي، فإن «القوات ستبقى حتى نهاية العام المقبل».", "القوات ستبقى حتى نهاية العام المقبل");
        Assert.Equal(new SpeakerAnnotation("united-states", "مسؤول أمريكي", true), quote.Speaker);
    }

    [Fact]
    public void Indirect_speech_after_a_reporting_verb_is_the_speaker_s_speech()
    {
        const string text = "وقال المتحدث باسم التيار الصدري إن الحكومة يجب أن تستقيل فوراً. ولم يعلق أحد.";
        var quote = Assert.Single(TestActors.Quotes(text));
        Assert.Equal("الحكومة يجب أن تستقيل فوراً", quote.Text);
        Assert.Equal(QuoteKind.Speech, quote.Kind);
        Assert.Equal("sadrist-movement", quote.Speaker.Actor);
        Assert.Equal("المتحدث باسم التيار الصدري", quote.Speaker.Description);
        Assert.Equal("وقال", quote.Cue);
    }

    [Fact]
    public void Indirect_speech_stops_at_a_quotation_which_keeps_its_own_marks()
    {
        const string text = "وأضاف قيادي في التيار الصدري أن «القرار نهائي ولا رجعة فيه».";
        var quote = Assert.Single(TestActors.Quotes(text));
        Assert.Equal("القرار نهائي ولا رجعة فيه", quote.Text);
        Assert.Equal("sadrist-movement", quote.Speaker.Actor);
    }

    [Fact]
    public void English_indirect_speech_is_not_a_quotation()
    {
        Assert.Empty(TestActors.Quotes("Karim Hadi said that the government would resign within a week."));
    }

    [Fact]
    public void A_verb_without_a_subject_carries_the_person_last_named()
    {
        const string text = "أمر كريم هادي أتباعه بتسليم السلاح، وقال في بيان: «لا سلاح خارج الدولة».";
        var quote = TestActors.Quote(text, "لا سلاح خارج الدولة");
        Assert.Equal(new SpeakerAnnotation("karim-hadi", null, false), quote.Speaker);
        Assert.Equal(QuoteKind.Speech, quote.Kind);
    }

    [Fact]
    public void A_well_informed_source_does_not_take_the_group_of_the_speaker_before()
    {
        const string text = "وأكد قيادي في التيار الصدري أن القرار نهائي. وقال مصدر مطلع إن الفصائل الأخرى تدرس موقفها.";
        var quote = TestActors.Quote(text, "الفصائل الأخرى تدرس موقفها");
        Assert.Equal(new SpeakerAnnotation(null, "مصدر مطلع", true), quote.Speaker);
    }
}
