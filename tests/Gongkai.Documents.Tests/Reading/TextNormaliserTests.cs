using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("(一) 予以公开", "(一)予以公开")]
    [InlineData("三、本 年度办 理结果", "三,本年度办理结果")]
    [InlineData("3.危及“三安全一稳定”", "3.危及\"三安全一稳定\"")]
    [InlineData("3.危及\"三安全一稳定\"", "3.危及\"三安全一稳定\"")]
    [InlineData("１．申请人无正当理由逾期不补正，行政机关不再处理", "1.申请人无正当理由逾期不补正,行政机关不再处理")]
    [InlineData("**（四）无\n\n法提供**", "(四)无法提供")]
    public void Key_UnifiesBracketsQuotesCommasDigitsAndDropsWhitespaceAndMarkup(string written, string key)
    {
        Assert.Equal(key, TextNormaliser.Key(written));
    }

    [Fact]
    public void Key_FoldsTraditionalLabelCharactersToSimplified()
    {
        Assert.Equal(TextNormaliser.Key("（四）无法提供"), TextNormaliser.Key("（四）無法提供"));
        Assert.Equal(TextNormaliser.Key("四、结转下年度继续办理"), TextNormaliser.Key("四、結轉下年度繼續辦理"));
        Assert.Equal(TextNormaliser.Key("行政复议"), TextNormaliser.Key("行政復議"));
    }

    [Fact]
    public void Fold_MapsKangxiRadicalsFromPdfExtractionToTheIdeographs()
    {
        Assert.Equal('一', TextNormaliser.Fold('\u2F00'));
        Assert.Equal('人', TextNormaliser.Fold('\u2F08'));
    }
}
