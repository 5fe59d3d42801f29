using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

public class ChineseNumberTests
{
    [Theory]
    [InlineData("零", 0)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    [InlineData("一百零五", 105)]
    [InlineData("二百五十八", 258)]
    [InlineData("两千", 2000)]
    [InlineData("三万四千", 34000)]
    [InlineData("一万零一", 10001)]
    [InlineData("二〇二三", 2023)]
    public void TryParse_ReadsChineseNumerals(string text, int expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("十二件")]
    [InlineData("12")]
    public void TryParse_RejectsOtherText(string text)
    {
        Assert.False(ChineseNumber.TryParse(text, out _));
    }
}
