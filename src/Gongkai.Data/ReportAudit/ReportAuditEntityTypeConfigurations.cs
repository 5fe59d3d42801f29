using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.ReportAudit;

/// <summary>The report-audit feature's tables, reached as <c>db.Set&lt;T&gt;()</c> (see <see cref="ReportAuditSets"/>).</summary>
public static class ReportAuditSets
{
    public static DbSet<ReportAuditRunRecord> ReportAuditRuns(this GongkaiDbContext db) => db.Set<ReportAuditRunRecord>();
    public static DbSet<ReportAuditFileRecord> ReportAuditFiles(this GongkaiDbContext db) => db.Set<ReportAuditFileRecord>();
    public static DbSet<ReportAuditFindingRecord> ReportAuditFindings(this GongkaiDbContext db) => db.Set<ReportAuditFindingRecord>();
    public static DbSet<ReportAuditDecisionRecord> ReportAuditDecisions(this GongkaiDbContext db) => db.Set<ReportAuditDecisionRecord>();
    public static DbSet<ReportAuditContentRecord> ReportAuditContents(this GongkaiDbContext db) => db.Set<ReportAuditContentRecord>();
}

internal sealed class ReportAuditRunConfiguration : IEntityTypeConfiguration<ReportAuditRunRecord>
{
    public void Configure(EntityTypeBuilder<ReportAuditRunRecord> builder)
    {
        builder.ToTable("ReportAuditRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(ReportAuditRunRecord.MaxTitleLength).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(ReportAuditRunRecord.MaxActorLength).IsRequired();
        builder.Property(r => r.ReaderVersion).HasMaxLength(64).IsRequired();
        builder.Property(r => r.RuleSetVersion).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => new { r.OwnerAgencyId, r.CreatedAt });
    }
}

internal sealed class ReportAuditFileConfiguration : IEntityTypeConfiguration<ReportAuditFileRecord>
{
    public void Configure(EntityTypeBuilder<ReportAuditFileRecord> builder)
    {
        builder.ToTable("ReportAuditFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasOne<ReportAuditRunRecord>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.FileName).HasMaxLength(ReportAuditFileRecord.MaxFileNameLength).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(f => f.FileKind).HasMaxLength(16).IsRequired();
        builder.Property(f => f.ReaderVersion).HasMaxLength(64).IsRequired();
        builder.Property(f => f.ReportKey).HasMaxLength(ReportAuditFileRecord.MaxReportKeyLength).IsRequired();
        builder.Property(f => f.RefusalZh).HasMaxLength(500);
        builder.Property(f => f.AgencyName).HasMaxLength(ReportAuditFileRecord.MaxAgencyNameLength);
        builder.Property(f => f.Format).HasMaxLength(16);
        builder.Property(f => f.PublishedSource).HasMaxLength(32);
        builder.HasIndex(f => new { f.RunId, f.Position }).IsUnique();
        builder.HasIndex(f => f.ReportKey);
        builder.HasIndex(f => f.Sha256);
    }
}

internal sealed class ReportAuditFindingConfiguration : IEntityTypeConfiguration<ReportAuditFindingRecord>
{
    public void Configure(EntityTypeBuilder<ReportAuditFindingRecord> builder)
    {
        builder.ToTable("ReportAuditFindings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasOne<ReportAuditFileRecord>().WithMany().HasForeignKey(f => f.FileId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Fingerprint).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(f => f.RuleId).HasMaxLength(16).IsRequired();
        builder.Property(f => f.Severity).HasMaxLength(16).IsRequired();
        builder.Property(f => f.Kind).HasMaxLength(32).IsRequired();
        builder.Property(f => f.CellIds).IsRequired();
        builder.Property(f => f.MessageZh).IsRequired();
        builder.Property(f => f.MessageEn).IsRequired();
        builder.HasIndex(f => new { f.FileId, f.Position });
    }
}

internal sealed class ReportAuditDecisionConfiguration : IEntityTypeConfiguration<ReportAuditDecisionRecord>
{
    public void Configure(EntityTypeBuilder<ReportAuditDecisionRecord> builder)
    {
        builder.ToTable("ReportAuditDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ReportKey).HasMaxLength(ReportAuditFileRecord.MaxReportKeyLength).IsRequired();
        builder.Property(d => d.Fingerprint).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.Decision).HasMaxLength(16).IsRequired();
        builder.Property(d => d.Comment).HasMaxLength(ReportAuditDecisionRecord.MaxCommentLength).IsRequired();
        builder.Property(d => d.DecidedBy).HasMaxLength(ReportAuditRunRecord.MaxActorLength).IsRequired();
        builder.HasIndex(d => new { d.OwnerAgencyId, d.ReportKey, d.Fingerprint }).IsUnique();
    }
}

internal sealed class ReportAuditContentConfiguration : IEntityTypeConfiguration<ReportAuditContentRecord>
{
    public void Configure(EntityTypeBuilder<ReportAuditContentRecord> builder)
    {
        builder.ToTable("ReportAuditContents");
        builder.HasKey(c => c.Sha256);
        builder.Property(c => c.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.Content).IsRequired();
    }
}
