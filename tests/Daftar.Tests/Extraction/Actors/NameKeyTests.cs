using Daftar.Extraction.Actors;
using Xunit;

namespace Daftar.Tests.Extraction.Actors;

public class NameKeyTests
{
    [Theory]
    [InlineData("Moqtada al-Sadr", "Muqtada al-Sadr")]
    [InlineData("Moqtada al-Sadr", "Moktada as-Sadr")]
    [InlineData("Qassem Soleimani", "Qasim Suleimani")]
    [InlineData("Qassem Soleimani", "Qasem Sulaimani")]
    [InlineData("Adel Abd al-Mahdi", "Adil Abdul-Mahdi")]
    [InlineData("Adel Abd al-Mahdi", "Adel Abdel Mahdi")]
    [InlineData("Hussein", "Husayn")]
    [InlineData("Nouri al-Maliki", "Nuri al-Maliki")]
    [InlineData("Haider al-Abadi", "Hayder al-Abadi")]
    [InlineData("Mahdi", "Mehdi")]
    public void Transliterations_of_one_name_have_matching_keys(string first, string second) =>
        Assert.True(NameKey.SameName(NameKey.Latin(first), NameKey.Latin(second)), $"{NameKey.Latin(first)} / {NameKey.Latin(second)}");

    [Theory]
    [InlineData("Hassan", "Hussein")]
    [InlineData("Ali Khamenei", "Ali Khomeini")]
    [InlineData("Mohammed Sadiq al-Sadr", "Moqtada al-Sadr")]
    public void Different_names_keep_different_keys(string first, string second) =>
        Assert.False(NameKey.SameName(NameKey.Latin(first), NameKey.Latin(second)), $"{NameKey.Latin(first)} / {NameKey.Latin(second)}");

    [Theory]
    [InlineData("مقتدى الصدر", "Moqtada al-Sadr")]
    [InlineData("مقتدى الصدر", "Muqtada as-Sadr")]
    [InlineData("عادل عبد المهدي", "Adel Abdul-Mahdi")]
    [InlineData("قاسم سليماني", "Qasem Soleimani")]
    [InlineData("حسن نصر الله", "Hassan Nasrallah")]
    public void Arabic_and_Latin_spellings_share_a_consonant_skeleton(string arabic, string latin) =>
        Assert.Equal(NameKey.Consonants(arabic), NameKey.Consonants(latin));

    [Fact]
    public void Keys_of_empty_or_symbol_names_are_empty()
    {
        Assert.Equal(string.Empty, NameKey.Latin(string.Empty));
        Assert.Equal(string.Empty, NameKey.Latin("— ’ ."));
        Assert.Equal(string.Empty, NameKey.Consonants(string.Empty));
    }
}
