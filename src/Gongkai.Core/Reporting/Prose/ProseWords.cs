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

    /// <summary>
    /// The length of the list marker starting at <paramref name="i"/>, or 0:
    /// <c>其中[：:]?|分别为[：:]?|分别是[：:]?|具体为[：:]?|包括[：:]?</c> (the colon is taken when present). No marker word
    /// overlaps another, so a left-to-right search going on after each marker finds what the regex found.
    /// </summary>
    public static int PartsMarkerAt(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        int length = rest.StartsWith("其中", StringComparison.Ordinal) || rest.StartsWith("包括", StringComparison.Ordinal) ? 2
            : rest.StartsWith("分别为", StringComparison.Ordinal) || rest.StartsWith("分别是", StringComparison.Ordinal)
              || rest.StartsWith("具体为", StringComparison.Ordinal) ? 3
            : 0;
        if (length > 0 && length < rest.Length && rest[length] is '：' or ':') length++;
        return length;
    }

    /// <summary>A part's label saying it holds the rest: <c>其他|其它|其余|剩余|等|各类</c> anywhere.</summary>
    public static bool IsCatchAll(ReadOnlySpan<char> label) =>
        label.Contains('等') || label.Contains("其他", StringComparison.Ordinal) || label.Contains("其它", StringComparison.Ordinal)
        || label.Contains("其余", StringComparison.Ordinal) || label.Contains("剩余", StringComparison.Ordinal) || label.Contains("各类", StringComparison.Ordinal);

    /// <summary>
    /// The fee denied: <c>(?:未|没有|无|不|免|均未)(?:收取|产生|发生|涉及|收费)|免收|免费|零收费</c> anywhere (均未 ends in 未,
    /// so it adds nothing to the test).
    /// </summary>
    public static bool DeniesFee(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            var rest = text[i..];
            int verb = text[i] switch
            {
                '未' or '无' or '不' => 1,
                '没' when rest.StartsWith("没有", StringComparison.Ordinal) => 2,
                '免' when rest.StartsWith("免收", StringComparison.Ordinal) || rest.StartsWith("免费", StringComparison.Ordinal) => -1,
                '免' => 1,
                '零' when rest.StartsWith("零收费", StringComparison.Ordinal) => -1,
                _ => 0,
            };
            if (verb < 0) return true;
            if (verb == 0) continue;
            var after = rest[verb..];
            if (after.StartsWith("收取", StringComparison.Ordinal) || after.StartsWith("产生", StringComparison.Ordinal)
                || after.StartsWith("发生", StringComparison.Ordinal) || after.StartsWith("涉及", StringComparison.Ordinal)
                || after.StartsWith("收费", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The length of the negation marker starting at <paramref name="i"/>, or 0:
    /// <c>未收到|没有收到|未接到|没有接到|未受理|未接收|未新收|未发生|没有发生|未产生|没有产生|未出现|没有出现|未涉及|没有|无(?!法|正当|需|论|偿|纸|误|缝|关|理由|疑|私|不|效|线|人)</c>,
    /// the alternatives tried in that order (没有 alone after the longer ones).
    /// </summary>
    public static int NegationAt(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        switch (rest[0])
        {
            case '未':
                return rest.Length >= 3 && rest.Slice(1, 2) is "收到" or "接到" or "受理" or "接收" or "新收" or "发生" or "产生" or "出现" or "涉及" ? 3 : 0;
            case '没':
                if (!rest.StartsWith("没有", StringComparison.Ordinal)) return 0;
                return rest.Length >= 4 && rest.Slice(2, 2) is "收到" or "接到" or "发生" or "产生" or "出现" ? 4 : 2;
            case '无':
                var after = rest[1..];
                if (after.IsEmpty) return 1;
                if (after[0] is '法' or '需' or '论' or '偿' or '纸' or '误' or '缝' or '关' or '疑' or '私' or '不' or '效' or '线' or '人') return 0;
                return after.StartsWith("正当", StringComparison.Ordinal) || after.StartsWith("理由", StringComparison.Ordinal) ? 0 : 1;
            default:
                return 0;
        }
    }

    /// <summary>A verb of receiving: <c>收到|接到|受理|接收|新收</c> anywhere.</summary>
    public static bool HasReceivingVerb(ReadOnlySpan<char> text) =>
        text.Contains("收到", StringComparison.Ordinal) || text.Contains("接到", StringComparison.Ordinal) || text.Contains("受理", StringComparison.Ordinal)
        || text.Contains("接收", StringComparison.Ordinal) || text.Contains("新收", StringComparison.Ordinal);

    /// <summary>A regex's <c>$</c> matches at the end and before a final line break (normalised prose has none).</summary>
    private static ReadOnlySpan<char> BeforeFinalLineBreak(ReadOnlySpan<char> text) => text.EndsWith('\n') ? text[..^1] : text;
}
