using Gongkai.Data.Agencies;
using Gongkai.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Requests;

internal sealed class DisclosureRequestRecordEntityTypeConfiguration : IEntityTypeConfiguration<DisclosureRequestRecord>
{
    public void Configure(EntityTypeBuilder<DisclosureRequestRecord> builder)
    {
        builder.ToTable("DisclosureRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Number).HasMaxLength(16).IsRequired();
        builder.Property(r => r.LookupCodeHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.ApplicantKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ApplicantName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.IdentityType).HasMaxLength(16);
        builder.Property(r => r.OtherDocumentType).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.IdentityNumber).HasMaxLength(64).IsPersonalData();
        builder.Property(r => r.IdentityMasked).HasMaxLength(64);
        builder.Property(r => r.Phone).HasMaxLength(64).IsPersonalData();
        builder.Property(r => r.Email).HasMaxLength(254).IsPersonalData();
        builder.Property(r => r.PostalAddress).HasMaxLength(500).IsPersonalData();
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.DocumentNumber).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.Form).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(48);
        builder.Property(r => r.EventCount).IsConcurrencyToken();

        // One number per agency and year; the lookup code's hash finds the request for the status page.
        builder.HasIndex(r => new { r.AgencyId, r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => r.LookupCodeHash).IsUnique();
        // Work queue and table 三.
        builder.HasIndex(r => new { r.AgencyId, r.Status, r.DueDate });
        // Table 三 of an agency or a region (GROUP BY agency_id, applicant_kind, outcome over the requests a year touches) reads
        // this index only, never the wide rows; its prefix serves the lookups by received date.
        builder.HasIndex(r => new { r.AgencyId, r.ReceivedOn, r.ConcludedOn, r.ApplicantKind, r.Outcome })
            .HasDatabaseName("ix_disclosure_requests_report_counts");
        builder.HasIndex(r => new { r.AgencyId, r.ConcludedOn });
    }
}

internal sealed class RequestEventRecordEntityTypeConfiguration : IEntityTypeConfiguration<RequestEventRecord>
{
    public void Configure(EntityTypeBuilder<RequestEventRecord> builder)
    {
        builder.ToTable("RequestEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<DisclosureRequestRecord>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Kind).HasMaxLength(64).IsRequired();
        builder.Property(e => e.ActorId).HasMaxLength(128).IsRequired();
        builder.Property(e => e.SummaryZh).IsRequired();
        builder.Property(e => e.Payload).IsRequired().IsPersonalData();
        builder.HasIndex(e => new { e.RequestId, e.Sequence }).IsUnique();
    }
}

internal sealed class RequestNumberCounterEntityTypeConfiguration : IEntityTypeConfiguration<RequestNumberCounter>
{
    public void Configure(EntityTypeBuilder<RequestNumberCounter> builder)
    {
        builder.ToTable("RequestNumberCounters");
        builder.HasKey(c => new { c.AgencyId, c.Year });
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredFileEntityTypeConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.HasKey(f => f.Sha256);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Content).IsRequired().IsPersonalData();
    }
}

internal sealed class RequestAttachmentEntityTypeConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> builder)
    {
        builder.ToTable("RequestAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<DisclosureRequestRecord>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(a => a.Sha256).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.FileName).HasMaxLength(255).IsRequired();
        builder.Property(a => a.MediaType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(a => a.RequestId);
    }
}
