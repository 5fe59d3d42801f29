using Gongkai.Core.Requests.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Gongkai.Data.Auditing;

namespace Gongkai.Data.Requests;

/// <summary>答复书模板: an agency's own wording of the reply letter for one outcome (absent = Gongkai's default text).</summary>
public sealed class ReplyLetterTemplate
{
    private ReplyLetterTemplate()
    {
    }

    public ReplyLetterTemplate(Guid agencyId, Outcome outcome, string body, DateTimeOffset updatedAt)
    {
        AgencyId = agencyId;
        Outcome = outcome;
        Body = body;
        UpdatedAt = updatedAt;
    }

    public Guid AgencyId { get; private set; }
    public Outcome Outcome { get; private set; }

    /// <summary>The text with placeholders such as {申请人}, {理由}, {条款}.</summary>
    public string Body { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(string body, DateTimeOffset at)
    {
        Body = body;
        UpdatedAt = at;
    }
}

/// <summary>
/// 答复书: the letter as issued when the reply was released, filled and frozen — a later change of the template or of the
/// request's data never changes a letter already sent. DOCX and PDF are rendered from this text on download.
/// </summary>
public sealed class ReplyLetter
{
    private ReplyLetter()
    {
    }

    public ReplyLetter(Guid requestId, string title, string text, string agencyName, DateOnly issuedOn)
    {
        RequestId = requestId;
        Title = title;
        Text = text;
        AgencyName = agencyName;
        IssuedOn = issuedOn;
    }

    public Guid RequestId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Addressee line, paragraphs separated by new lines.</summary>
    public string Text { get; private set; } = "";

    public string AgencyName { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
}

internal sealed class ReplyLetterTemplateEntityTypeConfiguration : IEntityTypeConfiguration<ReplyLetterTemplate>
{
    public void Configure(EntityTypeBuilder<ReplyLetterTemplate> builder)
    {
        builder.ToTable("ReplyLetterTemplates");
        builder.HasKey(t => new { t.AgencyId, t.Outcome });
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(48);
        builder.Property(t => t.Body).IsRequired();
        builder.HasOne<Agencies.Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReplyLetterEntityTypeConfiguration : IEntityTypeConfiguration<ReplyLetter>
{
    public void Configure(EntityTypeBuilder<ReplyLetter> builder)
    {
        builder.ToTable("ReplyLetters");
        builder.HasKey(l => l.RequestId);
        builder.HasOne<DisclosureRequestRecord>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.Title).HasMaxLength(100).IsRequired();
        // The letter names the applicant: audited by digest like the other personal columns.
        builder.Property(l => l.Text).IsRequired().IsPersonalData();
        builder.Property(l => l.AgencyName).HasMaxLength(200).IsRequired();
    }
}
