using Gongkai.Data.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Appeals;

internal sealed class AppealCaseEntityTypeConfiguration : IEntityTypeConfiguration<AppealCaseRecord>
{
    public void Configure(EntityTypeBuilder<AppealCaseRecord> builder)
    {
        builder.ToTable("AppealCases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RequestNumber).HasMaxLength(AppealCaseRecord.MaxRequestNumberLength).IsRequired();
        builder.Property(c => c.CaseNumber).HasMaxLength(AppealCaseRecord.MaxCaseNumberLength);
        builder.Property(c => c.FiledBy).HasMaxLength(AppealCaseRecord.MaxActorLength).IsRequired();
        builder.Property(c => c.ConcludedBy).HasMaxLength(AppealCaseRecord.MaxActorLength);
        builder.Ignore(c => c.Facts);

        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Table 四 of (agency, year) filters on these dates (report-format.md §5: filed in Y, or open on 1 January of Y).
        builder.HasIndex(c => new { c.AgencyId, c.FiledOn });
        builder.HasIndex(c => new { c.AgencyId, c.ConcludedOn });
        // The request id is indexed for the link from a request's page; its foreign key comes with the requests table.
        builder.HasIndex(c => c.RequestId);
    }
}
