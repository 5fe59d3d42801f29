using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Tests.Reading;

public class DigitRunSplitterTests
{
    [Fact]
    public void RunOfARow_WhoseTotalMustBeTheSum_SplitsOneWayOnly()
    {
        var splits = DigitRunSplitter.Split(["15130000154"], 7, DigitRunSplitter.LastIsSum)!;

        Assert.Equal([151m, 3, 0, 0, 0, 0, 154], Assert.Single(splits));
    }

    [Fact]
    public void RunsBrokenByStraySpaces_AreSplitTogether()
    {
        var splits = DigitRunSplitter.Split(["23", "0", "00", "0", "023"], 7, DigitRunSplitter.LastIsSum)!;

        Assert.Equal([23m, 0, 0, 0, 0, 0, 23], Assert.Single(splits));
    }

    [Fact]
    public void NoNumberStartsWithZero()
    {
        var splits = DigitRunSplitter.Split(["0000000"], 7, rule: null)!;

        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], Assert.Single(splits));
    }

    [Fact]
    public void AppealRow_EachGroupTotalMustBeTheSum()
    {
        var splits = DigitRunSplitter.Split(["110024001510102"], 15, DigitRunSplitter.EachFifthIsSum)!;

        Assert.Equal([1m, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2], Assert.Single(splits));
    }

    [Fact]
    public void RunWithoutArithmetic_GivesEveryCandidate()
    {
        var splits = DigitRunSplitter.Split(["5615"], 3, rule: null)!;

        Assert.Equal(3, splits.Count); // 5|6|15, 5|61|5, 56|1|5
    }

    [Fact]
    public void TooFewDigits_GiveNoSplit()
    {
        Assert.Empty(DigitRunSplitter.Split(["12"], 7, rule: null)!);
    }
}
