using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.IndexNumbers;
using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Core.Disclosure;

/// <summary>
/// 主动公开信息: one item of the agency's 政府信息公开目录 and its life — drafting and revisions, the 三审 review
/// (DisclosureItem.Review.cs), publication now or at a set time, withdrawal, its 索引号 and its 有效性 with links between versions.
/// State changes only through intention-named steps; each takes who acts, when, and the legal date (<see cref="Acting"/>, shared
/// with the request workflow) and returns the event to persist, or refuses with a named <see cref="DomainError"/>. The item is the sum of its events (<see cref="FromHistory"/>).
/// <para>
/// What the portal, its search, feeds and sitemap show is decided by one predicate, <see cref="IsPublic"/>: an approved version
/// (both the confidentiality review and the leader's approval) whose publication time has come, on an item not withdrawn.
/// Editing approved content starts a new revision that needs both approvals again; the version already public stays public
/// until the new one replaces it (a version approved but not yet public is dropped by the edit).
/// </para>
/// </summary>
public sealed partial class DisclosureItem
{
    private readonly List<ItemEvent> _history = [];
    private readonly List<ItemRevision> _revisions = [];
    private readonly List<ApprovedVersion> _versions = [];
    private readonly HashSet<string> _authors = new(StringComparer.Ordinal);

    // 条例第二十六条 变更之日: set by the first edit after a version was public, cleared when the change is approved.
    private DateOnly? _changedOn;

    private DisclosureItem(ReviewPolicy policy) => Policy = policy;

    public ReviewPolicy Policy { get; }
    public DisclosureItemId Id { get; private set; }

    /// <summary>The working revision's content (what reviewers review; not necessarily what is public — see <see cref="PublicVersionAt"/>).</summary>
    public ItemContent Content { get; private set; } = null!;

    /// <summary>The working revision's number (1 for the first draft; every edit adds one).</summary>
    public int Revision => _revisions[^1].Number;

    public ItemStatus Status { get; private set; }
    public IndexNumber? IndexNumber { get; private set; }

    /// <summary>The working revision's passed confidentiality review, while it waits for the leader.</summary>
    public ReviewSignature? ConfidentialityReview { get; private set; }

    public Validity Validity { get; private set; }

    /// <summary>The day the item stopped being in force (已修订 or 已废止).</summary>
    public DateOnly? ValidityEndedOn { get; private set; }

    /// <summary>The older item this one revises (修订版本 of …).</summary>
    public DisclosureItemId? SupersedesId { get; private set; }

    /// <summary>
    /// 起草修订版本: the item in force this one was drafted to revise. When this item first goes public the older one is marked
    /// 已修订 and linked (<see cref="Supersede"/>), unless its validity has ended meanwhile; until then the link is only intended.
    /// </summary>
    public DisclosureItemId? RevisionOfId { get; private set; }

    /// <summary>The newer item that replaced this one (已修订).</summary>
    public DisclosureItemId? SupersededById { get; private set; }

