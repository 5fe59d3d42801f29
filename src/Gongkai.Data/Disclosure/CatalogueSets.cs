using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Disclosure;

/// <summary>The catalogue's tables (kept here rather than as DbSet properties so the feature stays in its own files).</summary>
public static class CatalogueSets
{
    public static DbSet<CatalogueCategoryRecord> CatalogueCategories(this GongkaiDbContext db) => db.Set<CatalogueCategoryRecord>();
    public static DbSet<CatalogueChannelRecord> CatalogueChannels(this GongkaiDbContext db) => db.Set<CatalogueChannelRecord>();
    public static DbSet<DisclosureItemRecord> DisclosureItems(this GongkaiDbContext db) => db.Set<DisclosureItemRecord>();
    public static DbSet<ItemEventRecord> DisclosureItemEvents(this GongkaiDbContext db) => db.Set<ItemEventRecord>();
    public static DbSet<PublishedVersionRecord> PublishedVersions(this GongkaiDbContext db) => db.Set<PublishedVersionRecord>();
    public static DbSet<VersionChannelRecord> PublishedVersionChannels(this GongkaiDbContext db) => db.Set<VersionChannelRecord>();
    public static DbSet<VersionAttachmentRecord> PublishedVersionAttachments(this GongkaiDbContext db) => db.Set<VersionAttachmentRecord>();
    public static DbSet<StoredFileRecord> StoredFiles(this GongkaiDbContext db) => db.Set<StoredFileRecord>();
    public static DbSet<IndexNumberSequenceRecord> IndexNumberSequences(this GongkaiDbContext db) => db.Set<IndexNumberSequenceRecord>();
    public static DbSet<NormativeDocumentRecord> NormativeDocuments(this GongkaiDbContext db) => db.Set<NormativeDocumentRecord>();
    public static DbSet<EnforcementStatisticsRecord> EnforcementStatistics(this GongkaiDbContext db) => db.Set<EnforcementStatisticsRecord>();
}

/// <summary>
/// 是否公开, in SQL: the one predicate the portal pages, search, feeds and sitemap share. It is Core's
/// <c>DisclosureItem.IsPublic(now)</c> over the stored versions: a version with both approvals (only approved versions are stored
/// here), not dropped, whose publication time has come, and not yet replaced by a newer version or ended by a withdrawal.
/// </summary>
public static class PublicCatalogueQueries
{
    public static IQueryable<PublishedVersionRecord> VisibleAt(this IQueryable<PublishedVersionRecord> versions, DateTimeOffset now) =>
        versions.Where(v => !v.Cancelled && v.PublishAt <= now && (v.VisibleUntil == null || v.VisibleUntil > now));
}
