using Gongkai.Data.Agencies;
using Gongkai.Data.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Reminders;

internal sealed class RequestReminderEntityTypeConfiguration : IEntityTypeConfiguration<RequestReminderRecord>
{
    public void Configure(EntityTypeBuilder<RequestReminderRecord> builder)
    {
        builder.ToTable("RequestReminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<DisclosureRequestRecord>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.RequestNumber).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.MailState).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ClaimedBy).HasMaxLength(200);
        builder.Property(r => r.MailError).HasMaxLength(1000);
        // Each reminder exists once: the key that makes two nodes' inserts collide.
        builder.HasIndex(r => new { r.RequestId, r.Kind, r.DueDate }).IsUnique();
        // The queue's open reminders; the sender's expired leases.
        builder.HasIndex(r => new { r.AgencyId, r.DismissedAt });
        builder.HasIndex(r => new { r.MailState, r.LeaseUntil });
    }
}
