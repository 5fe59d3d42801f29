using Gongkai.Core.Reporting;

namespace Gongkai.Core.Requests.Outcomes;

/// <summary>
/// 办理结果: how a request ended — exactly one of the 21 leaf rows of table 三 (report-format.md §4.2, §4.3). 区分处理 is
/// <see cref="PartlyDisclosed"/> only, never also a 不予公开 ground (the label of r3.2).
/// </summary>
public enum Outcome
{
    /// <summary>r3.1 予以公开.</summary>
    Disclosed,
    /// <summary>r3.2 部分公开.</summary>
    PartlyDisclosed,
    /// <summary>r3.3.1 属于国家秘密.</summary>
    WithheldStateSecret,
    /// <summary>r3.3.2 其他法律行政法规禁止公开.</summary>
    WithheldProhibitedByLaw,
    /// <summary>r3.3.3 危及“三安全一稳定”.</summary>
    WithheldEndangersSecurityOrStability,
    /// <summary>r3.3.4 保护第三方合法权益.</summary>
    WithheldThirdPartyRights,
    /// <summary>r3.3.5 属于三类内部事务信息.</summary>
    WithheldInternalAffairs,
    /// <summary>r3.3.6 属于四类过程性信息.</summary>
    WithheldProcessInformation,
    /// <summary>r3.3.7 属于行政执法案卷.</summary>
    WithheldLawEnforcementFile,
    /// <summary>r3.3.8 属于行政查询事项.</summary>
    WithheldAdministrativeQuery,
    /// <summary>r3.4.1 本机关不掌握相关政府信息.</summary>
    NotHeld,
    /// <summary>r3.4.2 没有现成信息需要另行制作.</summary>
    WouldNeedCreating,
    /// <summary>r3.4.3 补正后申请内容仍不明确.</summary>
    StillUnclearAfterCorrection,
    /// <summary>r3.5.1 信访举报投诉类申请.</summary>
    PetitionOrComplaint,
    /// <summary>r3.5.2 重复申请.</summary>
    RepeatedRequest,
    /// <summary>r3.5.3 要求提供公开出版物.</summary>
    PublicationRequested,
    /// <summary>r3.5.4 无正当理由大量反复申请.</summary>
    ExcessiveRequests,
    /// <summary>r3.5.5 要求行政机关确认或重新出具已获取信息.</summary>
    ConfirmationOrReissue,
    /// <summary>r3.6.1 申请人无正当理由逾期不补正.</summary>
    CorrectionNotMade,
    /// <summary>r3.6.2 申请人逾期未按收费通知要求缴纳费用.</summary>
    FeeNotPaid,
    /// <summary>r3.6.3 其他 (e.g. the applicant withdrew).</summary>
    OtherEnding,
}

/// <summary>Which workflow step may end a request with an outcome.</summary>
public enum ConcludingStep
{
    /// <summary>A reply letter (答复/告知书) drafted, approved and released.</summary>
    Reply,
    /// <summary>视为放弃申请 when the correction period passed (条例第三十条).</summary>
    DeemedWithdrawal,
    /// <summary>The fee was not paid in time (fees.md §4).</summary>
    FeeNotPaidInTime,
    /// <summary>条例第三十五条: reasons asked and found unreasonable.</summary>
    BulkRequestsFoundUnreasonable,
    /// <summary>A reply, or the applicant's withdrawal.</summary>
    ReplyOrWithdrawal,
}

/// <summary>
/// The row, label, legal ground and article of an outcome. <see cref="GroundVerified"/> is false where the assignment of the
/// ground to the row is practice, not text (report-format.md §4.3 marks these UNVERIFIED).
/// </summary>
public sealed record OutcomeInfo(
    Outcome Outcome,
    string RowId,
    string ArticleZh,
    string GroundZh,
    bool GroundVerified,
    ConcludingStep Step)
{
    /// <summary>The verbatim F2021 row label, e.g. 1.属于国家秘密.</summary>
    public string LabelZh => ReportLayout.F2021.RequestRow(RowId).Label;

    /// <summary>The row in a given format: in the 2019 trial format the three r3.6.x rows are one row r3.6 (report-format.md §7).</summary>
    public string RowIdIn(ReportFormat format) =>
        format == ReportFormat.F2019 && RowId.StartsWith("r3.6.", StringComparison.Ordinal) ? "r3.6" : RowId;

    /// <summary>Whether a reply letter may carry this outcome (the others end a request through their own step).</summary>
    public bool ByReply => Step is ConcludingStep.Reply or ConcludingStep.ReplyOrWithdrawal;
}

