using Daftar.Domain;
using Daftar.Extraction.Actors;
using Daftar.Extraction.Sentences;
using Xunit;

namespace Daftar.Tests.Extraction.Actors;

/// <summary>Arabic personal names the gazetteer lacks, read from titles, given names, particles and family names.</summary>
public class ArabicNameTests
{
    private static ActorLayerResult Recognize(string text) =>
        ActorRecognizer.Recognize(text, SentenceSplitter.Split(text), Gazetteer.Default);

    private static string[] Persons(ActorLayerResult result) =>
        [.. result.Actors.Where(a => a.Type == ActorType.Person && a.Name.Any(c => c is >= '\u0600' and <= '\u06FF')).Select(a => a.Name)];

    private static string[] MentionTexts(string text, ActorLayerResult result, string name)
    {
        var actor = result.Actors.Single(a => a.Name == name);
        return [.. actor.Mentions.Select(m => text[m.Start..m.End])];
    }

    [Fact]
    public void A_given_name_and_a_family_name_make_a_person()
    {
        const string text = "قال كريم النوري إن المحادثات ستستأنف الأسبوع المقبل.";

        var result = Recognize(text);

        Assert.Equal(["كريم النوري"], Persons(result));
        Assert.Equal(ActorType.Person, result.Actors.Single(a => a.Name == "كريم النوري").Type);
    }

    [Fact]
    public void The_family_name_alone_later_names_the_same_person_through_proclitics()
    {
        const string text = "قال كريم النوري إن المحادثات ستستأنف. وأضاف النوري أن الحكومة مستعدة، ونُقل عن مكتب للنوري بيان.";

        var result = Recognize(text);

        // للنوري is ل + النوري with the article's alef dropped: the mention starts after the preposition, as the
        // gazetteer's للصدر does.
        Assert.Equal(["كريم النوري", "النوري", "لنوري"], MentionTexts(text, result, "كريم النوري"));
    }

    [Fact]
    public void A_family_name_before_the_full_name_is_not_guessed()
    {
        const string text = "وأضاف النوري أن الحكومة مستعدة. ثم قال كريم النوري إن الأمر انتهى.";

        var result = Recognize(text);

        Assert.Equal(["كريم النوري"], MentionTexts(text, result, "كريم النوري"));
    }

    [Theory]
    [InlineData("وقال المحافظ عبد الرحمن الجبوري إن الطريق سيفتح.", "عبد الرحمن الجبوري", "المحافظ عبد الرحمن الجبوري")]
    [InlineData("وأكد النائب حسن سالم أن الجلسة تأجلت.", "حسن سالم", "النائب حسن سالم")]
    [InlineData("وصرّح للنائبة زينب الموسوي مصدر في الكتلة.", "زينب الموسوي", null)] // ل + النائبة: no titled form to quote
    [InlineData("وقال الرئيس الإيراني فرهاد الكرماني إن بلاده ترحب.", "فرهاد الكرماني", null)]
    public void A_title_announces_the_name_and_is_kept_as_a_titled_form(string text, string name, string? titled)
    {
        var result = Recognize(text);

        Assert.Contains(name, Persons(result));
        if (titled is not null)
            Assert.Contains(titled, result.Actors.Single(a => a.Name == name).Aliases);
    }

    [Fact]
    public void An_unknown_word_before_a_family_name_belongs_to_the_name()
    {
        var result = Recognize("وقال محمد حمدان الكبيسي إن الاتفاق صامد.");

        Assert.Equal(["محمد حمدان الكبيسي"], Persons(result));
    }

    [Fact]
    public void A_proclitic_before_a_given_name_is_not_part_of_the_name()
    {
        const string text = "والتقى الوفد وكريم النوري في بغداد.";

        var result = Recognize(text);

        Assert.Equal(["كريم النوري"], MentionTexts(text, result, "كريم النوري"));
    }

    [Theory]
    [InlineData("وقع الهجوم على الأمريكي في الشارع.")] // على (on) is not علي (Ali)
    [InlineData("حدث ذلك صباح السبت الماضي في النجف.")] // time words
    [InlineData("كان الرجل كريم الخلق.")] // a given name that is a common word, without a family name
    [InlineData("قال كريم إن الأمر انتهى.")] // a given name alone
    [InlineData("وأكد النائب عن الكتلة أن الجلسة تأجلت.")] // a title with no name after it
    [InlineData("وقال النائب العراقي إن الجلسة تأجلت.")] // a title and an adjective
    public void Words_that_are_not_names_name_nobody(string text)
    {
        Assert.Empty(Persons(Recognize(text)));
    }

    [Fact]
    public void Known_persons_stay_the_gazetteer_s()
    {
        var result = Recognize("قال مقتدى الصدر إن السلاح للدولة، وأكد محمد شياع السوداني ذلك.");

        Assert.Empty(Persons(result));
        Assert.Contains(result.Actors, a => a.Id == "moqtada-al-sadr");
        Assert.Contains(result.Actors, a => a.Id == "mohammed-shia-al-sudani");
    }
}
