using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.IndexNumbers;
using Gongkai.Core.Disclosure.Timeliness;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Disclosure;

/// <summary>What a clerk fills in for an item (the form of the item editor).</summary>
/// <param name="IssuingAgency">发布机构; empty means the agency's own name.</param>
/// <param name="Body">HTML or plain paragraphs; stored sanitised (<see cref="ItemBody"/>).</param>
/// <param name="ChannelCodes">Codes of the agency's configured channels.</param>
public sealed record ItemInput(
    string Title,
    string CategoryCode,
    string? IssuingAgency,
    DateOnly GeneratedOn,
    string? DocumentNumber,
    string? Summary,
    string? Body,
    IReadOnlyList<AttachmentReference> Attachments,
    IReadOnlyList<string> ChannelCodes);

/// <summary>Which items a staff list shows.</summary>
public enum ItemQueue
{
    /// <summary>我的草稿: drafts (and sent-back items) the caller wrote.</summary>
    MyDrafts,
    /// <summary>待保密审查.</summary>
    AwaitingConfidentialityReview,
    /// <summary>待分管领导审批.</summary>
    AwaitingLeaderApproval,
    /// <summary>All of the agency's items.</summary>
    All,
}

/// <summary>One line of a staff list, with its 条例第二十六条 standing.</summary>
public sealed record ItemListEntry(Guid Id, string Title, string CategoryCode, ItemStatus Status, string? IndexNumber, int Revision,
    DateTimeOffset UpdatedAt, TimelinessAssessment Timeliness);

/// <summary>An item as staff see it: the aggregate (content, revisions, review history), its row and its timeliness.</summary>
public sealed record ItemDetails(DisclosureItem Item, DisclosureItemRecord Record, AgencyCatalogue Catalogue, IReadOnlyList<ItemEventRecord> History,
    TimelinessAssessment Timeliness);

/// <summary>
/// 主动公开办理: the staff use cases of the catalogue — 拟稿, 修改, 提交, 保密审查 (通过/退回), 分管领导审批 (发布/定时发布/退回), 撤回 —
/// each for a caller's <see cref="StaffScope"/>: items of agencies the caller cannot read do not exist for it; a step needs the
/// role of that step in the item's own agency (clerk drafts, reviewer and leader review; Core's <see cref="DisclosureItem"/>
/// enforces the order, the separation of duties and the 索引号 before approval). The 索引号 is made at approval from the agency's
/// sequence, unless the item already has one.
/// </summary>
public sealed class DisclosureDesk(GongkaiDbContext db, CatalogueSetup setup, ItemStore store, TimeProvider clock)
{
    public Task<DomainResult<Guid>> DraftAsync(StaffScope scope, ItemInput input, CancellationToken cancellationToken = default) =>
        DraftAsync(scope, input, null, cancellationToken);

    /// <summary>
    /// 起草修订版本: a new draft that revises <paramref name="olderId"/> (public, in force, of the caller's agency). It goes through
    /// the three reviews like any draft; when it goes public the older item becomes 已修订 from that day, linked both ways
    /// (<see cref="ApproveAsync"/>, <see cref="PublishDueAsync"/>) — no second step for the clerk.
    /// </summary>
    public async Task<DomainResult<Guid>> DraftRevisionAsync(StaffScope scope, Guid olderId, ItemInput input, CancellationToken cancellationToken = default)
    {
        var older = await store.LoadAsync(olderId, cancellationToken);
        if (older is null || !scope.CanRead(older.Record.AgencyId) || older.Record.AgencyId != scope.HomeAgencyId) return new CatalogueItemNotFoundError();
        if (older.Item.CheckRevisable(clock.GetUtcNow()) is { } refused) return refused;
        return await DraftAsync(scope, input, new DisclosureItemId(olderId), cancellationToken);
    }

