using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.IndexNumbers;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>
/// Test data for disclosure items: a county department's default categories, three people (经办人, 保密审查, 分管领导) and a clock
/// that moves forward one hour per step from 2023-10-09 09:00 China time, so every step is dated after the one before.
/// </summary>
internal sealed class ItemBuilder
{
    public const string Clerk = "clerk-wang";
    public const string Reviewer = "reviewer-li";
    public const string Leader = "leader-zhao";

    /// <summary>Someone holding every role (a small office), for separation-of-duties cases.</summary>
    public const string AllHands = "all-hands";

    public static readonly CategoryTree Tree = CategoryTree.Default(AgencyLevel.CountyDepartment);
    public static readonly IndexNumberRule Rule = IndexNumberRule.Create("11341702486344515H").Value;
    public static readonly DateTimeOffset Start = new(2023, 10, 9, 9, 0, 0, ChinaStandardTime.Offset);

    private DateTimeOffset _now = Start;

    public DateTimeOffset Now => _now;

    /// <summary>The person named, with the role the name says (经办人, 保密审查, 分管领导, the scheduler, or everything).</summary>
    public static Actor Person(string id) => id switch
    {
        Reviewer => Actor.Staff(id, StaffRole.ConfidentialityReviewer),
        Leader => Actor.Staff(id, StaffRole.ApprovingLeader),
        AllHands => Actor.Staff(id, StaffRole.Clerk | StaffRole.ConfidentialityReviewer | StaffRole.ApprovingLeader),
        "system" => Actor.System,
        _ => Actor.Staff(id, StaffRole.Clerk),
    };

    /// <summary>The next step's time (one hour after the last).</summary>
    public Acting By(string actor) => Acting.By(Person(actor), _now = _now.AddHours(1));

    /// <summary>A step <paramref name="later"/> after the last one.</summary>
    public Acting ByAfter(string actor, TimeSpan later) => Acting.By(Person(actor), _now = _now.Add(later));

    /// <summary>A step at a given instant (which must not be before the item's last step).</summary>
    public static Acting At(string actor, DateTimeOffset at) => Acting.By(Person(actor), at);

    public static ItemContent Content(string title = "关于开展科技特派员技术培训的通知", string category = "notices", DateOnly? generatedOn = null,
        params PublicationChannel[] channels) =>
        new(title, category, "红寺堡区科学技术局", generatedOn ?? new DateOnly(2023, 10, 8), "红科发〔2023〕5号", "培训安排",
            "<p>科技特派员开展技术培训</p>", [], channels.Length == 0 ? [PublicationChannel.Portal] : channels);

    public DisclosureItem Draft(ItemContent? content = null, ReviewPolicy? policy = null, string drafter = Clerk) =>
        DisclosureItem.Draft(DisclosureItemId.New(), content ?? Content(), By(drafter), Tree, policy).Value;

    public DisclosureItem Submitted(ItemContent? content = null)
    {
        var item = Draft(content);
        Ok(item.SubmitForReview(By(Clerk), Tree));
        return item;
    }

    public DisclosureItem ConfidentialityReviewed(ItemContent? content = null)
    {
        var item = Submitted(content);
        Ok(item.PassConfidentialityReview(By(Reviewer)));
        Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 13).Value, By(Clerk)));
        return item;
    }

    public DisclosureItem Published(ItemContent? content = null)
    {
        var item = ConfidentialityReviewed(content);
        Ok(item.Approve(By(Leader)));
        return item;
    }

    public DisclosureItem Scheduled(TimeSpan inFuture, ItemContent? content = null)
    {
        var item = ConfidentialityReviewed(content);
        var by = By(Leader);
        Ok(item.Approve(by, by.At + inFuture));
        return item;
    }

    public DisclosureItem Withdrawn()
    {
        var item = Published();
        Ok(item.Withdraw(By(Leader), "内容有误"));
        return item;
    }

    /// <summary>Takes a draft (or a revised item) through both reviews to publication now.</summary>
    public void ReviewAndPublish(DisclosureItem item, DateTimeOffset? publishAt = null)
    {
        Ok(item.SubmitForReview(By(Clerk), Tree));
        Ok(item.PassConfidentialityReview(By(Reviewer)));
        if (item.IndexNumber is null) Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 1).Value, By(Clerk)));
        Ok(item.Approve(By(Leader), publishAt));
    }

    public static T Ok<T>(DomainResult<T> result)
    {
        Assert.True(result.Succeeded, result.Succeeded ? "" : string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.MessageEn}")));
        return result.Value;
    }

    public static TError Refused<TError, T>(DomainResult<T> result) where TError : DomainError
    {
        Assert.False(result.Succeeded, "the step should have been refused");
        return Assert.IsType<TError>(Assert.Single(result.Errors));
    }
}
