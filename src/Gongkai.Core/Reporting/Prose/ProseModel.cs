namespace Gongkai.Core.Reporting.Prose;

/// <summary>A quantity of the report that prose restates with a number (R8), mapped to table cells by <see cref="ProseQuantities"/>.</summary>
public enum ProseQuantity
{
    /// <summary>收到/新收/受理…申请 N 件 → t3.r1.c7.</summary>
    Received,
    /// <summary>上年结转 N 件 → t3.r2.c7.</summary>
    CarriedIn,
    /// <summary>办结/答复 N 件 → t3.r3.7.c7.</summary>
    Concluded,
    /// <summary>结转下年度 N 件 → t3.r4.c7.</summary>
    CarriedOut,
    /// <summary>予以公开 N 件 → t3.r3.1.c7.</summary>
    Disclosed,
    /// <summary>部分公开 N 件 → t3.r3.2.c7.</summary>
    PartlyDisclosed,
    /// <summary>予以公开及部分公开 N 件 → t3.r3.1.c7 + t3.r3.2.c7.</summary>
    DisclosedOrPartlyDisclosed,
    /// <summary>不予公开 N 件 → Σ t3.r3.3.*.c7.</summary>
    Withheld,
    /// <summary>无法提供 N 件 → Σ t3.r3.4.*.c7.</summary>
    CannotProvide,
    /// <summary>不予处理 N 件 → Σ t3.r3.5.*.c7.</summary>
    NotProcessed,
    /// <summary>其他处理 N 件 → Σ t3.r3.6.*.c7 (t3.r3.6.c7 in the 2019 format).</summary>
    OtherHandling,
    /// <summary>行政复议 N 件 → t4.a5.</summary>
    Reconsideration,
    /// <summary>行政诉讼 N 件 → t4.b5 + t4.c5.</summary>
    Litigation,
    /// <summary>行政复议和行政诉讼 N 件 → t4.a5 + t4.b5 + t4.c5.</summary>
    ReconsiderationAndLitigation,
    /// <summary>主动公开/公布/发布…信息 N 条 — no table cell holds it (report-format.md §8).</summary>
    ProactiveItems,
}

/// <summary>
/// A number the prose states about a quantity, e.g. “共收到政府信息公开申请859件” → (Received, 859).
/// <see cref="FromNegation"/>: a zero read from a negation such as “无…行政复议、行政诉讼案件”.
/// <see cref="Approximate"/>: written with 约/近/余/多 and not comparable.
/// </summary>
public sealed record ProseStatement(SectionId Section, ProseQuantity Quantity, decimal Count, string Unit, bool Approximate, bool FromNegation, string Quote);

/// <summary>How a sentence denies applications: “未收到…申请” (none received this year) or “无…申请” (none at all).</summary>
public enum ApplicationDenialKind
{
    /// <summary>未收到/没有收到/未受理…申请: claims r1 = 0.</summary>
    NoneReceived,
    /// <summary>无/没有…申请 without a verb of receiving: claims r1 = r2 = r3.7 = r4 = 0.</summary>
    NoneAtAll,
}

public sealed record ApplicationDenial(SectionId Section, ApplicationDenialKind Kind, string Quote);

/// <summary>
/// What the prose says about 信息处理费 (国办函〔2020〕109号): collected (with the amount in 元 when stated) or not
/// (“未收取”, “没有产生”, “无收取…情况”, “0元”).
/// </summary>
public sealed record FeeStatement(SectionId Section, bool Collected, decimal? AmountYuan, string Quote);

/// <summary>One listed part of a stated total, e.g. (“预决算公开”, 3, “件”).</summary>
public sealed record ProsePart(string Label, decimal Count, string Unit);

/// <summary>
/// A stated total with its listed parts, e.g. “主动公开信息225条，其中：政府信息公开年报1件，…” → 225 = 1 + 1 + 3 + … + 183.
/// <see cref="TotalLabel"/>: the words stating the total, before the number (the whole statement when no parts are listed).
/// <see cref="ClearlyComplete"/>: the text shows the parts are meant to add up (其中：with a colon, 分别为, a last part such as
/// 其他/各类/等, or parts exceeding the total). <see cref="Parts"/> is empty when only a total is stated.
/// </summary>
public sealed record ProseBreakdown(
    SectionId Section,
    string TotalLabel,
    decimal Total,
    string Unit,
    IReadOnlyList<ProsePart> Parts,
    bool ClearlyComplete,
    bool Approximate,
    string Quote)
{
    public decimal PartsSum
    {
        get
        {
            // Added in order from 0, as Enumerable.Sum does (the same decimal, scale included); P1 asks for it per breakdown.
            decimal sum = 0;
            for (int i = 0; i < Parts.Count; i++) sum += Parts[i].Count;
            return sum;
        }
    }
}

/// <summary>Everything the analyser read from one text.</summary>
public sealed record ProseAnalysis(
    IReadOnlyList<ProseStatement> Statements,
    IReadOnlyList<ApplicationDenial> Denials,
    IReadOnlyList<FeeStatement> Fees,
    IReadOnlyList<ProseBreakdown> Breakdowns)
{
    public static ProseAnalysis Empty { get; } = new([], [], [], []);

    /// <summary>An analysis over four new lists, for <see cref="ProseAnalyzer"/> to fill section by section.</summary>
    internal static ProseAnalysis Lists() =>
        new(new List<ProseStatement>(), new List<ApplicationDenial>(), new List<FeeStatement>(), new List<ProseBreakdown>());

    public ProseAnalysis Concat(ProseAnalysis other) =>
        new([.. Statements, .. other.Statements], [.. Denials, .. other.Denials], [.. Fees, .. other.Fees], [.. Breakdowns, .. other.Breakdowns]);
}
