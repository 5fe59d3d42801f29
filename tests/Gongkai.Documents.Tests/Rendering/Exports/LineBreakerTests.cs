using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Documents.Rendering.Pdf;

namespace Gongkai.Documents.Tests.Rendering.Exports;

public class LineBreakerTests
{
    // A monospaced measure: every character one unit wide.
    private static double Measure(string text, int style) => text.Length;

    private static List<string> Lines(string text, double width, double firstWidth = -1) =>
        [.. LineBreaker.Lines(LineBreaker.Units([(text, 0)], Measure), firstWidth < 0 ? width : firstWidth, width, Measure)
            .Select(l => string.Concat(l.Select(u => u.Text)))];

    [Fact]
    public void ChineseText_BreaksBetweenAnyTwoCharacters_FillingEachLine()
    {
        Assert.Equal(["一二三四", "五六七八", "九"], Lines("一二三四五六七八九", 4));
    }

    [Fact]
    public void ClosingPunctuation_NeverStartsALine_AndOpeningPunctuationNeverEndsOne()
    {
        Assert.Equal(["一二三", "四，五六"], Lines("一二三四，五六", 4));
        Assert.Equal(["一二三", "（四）"], Lines("一二三（四）", 4));
    }

    [Fact]
    public void NumbersAndIds_StayWhole()
    {
        Assert.Equal(["收到", "2082件"], Lines("收到2082件", 5));
        Assert.Equal(["一", "t3.r1.c1"], Lines("一t3.r1.c1", 8));
    }

    [Fact]
    public void FirstLine_IsNarrowerByTheIndent()
    {
        Assert.Equal(["一二", "三四五六", "七"], Lines("一二三四五六七", 4, firstWidth: 2));
    }

    [Fact]
    public void WordWiderThanALine_IsSplitByCharacter()
    {
        Assert.Equal(["1234", "5678", "9"], Lines("123456789", 4));
    }

    [Property(MaxTest = 300)]
    public Property Lines_KeepEveryCharacterInOrder_AndFitTheWidth(NonEmptyString text, PositiveInt width)
    {
        var source = new string([.. text.Get.Where(c => !char.IsWhiteSpace(c) && !char.IsSurrogate(c))]);
        int w = width.Get % 12 + 2;
        var lines = Lines(source, w);
        // A line overflows only when a glued unit (e.g. a character and its closing punctuation) is wider than the line.
        return (string.Concat(lines) == source && lines.All(l => l.Length <= w + 3)).ToProperty();
    }
}
