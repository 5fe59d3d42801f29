using System.Text.RegularExpressions;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>
/// The written-out keyword matchers of ProseKeywords find the keyword the regular expressions they replaced found: same
/// quantity, start and end, on ranges of text made of the patterns' words, their pieces and neighbours (look-behinds included).
/// </summary>
public class ProseKeywordsProperties
{
    // The table as it was, in its order: the reference the written-out matchers are held to.
    private static readonly (ProseQuantity Quantity, Regex Pattern)[] Reference =
    [
        (ProseQuantity.CarriedIn, new(@"上一?年度?结转|结转上一?年度?|上年遗留|去年结转")),
        (ProseQuantity.CarriedOut, new(@"结转(?:至|到)?下一?年度?|结转(?:至|到)\d{4}年度?|转入下一?年度?|尚未办结|正在办理|仍在办理")),
        (ProseQuantity.Received, new(@"新收|(?<!未|没有)收到|(?<!未)接收|(?<!未|没有)接到|(?<!不予|未|不)受理")),
        (ProseQuantity.Concluded, new(@"办结|办理完毕|已办理|(?<!延期|延长)答复")),
        (ProseQuantity.DisclosedOrPartlyDisclosed, new(@"(?:予以)?公开(?:及|和|与|、)部分公开")),
        (ProseQuantity.Disclosed, new(@"予以公开|同意公开|全部公开")),
        (ProseQuantity.PartlyDisclosed, new(@"部分公开")),
        (ProseQuantity.Withheld, new(@"不予公开")),
        (ProseQuantity.CannotProvide, new(@"无法提供")),
        (ProseQuantity.NotProcessed, new(@"不予处理")),
        (ProseQuantity.OtherHandling, new(@"其他处理")),
        (ProseQuantity.ReconsiderationAndLitigation, new(@"行政复议(?:案件)?(?:和|及|与|、|或)行政诉讼")),
        (ProseQuantity.Reconsideration, new(@"行政复议")),
        (ProseQuantity.Litigation, new(@"行政诉讼")),
        (ProseQuantity.ProactiveItems, new(@"主动公开|公布|发布")),
    ];

    private static readonly string[] Pieces =
    [
        "上", "一", "年", "度", "结转", "结", "转", "去", "遗留", "至", "到", "下", "2023", "202", "٣", "转入", "尚未办结", "正在办理",
        "仍在", "办理", "新收", "收到", "接收", "接到", "受理", "未", "没有", "不予", "不", "予", "办结", "完毕", "已", "答复", "延期",
        "延长", "予以", "公开", "及", "和", "与", "、", "或", "部分", "同意", "全部", "处理", "无法提供", "其他", "行政复议", "行政诉讼",
        "案件", "主动", "公布", "发布", "申请", "件", "，",
    ];

    [Fact]
    public void Last_FindsTheKeywordTheReferencePatternsFind()
    {
        var random = new Random(1127);
        for (int run = 0; run < 20000; run++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            int a = random.Next(text.Length + 1), b = random.Next(text.Length + 1);
            int from = Math.Min(a, b), to = Math.Max(a, b);

            Assert.True(ReferenceLast(text, from, to) == Found(ProseKeywords.Last(text, from, to)), $"“{text}” [{from}, {to})");
        }
    }

    // Per pattern, its own pieces and a few neighbours: each look-behind and optional part comes up often.
    private static readonly Dictionary<ProseQuantity, string[]> PatternPieces = new()
    {
        [ProseQuantity.CarriedIn] = ["上", "一", "年", "度", "结转", "结", "转", "去", "遗留", "下", "件"],
        [ProseQuantity.CarriedOut] = ["结转", "至", "到", "下", "一", "年", "度", "2023", "202", "٣", "转入", "尚未办结", "正在", "仍在", "办理", "件"],
        [ProseQuantity.Received] = ["新收", "收到", "接收", "接到", "受理", "未", "没有", "没", "有", "不予", "不", "予", "收", "件"],
        [ProseQuantity.Concluded] = ["办结", "办理", "完毕", "已", "答复", "延期", "延长", "延", "期", "件"],
        [ProseQuantity.DisclosedOrPartlyDisclosed] = ["予以", "予", "公开", "及", "和", "与", "、", "或", "部分", "部分公开", "件"],
        [ProseQuantity.Disclosed] = ["予以", "同意", "全部", "公开", "部分", "以", "件"],
        [ProseQuantity.ReconsiderationAndLitigation] = ["行政复议", "案件", "和", "及", "与", "、", "或", "行政诉讼", "行政", "件"],
        [ProseQuantity.ProactiveItems] = ["主动", "公开", "公布", "发布", "主动公开", "件"],
    };

    // Random texts from a fixed seed rather than FsCheck: its generated numbers are bounded by its size (a few hundred
    // distinct seeds) and its early arrays are short, which left rare neighbours (不 before 受理) untried in thousands of runs.
    [Fact]
    public void LastMatch_IsTheLastMatchOfTheReferencePattern()
    {
        var random = new Random(20261127);
        for (int run = 0; run < 20000; run++)
        {
            var quantities = PatternPieces.Keys.ToArray();
            var quantity = quantities[random.Next(quantities.Length)];
            var pieces = PatternPieces[quantity];
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));

            var last = Reference.Single(r => r.Quantity == quantity).Pattern.Matches(text).LastOrDefault();
            (int, int)? expected = last is null ? null : (last.Index, last.Length);
            Assert.True(expected == ProseKeywords.LastMatch(quantity, text), $"{quantity} in “{text}”");
        }
    }

    [Theory]
    [InlineData("不受理", null, 0, 0)]
    [InlineData("没有接到", null, 0, 0)]
    [InlineData("上一年度结转", ProseQuantity.CarriedIn, 0, 6)]
    [InlineData("结转至2024年度", ProseQuantity.CarriedOut, 0, 9)]
    [InlineData("未收到", null, 0, 0)]
    [InlineData("不予受理", null, 0, 0)]
    [InlineData("延期答复", null, 0, 0)]
    [InlineData("予以公开和部分公开", ProseQuantity.DisclosedOrPartlyDisclosed, 0, 9)]
    [InlineData("行政复议案件或行政诉讼", ProseQuantity.ReconsiderationAndLitigation, 0, 11)]
    public void Last_ReadsTheLongestKeywordAndHonoursLookBehinds(string text, ProseQuantity? quantity, int start, int end)
    {
        var hit = ProseKeywords.Last(text, 0, text.Length);

        Assert.Equal(quantity, hit?.Quantity);
        if (hit is { } h) Assert.Equal((start, end), (h.Start, h.End));
        Assert.Equal(ReferenceLast(text, 0, text.Length), Found(hit));
    }

    private static (ProseQuantity, int, int)? Found(ProseKeywords.Hit? hit) => hit is { } h ? (h.Quantity, h.Start, h.End) : null;

    /// <summary>The search as the regular expressions made it: every entry's matches in the range, the one ending last wins.</summary>
    private static (ProseQuantity, int, int)? ReferenceLast(string text, int from, int to)
    {
        (ProseQuantity, int, int)? best = null;
        foreach (var (quantity, pattern) in Reference)
            for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
            {
                int start = m.Index, end = m.Index + m.Length;
                if (best is not { } b || end > b.Item3 || (end == b.Item3 && start < b.Item2)) best = (quantity, start, end);
            }
        return best;
    }
}
