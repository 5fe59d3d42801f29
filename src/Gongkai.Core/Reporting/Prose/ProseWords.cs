namespace Gongkai.Core.Reporting.Prose;

/// <summary>
/// The word tests the prose analysis makes around every number, written out instead of regular expressions: each runs
/// several times per number on a few characters, where a regex call cost more than the test. Each method gives the same
/// answer as the pattern in its summary (a property test compares them on random text).
/// </summary>
internal static class ProseWords
{
    /// <summary>
    /// A comparison with another period or a mention of another period:
    /// <c>同比|环比|较上年|较去年|比上年|比去年|较\d{4}年|增长|下降|上升|增加了|减少了|增幅|降幅</c> or <c>上年|去年|上一年|前年|以来</c>
    /// anywhere (较上年, 比上年, 较去年 and 比去年 contain 上年 or 去年).
    /// </summary>
    public static bool ComparesOrNamesAnotherPeriod(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            var rest = text[i..];
            bool hit = text[i] switch
            {
                '上' => rest.StartsWith("上年") || rest.StartsWith("上一年") || rest.StartsWith("上升"),
                '去' => rest.StartsWith("去年"),
                '前' => rest.StartsWith("前年"),
                '以' => rest.StartsWith("以来"),
                '同' => rest.StartsWith("同比"),
                '环' => rest.StartsWith("环比"),
                '较' => rest.Length >= 6 && char.IsDigit(rest[1]) && char.IsDigit(rest[2]) && char.IsDigit(rest[3]) && char.IsDigit(rest[4]) && rest[5] == '年',
                '增' => rest.StartsWith("增长") || rest.StartsWith("增加了") || rest.StartsWith("增幅"),
                '下' => rest.StartsWith("下降"),
                '减' => rest.StartsWith("减少了"),
                '降' => rest.StartsWith("降幅"),
                _ => false,
            };
            if (hit) return true;
        }
        return false;
    }

    /// <summary>
    /// Words that end a list of parts: <c>共计|合计|总计|累计|全年|此外|另外|同时|其中|共收到|共办结|共受理</c> anywhere.
    /// </summary>
    public static bool HasListStop(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            var rest = text[i..];
            bool hit = text[i] switch
            {
                '共' => rest.StartsWith("共计") || rest.StartsWith("共收到") || rest.StartsWith("共办结") || rest.StartsWith("共受理"),
                '合' => rest.StartsWith("合计"),
                '总' => rest.StartsWith("总计"),
                '累' => rest.StartsWith("累计"),
                '全' => rest.StartsWith("全年"),
                '此' => rest.StartsWith("此外"),
                '另' => rest.StartsWith("另外"),
                '同' => rest.StartsWith("同时"),
                '其' => rest.StartsWith("其中"),
                _ => false,
            };
            if (hit) return true;
        }
        return false;
    }

    /// <summary>
    /// Only words that join a keyword to its number:
    /// <c>^(?:其中)?(?:共计|共|合计|总计|累计|计|达|为|数量为|总数为|总量为)*$</c>. Each word is told by its first
    /// character (共计 is 共 then 计), so one left-to-right pass decides it.
    /// </summary>
    public static bool IsFillerOnly(ReadOnlySpan<char> text)
    {
        text = BeforeFinalLineBreak(text);
        if (text.StartsWith("其中")) text = text[2..];
        while (!text.IsEmpty)
        {
            int length = text[0] switch
            {
                '共' or '计' or '达' or '为' => 1,
                '合' or '累' when text.Length >= 2 && text[1] == '计' => 2,
                '总' when text.Length >= 2 && text[1] == '计' => 2,
                '总' when text.Length >= 3 && text[1] is '数' or '量' && text[2] == '为' => 3,
                '数' when text.StartsWith("数量为") => 3,
                _ => 0,
            };
            if (length == 0) return false;
            text = text[length..];
        }
        return true;
    }

    /// <summary>Only joining marks between a total and its list marker: <c>^[，,、（(：:]*$</c>.</summary>
    public static bool IsJoinOnly(ReadOnlySpan<char> text)
    {
        foreach (char c in BeforeFinalLineBreak(text))
            if (c is not ('，' or ',' or '、' or '（' or '(' or '：' or ':')) return false;
        return true;
    }

    /// <summary>A regex's <c>$</c> matches at the end and before a final line break (normalised prose has none).</summary>
    private static ReadOnlySpan<char> BeforeFinalLineBreak(ReadOnlySpan<char> text) => text.EndsWith('\n') ? text[..^1] : text;
}
