using Gongkai.Data.Agencies;
using Gongkai.Data.Requests;
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
        // A case concerns one of the agency's requests (条例第五十一条); indexed for the link from a request's page.
        builder.HasOne<DisclosureRequestRecord>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.RequestId);
    }
}