    /// <summary>The item that repealed this one, when the repeal was itself published.</summary>
    public DisclosureItemId? RepealedById { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawalReason { get; private set; }

    /// <summary>Every revision, oldest first: who changed which fields, when, and the content it produced.</summary>
    public IReadOnlyList<ItemRevision> Revisions => _revisions;

    /// <summary>Every approved version, oldest first, including ones dropped before they went public.</summary>
    public IReadOnlyList<ApprovedVersion> Versions => _versions;

    public IReadOnlyList<ItemEvent> History => _history;

    /// <summary>Who wrote, edited or submitted the working revision since it was last approved (they may not review it).</summary>
    public IReadOnlyCollection<string> Authors => _authors;

    // ---------------- what is public ----------------

    /// <summary>
    /// The version the public sees at <paramref name="at"/>: the latest approved, not dropped version whose publication time has
    /// come, unless the item was withdrawn by then. Null when nothing is public.
    /// </summary>
    public ApprovedVersion? PublicVersionAt(DateTimeOffset at)
    {
        if (WithdrawnAt is { } w && w <= at) return null;
        return _versions.LastOrDefault(v => !v.Cancelled && v.PublishAt <= at);
    }

    /// <summary>
    /// 是否公开: the one predicate the portal, search, feeds and sitemap use. True only when a version has both approvals, its
    /// publication time has come, and the item is not withdrawn.
    /// </summary>
    public bool IsPublic(DateTimeOffset now) => PublicVersionAt(now) is not null;

    /// <summary>The status as of <paramref name="now"/>: a scheduled item whose time has come is published even before the scheduler records it.</summary>
    public ItemStatus StatusAt(DateTimeOffset now) =>
        Status == ItemStatus.Scheduled && _versions[^1].PublishAt <= now ? ItemStatus.Published : Status;

    /// <summary>
    /// The versions that went (or will go) public: approved, not dropped by an edit, and not after a withdrawal — one per
    /// publication for 条例第二十六条's timeliness count.
    /// </summary>
    public IReadOnlyList<ApprovedVersion> Publications =>
        _versions.Where(v => !v.Cancelled && (WithdrawnAt is not { } w || v.PublishAt < w)).ToList();

    /// <summary>When the item first went public, or will at its scheduled time; null when no version was approved.</summary>
    public DateTimeOffset? FirstPublishAt => Publications.Count > 0 ? Publications[0].PublishAt : null;

    /// <summary>Whether any version had gone public by <paramref name="at"/> (withdrawn or not since).</summary>
    public bool HasBeenPublicBy(DateTimeOffset at) => Publications.Any(v => v.PublishAt <= at);

    /// <summary>
    /// The 形成或者变更之日 (条例第二十六条) of the working revision: its 生成日期 until a version has been public, then the day of the
    /// first change since.
    /// </summary>
    public DateOnly FormedOrChangedOn => _versions.Any(v => !v.Cancelled) ? _changedOn ?? Content.GeneratedOn : Content.GeneratedOn;

    // ---------------- drafting ----------------

    /// <summary>
    /// 经办人拟定: a new item, as a draft. The content is checked against the agency's categories. <paramref name="revisionOf"/>
    /// (起草修订版本) names the item in force it revises (<see cref="RevisionOfId"/>; the caller checks it is one).
    /// </summary>
    public static DomainResult<DisclosureItem> Draft(DisclosureItemId id, ItemContent content, Acting acting, CategoryTree tree, ReviewPolicy? policy = null,
        DisclosureItemId? revisionOf = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (revisionOf == id) return new SupersedeSelfError();
        var errors = content.Validate(tree, acting.RecordedOn);
        if (errors.Count > 0) return DomainResult<DisclosureItem>.Failure(errors);
        var item = new DisclosureItem(policy ?? ReviewPolicy.Default);
        item.Record(new ItemDrafted(id, acting.Actor.Id, acting.At, content, revisionOf));
        return item;
    }

    /// <summary>
    /// 修改: a new revision. A draft is edited in place; content under review is frozen (send it back first); editing approved
    /// content restarts the review — a version waiting for its publication time is dropped, a public one stays public until the
    /// new revision is approved. <see cref="Acting.On"/> is the 变更之日 (<c>acting.Dated(…)</c> when the change happened before it
    /// was entered); it only matters once a version has been public.
    /// </summary>
    public DomainResult<ItemEvent> Edit(ItemContent content, Acting acting, CategoryTree tree)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Guard(acting) is { } refused) return refused;
        if (Status is ItemStatus.AwaitingConfidentialityReview or ItemStatus.AwaitingLeaderApproval) return new ItemUnderReviewError(Status);
        var errors = content.Validate(tree, acting.RecordedOn);
        if (errors.Count > 0) return DomainResult<ItemEvent>.Failure(errors);
        var changed = content.ChangedFrom(Content);
        if (changed.Count == 0) return new ItemUnchangedError();