    private async Task<DomainResult<Guid>> DraftAsync(StaffScope scope, ItemInput input, DisclosureItemId? revisionOf, CancellationToken cancellationToken)
    {
        var agencyId = scope.HomeAgencyId;
        if (!scope.CanWrite(agencyId) || !scope.Has(AccountRole.Clerk)) return new CatalogueRoleRequiredError(AccountRole.Clerk.Label());
        var catalogue = await setup.LoadAsync(agencyId, cancellationToken);
        if (catalogue is null) return new CatalogueAgencyNotFoundError();
        var content = Content(input, catalogue);
        if (!content.Succeeded) return DomainResult<Guid>.Failure(content.Errors);
        var drafted = DisclosureItem.Draft(new DisclosureItemId(Guid.CreateVersion7(clock.GetUtcNow())), content.Value, Acting(scope), catalogue.Tree,
            revisionOf: revisionOf);
        if (!drafted.Succeeded) return DomainResult<Guid>.Failure(drafted.Errors);
        var saved = await store.SaveAsync(null, agencyId, drafted.Value, 0, cancellationToken);
        return saved.Map(r => r.Id);
    }

    public Task<DomainResult<Guid>> EditAsync(StaffScope scope, Guid id, ItemInput input, CancellationToken cancellationToken = default) =>
        StepAsync(scope, id, AccountRole.Clerk, (item, acting, catalogue) =>
        {
            var content = Content(input, catalogue);
            return content.Succeeded ? item.Edit(content.Value, acting, catalogue.Tree) : DomainResult<ItemEvent>.Failure(content.Errors);
        }, cancellationToken);

    public Task<DomainResult<Guid>> SubmitAsync(StaffScope scope, Guid id, CancellationToken cancellationToken = default) =>
        StepAsync(scope, id, AccountRole.Clerk, (item, acting, catalogue) => item.SubmitForReview(acting, catalogue.Tree), cancellationToken);

    public Task<DomainResult<Guid>> PassConfidentialityReviewAsync(StaffScope scope, Guid id, string? comment, CancellationToken cancellationToken = default) =>
        StepAsync(scope, id, AccountRole.ConfidentialityReviewer, (item, acting, _) => item.PassConfidentialityReview(acting, comment), cancellationToken);

    /// <summary>退回: by the confidentiality reviewer or by the leader, whichever stage the item is at.</summary>
    public Task<DomainResult<Guid>> SendBackAsync(StaffScope scope, Guid id, string comment, CancellationToken cancellationToken = default) =>
        StepAsync(scope, id, null, (item, acting, _) => item.SendBack(acting, comment), cancellationToken);

