using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Errors;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Reporting;

public sealed record ProseEditNotAllowedError() : DomainError("prose-edit-not-allowed",
    "只有本机关的工作人员可以编辑年度报告文字", "only the agency's own staff edit its report's prose"), IForbiddenError;

public sealed record ProseTooLongError(int Max) : DomainError("prose-too-long",
    $"每部分文字不能超过{Max}字", $"a section is limited to {Max} characters"), IInvalidInputError;

/// <summary>Sections 二–四 are tables computed from the records; their text is not edited.</summary>
public sealed record SectionNotProseError(SectionId Section) : DomainError("section-not-prose",
    "该部分为统计表，由记录计算得出，不能编辑", $"section {Section} is a table computed from records"), IInvalidInputError;

/// <summary>编辑年度报告文字: saves a prose section of (agency, year); refused once the report is published (it is frozen).</summary>
public sealed class ReportProseEditor(GongkaiDbContext db, TimeProvider clock)
{
    public static bool IsProse(SectionId section) => section is SectionId.Overview or SectionId.ProblemsAndImprovements or SectionId.OtherMatters;

    /// <summary>Saves <paramref name="body"/>; an empty body returns the section to the template.</summary>
    public async Task<DomainResult<SectionId>> SaveAsync(StaffScope scope, Guid agencyId, int year, SectionId section, string? body,
        CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new AgencyRecordsNotFoundError(agencyId);
        if (!scope.CanWrite(agencyId)) return new ProseEditNotAllowedError();
        if (!IsProse(section)) return new SectionNotProseError(section);
        var text = (body ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length > ReportProseRecord.MaxBodyLength) return new ProseTooLongError(ReportProseRecord.MaxBodyLength);
        if (await db.PublishedReports.AnyAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken)) return new ReportAlreadyPublishedError(year);

        var existing = await db.ReportProse.FirstOrDefaultAsync(p => p.AgencyId == agencyId && p.Year == year && p.Section == section, cancellationToken);
        if (text.Length == 0)
        {
            if (existing is not null) db.ReportProse.Remove(existing);
        }
        else if (existing is null)
            db.ReportProse.Add(new ReportProseRecord(agencyId, year, section, text, clock.GetUtcNow(), ReportingPeriodLock.Actor(scope)));
        else
            existing.Update(text, clock.GetUtcNow(), ReportingPeriodLock.Actor(scope));
        await db.SaveChangesAsync(cancellationToken);
        return section;
    }
}
