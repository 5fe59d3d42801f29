using Gongkai.Core.Calendar;

namespace Gongkai.Core.Disclosure;

/// <summary>
/// 审核发布状态 of an item's working revision (三审: 经办人拟定 → 保密审查 → 分管领导审批 → 发布, as in the seed report's
/// “经办人拟定意见、部门保密审查、分管领导审批”; 条例第十七条 requires the review mechanism). What the portal shows is decided by
/// <see cref="DisclosureItem.IsPublic"/>, not by this status: a published item being revised is back in <see cref="Draft"/> while
/// its approved version stays public.
/// </summary>
public enum ItemStatus
{
    /// <summary>拟稿: the clerk is writing or revising it.</summary>
    Draft,
    /// <summary>待保密审查.</summary>
    AwaitingConfidentialityReview,
    /// <summary>待分管领导审批.</summary>
    AwaitingLeaderApproval,
    /// <summary>已审批，定时发布: approved, to go public at a set time.</summary>
    Scheduled,
    /// <summary>已发布.</summary>
    Published,
    /// <summary>已撤回: taken off the portal (or abandoned before publication). Final.</summary>
    Withdrawn,
}

/// <summary>有效性 of a published document (catalogue field 有效/失效/废止, document-format.md §2).</summary>
public enum Validity
{
    /// <summary>有效.</summary>
    InForce,
    /// <summary>已修订: replaced by a newer item (linked both ways).</summary>
    Amended,
    /// <summary>已废止.</summary>
    Repealed,
}

/// <summary>The identity of a disclosure item.</summary>
public readonly record struct DisclosureItemId(Guid Value)
{
    public static DisclosureItemId New() => new(Guid.NewGuid());
    public override string ToString() => Value.ToString("N")[..8];
}

/// <summary>
/// 审核规则: how strictly the review separates people. Both default to on — 三审 means three people; an agency too small for that
/// can turn either off (the choice is shown in its 政府信息管理 settings and audit log).
/// </summary>
public sealed record ReviewPolicy
{
    public static ReviewPolicy Default { get; } = new();

    /// <summary>The confidentiality reviewer and the approving leader must not have written or submitted the revision they review.</summary>
    public bool SeparateDrafterFromReviewers { get; init; } = true;

    /// <summary>The approving leader must not be the person who did the confidentiality review.</summary>
    public bool SeparateReviewerFromApprover { get; init; } = true;
}

/// <summary>A review decision: who, when, with what comment.</summary>
public sealed record ReviewSignature(string ActorId, DateTimeOffset At, string? Comment);

/// <summary>One revision of an item: who changed what, when (修改记录).</summary>
public sealed record ItemRevision(int Number, string ActorId, DateTimeOffset At, IReadOnlyList<string> ChangedFields, ItemContent Content)
{
    public string ChangedFieldsZh => string.Join("、", ChangedFields.Select(ItemContent.FieldLabelZh));
}

/// <summary>
/// A revision that passed both reviews: what goes public at <see cref="PublishAt"/>. <see cref="FormedOrChangedOn"/> is the start of
/// its 条例第二十六条 period. <see cref="Cancelled"/>: an edit or withdrawal came before it went public, so it never did.
/// </summary>
public sealed record ApprovedVersion(
    int Revision,
    ItemContent Content,
    ReviewSignature ConfidentialityReview,
    ReviewSignature LeaderApproval,
    DateTimeOffset PublishAt,
    DateOnly FormedOrChangedOn,
    bool Cancelled)
{
    public DateOnly PublishedOn => ChinaStandardTime.DateOf(PublishAt);
}
