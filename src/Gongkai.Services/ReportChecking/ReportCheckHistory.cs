using Gongkai.Data.Persistence;
using Gongkai.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.ReportChecking;

/// <summary>Stored report checks: the most recent ones, and one reopened by id exactly as it was made.</summary>
public sealed class ReportCheckHistory(GongkaiDbContext db, IOptions<ReportCheckingOptions> options)
{
    public async Task<DomainResult<ReportCheckDetails>> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var check = await db.ReportChecks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return check is null ? new ReportCheckNotFoundError(id) : ReportCheckDetails.FromStored(check);
    }

    /// <summary>The latest checks, newest first, without their (large) text and JSON columns.</summary>
    public async Task<IReadOnlyList<ReportCheckListItem>> RecentAsync(CancellationToken cancellationToken = default) =>
        await db.ReportChecks.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(options.Value.RecentCount)
            .Select(c => new ReportCheckListItem(
                c.Id, c.CreatedAt, c.FileName, c.AgencyName, c.Year, c.Format, c.ProblemCount, c.ErrorCount, c.WarningCount))
            .ToListAsync(cancellationToken);
}
