using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Requests.Workflow;

/// <summary>A step of the reply approval chain an agency may require before a reply is released.</summary>
public enum ReplyApprovalStep
{
    /// <summary>保密审查.</summary>
    ConfidentialityReview,
    /// <summary>分管领导审批.</summary>
    LeaderApproval,
}

public static class ReplyApprovalSteps
{
    public static StaffRole RequiredRole(this ReplyApprovalStep step) => step switch
    {
        ReplyApprovalStep.ConfidentialityReview => StaffRole.ConfidentialityReviewer,
        ReplyApprovalStep.LeaderApproval => StaffRole.ApprovingLeader,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public static string LabelZh(this ReplyApprovalStep step) => step switch
    {
        ReplyApprovalStep.ConfidentialityReview => "保密审查",
        ReplyApprovalStep.LeaderApproval => "分管领导审批",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}

/// <summary>
/// What a request's workflow needs besides its own events: the working-day calendar (correction, consultation and payment
/// periods), the deadline conventions, and the agency's choices. Every field is a setting, not law.
/// </summary>
public sealed record RequestRules(WorkingDayCalendar Calendar)
{
    public static RequestRules Default => new(WorkingDayCalendar.Default);

    public DeadlineConventions Conventions { get; init; } = DeadlineConventions.Default;

    /// <summary>
    /// The approvals a reply needs before release, in order. Default: 保密审查 then 分管领导审批 (the chain "经办人拟定意见、部门保密审查、
    /// 分管领导审批", procedure.md §1 Art 17). An agency may require fewer; an empty list releases a reply as drafted.
    /// </summary>
    public IReadOnlyList<ReplyApprovalStep> ReplyApprovals { get; init; } =
        [ReplyApprovalStep.ConfidentialityReview, ReplyApprovalStep.LeaderApproval];

    /// <summary>
    /// How many correction notices one request may receive. 条例第三十条 asks for one notice listing everything (一次性告知); practice
    /// allows a second when the corrected text is still unclear (procedure.md §2.3, weak source). Default 2: the second notice is
    /// recorded with a warning; a third is refused. Set 1 for the strict reading.
    /// </summary>
    public int MaxCorrectionRounds { get; init; } = 2;

    /// <summary>
    /// The period the applicant is given to explain bulk requests (条例第三十五条 sets none; UNVERIFIED practice: like the
    /// correction period, 15 working days). A clerk may choose another period per request.
    /// </summary>
    public int BulkReasonsPeriodWorkingDays { get; init; } = 15;
}
