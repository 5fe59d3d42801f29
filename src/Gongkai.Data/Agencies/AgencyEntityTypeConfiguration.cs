using Gongkai.Core.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Agencies;

internal sealed class AgencyEntityTypeConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("Agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(AgencyProfile.MaxNameLength).IsRequired();
        builder.Property(a => a.CreditCode).HasMaxLength(18).IsFixedLength();
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.IndexPrefix).HasMaxLength(AgencyProfile.MaxIndexPrefixLength);
        builder.Property(a => a.ShortName).HasMaxLength(AgencyProfile.MaxShortNameLength);
        builder.Property(a => a.ContactOffice).HasMaxLength(AgencyProfile.MaxContactFieldLength);
        builder.Property(a => a.ContactAddress).HasMaxLength(AgencyProfile.MaxContactFieldLength);
        builder.Property(a => a.ContactPhone).HasMaxLength(AgencyProfile.MaxContactFieldLength);
        builder.Property(a => a.ContactHours).HasMaxLength(AgencyProfile.MaxContactFieldLength);
        builder.Ignore(a => a.Contact);

        // A parent cannot be removed while agencies hang beneath it: accounts and records point into the tree.
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        // One credit code, one agency (both providers allow several NULLs in a unique index: regions have none).
        builder.HasIndex(a => a.CreditCode).IsUnique();
        // Two siblings with the same name would be indistinguishable in every list and document.
        builder.HasIndex(a => new { a.ParentId, a.Name }).IsUnique();
    }
}
