using Gongkai.Data.Agencies;
using Gongkai.Data.DataProtection;
using Gongkai.Data.ReportChecking;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Persistence;

/// <summary>
/// Gongkai's database: one provider-agnostic model. Each provider has its own subclass
/// (<see cref="SqliteGongkaiDbContext"/>, <see cref="PostgresGongkaiDbContext"/>) only so that each keeps its own migrations set;
/// application code depends on this base type and never on a provider.
/// </summary>
public abstract class GongkaiDbContext : DbContext
{
    protected GongkaiDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>Stored checks of published annual reports (年度报告检查记录).</summary>
    public DbSet<ReportCheck> ReportChecks => Set<ReportCheck>();

    /// <summary>The agency tree (机关): regions and the agencies beneath them.</summary>
    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>The Data Protection key ring, shared by every web node.</summary>
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
