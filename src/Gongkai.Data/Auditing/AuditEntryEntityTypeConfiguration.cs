using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Auditing;

internal sealed class AuditEntryEntityTypeConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Sequence);
        // The sequence is assigned under the audit lock as last + 1, never by the database: the chain must have no gaps.
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(AuditEntry.MaxActorLength).IsRequired();
        builder.Property(e => e.RecordType).HasMaxLength(AuditEntry.MaxRecordTypeLength).IsRequired();
        builder.Property(e => e.RecordId).HasMaxLength(AuditEntry.MaxRecordIdLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength).IsRequired();
        builder.Property(e => e.Changes).IsRequired();
        builder.Property(e => e.RemoteAddress).HasMaxLength(AuditEntry.MaxRemoteAddressLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
        builder.HasIndex(e => e.AgencyId);
    }
}
