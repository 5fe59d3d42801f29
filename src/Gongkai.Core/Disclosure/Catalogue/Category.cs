namespace Gongkai.Core.Disclosure.Catalogue;

/// <summary>Where a category comes from. Statutory labels are verbatim and cannot be renamed.</summary>
public enum CategorySource
{
    /// <summary>条例第二十条: the fifteen kinds of information every administrative organ discloses proactively.</summary>
    Article20,
    /// <summary>条例第二十一条: the topics 设区的市级、县级人民政府及其部门 or 乡（镇）人民政府 add by local circumstances.</summary>
    Article21,
    /// <summary>A category the agency defines (e.g. the portal columns 部门动态, 公示公告).</summary>
    Local,
}

/// <summary>
/// 信息分类 (公开目录的栏目): one node of an agency's category tree. <see cref="Code"/> is stable — it never changes and is never
/// reused, so URLs, imports and stored items keep pointing at the same category when it is renamed or retired.
/// </summary>
/// <param name="Article20Item">For <see cref="CategorySource.Article20"/>: the item number 1–15 of 条例第二十条.</param>
/// <param name="Retired">A retired category keeps its items and its code but takes no new items and is hidden from the portal's menu.</param>
public sealed record Category(
    string Code,
    string NameZh,
    string? ParentCode,
    CategorySource Source,
    int? Article20Item,
    bool Retired)
{
    public bool IsStatutory => Source != CategorySource.Local;

    /// <summary>The label as shown in the catalogue: 条例第二十条 items carry their numbering, e.g. “（七）财政预算、决算信息”.</summary>
    public string LabelZh => Article20Item is { } n ? $"（{ChineseOrdinal(n)}）{NameZh}" : NameZh;

    internal static string ChineseOrdinal(int n)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return n switch
        {
            < 1 or > 99 => throw new ArgumentOutOfRangeException(nameof(n), n, null),
            < 10 => digits[n],
            10 => "十",
            < 20 => "十" + digits[n - 10],
            _ => digits[n / 10] + "十" + digits[n % 10],
        };
    }
}