    /// <summary>分管领导审批: publish now (<paramref name="publishAt"/> null) or at a set time; the 索引号 is made here when missing.</summary>
    public async Task<DomainResult<Guid>> ApproveAsync(StaffScope scope, Guid id, DateTimeOffset? publishAt, string? comment,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revises = false;
        var result = await StepAsync(scope, id, AccountRole.ApprovingLeader, async (item, acting, catalogue) =>
        {
            revises = item.RevisionOfId is not null;
            if (item.IndexNumber is null && item.Status == ItemStatus.AwaitingLeaderApproval)
            {
                var number = await NextIndexNumberAsync(catalogue, item.Content.GeneratedOn, cancellationToken);
                if (!number.Succeeded) return DomainResult<ItemEvent>.Failure(number.Errors);
                var assigned = item.AssignIndexNumber(number.Value, acting);
                if (!assigned.Succeeded) return assigned;
            }
            return item.Approve(acting, publishAt, comment);
        }, cancellationToken);
        if (!result.Succeeded) return result;
        if (revises)
        {
            var linked = await LinkRevisedItemAsync(id, Acting(scope), cancellationToken);
            if (!linked.Succeeded) return DomainResult<Guid>.Failure(linked.Errors);
        }
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// When a 修订版本 (<see cref="DisclosureItem.RevisionOfId"/>) is public, the item it revises becomes 已修订 from
    /// <paramref name="acting"/>'s date and both record the link, in the caller's transaction — what <see cref="SupersedeAsync"/>
    /// does by hand. Nothing happens while the revision is not public yet (a scheduled approval: <see cref="PublishDueAsync"/>
    /// links it), when it is already linked, or when the older item's validity ended or it was withdrawn meanwhile.
    /// </summary>
    private async Task<DomainResult<bool>> LinkRevisedItemAsync(Guid newerId, Acting acting, CancellationToken cancellationToken)
    {
        var newer = await store.LoadAsync(newerId, cancellationToken);
        if (newer?.Item.RevisionOfId is not { } olderId || newer.Item.SupersedesId is not null || !newer.Item.IsPublic(acting.At)) return false;
        var older = await store.LoadAsync(olderId.Value, cancellationToken);
        if (older is null || older.Record.AgencyId != newer.Record.AgencyId) return false;
        int olderStored = older.Item.History.Count, newerStored = newer.Item.History.Count;
        if (!DisclosureItem.Supersede(older.Item, newer.Item, acting).Succeeded) return false;
        var first = await store.SaveAsync(older.Record, older.Record.AgencyId, older.Item, olderStored, cancellationToken);
        if (!first.Succeeded) return DomainResult<bool>.Failure(first.Errors);
        var second = await store.SaveAsync(newer.Record, newer.Record.AgencyId, newer.Item, newerStored, cancellationToken);
        return second.Succeeded ? true : DomainResult<bool>.Failure(second.Errors);
    }

    /// <summary>撤回 with a reason; approved content needs the approving leader (Core's rule).</summary>
    public Task<DomainResult<Guid>> WithdrawAsync(StaffScope scope, Guid id, string reason, CancellationToken cancellationToken = default) =>
        StepAsync(scope, id, null, (item, acting, _) => item.Withdraw(acting, reason), cancellationToken);

    /// <summary>
    /// 已修订: <paramref name="newerId"/> (public, same agency) replaces <paramref name="olderId"/> from <paramref name="on"/> (today when
    /// null). Both items record the link in one transaction; the older one stays in the catalogue marked 已修订. Catalogue
    /// maintenance is the clerk's (Gongkai's rule).
    /// </summary>
    public async Task<DomainResult<Guid>> SupersedeAsync(StaffScope scope, Guid olderId, Guid newerId, DateOnly? on, CancellationToken cancellationToken = default)
    {
        var older = await store.LoadAsync(olderId, cancellationToken);
        var newer = await store.LoadAsync(newerId, cancellationToken);
        if (older is null || newer is null || !scope.CanRead(older.Record.AgencyId) || newer.Record.AgencyId != older.Record.AgencyId)
            return new CatalogueItemNotFoundError();
        if (!scope.CanWrite(older.Record.AgencyId) || !scope.Has(AccountRole.Clerk)) return new CatalogueRoleRequiredError(AccountRole.Clerk.Label());
        var acting = Acting(scope);
        if (on is { } day) acting = acting.Dated(day);
        int olderStored = older.Item.History.Count, newerStored = newer.Item.History.Count;
        var steps = DisclosureItem.Supersede(older.Item, newer.Item, acting);
        if (!steps.Succeeded) return DomainResult<Guid>.Failure(steps.Errors);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var first = await store.SaveAsync(older.Record, older.Record.AgencyId, older.Item, olderStored, cancellationToken);
        if (!first.Succeeded) return DomainResult<Guid>.Failure(first.Errors);
        var second = await store.SaveAsync(newer.Record, newer.Record.AgencyId, newer.Item, newerStored, cancellationToken);
        if (!second.Succeeded) return DomainResult<Guid>.Failure(second.Errors);
        await transaction.CommitAsync(cancellationToken);
        return olderId;
    }

    /// <summary>已废止 from <paramref name="on"/> (today when null); <paramref name="repealedBy"/> names the item that repealed it.</summary>
    public Task<DomainResult<Guid>> RepealAsync(StaffScope scope, Guid id, DateOnly? on, Guid? repealedBy, CancellationToken cancellationToken = default) =>
        StepAsync(scope, id, AccountRole.Clerk, (item, acting, _) =>
            item.Repeal(on is { } day ? acting.Dated(day) : acting, repealedBy is { } r ? new DisclosureItemId(r) : null), cancellationToken);

    /// <summary>
    /// 定时发布: records the publication of every scheduled version whose time has come (the portal shows them from their time
    /// on regardless; this completes their status for the staff lists). Returns how many were recorded.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.DisclosureItems().AsNoTracking().Where(i => i.Status == ItemStatus.Scheduled)
            .Join(db.PublishedVersions().Where(v => !v.Cancelled && v.PublishAt <= now), i => new { i.Id, i.Revision }, v => new { Id = v.ItemId, v.Revision }, (i, v) => i.Id)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var loaded = await store.LoadAsync(id, cancellationToken);
            if (loaded is null) continue;
            var stored = loaded.Item.History.Count;
            var acting = Gongkai.Core.Requests.Workflow.Acting.By(Actor.System, now);
            if (!loaded.Item.PublishScheduled(acting).Succeeded) continue;
            if (!(await store.SaveAsync(loaded.Record, loaded.Record.AgencyId, loaded.Item, stored, cancellationToken)).Succeeded) continue;
            // A 修订版本 replaces the item it revises from the day it went public, not the day the scheduler noticed.
            var publishedOn = loaded.Item.Publications[^1].PublishedOn;
            if (!(await LinkRevisedItemAsync(id, acting.Dated(publishedOn), cancellationToken)).Succeeded) continue;
            await transaction.CommitAsync(cancellationToken);
            count++;
        }
        return count;
    }

    public async Task<DomainResult<ItemDetails>> GetAsync(StaffScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var loaded = await store.LoadAsync(id, cancellationToken);
        if (loaded is null || !scope.CanRead(loaded.Record.AgencyId)) return new CatalogueItemNotFoundError();
        var catalogue = await setup.LoadAsync(loaded.Record.AgencyId, cancellationToken);
        var history = await db.DisclosureItemEvents().AsNoTracking().Where(e => e.ItemId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return new ItemDetails(loaded.Item, loaded.Record, catalogue!, history,
            DisclosureTimeliness.Assess(loaded.Item, WorkingDayCalendar.Default, clock.GetUtcNow()));
    }

    /// <summary>A staff list of the caller's agency (or, for a supervisor, of <paramref name="agencyId"/>), newest change first.</summary>
    public async Task<DomainResult<IReadOnlyList<ItemListEntry>>> ListAsync(StaffScope scope, ItemQueue queue, Guid? agencyId = null, int skip = 0, int take = 50,
        CancellationToken cancellationToken = default)
    {
        var agency = agencyId ?? scope.HomeAgencyId;
        if (!scope.CanRead(agency)) return new CatalogueAgencyNotFoundError();
        var items = db.DisclosureItems().AsNoTracking().Where(i => i.AgencyId == agency);
        var me = scope.AccountId.ToString();
        items = queue switch
        {
            ItemQueue.MyDrafts => items.Where(i => i.Status == ItemStatus.Draft && i.CreatedBy == me),
            ItemQueue.AwaitingConfidentialityReview => items.Where(i => i.Status == ItemStatus.AwaitingConfidentialityReview),
            ItemQueue.AwaitingLeaderApproval => items.Where(i => i.Status == ItemStatus.AwaitingLeaderApproval),
            _ => items,
        };
        var rows = await items.OrderByDescending(i => i.UpdatedAt).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        var today = ChinaStandardTime.Today(clock);
        return rows.Select(r => new ItemListEntry(r.Id, r.Title, r.CategoryCode, r.Status, r.IndexNumber, r.Revision, r.UpdatedAt,
            Standing(r, today))).ToList();
    }

    // The list judges an unpublished item from its row; the item page replays the events (DisclosureTimeliness.Assess).
    private static TimelinessAssessment Standing(DisclosureItemRecord r, DateOnly today) => r.Status switch
    {
        ItemStatus.Withdrawn => new TimelinessAssessment(TimelinessState.Withdrawn, null, null, null),
        ItemStatus.Published or ItemStatus.Scheduled => new TimelinessAssessment(TimelinessState.PublishedOnTime, null, null, null),
        _ => DisclosureTimeliness.AssessPending(r.FormedOrChangedOn, today, WorkingDayCalendar.Default),
    };

    private Task<DomainResult<Guid>> StepAsync(StaffScope scope, Guid id, AccountRole? role,
        Func<DisclosureItem, Acting, AgencyCatalogue, DomainResult<ItemEvent>> step, CancellationToken cancellationToken) =>
        StepAsync(scope, id, role, (item, acting, catalogue) => Task.FromResult(step(item, acting, catalogue)), cancellationToken);

    private async Task<DomainResult<Guid>> StepAsync(StaffScope scope, Guid id, AccountRole? role,
        Func<DisclosureItem, Acting, AgencyCatalogue, Task<DomainResult<ItemEvent>>> step, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(id, cancellationToken);
        if (loaded is null || !scope.CanRead(loaded.Record.AgencyId)) return new CatalogueItemNotFoundError();
        if (!scope.CanWrite(loaded.Record.AgencyId)) return new CatalogueRoleRequiredError("本机关工作人员");
        if (role is { } needed && !scope.Has(needed)) return new CatalogueRoleRequiredError(needed.Label());
        var catalogue = await setup.LoadAsync(loaded.Record.AgencyId, cancellationToken);
        var stored = loaded.Item.History.Count;
        var result = await step(loaded.Item, Acting(scope), catalogue!);
        if (!result.Succeeded) return DomainResult<Guid>.Failure(result.Errors);
        var saved = await store.SaveAsync(loaded.Record, loaded.Record.AgencyId, loaded.Item, stored, cancellationToken);
        return saved.Map(r => r.Id);
    }

    /// <summary>
    /// The next number of the agency's sequence for the year of <paramref name="generatedOn"/>, handed out atomically (an upsert
    /// that increments and returns the counter under the row lock), never reused even when the approval then fails.
    /// </summary>
    private async Task<DomainResult<IndexNumber>> NextIndexNumberAsync(AgencyCatalogue catalogue, DateOnly generatedOn, CancellationToken cancellationToken)
    {
        var rule = catalogue.IndexRule();
        if (!rule.Succeeded) return DomainResult<IndexNumber>.Failure(rule.Errors);
        var year = IndexNumberRule.SequenceYear(generatedOn);
        object agency = db is PostgresGongkaiDbContext ? catalogue.Agency.Id : catalogue.Agency.Id.ToString().ToUpperInvariant();
        var serial = (await db.Database.SqlQueryRaw<int>(
            "INSERT INTO index_number_sequences (agency_id, year, last_serial) VALUES ({0}, {1}, 1) " +
            "ON CONFLICT (agency_id, year) DO UPDATE SET last_serial = index_number_sequences.last_serial + 1 " +
            "RETURNING last_serial AS \"Value\"", agency, year).ToListAsync(cancellationToken)).Single();
        return rule.Value.Format(generatedOn, serial);
    }

    private static DomainResult<ItemContent> Content(ItemInput input, AgencyCatalogue catalogue)
    {
        var errors = new List<DomainError>();
        var channels = new List<PublicationChannel>();
        foreach (var code in input.ChannelCodes.Distinct())
        {
            if (catalogue.Channels.FirstOrDefault(c => c.Code == code) is { } channel) channels.Add(channel);
            else errors.Add(new ChannelNotConfiguredError(code));
        }
        if (errors.Count > 0) return DomainResult<ItemContent>.Failure(errors);
        return new ItemContent(
            (input.Title ?? "").Trim(),
            (input.CategoryCode ?? "").Trim(),
            string.IsNullOrWhiteSpace(input.IssuingAgency) ? catalogue.Agency.Name : input.IssuingAgency.Trim(),
            input.GeneratedOn,
            string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim(),
            string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim(),
            ItemBody.Normalize(input.Body),
            input.Attachments,
            channels);
    }

    private Acting Acting(StaffScope scope) =>
        Gongkai.Core.Requests.Workflow.Acting.Now(Actor.Staff(scope.AccountId.ToString(), scope.WorkflowRoles), clock);
}