        DateOnly? formedOrChanged = null;
        if (_versions.LastOrDefault(v => !v.Cancelled && v.PublishAt <= acting.At) is { } lastPublic)
        {
            var earliest = lastPublic.Content.GeneratedOn;
            if (acting.On < earliest) return new EventDateTooEarlyError(acting.On, earliest, "信息的生成日期");
            formedOrChanged = acting.On;
        }
        bool dropsSchedule = _versions.Any(v => !v.Cancelled && v.PublishAt > acting.At);
        return Record(new ItemEdited(Id, acting.Actor.Id, acting.At, Revision + 1, content, changed, formedOrChanged, dropsSchedule, StatusAt(acting.At)));
    }

    // ---------------- index number ----------------

    /// <summary>
    /// 编制索引号: from the agency's sequence (<see cref="IndexNumberRule.Format"/>) or imported verbatim. It may be corrected until
    /// the item has been public; after that it never changes (document-format.md §2).
    /// </summary>
    public DomainResult<ItemEvent> AssignIndexNumber(IndexNumber number, Acting acting)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (Guard(acting) is { } refused) return refused;
        if (IndexNumber is { } current)
        {
            if (HasBeenPublicBy(acting.At)) return new IndexNumberImmutableError(current);
            if (current.Text == number.Text) return new ItemUnchangedError();
        }
        return Record(new IndexNumberAssigned(Id, acting.Actor.Id, acting.At, number));
    }

    // ---------------- validity ----------------

    /// <summary>
    /// 已修订: <paramref name="newer"/> (already public) replaces <paramref name="older"/> from <see cref="Acting.On"/>. Both items
    /// record the link; the older one stays in the catalogue, marked 已修订.
    /// </summary>
    public static DomainResult<SupersedeSteps> Supersede(DisclosureItem older, DisclosureItem newer, Acting acting)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (older.Id == newer.Id) return new SupersedeSelfError();
        if (older.CheckCanEndValidity(acting) is { } problem) return problem;
        if (newer.Guard(acting) is { } newerRefused) return newerRefused;
        if (newer.SupersedesId is { } linked) return new NewerVersionAlreadyLinkedError(linked);
        if (!newer.IsPublic(acting.At)) return new NewerVersionNotPublicError(newer.Id);
        var amended = (ItemAmended)older.Record(new ItemAmended(older.Id, acting.Actor.Id, acting.At, newer.Id, acting.On));
        var supersedes = (ItemSupersedes)newer.Record(new ItemSupersedes(newer.Id, acting.Actor.Id, acting.At, older.Id));
        return new SupersedeSteps(amended, supersedes);
    }

    /// <summary>已废止 from <see cref="Acting.On"/>; <paramref name="repealedBy"/> names the item that repealed it, when it was published.</summary>
    public DomainResult<ItemEvent> Repeal(Acting acting, DisclosureItemId? repealedBy = null)
    {
        if (repealedBy == Id) return new SupersedeSelfError();
        if (CheckCanEndValidity(acting) is { } problem) return problem;
        return Record(new ItemRepealed(Id, acting.Actor.Id, acting.At, acting.On, repealedBy));
    }

    /// <summary>
    /// Whether a 修订版本 may be drafted for this item at <paramref name="at"/>: it has been public, is not withdrawn and is still
    /// in force. Null when it may.
    /// </summary>
    public DomainError? CheckRevisable(DateTimeOffset at)
    {
        if (Status == ItemStatus.Withdrawn) return new ItemWithdrawnError();
        if (!HasBeenPublicBy(at)) return new ItemNeverPublishedError();
        return Validity != Validity.InForce ? new ValidityAlreadyEndedError(Validity) : null;
    }

    private DomainError? CheckCanEndValidity(Acting acting)
    {
        if (Guard(acting) is { } refused) return refused;
        if (!HasBeenPublicBy(acting.At)) return new ItemNeverPublishedError();
        if (Validity != Validity.InForce) return new ValidityAlreadyEndedError(Validity);
        var earliest = Publications[0].Content.GeneratedOn;
        return acting.On < earliest ? new EventDateTooEarlyError(acting.On, earliest, "信息的生成日期") : null;
    }

    // ---------------- history ----------------

    /// <summary>Rebuilds an item from its stored events, in the order they were recorded. A history not starting with a draft is a bug.</summary>
    public static DisclosureItem FromHistory(IEnumerable<ItemEvent> history, ReviewPolicy? policy = null)
    {
        var item = new DisclosureItem(policy ?? ReviewPolicy.Default);
        foreach (var e in history)
        {
            if ((item._history.Count == 0) != (e is ItemDrafted))
                throw new ArgumentException("An item's history starts with its draft, and only there.", nameof(history));
            item.Record(e);
        }
        if (item._history.Count == 0) throw new ArgumentException("An item's history cannot be empty.", nameof(history));
        return item;
    }

    /// <summary>
    /// The refusal every step shares: nothing happens to a withdrawn item, steps are recorded in time order, and no legal date lies
    /// after the day it is recorded.
    /// </summary>
    private DomainError? Guard(Acting acting)
    {
        if (Status == ItemStatus.Withdrawn) return new ItemWithdrawnError();
        var previous = _history[^1].At;
        if (acting.At < previous) return new StepBeforePreviousError(acting.At, previous);
        return acting.On > acting.RecordedOn ? new EventDateInFutureError(acting.On, acting.RecordedOn) : null;
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private ItemEvent Record(ItemEvent e)
    {
        Apply(e);
        _history.Add(e);
        return e;
    }

    private void Apply(ItemEvent e)
    {
        switch (e)
        {
            case ItemDrafted d:
                Id = d.ItemId;
                Content = d.Content;
                RevisionOfId = d.RevisionOf;
                Status = ItemStatus.Draft;
                _revisions.Add(new ItemRevision(1, d.ActorId, d.At, ItemContent.Fields.All, d.Content));
                _authors.Add(d.ActorId);
                break;
            case ItemEdited ed:
                // A dropped version's change is still unpublished: its 变更之日 stays the start of the period.
                for (int i = 0; ed.CancelledSchedule && i < _versions.Count; i++)
                {
                    if (_versions[i].Cancelled || _versions[i].PublishAt <= ed.At) continue;
                    _versions[i] = _versions[i] with { Cancelled = true };
                    _changedOn = Earlier(_changedOn, _versions[i].FormedOrChangedOn);
                }
                if (ed.From is ItemStatus.Scheduled or ItemStatus.Published) _authors.Clear();
                _authors.Add(ed.ActorId);
                _changedOn = Earlier(_changedOn, ed.FormedOrChangedOn);
                Content = ed.Content;
                Status = ItemStatus.Draft;
                ConfidentialityReview = null;
                _revisions.Add(new ItemRevision(ed.Revision, ed.ActorId, ed.At, ed.ChangedFields, ed.Content));
                break;
            case ItemSubmittedForReview s:
                _authors.Add(s.ActorId);
                Status = ItemStatus.AwaitingConfidentialityReview;
                break;
            case ConfidentialityReviewPassed c:
                ConfidentialityReview = new ReviewSignature(c.ActorId, c.At, c.Comment);
                Status = ItemStatus.AwaitingLeaderApproval;
                break;
            case ItemSentBack:
                ConfidentialityReview = null;
                Status = ItemStatus.Draft;
                break;
            case ItemApproved a:
                _versions.Add(new ApprovedVersion(a.Revision, Content, ConfidentialityReview!, new ReviewSignature(a.ActorId, a.At, a.Comment),
                    a.PublishAt, FormedOrChangedOn, false));
                _changedOn = null;
                ConfidentialityReview = null;
                Status = a.PublishAt > a.At ? ItemStatus.Scheduled : ItemStatus.Published;
                break;
            case ScheduledItemPublished:
                Status = ItemStatus.Published;
                break;
            case ItemWithdrawn w:
                Status = ItemStatus.Withdrawn;
                WithdrawnAt = w.At;
                WithdrawalReason = w.Reason;
                break;
            case IndexNumberAssigned n:
                IndexNumber = n.Number;
                break;
            case ItemAmended am:
                Validity = Validity.Amended;
                ValidityEndedOn = am.On;
                SupersededById = am.NewerId;
                break;
            case ItemSupersedes su:
                SupersedesId = su.OlderId;
                break;
            case ItemRepealed r:
                Validity = Validity.Repealed;
                ValidityEndedOn = r.On;
                RepealedById = r.RepealedBy;
                break;
            default:
                throw new ArgumentException($"Unknown item event {e.GetType().Name}.", nameof(e));
        }
    }
}

/// <summary>The two events of <see cref="DisclosureItem.Supersede"/>: one for the older item, one for the newer.</summary>
public sealed record SupersedeSteps(ItemAmended Older, ItemSupersedes Newer);
