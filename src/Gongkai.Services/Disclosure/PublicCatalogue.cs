using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Data.Agencies;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Disclosure;

/// <summary>One line of the public 公开目录: 索引号, 名称, 生成日期 (条例第十二条), with the 文号 and publication date.</summary>
public sealed record CatalogueEntry(Guid ItemId, string Title, string? IndexNumber, string CategoryCode, DateOnly GeneratedOn, string? DocumentNumber,
    DateTimeOffset PublishedAt, Validity Validity);

public sealed record CataloguePage(IReadOnlyList<CatalogueEntry> Entries, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A category of the portal's menu with the number of items it shows now.</summary>
public sealed record CategoryCount(Category Category, int Count);

/// <summary>An agency on the portal's home page.</summary>
public sealed record PortalAgency(Guid Id, string Name, Guid? ParentId, int PublicItems);

public sealed record PublicAttachment(string Sha256, string FileName, string MediaType, long Size);

/// <summary>The item page: the public version and the metadata block (索引号, 发布机构, 生成日期, 文号, 有效性), with links between versions.</summary>
public sealed record PublicItem(PublishedVersionRecord Version, DisclosureItemRecord Item, Agency Agency, Category? Category,
    IReadOnlyList<PublicAttachment> Attachments, IReadOnlyList<string> ChannelNames, CatalogueEntry? Supersedes, CatalogueEntry? SupersededBy);

/// <summary>
/// 政府信息公开平台 (条例第二十四条): what the public reads — agencies, each one's 指南 and 目录, item pages, feeds and the sitemap.
/// Every query goes through <see cref="PublicCatalogueQueries.VisibleAt"/> with the injected clock, so drafts, items under review,
/// scheduled items before their time and withdrawn items never appear, and their URLs answer as if they did not exist.
/// The catalogue and item pages are served from <see cref="PublicCatalogueCache"/> while the database's change stamp is the one
/// they were read under (one stamp lookup per request instead of counting an agency's items on every page view).
/// </summary>
public sealed class PublicCatalogue(GongkaiDbContext db, CatalogueSetup setup, TimeProvider clock, PublicCatalogueCache cache)
{
    public const int DefaultPageSize = 20;

    private IQueryable<PublishedVersionRecord> Visible => db.PublishedVersions().AsNoTracking().VisibleAt(clock.GetUtcNow());

    // Read once per request (this service is scoped), before any data, so all of a page's parts agree.
    private long? _stamp;
    private DateTimeOffset? _until;
    private bool _readUncached;

    /// <summary>
    /// What everything this instance (one request) has read depends on: the change stamp it was read under and the time it stops
    /// being true (null: no time limit). Null when nothing was read, or when something was read outside
    /// <see cref="PublicCatalogueCache"/> (the agency list, feeds, the sitemap, attachments), whose freshness is not tracked — a page
    /// rendered from such reads cannot be kept (see the portal's page cache in the web host).
    /// </summary>
    public (long Stamp, DateTimeOffset? Until)? ReadState => _stamp is { } stamp && !_readUncached ? (stamp, _until) : null;

    /// <summary>
    /// Reads this request's data under a change stamp the caller has just read (the portal's page cache reads it to look the
    /// page up; on a miss the page is rendered under the same stamp instead of reading it a second time). Only before the
    /// first read: what was read under one stamp is never relabelled with another.
    /// </summary>
    public void ReadUnder(long stamp)
    {
        if (_stamp is not null && _stamp != stamp) throw new InvalidOperationException("This request has already read the catalogue under another change stamp.");
        _stamp = stamp;
    }

    private async Task<T> CachedAsync<T>(string key, Guid? agencyId, Func<Task<T>> read, CancellationToken cancellationToken, bool keepNull = true)
    {
        var stamp = _stamp ??= await PublicCatalogueCache.StampAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        if (cache.TryGet<T>(key, stamp, now, out var value, out var cachedUntil))
        {
            Narrow(cachedUntil);
            return value;
        }
        var until = agencyId is { } a ? await NextPublicationAsync(a, now, cancellationToken) : null;
        value = await read();
        if (value is not null || keepNull) cache.Set(key, stamp, until, value);
        Narrow(until);
        return value;
    }

    private void Narrow(DateTimeOffset? until)
    {
        if (until is { } u && (_until is null || u < _until)) _until = u;
    }

    /// <summary>The next time one of the agency's approved versions goes public (and the one it replaces stops being), if any.</summary>
    private async Task<DateTimeOffset?> NextPublicationAsync(Guid agencyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.PublishedVersions().AsNoTracking().Where(v => v.AgencyId == agencyId && v.PublishAt > now && !v.Cancelled)
            .OrderBy(v => v.PublishAt).Select(v => (DateTimeOffset?)v.PublishAt).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PortalAgency>> AgenciesAsync(CancellationToken cancellationToken = default)
    {
        _readUncached = true;
        var counts = await Visible.GroupBy(v => v.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.Level != Gongkai.Core.Agencies.AgencyLevel.Region)
            .OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return agencies.Select(a => new PortalAgency(a.Id, a.Name, a.ParentId, counts.GetValueOrDefault(a.Id))).ToList();
    }

    /// <summary>The agency and its catalogue (categories and channels) for the 指南 and the menu; null when there is no such agency.</summary>
    public async Task<AgencyCatalogue?> AgencyAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var catalogue = await CachedAsync($"agency:{agencyId}", null, () => setup.LoadAsync(agencyId, cancellationToken), cancellationToken);
        return catalogue is null || catalogue.Agency.Level == Gongkai.Core.Agencies.AgencyLevel.Region ? null : catalogue;
    }

    /// <summary>
    /// How many of the agency's items are public now, by category and year of publication: one pass over the agency's versions
    /// that the menu's counts, the year list and the catalogue's totals all read from.
    /// </summary>
    private Task<IReadOnlyDictionary<(string Category, int Year), int>> CountsAsync(Guid agencyId, CancellationToken cancellationToken) =>
        CachedAsync($"counts:{agencyId}", agencyId, async () =>
        {
            var rows = await Visible.Where(v => v.AgencyId == agencyId).GroupBy(v => new { v.CategoryCode, v.PublishYear })
                .Select(g => new { g.Key.CategoryCode, g.Key.PublishYear, Count = g.Count() }).ToListAsync(cancellationToken);
            return (IReadOnlyDictionary<(string, int), int>)rows.ToDictionary(r => (r.CategoryCode, r.PublishYear), r => r.Count);
        }, cancellationToken);

    /// <summary>The agency's active categories with their current counts, in tree order.</summary>
    public async Task<IReadOnlyList<CategoryCount>> CategoriesAsync(AgencyCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        var counts = await CountsAsync(catalogue.Agency.Id, cancellationToken);
        var byCategory = counts.GroupBy(c => c.Key.Category).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        return catalogue.Tree.Active.Select(c => new CategoryCount(c, byCategory.GetValueOrDefault(c.Code))).ToList();
    }

    /// <summary>The years (China time of publication) in which the agency's visible items, optionally of one category, were published, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Guid agencyId, string? categoryCode, CancellationToken cancellationToken = default)
    {
        var counts = await CountsAsync(agencyId, cancellationToken);
        return counts.Where(c => c.Value > 0 && (categoryCode is null || c.Key.Category == categoryCode)).Select(c => c.Key.Year)
            .Distinct().OrderByDescending(y => y).ToList();
    }

    /// <summary>公开目录: the agency's visible items, optionally of one category (with its sub-categories) and one year, newest first.</summary>
    public async Task<CataloguePage> ListAsync(AgencyCatalogue catalogue, string? categoryCode, int? year, int page, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(1, page);
        var agencyId = catalogue.Agency.Id;
        var codes = categoryCode is null ? null : Subtree(catalogue.Tree, categoryCode);
        var counts = await CountsAsync(agencyId, cancellationToken);
        var total = counts.Where(c => (codes is null || codes.Contains(c.Key.Category)) && (year is null || c.Key.Year == year)).Sum(c => c.Value);
        var entries = await CachedAsync($"list:{agencyId}:{categoryCode}:{year}:{page}:{pageSize}", agencyId, async () =>
        {
            var q = Visible.Where(v => v.AgencyId == agencyId);
            if (codes is not null) q = q.Where(v => codes.Contains(v.CategoryCode));
            if (year is { } y) q = q.Where(v => v.PublishYear == y);
            return (IReadOnlyList<CatalogueEntry>)await Entries(q.OrderByDescending(v => v.PublishAt).ThenBy(v => v.ItemId).Skip((page - 1) * pageSize).Take(pageSize))
                .ToListAsync(cancellationToken);
        }, cancellationToken);
        return new CataloguePage(entries, total, page, pageSize);
    }

    /// <summary>The item page, or null when nothing of the item is public now (unknown, draft, under review, scheduled, withdrawn).</summary>
    public async Task<PublicItem?> ItemAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var agencyId = await CachedAsync($"item-agency:{itemId}", null,
            () => db.DisclosureItems().AsNoTracking().Where(i => i.Id == itemId).Select(i => (Guid?)i.AgencyId).SingleOrDefaultAsync(cancellationToken),
            cancellationToken, keepNull: false); // unknown ids (anyone can make them up) take no room
        if (agencyId is null) return null;
        return await CachedAsync($"item:{itemId}", agencyId, () => ReadItemAsync(itemId, cancellationToken), cancellationToken);
    }

    private async Task<PublicItem?> ReadItemAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var version = await Visible.SingleOrDefaultAsync(v => v.ItemId == itemId, cancellationToken);
        if (version is null) return null;
        var item = await db.DisclosureItems().AsNoTracking().SingleAsync(i => i.Id == itemId, cancellationToken);
        var catalogue = (await setup.LoadAsync(version.AgencyId, cancellationToken))!;
        var attachments = await db.PublishedVersionAttachments().AsNoTracking()
            .Where(a => a.ItemId == itemId && a.Revision == version.Revision).OrderBy(a => a.Position)
            .Select(a => new PublicAttachment(a.Sha256, a.FileName, a.MediaType, a.Size)).ToListAsync(cancellationToken);
        var channelCodes = await db.PublishedVersionChannels().AsNoTracking()
            .Where(c => c.ItemId == itemId && c.Revision == version.Revision).Select(c => c.ChannelCode).ToListAsync(cancellationToken);
        var channelNames = catalogue.Channels.Where(c => channelCodes.Contains(c.Code))
            .Select(c => c.AccountName is { } account ? $"{c.NameZh}“{account}”" : c.NameZh).ToList();
        return new PublicItem(version, item, catalogue.Agency, catalogue.Tree.Find(version.CategoryCode), attachments, channelNames,
            item.SupersedesId is { } older ? await EntryAsync(older, cancellationToken) : null,
            item.SupersededById is { } newer ? await EntryAsync(newer, cancellationToken) : null);
    }

    /// <summary>An attachment of an item's public version (null when the item is not public or the file is not one of its attachments).</summary>
    public async Task<(PublicAttachment Attachment, byte[] Content)?> AttachmentAsync(Guid itemId, string sha256, CancellationToken cancellationToken = default)
    {
        _readUncached = true;
        var version = await Visible.SingleOrDefaultAsync(v => v.ItemId == itemId, cancellationToken);
        if (version is null) return null;
        var attachment = await db.PublishedVersionAttachments().AsNoTracking()
            .FirstOrDefaultAsync(a => a.ItemId == itemId && a.Revision == version.Revision && a.Sha256 == sha256, cancellationToken);
        if (attachment is null) return null;
        var content = await db.StoredFiles().AsNoTracking().Where(f => f.Sha256 == sha256).Select(f => f.Content).SingleAsync(cancellationToken);
        return (new PublicAttachment(attachment.Sha256, attachment.FileName, attachment.MediaType, attachment.Size), content);
    }

    /// <summary>The newest visible versions for an Atom feed (of an agency, optionally one category).</summary>
    public async Task<IReadOnlyList<PublishedVersionRecord>> FeedAsync(Guid agencyId, string? categoryCode, int take = 50, CancellationToken cancellationToken = default)
    {
        _readUncached = true;
        var q = Visible.Where(v => v.AgencyId == agencyId);
        if (categoryCode is not null) q = q.Where(v => v.CategoryCode == categoryCode);
        return await q.OrderByDescending(v => v.PublishAt).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
    }

    /// <summary>Every visible item with the time of its public version (sitemap.xml), at most <paramref name="max"/>, newest first.</summary>
    public async Task<IReadOnlyList<(Guid ItemId, DateTimeOffset PublishedAt)>> SitemapAsync(int max = 50_000, CancellationToken cancellationToken = default)
    {
        _readUncached = true;
        var rows = await Visible.OrderByDescending(v => v.PublishAt).Take(max).Select(v => new { v.ItemId, v.PublishAt }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.ItemId, r.PublishAt)).ToList();
    }

    internal IQueryable<CatalogueEntry> Entries(IQueryable<PublishedVersionRecord> versions) =>
        versions.Join(db.DisclosureItems().AsNoTracking(), v => v.ItemId, i => i.Id, (v, i) =>
            new CatalogueEntry(v.ItemId, v.Title, i.IndexNumber, v.CategoryCode, v.GeneratedOn, v.DocumentNumber, v.PublishAt, i.Validity));

    private async Task<CatalogueEntry?> EntryAsync(Guid itemId, CancellationToken cancellationToken) =>
        await Entries(Visible.Where(v => v.ItemId == itemId)).SingleOrDefaultAsync(cancellationToken);

    private static List<string> Subtree(CategoryTree tree, string code)
    {
        var codes = new List<string> { code };
        for (var i = 0; i < codes.Count; i++) codes.AddRange(tree.Children(codes[i]).Select(c => c.Code));
        return codes;
    }
}
