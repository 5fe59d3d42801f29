using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gongkai.Web.Health;

/// <summary>
/// Healthy when the database answers a query on the migrated schema, not only a connection. A failing query is
/// reported as unhealthy (HTTP 503) by the health check service, which catches the exception.
/// </summary>
internal sealed class DatabaseHealthCheck(GongkaiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await db.ReportChecks.AnyAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
