using Gongkai.Core.Disclosure;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>有效性: 有效 / 已修订 / 已废止, with the links between an item and its revised version.</summary>
public class ValidityTests
{
    [Fact]
    public void Supersede_LinksBothItems_AndMarksTheOlderAmended()
    {
        var b = new ItemBuilder();
        var older = b.Published();
        var newer = b.Published(Content("关于开展科技特派员技术培训的通知（修订）"));
        var acting = b.ByAfter(Leader, TimeSpan.FromDays(1));

        var steps = Ok(DisclosureItem.Supersede(older, newer, acting));

        Assert.Equal((Validity.Amended, newer.Id), (older.Validity, older.SupersededById));
        Assert.Equal(older.Id, newer.SupersedesId);
        Assert.Equal(Validity.InForce, newer.Validity);
        Assert.Same(steps.Older, older.History[^1]);
        Assert.Same(steps.Newer, newer.History[^1]);
        Assert.Equal(acting.On, older.ValidityEndedOn);
        Assert.True(older.IsPublic(b.Now));
    }

    [Fact]
    public void RevisionDraftedOfAnItem_RemembersWhichItRevises_ThroughItsHistory_UntilLinkedOnPublication()
    {
        var b = new ItemBuilder();
        var older = b.Published();
        Assert.Null(older.CheckRevisable(b.Now));
        var revision = Ok(DisclosureItem.Draft(DisclosureItemId.New(), Content("修订版"), b.By(Clerk), Tree, revisionOf: older.Id));

        Assert.Equal(older.Id, revision.RevisionOfId);
        Assert.Contains("修订版本", revision.History[0].SummaryZh);
        Assert.Equal(older.Id, DisclosureItem.FromHistory(revision.History).RevisionOfId);
        b.ReviewAndPublish(revision);
        Ok(DisclosureItem.Supersede(older, revision, b.By(Clerk)));
        Assert.Equal(older.Id, revision.SupersedesId);
        Assert.IsType<ValidityAlreadyEndedError>(older.CheckRevisable(b.Now));
    }

    [Fact]
    public void Revision_OfItself_OrOfAnItemNeverPublishedOrWithdrawn_IsRefused()
    {
        var b = new ItemBuilder();
        var id = DisclosureItemId.New();
        Refused<SupersedeSelfError, DisclosureItem>(DisclosureItem.Draft(id, Content(), b.By(Clerk), Tree, revisionOf: id));
        Assert.IsType<ItemNeverPublishedError>(b.Draft().CheckRevisable(b.Now));
        Assert.IsType<ItemWithdrawnError>(b.Withdrawn().CheckRevisable(b.Now));
    }

    [Fact]
    public void Supersede_ByANewerVersionNotYetPublic_IsRefused()
    {
        var b = new ItemBuilder();
        var older = b.Published();
        var newer = b.ConfidentialityReviewed(Content("修订版"));

        Refused<NewerVersionNotPublicError, SupersedeSteps>(DisclosureItem.Supersede(older, newer, b.By(Leader)));
    }

    [Fact]
    public void Supersede_AnItemNeverPublished_IsRefused()
    {
        var b = new ItemBuilder();
        var older = b.Draft();
        var newer = b.Published(Content("修订版"));

        Refused<ItemNeverPublishedError, SupersedeSteps>(DisclosureItem.Supersede(older, newer, b.By(Leader)));
    }

    [Fact]
    public void Supersede_Itself_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Published();

        Refused<SupersedeSelfError, SupersedeSteps>(DisclosureItem.Supersede(item, item, b.By(Leader)));
    }

    [Fact]
    public void Repeal_MarksRepealedFromTheDate()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        var by = b.By(Leader).Dated(new DateOnly(2023, 10, 9));

        var repealed = Assert.IsType<ItemRepealed>(Ok(item.Repeal(by)));

        Assert.Equal((Validity.Repealed, (DateOnly?)new DateOnly(2023, 10, 9)), (item.Validity, item.ValidityEndedOn));
        Assert.Equal(repealed.On, item.ValidityEndedOn);
    }

    [Fact]
    public void Repeal_Twice_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Repeal(b.By(Leader)));

        Refused<ValidityAlreadyEndedError, ItemEvent>(item.Repeal(b.By(Leader)));
    }

    [Fact]
    public void Repeal_DatedInTheFutureOrBeforeGeneration_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Published();

        Refused<Core.Requests.Workflow.EventDateInFutureError, ItemEvent>(item.Repeal(b.By(Leader).Dated(new DateOnly(2030, 1, 1))));
        Refused<Core.Requests.Workflow.EventDateTooEarlyError, ItemEvent>(item.Repeal(b.By(Leader).Dated(new DateOnly(2023, 10, 7))));
    }
}
