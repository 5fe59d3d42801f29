using Gongkai.Core.Appeals;
using Gongkai.Data.Appeals;

namespace Gongkai.Services.Appeals;

/// <summary>登记复议、诉讼案件: what the clerk enters when a case is filed.</summary>
public sealed record NewAppealCase(
    Guid AgencyId, AppealKind Kind, Guid RequestId, string RequestNumber, DateOnly RequestReceivedOn, string? CaseNumber, DateOnly FiledOn);

/// <summary>案件审结: the decision, its date and — when it orders a new answer — the day it reached the agency.</summary>
public sealed record AppealConclusion(
    AppealDecision Decision, DateOnly ConcludedOn, bool OrdersNewAnswer, DateOnly? DecisionReceivedOn, DateOnly? DueDateSetByDecision);

/// <summary>A case as pages, the API and the CLI show it.</summary>
public sealed record AppealCaseView(
    Guid Id, Guid AgencyId, AppealKind Kind, string KindZh, Guid RequestId, string RequestNumber, DateOnly RequestReceivedOn,
    string? CaseNumber, DateOnly FiledOn, DateOnly? ConcludedOn, AppealDecision? Decision, AppealResult? Result, string ResultZh,
    bool OrdersNewAnswer, DateOnly? DecisionReceivedOn, DateOnly? DueDateSetByDecision)
{
    public static AppealCaseView From(AppealCaseRecord r) => new(
        r.Id, r.AgencyId, r.Kind, r.Kind.LabelZh(), r.RequestId, r.RequestNumber, r.RequestReceivedOn, r.CaseNumber, r.FiledOn,
        r.ConcludedOn, r.Decision, r.Result, ResultLabel(r.Result), r.OrdersNewAnswer, r.DecisionReceivedOn, r.DueDateSetByDecision);

    /// <summary>The table-四 column head of a result (null = 尚未审结).</summary>
    public static string ResultLabel(AppealResult? result) => result switch
    {
        AppealResult.Upheld => "结果维持",
        AppealResult.Corrected => "结果纠正",
        AppealResult.Other => "其他结果",
        _ => "尚未审结",
    };

    public static string DecisionLabel(AppealDecision decision) => decision switch
    {
        AppealDecision.Upheld => "维持",
        AppealDecision.Revoked => "撤销",
        AppealDecision.ConfirmedUnlawful => "确认违法",
        AppealDecision.OrderedToPerform => "责令履行",
        AppealDecision.Varied => "变更",
        AppealDecision.Rejected => "驳回",
        AppealDecision.Terminated => "终止",
        AppealDecision.Withdrawn => "撤回",
        AppealDecision.Settled => "调解、和解",
        _ => "其他",
    };
}

/// <summary>
/// A concluded case and, when the decision ordered a new answer, Core's instruction and the new request opened on it
/// (report-format.md §4.3).
/// </summary>
public sealed record ConcludedAppeal(AppealCaseView Case, ReopenedRequest? Reopen, OpenedRequest? Opened);
