using Gongkai.Core.Disclosure.IndexNumbers;

namespace Gongkai.Core.Disclosure;

// Every illegal step of an item's life is refused with one of these — the same way for each, never an exception or silence.

file static class S
{
    public static string Zh(ItemStatus s) => s switch
    {
        ItemStatus.Draft => "拟稿",
        ItemStatus.AwaitingConfidentialityReview => "待保密审查",
        ItemStatus.AwaitingLeaderApproval => "待分管领导审批",
        ItemStatus.Scheduled => "已审批待定时发布",
        ItemStatus.Published => "已发布",
        _ => "已撤回",
    };
}

/// <summary>A withdrawn item is final: draft a new item instead.</summary>
public sealed record ItemWithdrawnError() : DomainError("item-withdrawn",
    "该信息已撤回，不能再办理；如需重新公开，请新建信息", "the item was withdrawn; create a new item instead");

/// <summary>The step needs the item in another state (e.g. approving a draft that was never reviewed).</summary>
public sealed record ItemNotInStepError(ItemStatus Status, IReadOnlyList<ItemStatus> Allowed, string StepZh) : DomainError("item-not-in-step",
    $"该信息当前为“{S.Zh(Status)}”，只有{string.Join("或", Allowed.Select(a => $"“{S.Zh(a)}”"))}的信息才能{StepZh}",
    $"the item is {Status}; this step needs {string.Join(" or ", Allowed)}");

/// <summary>Content under review is frozen: the reviewer must send it back before it can be changed.</summary>
public sealed record ItemUnderReviewError(ItemStatus Status) : DomainError("item-under-review",
    $"该信息正在审核（{S.Zh(Status)}），不能修改；如需修改，请审核人退回", $"the item is under review ({Status}); it must be sent back before editing");

public sealed record ItemUnchangedError() : DomainError("item-unchanged",
    "内容没有变化", "nothing was changed");

public sealed record SendBackCommentRequiredError() : DomainError("send-back-comment-required",
    "退回时须填写退回意见", "sending back needs a comment");

public sealed record WithdrawalReasonRequiredError() : DomainError("withdrawal-reason-required",
    "撤回时须填写撤回理由", "a withdrawal needs a reason");

/// <summary>Separation of duties (<see cref="ReviewPolicy.SeparateDrafterFromReviewers"/>): nobody reviews their own draft.</summary>
public sealed record ReviewerIsDrafterError(string ActorId) : DomainError("reviewer-is-drafter",
    "审核人不能审核本人拟稿、修改或提交的信息", $"{ActorId} wrote or submitted this revision and cannot review it");

/// <summary><see cref="ReviewPolicy.SeparateReviewerFromApprover"/>: the leader's approval is a second pair of eyes.</summary>
public sealed record ApproverIsConfidentialityReviewerError(string ActorId) : DomainError("approver-is-confidentiality-reviewer",
    "分管领导审批与保密审查不能由同一人办理", $"{ActorId} did the confidentiality review and cannot also approve");

public sealed record IndexNumberRequiredError() : DomainError("index-number-required",
    "发布前须编制索引号", "an item needs an index number before it is approved for publication");

/// <summary>document-format.md §2: a number is immutable once the item has been public.</summary>
public sealed record IndexNumberImmutableError(IndexNumber Number) : DomainError("index-number-immutable",
    $"该信息已公开，索引号“{Number.Text}”不能更改", $"the item has been public; its index number {Number.Text} cannot change");

/// <summary>A publication cannot be backdated: the publication date is what 条例第二十六条's timeliness is measured by.</summary>
public sealed record PublishTimeInPastError(DateTimeOffset PublishAt, DateTimeOffset Now) : DomainError("publish-time-in-past",
    "定时发布时间早于当前时间", $"the publication time {PublishAt:O} is before now {Now:O}");

public sealed record ScheduledTimeNotReachedError(DateTimeOffset PublishAt) : DomainError("scheduled-time-not-reached",
    "尚未到定时发布时间", $"the scheduled time {PublishAt:O} has not come");

/// <summary>Steps are recorded in time order; a step stamped before the previous one would rewrite history.</summary>
public sealed record StepBeforePreviousError(DateTimeOffset At, DateTimeOffset Previous) : DomainError("step-before-previous",
    "办理时间早于上一步骤的时间", $"the step at {At:O} is before the previous step at {Previous:O}");

public sealed record ItemNeverPublishedError() : DomainError("item-never-published",
    "该信息尚未公开，无需标注修订或废止", "the item has never been public");

public sealed record ValidityAlreadyEndedError(Validity Validity) : DomainError("validity-already-ended",
    Validity == Validity.Repealed ? "该信息已废止" : "该信息已修订", $"the item is already {Validity}");

public sealed record SupersedeSelfError() : DomainError("supersede-self",
    "信息不能修订其自身", "an item cannot supersede itself");

/// <summary>The newer version must itself be public before the older one is marked 已修订.</summary>
public sealed record NewerVersionNotPublicError(DisclosureItemId NewerId) : DomainError("newer-version-not-public",
    "新版本尚未公开，暂不能将原信息标注为已修订", $"the newer item {NewerId} is not public yet");

public sealed record NewerVersionAlreadyLinkedError(DisclosureItemId OlderId) : DomainError("newer-version-already-linked",
    "该信息已是另一条信息的修订版本", $"the newer item already supersedes {OlderId}");
