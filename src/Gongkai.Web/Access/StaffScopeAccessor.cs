using System.Security.Claims;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Access;

/// <summary>
/// Turns the signed-in principal into the <see cref="StaffScope"/> the services filter by. A supervisor's or system
/// admin's region subtree is read from the agency tree once per request, so a newly added agency is visible at once.
/// </summary>
public sealed class StaffScopeAccessor(IHttpContextAccessor http, GongkaiDbContext db)
{
    private StaffScope? resolved;

    /// <summary>The caller's scope, or null for an anonymous caller.</summary>
    public async Task<StaffScope?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (resolved is not null) return resolved;
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(user.FindFirstValue(GongkaiClaims.Agency), out var home)) return null;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)) return null;

        var roles = user.FindAll(GongkaiClaims.Role)
            .Select(c => Enum.TryParse<AccountRole>(c.Value, out var r) ? r : (AccountRole?)null)
            .OfType<AccountRole>()
            .ToList();
        IReadOnlyList<Guid> below = [];
        if (roles.Contains(AccountRole.Supervisor) || roles.Contains(AccountRole.SystemAdmin))
        {
            var tree = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(cancellationToken);
            below = AgencySubtree.Below(home, tree.Select(a => (a.Id, a.ParentId)));
        }
        resolved = new StaffScope(accountId, user.Identity.Name ?? "", home, roles, below);
        return resolved;
    }

    /// <summary>The caller's scope; for endpoints whose policy already guarantees a signed-in staff account.</summary>
    public async Task<StaffScope> RequireAsync(CancellationToken cancellationToken = default) =>
        await GetAsync(cancellationToken) ?? throw new InvalidOperationException(
            "A staff scope was required on an endpoint whose policy admits callers without an agency claim.");
}
