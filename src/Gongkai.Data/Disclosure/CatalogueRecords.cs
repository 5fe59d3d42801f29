using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;

namespace Gongkai.Data.Disclosure;

/// <summary>
/// 公开目录分类 of one agency, stored: one node of its <see cref="CategoryTree"/>. Seeded from <see cref="CategoryTree.Default"/>
/// the first time the agency's catalogue is used; <see cref="Position"/> keeps the tree's insertion order.
/// </summary>
public sealed class CatalogueCategoryRecord
{
    public Guid AgencyId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ParentCode { get; set; }
    public CategorySource Source { get; set; }
    public int? Article20Item { get; set; }
    public bool Retired { get; set; }
    public int Position { get; set; }

    public Category ToCategory() => new(Code, Name, ParentCode, Source, Article20Item, Retired);
}

/// <summary>发布渠道 an agency publishes on (政府门户网站, 微信公众号 with its account name, others it configures).</summary>
public sealed class CatalogueChannelRecord
{
    public Guid AgencyId { get; set; }
    public string Code { get; set; } = "";
    public ChannelKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? AccountName { get; set; }
    public int Position { get; set; }

    public PublicationChannel ToChannel() => new(Code, Kind, Name, AccountName);
}

/// <summary>
/// 主动公开信息, the row the staff lists and the portal join on: the item's current state as its events left it (the events
/// themselves are in <see cref="ItemEventRecord"/>; the approved versions in <see cref="PublishedVersionRecord"/>).
/// </summary>
public sealed class DisclosureItemRecord
{
    public Guid Id { get; set; }
    public Guid AgencyId { get; set; }
    public ItemStatus Status { get; set; }

    /// <summary>The working revision's title and category (the staff lists show these, not the public version's).</summary>
    public string Title { get; set; } = "";
    public string CategoryCode { get; set; } = "";
    public int Revision { get; set; }

    public string? IndexNumber { get; set; }
    public Validity Validity { get; set; }
    public DateOnly? ValidityEndedOn { get; set; }
    public Guid? SupersedesId { get; set; }
    public Guid? SupersededById { get; set; }
    public Guid? RepealedById { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>条例第二十六条 形成或者变更之日 of the working revision (the staff queue flags items at risk from it).</summary>
    public DateOnly FormedOrChangedOn { get; set; }

    /// <summary>When the item first went (or goes) public; section 一 counts an item in the year of this instant (China time).</summary>
    public DateTimeOffset? FirstPublishAt { get; set; }

    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>How many events the item has: the optimistic concurrency token of the aggregate.</summary>
    public int EventCount { get; set; }
}

/// <summary>办理记录: one stored <see cref="ItemEvent"/> (the item is rebuilt from them with <see cref="DisclosureItem.FromHistory"/>).</summary>
public sealed class ItemEventRecord
{
    public Guid ItemId { get; set; }
    public int Sequence { get; set; }
    public string Kind { get; set; } = "";
    public string ActorId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Summary { get; set; } = "";
    public string Payload { get; set; } = "";
}

/// <summary>
/// An approved version (both approvals) of an item: what the public sees from <see cref="PublishAt"/> until
/// <see cref="VisibleUntil"/> (the next version's publication or the withdrawal). The portal, search, feeds and sitemap all go
/// through <see cref="PublicCatalogueQueries.VisibleAt"/> on this table.
/// </summary>
public sealed class PublishedVersionRecord
{
    public Guid ItemId { get; set; }
    public int Revision { get; set; }
    public Guid AgencyId { get; set; }
    public string Title { get; set; } = "";
    public string CategoryCode { get; set; } = "";
    public string IssuingAgency { get; set; } = "";
    public DateOnly GeneratedOn { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Summary { get; set; }

    /// <summary>正文, sanitised HTML.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>The body's plain text (search snippets, feeds).</summary>
    public string BodyText { get; set; } = "";

    public DateTimeOffset PublishAt { get; set; }

    /// <summary>条例第二十六条 形成或者变更之日 this version's publication is measured from (its 20 working days).</summary>
    public DateOnly FormedOrChangedOn { get; set; }

    /// <summary>The China year of <see cref="PublishAt"/>, for the catalogue's year filter.</summary>
    public int PublishYear { get; set; }

    public DateTimeOffset? VisibleUntil { get; set; }

    /// <summary>Dropped before it went public (an edit or a withdrawal came first).</summary>
    public bool Cancelled { get; set; }
}

/// <summary>A channel a version went out on (section 一 counts per channel in SQL from this).</summary>
public sealed class VersionChannelRecord
{
    public Guid ItemId { get; set; }
    public int Revision { get; set; }
    public string ChannelCode { get; set; } = "";

    /// <summary>The channel's place in the item's list (section 一 counts an item not on the portal under its first channel).</summary>
    public int Position { get; set; }
}

/// <summary>附件 of a version, by the content hash of the stored file.</summary>
public sealed class VersionAttachmentRecord
{
    public Guid ItemId { get; set; }
    public int Revision { get; set; }
    public int Position { get; set; }
    public string Sha256 { get; set; } = "";
    public string FileName { get; set; } = "";
    public string MediaType { get; set; } = "";
    public long Size { get; set; }
}

/// <summary>
/// A file in the content-addressed store (bytes kept once per SHA-256), with the text extracted from it for search.
/// </summary>
public sealed class StoredFileRecord
{
    public string Sha256 { get; set; } = "";
    public long Size { get; set; }
    public string MediaType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string ExtractedText { get; set; } = "";
    public DateTimeOffset StoredAt { get; set; }
}

/// <summary>The last 索引号 serial handed out for (agency, year); serials are never reused.</summary>
public sealed class IndexNumberSequenceRecord
{
    public Guid AgencyId { get; set; }
    public int Year { get; set; }
    public int LastSerial { get; set; }
}
