using Gongkai.Documents.Rendering.Print;

namespace Gongkai.Documents.Tests.Rendering.Exports;

public class ReportProseTests
{
    [Fact]
    public void NumberedLeadIn_IsSeparatedFromTheSentencesAfterIt()
    {
        var paragraph = Assert.Single(ReportProse.Paragraphs("（一）信息主动公开情况。2023年主动公开信息225条。"));

        Assert.Equal(new ProseParagraph(ProseLevel.Second, "（一）信息主动公开情况。", "2023年主动公开信息225条。"), paragraph);
    }

    [Fact]
    public void LineThatIsOnlyAHeading_IsAHeadingParagraph()
    {
        Assert.Equal(
            [new ProseParagraph(ProseLevel.First, "一、存在的主要问题", ""), new ProseParagraph(ProseLevel.Second, "(二)改进情况", "")],
            ReportProse.Paragraphs("一、存在的主要问题\n\n(二)改进情况\n"));
    }

    [Fact]
    public void LongSentenceStartingWithANumber_StaysBodyText()
    {
        var text = "（一）本机关在过去一年中认真贯彻落实条例的各项要求并不断完善工作机制和制度建设，取得成效。";

        Assert.Equal(ProseLevel.Body, Assert.Single(ReportProse.Paragraphs(text)).Level);
    }

    [Fact]
    public void PlainLines_AreBodyParagraphs_BlankLinesDropped()
    {
        Assert.Equal(["第一段。", "第二段。"], ReportProse.Paragraphs("  第一段。\n\n第二段。  ").Select(p => p.FullText));
        Assert.Empty(ReportProse.Paragraphs(null));
    }
}
