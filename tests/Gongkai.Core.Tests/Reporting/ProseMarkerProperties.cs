using System.Text.RegularExpressions;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>
/// The written-out marker tests of the prose analysis (list markers, catch-all parts, fee denials, negations, verbs of
/// receiving, clause marks) find what the regular expressions they replaced found, on random text made of those patterns' words, their
/// pieces and neighbours. Random texts come from a fixed seed (see ProseKeywordsProperties for why not FsCheck).
/// </summary>
public class ProseMarkerProperties
{
    private static readonly Regex PartsMarker = new(@"其中[：:]?|分别为[：:]?|分别是[：:]?|具体为[：:]?|包括[：:]?");
    private static readonly Regex CatchAll = new(@"其他|其它|其余|剩余|等|各类");
    private static readonly Regex FeeDenied = new(@"(?:未|没有|无|不|免|均未)(?:收取|产生|发生|涉及|收费)|免收|免费|零收费");
    private static readonly Regex Negation = new(@"未收到|没有收到|未接到|没有接到|未受理|未接收|未新收|未发生|没有发生|未产生|没有产生|未出现|没有出现|未涉及|没有|无(?!法|正当|需|论|偿|纸|误|缝|关|理由|疑|私|不|效|线|人)");
    private static readonly Regex ReceivingVerb = new(@"收到|接到|受理|接收|新收");

    private delegate int MatchAt(ReadOnlySpan<char> text, int i);

    private static readonly string[] MarkerPieces =
        ["其中", "其", "中", "分别", "为", "是", "具体", "包括", "包", "括", "：", ":", "，", "其他", "其它", "其余", "剩余", "等", "各类", "各", "类", "余", "件"];

    private static readonly string[] NegationPieces =
    [
        "未", "没有", "没", "有", "无", "均未", "不", "免", "零", "收到", "接到", "受理", "接收", "新收", "发生", "产生", "出现", "涉及",
        "收取", "收费", "免收", "免费", "收", "费", "法", "正当", "正", "需", "论", "偿", "纸", "误", "缝", "关", "理由", "理", "疑", "私",
        "效", "线", "人", "申请", "公开", "，", "到",
    ];

    [Fact]
    public void PartsMarkerAt_FindsTheMarkersOfTheReferencePattern() =>
        ForRandomTexts(MarkerPieces, 1, text => Matches(text, ProseWords.PartsMarkerAt).SequenceEqual(Reference(PartsMarker, text)));

    [Fact]
    public void IsCatchAll_AnswersAsTheReferencePattern() =>
        ForRandomTexts(MarkerPieces, 2, text => ProseWords.IsCatchAll(text) == CatchAll.IsMatch(text));

    [Fact]
    public void DeniesFee_AnswersAsTheReferencePattern() =>
        ForRandomTexts(NegationPieces, 3, text => ProseWords.DeniesFee(text) == FeeDenied.IsMatch(text));

    [Fact]
    public void NegationAt_FindsTheMarkersOfTheReferencePattern() =>
        ForRandomTexts(NegationPieces, 4, text => Matches(text, ProseWords.NegationAt).SequenceEqual(Reference(Negation, text)));

    [Fact]
    public void HasReceivingVerb_AnswersAsTheReferencePattern() =>
        ForRandomTexts(NegationPieces, 5, text => ProseWords.HasReceivingVerb(text) == ReceivingVerb.IsMatch(text));

    [Theory]
    [InlineData("无法", 0)]
    [InlineData("无正当", 0)]
    [InlineData("无正", 1)]
    [InlineData("无", 1)]
    [InlineData("没有收到", 4)]
    [InlineData("没有收", 2)]
    [InlineData("未收", 0)]
    public void NegationAt_TakesTheLongestMarkerAndHonoursTheLookAhead(string text, int length) =>
        Assert.Equal(length, ProseWords.NegationAt(text, 0));

    [Fact]
    public void IsClauseBreak_HoldsForExactlyTheClauseMarks()
    {
        const string marks = "，,；;：:（）()【】";
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(ProseText.IsClauseBreak((char)c) == marks.Contains((char)c), $"U+{c:X4}");
    }

    [Fact]
    public void ClauseStart_IsAfterTheLastClauseMarkBeforeTheIndex()
    {
        string[] pieces = ["，", ",", "；", "：", "（", "）", "【", "】", "。", "申请", "件", "2", "、"];
        var random = new Random(6);
        for (int run = 0; run < 5000; run++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            int index = random.Next(text.Length + 1);
            int expected = 0;
            for (int i = index - 1; i >= 0; i--)
                if ("，,；;：:（）()【】".Contains(text[i])) { expected = i + 1; break; }
            Assert.True(expected == ProseText.ClauseStart(text, index), $"“{text}” at {index}");
        }
    }

    [Fact]
    public void SameLabel_AnswersAsComparingTheNormalisedLabels()
    {
        string[] pieces = ["一", "、", "总体", "情况", " ", "\n", "#", "*", "“", "”", "\"", "(", ")", "（", "）", "，", ",", "。", "‘", "'"];
        var random = new Random(7);
        for (int run = 0; run < 20000; run++)
        {
            string a = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            string b = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(Gongkai.Core.Reporting.Checks.LabelText.SameLabel(a, b)
                == (Gongkai.Core.Reporting.Checks.LabelText.Normalize(a) == Gongkai.Core.Reporting.Checks.LabelText.Normalize(b)), $"“{a}” / “{b}”");
        }
    }

    private static void ForRandomTexts(string[] pieces, int seed, Func<string, bool> holds)
    {
        var random = new Random(seed);
        for (int run = 0; run < 20000; run++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(holds(text), $"“{text}”");
        }
    }

    /// <summary>The markers a left-to-right search finds, going on after each one (as a regex search does).</summary>
    private static List<(int, int)> Matches(string text, MatchAt at)
    {
        var found = new List<(int, int)>();
        for (int i = 0; i < text.Length;)
        {
            int length = at(text, i);
            if (length == 0) { i++; continue; }
            found.Add((i, length));
            i += length;
        }
        return found;
    }

    private static IEnumerable<(int, int)> Reference(Regex pattern, string text) => pattern.Matches(text).Select(m => (m.Index, m.Length));
}
