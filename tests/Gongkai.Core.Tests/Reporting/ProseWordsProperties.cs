using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>
/// The written-out word tests of the prose analysis (ProseWords) answer as the regular expressions they replaced, on text
/// made of those patterns' words, their pieces and neighbours.
/// </summary>
public class ProseWordsProperties
{
    private static readonly Regex Comparison = new(@"同比|环比|较上年|较去年|比上年|比去年|较\d{4}年|增长|下降|上升|增加了|减少了|增幅|降幅");
    private static readonly Regex OtherPeriod = new(@"上年|去年|上一年|前年|以来");
    private static readonly Regex StopWords = new(@"共计|合计|总计|累计|全年|此外|另外|同时|其中|共收到|共办结|共受理");
    private static readonly Regex Filler = new(@"^(?:其中)?(?:共计|共|合计|总计|累计|计|达|为|数量为|总数为|总量为)*$");
    private static readonly Regex JoinOnly = new(@"^[，,、（(：:]*$");

    private static readonly string[] Pieces =
    [
        "上", "年", "一", "去", "前", "以", "来", "同", "比", "环", "较", "2023", "12", "٣", "增", "长", "加", "了", "幅", "下", "降",
        "升", "减", "少", "共", "计", "合", "总", "累", "全", "此", "外", "另", "时", "其", "中", "收到", "办结", "受理", "达", "为",
        "数", "量", "，", ",", "、", "（", "(", "：", ":", "\n", "件", "公开",
    ];

    private static string Text(int[]? picks) => string.Concat((picks ?? []).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)]));

    [Property(MaxTest = 2000)]
    public bool ComparesOrNamesAnotherPeriod_AnswersAsTheComparisonAndPeriodPatterns(int[] picks)
    {
        string text = Text(picks);
        return ProseWords.ComparesOrNamesAnotherPeriod(text) == (Comparison.IsMatch(text) || OtherPeriod.IsMatch(text));
    }

    [Property(MaxTest = 2000)]
    public bool HasListStop_AnswersAsTheStopWordPattern(int[] picks)
    {
        string text = Text(picks);
        return ProseWords.HasListStop(text) == StopWords.IsMatch(text);
    }

    [Property(MaxTest = 2000)]
    public bool IsFillerOnly_AnswersAsTheFillerPattern(int[] picks)
    {
        string text = Text(picks);
        return ProseWords.IsFillerOnly(text) == Filler.IsMatch(text);
    }

    [Property(MaxTest = 2000)]
    public bool IsJoinOnly_AnswersAsTheJoinPattern(int[] picks)
    {
        string text = Text(picks);
        return ProseWords.IsJoinOnly(text) == JoinOnly.IsMatch(text);
    }

    /// <summary>
    /// The four tests again on 20 000 texts from a seeded generator: FsCheck's arrays are short and its picks small, and a
    /// written-out test that lost one word of a pattern took some 25 000 of its cases to show (session 10).
    /// </summary>
    [Fact]
    public void WordTests_AnswerAsTheirPatterns_OnManyShortTexts()
    {
        var random = new Random(10);
        for (int run = 0; run < 20_000; run++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.True(ProseWords.ComparesOrNamesAnotherPeriod(text) == (Comparison.IsMatch(text) || OtherPeriod.IsMatch(text)), $"period “{text}”");
            Assert.True(ProseWords.HasListStop(text) == StopWords.IsMatch(text), $"stop “{text}”");
            Assert.True(ProseWords.IsFillerOnly(text) == Filler.IsMatch(text), $"filler “{text}”");
            Assert.True(ProseWords.IsJoinOnly(text) == JoinOnly.IsMatch(text), $"join “{text}”");
        }
    }

    [Theory]
    [InlineData("其中共计为", true)]
    [InlineData("总数为", true)]
    [InlineData("总量达", false)]
    [InlineData("总", false)]
    [InlineData("数量", false)]
    [InlineData("其中其中", false)]
    public void IsFillerOnly_TakesOnlyJoiningWords(string text, bool expected)
    {
        Assert.Equal(expected, ProseWords.IsFillerOnly(text));
        Assert.Equal(expected, Filler.IsMatch(text));
    }
}
