namespace Gongkai.Core.Appeals;

/// <summary>
/// 复议决定 / 裁判结果: what the reconsideration body or the court decided (行政复议法、行政诉讼法 terms). Mapped to a table-四 result
/// by <see cref="AppealOutcomeMapping"/>.
/// </summary>
public enum AppealDecision
{
    /// <summary>维持.</summary>
    Upheld,
    /// <summary>撤销 (全部或部分), possibly with an order to act again.</summary>
    Revoked,
    /// <summary>确认违法.</summary>
    ConfirmedUnlawful,
    /// <summary>责令履行 / 责令限期答复.</summary>
    OrderedToPerform,
    /// <summary>变更.</summary>
    Varied,
    /// <summary>驳回 (复议申请、起诉或诉讼请求).</summary>
    Rejected,
    /// <summary>终止.</summary>
    Terminated,
    /// <summary>撤回 (申请人撤回复议申请、原告撤诉).</summary>
    Withdrawn,
    /// <summary>调解、和解.</summary>
    Settled,
    /// <summary>其他.</summary>
    Other,
}

/// <summary>
/// 结果归类: which decisions count as 结果维持, 结果纠正 and 其他结果 in table 四. The default follows report-format.md §5:
/// 维持 → 维持; 撤销/确认违法/责令履行/变更 → 纠正 (practice, UNVERIFIED); 驳回/终止/撤回 and the rest → 其他 (practice, UNVERIFIED).
/// An operator can change any assignment.
/// </summary>
public sealed record AppealOutcomeMapping(IReadOnlyDictionary<AppealDecision, AppealResult> Results)
{
    public static readonly AppealOutcomeMapping Default = new(new Dictionary<AppealDecision, AppealResult>
    {
        [AppealDecision.Upheld] = AppealResult.Upheld,
        [AppealDecision.Revoked] = AppealResult.Corrected,
        [AppealDecision.ConfirmedUnlawful] = AppealResult.Corrected,
        [AppealDecision.OrderedToPerform] = AppealResult.Corrected,
        [AppealDecision.Varied] = AppealResult.Corrected,
        [AppealDecision.Rejected] = AppealResult.Other,
        [AppealDecision.Terminated] = AppealResult.Other,
        [AppealDecision.Withdrawn] = AppealResult.Other,
        [AppealDecision.Settled] = AppealResult.Other,
        [AppealDecision.Other] = AppealResult.Other,
    });

    /// <summary>The result of a decision; one missing from the mapping counts as 其他结果.</summary>
    public AppealResult ResultOf(AppealDecision decision) => Results.TryGetValue(decision, out var r) ? r : AppealResult.Other;

    public AppealOutcomeMapping With(AppealDecision decision, AppealResult result) =>
        new(new Dictionary<AppealDecision, AppealResult>(Results) { [decision] = result });
}
