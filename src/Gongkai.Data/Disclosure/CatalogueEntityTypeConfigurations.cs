using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.IndexNumbers;
using Gongkai.Data.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Disclosure;

internal sealed class CatalogueCategoryConfiguration : IEntityTypeConfiguration<CatalogueCategoryRecord>
{
    public void Configure(EntityTypeBuilder<CatalogueCategoryRecord> b)
    {
        b.ToTable("CatalogueCategories");
        b.HasKey(c => new { c.AgencyId, c.Code });
        b.Property(c => c.Code).HasMaxLength(64);
        b.Property(c => c.Name).HasMaxLength(200).IsRequired();
        b.Property(c => c.ParentCode).HasMaxLength(64);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CatalogueChannelConfiguration : IEntityTypeConfiguration<CatalogueChannelRecord>
{
    public void Configure(EntityTypeBuilder<CatalogueChannelRecord> b)
    {
        b.ToTable("CatalogueChannels");
        b.HasKey(c => new { c.AgencyId, c.Code });
        b.Property(c => c.Code).HasMaxLength(64);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.AccountName).HasMaxLength(100);
        b.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DisclosureItemConfiguration : IEntityTypeConfiguration<DisclosureItemRecord>
{
    public void Configure(EntityTypeBuilder<DisclosureItemRecord> b)
    {
        b.ToTable("DisclosureItems");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.Validity).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Title).HasMaxLength(ItemContent.MaxTitleLength).IsRequired();
        b.Property(i => i.CategoryCode).HasMaxLength(64);
        b.Property(i => i.IndexNumber).HasMaxLength(IndexNumber.MaxLength);
        b.Property(i => i.WithdrawalReason).HasMaxLength(1000);
        b.Property(i => i.CreatedBy).HasMaxLength(100);
        b.Property(i => i.EventCount).IsConcurrencyToken();
        b.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // document-format.md §2: an index number identifies one item of the agency's catalogue.
        b.HasIndex(i => new { i.AgencyId, i.IndexNumber }).IsUnique();
        b.HasIndex(i => new { i.AgencyId, i.Status });
    }
}

internal sealed class ItemEventConfiguration : IEntityTypeConfiguration<ItemEventRecord>
{
    public void Configure(EntityTypeBuilder<ItemEventRecord> b)
    {
        b.ToTable("DisclosureItemEvents");
        // Two concurrent steps on one item both try to write the same sequence number; the second fails.
        b.HasKey(e => new { e.ItemId, e.Sequence });
        b.Property(e => e.Kind).HasMaxLength(40);
        b.Property(e => e.ActorId).HasMaxLength(100);
        b.Property(e => e.Summary).HasMaxLength(2000);
        b.HasOne<DisclosureItemRecord>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublishedVersionConfiguration : IEntityTypeConfiguration<PublishedVersionRecord>
{
    public void Configure(EntityTypeBuilder<PublishedVersionRecord> b)
    {
        b.ToTable("PublishedVersions");
        b.HasKey(v => new { v.ItemId, v.Revision });
        b.Property(v => v.Title).HasMaxLength(ItemContent.MaxTitleLength).IsRequired();
        b.Property(v => v.CategoryCode).HasMaxLength(64);
        b.Property(v => v.IssuingAgency).HasMaxLength(200);
        b.Property(v => v.DocumentNumber).HasMaxLength(100);
        b.HasOne<DisclosureItemRecord>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
        // The catalogue pages: an agency's visible versions by category and year, newest first.
        b.HasIndex(v => new { v.AgencyId, v.CategoryCode, v.PublishYear, v.PublishAt });
        b.HasIndex(v => new { v.AgencyId, v.PublishAt });
    }
}

internal sealed class VersionChannelConfiguration : IEntityTypeConfiguration<VersionChannelRecord>
{
    public void Configure(EntityTypeBuilder<VersionChannelRecord> b)
    {
        b.ToTable("PublishedVersionChannels");
        b.HasKey(c => new { c.ItemId, c.Revision, c.ChannelCode });
        b.Property(c => c.ChannelCode).HasMaxLength(64);
        b.HasOne<PublishedVersionRecord>().WithMany().HasForeignKey(c => new { c.ItemId, c.Revision }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VersionAttachmentConfiguration : IEntityTypeConfiguration<VersionAttachmentRecord>
{
    public void Configure(EntityTypeBuilder<VersionAttachmentRecord> b)
    {
        b.ToTable("PublishedVersionAttachments");
        b.HasKey(a => new { a.ItemId, a.Revision, a.Position });
        b.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.MediaType).HasMaxLength(100);
        b.HasOne<PublishedVersionRecord>().WithMany().HasForeignKey(a => new { a.ItemId, a.Revision }).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredFileRecord>().WithMany().HasForeignKey(a => a.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFileRecord>
{
    public void Configure(EntityTypeBuilder<StoredFileRecord> b)
    {
        // Published attachments only; applicants' files live apart (stored_files, see Requests) so nothing public can serve them.
        b.ToTable("PublishedFiles");
        b.HasKey(f => f.Sha256);
        b.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(f => f.MediaType).HasMaxLength(100);
    }
}

internal sealed class IndexNumberSequenceConfiguration : IEntityTypeConfiguration<IndexNumberSequenceRecord>
{
    public void Configure(EntityTypeBuilder<IndexNumberSequenceRecord> b)
    {
        b.ToTable("IndexNumberSequences");
        b.HasKey(s => new { s.AgencyId, s.Year });
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocumentRecord>
{
    public void Configure(EntityTypeBuilder<NormativeDocumentRecord> b)
    {
        b.ToTable("NormativeDocuments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(d => d.Title).HasMaxLength(300).IsRequired();
        b.Property(d => d.DocumentNumber).HasMaxLength(100);
        b.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // RegisterImport: a 文号 appears once per kind in an agency's register.
        b.HasIndex(d => new { d.AgencyId, d.Kind, d.DocumentNumber }).IsUnique();
    }
}

internal sealed class EnforcementStatisticsConfiguration : IEntityTypeConfiguration<EnforcementStatisticsRecord>
{
    public void Configure(EntityTypeBuilder<EnforcementStatisticsRecord> b)
    {
        b.ToTable("EnforcementStatistics");
        b.HasKey(s => new { s.AgencyId, s.Year });
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
