namespace Gongkai.Core.Appeals;

/// <summary>The three groups of table 四 (条例第五十一条 remedies).</summary>
public enum AppealKind
{
    /// <summary>行政复议 (columns a1–a5).</summary>
    Reconsideration,
    /// <summary>行政诉讼 — 未经复议直接起诉 (b1–b5).</summary>
    LitigationDirect,
    /// <summary>行政诉讼 — 复议后起诉 (c1–c5).</summary>
    LitigationAfterReconsideration,
}

/// <summary>
/// The table-四 result of a case: 结果维持, 结果纠正, 其他结果. 尚未审结 is not a result: it is a case not concluded in the year.
/// </summary>
public enum AppealResult
{
    Upheld,
    Corrected,
    Other,
}

public static class AppealKinds
{
    /// <summary>The column-id letter of the group: a, b or c.</summary>
    public static char GroupLetter(this AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => 'a',
        AppealKind.LitigationDirect => 'b',
        AppealKind.LitigationAfterReconsideration => 'c',
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string LabelZh(this AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "行政复议",
        AppealKind.LitigationDirect => "行政诉讼（未经复议直接起诉）",
        AppealKind.LitigationAfterReconsideration => "行政诉讼（复议后起诉）",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Table-四 column id: 1 维持, 2 纠正, 3 其他, 4 尚未审结 (null result), 5 总计 is never a case's own column.</summary>
    public static string ColumnId(this AppealKind kind, AppealResult? result) => $"{kind.GroupLetter()}{result switch
    {
        AppealResult.Upheld => 1,
        AppealResult.Corrected => 2,
        AppealResult.Other => 3,
        _ => 4,
    }}";

    public static string TotalColumnId(this AppealKind kind) => $"{kind.GroupLetter()}5";
}
