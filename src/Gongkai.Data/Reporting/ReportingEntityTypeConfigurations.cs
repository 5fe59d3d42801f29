using Gongkai.Data.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Reporting;

internal sealed class PublishedReportEntityTypeConfiguration : IEntityTypeConfiguration<PublishedReportRecord>
{
    public void Configure(EntityTypeBuilder<PublishedReportRecord> builder)
    {
        builder.ToTable("PublishedReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AgencyName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.ReportJson).IsRequired();
        builder.Property(r => r.ContentSha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.RuleSetVersion).HasMaxLength(32).IsRequired();
        builder.Property(r => r.PublishedBy).HasMaxLength(PublishedReportRecord.MaxActorLength).IsRequired();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // One frozen report per agency and year: publishing twice is refused, not a second version.
        builder.HasIndex(r => new { r.AgencyId, r.Year }).IsUnique();
        builder.HasIndex(r => r.Year);
    }
}

internal sealed class ReportProseEntityTypeConfiguration : IEntityTypeConfiguration<ReportProseRecord>
{
    public void Configure(EntityTypeBuilder<ReportProseRecord> builder)
    {
        builder.ToTable("ReportProse");
        builder.HasKey(p => new { p.AgencyId, p.Year, p.Section });
        builder.Property(p => p.Section).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Body).HasMaxLength(ReportProseRecord.MaxBodyLength).IsRequired();
        builder.Property(p => p.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PeriodReopeningEntityTypeConfiguration : IEntityTypeConfiguration<PeriodReopeningRecord>
{
    public void Configure(EntityTypeBuilder<PeriodReopeningRecord> builder)
    {
        builder.ToTable("PeriodReopenings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(PeriodReopeningRecord.MaxReasonLength).IsRequired();
        builder.Property(r => r.OpenedBy).HasMaxLength(PeriodReopeningRecord.MaxActorLength).IsRequired();
        builder.Property(r => r.ClosedBy).HasMaxLength(PeriodReopeningRecord.MaxActorLength);
        builder.Ignore(r => r.IsOpen);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.Year });
    }
}

internal sealed class ReportDeadlineEntityTypeConfiguration : IEntityTypeConfiguration<ReportDeadlineRecord>
{
    public void Configure(EntityTypeBuilder<ReportDeadlineRecord> builder)
    {
        builder.ToTable("ReportDeadlines");
        builder.HasKey(d => new { d.RegionId, d.Year });
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