public static class Outcomes
{
    private static readonly OutcomeInfo[] Table =
    [
        new(Outcome.Disclosed, "r3.1", "条例第三十六条第一项、第二项", "属于已主动公开或者可以公开的政府信息，予以提供或者告知获取的方式、途径和时间", false, ConcludingStep.Reply),
        new(Outcome.PartlyDisclosed, "r3.2", "条例第三十七条", "部分内容不应当公开或者不属于政府信息但能够作区分处理的，提供可以公开的部分，并说明理由", true, ConcludingStep.Reply),
        new(Outcome.WithheldStateSecret, "r3.3.1", "条例第十四条、第三十六条第三项", "依法确定为国家秘密的政府信息", true, ConcludingStep.Reply),
        new(Outcome.WithheldProhibitedByLaw, "r3.3.2", "条例第十四条、第三十六条第三项", "法律、行政法规禁止公开的政府信息", true, ConcludingStep.Reply),
        new(Outcome.WithheldEndangersSecurityOrStability, "r3.3.3", "条例第十四条、第三十六条第三项", "公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息", true, ConcludingStep.Reply),
        new(Outcome.WithheldThirdPartyRights, "r3.3.4", "条例第十五条、第三十二条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息", true, ConcludingStep.Reply),
        new(Outcome.WithheldInternalAffairs, "r3.3.5", "条例第十六条第一款", "人事管理、后勤管理、内部工作流程等内部事务信息", true, ConcludingStep.Reply),
        new(Outcome.WithheldProcessInformation, "r3.3.6", "条例第十六条第二款", "讨论记录、过程稿、磋商信函、请示报告等过程性信息", true, ConcludingStep.Reply),
        new(Outcome.WithheldLawEnforcementFile, "r3.3.7", "条例第十六条第二款", "行政执法案卷信息", true, ConcludingStep.Reply),
        new(Outcome.WithheldAdministrativeQuery, "r3.3.8", "条例第三十六条第七项", "工商、不动产登记资料等，有关法律、行政法规对信息的获取有特别规定的，告知按照有关规定办理", true, ConcludingStep.Reply),
        new(Outcome.NotHeld, "r3.4.1", "条例第三十六条第四项、第五项", "经检索没有所申请公开信息，或者所申请公开信息不属于本机关负责公开", false, ConcludingStep.Reply),
        new(Outcome.WouldNeedCreating, "r3.4.2", "条例第三十八条", "需要行政机关对现有政府信息进行加工、分析的，可以不予提供", true, ConcludingStep.Reply),
        new(Outcome.StillUnclearAfterCorrection, "r3.4.3", "条例第三十条", "补正后申请内容仍不明确", true, ConcludingStep.Reply),
        new(Outcome.PetitionOrComplaint, "r3.5.1", "条例第三十九条第一款", "以政府信息公开申请的形式进行信访、投诉、举报等活动", true, ConcludingStep.Reply),
        new(Outcome.RepeatedRequest, "r3.5.2", "条例第三十六条第六项", "行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息", true, ConcludingStep.Reply),
        new(Outcome.PublicationRequested, "r3.5.3", "条例第三十九条第二款", "申请人要求提供政府公报、报刊、书籍等公开出版物的，可以告知获取的途径", true, ConcludingStep.Reply),
        new(Outcome.ExcessiveRequests, "r3.5.4", "条例第三十五条", "申请公开政府信息的数量、频次明显超过合理范围，说明的理由不合理", true, ConcludingStep.BulkRequestsFoundUnreasonable),
        new(Outcome.ConfirmationOrReissue, "r3.5.5", "（格式类别，未找到条文依据）", "要求行政机关确认或者重新出具已获取的信息", false, ConcludingStep.Reply),
        new(Outcome.CorrectionNotMade, "r3.6.1", "条例第三十条", "申请人无正当理由逾期不补正，视为放弃申请", true, ConcludingStep.DeemedWithdrawal),
        new(Outcome.FeeNotPaid, "r3.6.2", "国办函〔2020〕109号", "申请人逾期未按收费通知要求缴纳费用，行政机关不再处理", true, ConcludingStep.FeeNotPaidInTime),
        new(Outcome.OtherEnding, "r3.6.3", "（实践口径）", "其他情形，如申请人撤回申请", false, ConcludingStep.ReplyOrWithdrawal),
    ];

    private static readonly Dictionary<string, Outcome> ByRow = Table.ToDictionary(i => i.RowId, i => i.Outcome);

    /// <summary>All 21 outcomes in table order.</summary>
    public static IReadOnlyList<OutcomeInfo> All => Table;

    public static OutcomeInfo Info(this Outcome outcome) => Table[(int)outcome];

    public static string RowId(this Outcome outcome) => Table[(int)outcome].RowId;

    /// <summary>The outcome of an F2021 leaf row id, or null.</summary>
    public static Outcome? FromRowId(string rowId) => ByRow.TryGetValue(rowId, out var o) ? o : null;
}
