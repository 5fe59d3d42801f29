using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure.IndexNumbers;

namespace Gongkai.Core.Disclosure;

/// <summary>
/// 办理记录: one step in an item's life, as the audit log keeps it. An item is the sum of its events
/// (<see cref="DisclosureItem.FromHistory"/>).
/// </summary>
public abstract record ItemEvent(DisclosureItemId ItemId, string ActorId, DateTimeOffset At)
{
    /// <summary>The audit line in Chinese.</summary>
    public abstract string SummaryZh { get; }

    private protected static string Time(DateTimeOffset t) =>
        t.ToOffset(ChinaStandardTime.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// 经办人拟定: the item was created as a draft (revision 1). <paramref name="RevisionOf"/>: 起草修订版本 — the item in force this
/// one revises, which becomes 已修订 when this one goes public.
/// </summary>
public sealed record ItemDrafted(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, ItemContent Content, DisclosureItemId? RevisionOf = null)
    : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => RevisionOf is null ? $"拟稿：《{Content.Title}》" : $"拟稿（修订版本）：《{Content.Title}》";
}

/// <summary>
/// 修改: a new revision. <paramref name="FormedOrChangedOn"/> is the 变更之日 of 条例第二十六条 when the item had already been public;
/// <paramref name="CancelledSchedule"/> when an approved version waiting for its publication time was dropped by this edit.
/// </summary>
public sealed record ItemEdited(
    DisclosureItemId ItemId, string ActorId, DateTimeOffset At,
    int Revision, ItemContent Content, IReadOnlyList<string> ChangedFields, DateOnly? FormedOrChangedOn, bool CancelledSchedule,
    ItemStatus From) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh =>
        $"修改（第{Revision}稿）：{string.Join("、", ChangedFields.Select(ItemContent.FieldLabelZh))}"
        + (From is ItemStatus.Scheduled or ItemStatus.Published ? "；已审批的内容修改后须重新审核" : "")
        + (CancelledSchedule ? "，原定时发布取消" : "");
}

/// <summary>提交审核: the draft goes to the confidentiality review.</summary>
public sealed record ItemSubmittedForReview(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, int Revision) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"提交保密审查（第{Revision}稿）";
}

/// <summary>保密审查通过 (条例第十七条: 依照《中华人民共和国保守国家秘密法》以及其他法律、法规和国家有关规定对拟公开的政府信息进行审查).</summary>
public sealed record ConfidentialityReviewPassed(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, int Revision, string? Comment) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"保密审查通过（第{Revision}稿）" + (string.IsNullOrEmpty(Comment) ? "" : $"：{Comment}");
}

/// <summary>退回修改: a reviewer returned the draft with a comment.</summary>
public sealed record ItemSentBack(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, int Revision, ItemStatus From, string Comment) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => (From == ItemStatus.AwaitingConfidentialityReview ? "保密审查退回" : "分管领导退回") + $"（第{Revision}稿）：{Comment}";
}

/// <summary>分管领导审批通过: the revision goes public at <paramref name="PublishAt"/> (now, or a scheduled time).</summary>
public sealed record ItemApproved(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, int Revision, string? Comment, DateTimeOffset PublishAt) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"分管领导审批通过（第{Revision}稿）" + (PublishAt > At ? $"，定于{Time(PublishAt)}发布" : "，即时发布")
        + (string.IsNullOrEmpty(Comment) ? "" : $"：{Comment}");
}

/// <summary>定时发布: the scheduled time came (recorded by the scheduler; the item was public from <see cref="ItemEvent.At"/> on).</summary>
public sealed record ScheduledItemPublished(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, int Revision) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"定时发布（第{Revision}稿）";
}

/// <summary>撤回: taken off the portal, its search, feeds and sitemap (or abandoned before publication).</summary>
public sealed record ItemWithdrawn(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, string Reason, ItemStatus From) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"撤回：{Reason}";
}

/// <summary>索引号 given (from the agency's sequence, or imported verbatim).</summary>
public sealed record IndexNumberAssigned(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, IndexNumber Number) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"编制索引号：{Number.Text}";
}

/// <summary>已修订: a newer item replaces this one from <paramref name="On"/>.</summary>
public sealed record ItemAmended(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, DisclosureItemId NewerId, DateOnly On) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"自{ChineseDates.Format(On)}起已修订，由新版本（{NewerId}）替代";
}

/// <summary>This item is the newer version of <paramref name="OlderId"/>.</summary>
public sealed record ItemSupersedes(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, DisclosureItemId OlderId) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"为原信息（{OlderId}）的修订版本";
}

/// <summary>已废止 from <paramref name="On"/>, by another item when <paramref name="RepealedBy"/> is set.</summary>
public sealed record ItemRepealed(DisclosureItemId ItemId, string ActorId, DateTimeOffset At, DateOnly On, DisclosureItemId? RepealedBy) : ItemEvent(ItemId, ActorId, At)
{
    public override string SummaryZh => $"自{ChineseDates.Format(On)}起废止" + (RepealedBy is { } by ? $"（依据{by}）" : "");
}
