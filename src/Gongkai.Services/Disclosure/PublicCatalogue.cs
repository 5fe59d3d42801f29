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
/// </summary>
public sealed class PublicCatalogue(GongkaiDbContext db, CatalogueSetup setup, TimeProvider clock)
{
    public const int DefaultPageSize = 20;

    private IQueryable<PublishedVersionRecord> Visible => db.PublishedVersions().AsNoTracking().VisibleAt(clock.GetUtcNow());

    public async Task<IReadOnlyList<PortalAgency>> AgenciesAsync(CancellationToken cancellationToken = default)
    {
        var counts = await Visible.GroupBy(v => v.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.Level != Gongkai.Core.Agencies.AgencyLevel.Region)
            .OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return agencies.Select(a => new PortalAgency(a.Id, a.Name, a.ParentId, counts.GetValueOrDefault(a.Id))).ToList();
    }

    /// <summary>The agency and its catalogue (categories and channels) for the 指南 and the menu; null when there is no such agency.</summary>
    public async Task<AgencyCatalogue?> AgencyAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var catalogue = await setup.LoadAsync(agencyId, cancellationToken);
        return catalogue is null || catalogue.Agency.Level == Gongkai.Core.Agencies.AgencyLevel.Region ? null : catalogue;
    }

    /// <summary>The agency's active categories with their current counts, in tree order.</summary>
    public async Task<IReadOnlyList<CategoryCount>> CategoriesAsync(AgencyCatalogue catalogue, CancellationToken cancellationToken = default)
    {
        var counts = await Visible.Where(v => v.AgencyId == catalogue.Agency.Id).GroupBy(v => v.CategoryCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return catalogue.Tree.Active.Select(c => new CategoryCount(c, counts.GetValueOrDefault(c.Code))).ToList();
    }

    /// <summary>The years (China time of publication) in which the agency's visible items, optionally of one category, were published, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Guid agencyId, string? categoryCode, CancellationToken cancellationToken = default)
    {
        var q = Visible.Where(v => v.AgencyId == agencyId);
        if (categoryCode is not null) q = q.Where(v => v.CategoryCode == categoryCode);
        return await q.Select(v => v.PublishYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }

    /// <summary>公开目录: the agency's visible items, optionally of one category (with its sub-categories) and one year, newest first.</summary>
    public async Task<CataloguePage> ListAsync(AgencyCatalogue catalogue, string? categoryCode, int? year, int page, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Max(1, page);
        var q = Visible.Where(v => v.AgencyId == catalogue.Agency.Id);
        if (categoryCode is not null)
        {
            var codes = Subtree(catalogue.Tree, categoryCode);
            q = q.Where(v => codes.Contains(v.CategoryCode));
        }
        if (year is { } y) q = q.Where(v => v.PublishYear == y);
        var total = await q.CountAsync(cancellationToken);
        var entries = await Entries(q.OrderByDescending(v => v.PublishAt).ThenBy(v => v.ItemId).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new CataloguePage(entries, total, page, pageSize);
    }

    /// <summary>The item page, or null when nothing of the item is public now (unknown, draft, under review, scheduled, withdrawn).</summary>
    public async Task<PublicItem?> ItemAsync(Guid itemId, CancellationToken cancellationToken = default)
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
        var q = Visible.Where(v => v.AgencyId == agencyId);
        if (categoryCode is not null) q = q.Where(v => v.CategoryCode == categoryCode);
        return await q.OrderByDescending(v => v.PublishAt).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
    }

    /// <summary>Every visible item with the time of its public version (sitemap.xml), at most <paramref name="max"/>, newest first.</summary>
    public async Task<IReadOnlyList<(Guid ItemId, DateTimeOffset PublishedAt)>> SitemapAsync(int max = 50_000, CancellationToken cancellationToken = default)
    {
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
