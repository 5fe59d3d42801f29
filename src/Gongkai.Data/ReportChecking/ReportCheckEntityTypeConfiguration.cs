using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.ReportChecking;

internal sealed class ReportCheckEntityTypeConfiguration : IEntityTypeConfiguration<ReportCheck>
{
    public void Configure(EntityTypeBuilder<ReportCheck> builder)
    {
        builder.ToTable("ReportChecks");
        builder.HasKey(c => c.Id);
        // Ids are UUIDv7 made by the application, so several nodes can create them without asking the database.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FileName).HasMaxLength(ReportCheck.MaxFileNameLength).IsRequired();
        builder.Property(c => c.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(c => c.TextEncoding).HasMaxLength(32).IsRequired();
        builder.Property(c => c.ReaderVersion).HasMaxLength(ReportCheck.MaxVersionLength).IsRequired();
        builder.Property(c => c.RuleSetVersion).HasMaxLength(ReportCheck.MaxVersionLength).IsRequired();
        builder.Property(c => c.AgencyName).HasMaxLength(ReportCheck.MaxAgencyNameLength);
        builder.Property(c => c.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ReportText).IsRequired();
        builder.Property(c => c.ReportJson).IsRequired();
        builder.Property(c => c.ProblemsJson).IsRequired();
        builder.Property(c => c.FindingsJson).IsRequired();

        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => c.Sha256);
    }
}
