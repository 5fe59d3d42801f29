using Gongkai.Data.Accounts;
using Gongkai.Data.Agencies;
using Gongkai.Data.Appeals;
using Gongkai.Data.Auditing;
using Gongkai.Data.DataProtection;
using Gongkai.Data.ReportChecking;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Gongkai.Data.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Persistence;

/// <summary>
/// Gongkai's database: one provider-agnostic model. Each provider has its own subclass
/// (<see cref="SqliteGongkaiDbContext"/>, <see cref="PostgresGongkaiDbContext"/>) only so that each keeps its own migrations set;
/// application code depends on this base type and never on a provider.
/// </summary>
/// <remarks>
/// Every state change is audited: <see cref="SaveChangesAsync(bool, CancellationToken)"/> writes one chained
/// <see cref="AuditEntry"/> per changed record in the same transaction as the change, after taking the audit lock.
/// Staff accounts and roles are ASP.NET Core Identity's tables (<see cref="StaffAccount"/>), renamed into Gongkai's naming.
/// </remarks>
public abstract class GongkaiDbContext : IdentityDbContext<StaffAccount, IdentityRole<Guid>, Guid>
{
    // Set for each unit of work by Lease: the instance itself is pooled and serves many requests in turn.
    private IAuditActor? _actor;
    private TimeProvider? _clock;

    // Entities added on behalf of another unit of work's actor (a group commit), audited as that actor's changes.
    private Dictionary<object, IAuditActor>? _attributed;

    /// <remarks>
    /// The only constructor takes the options alone, as EF Core's context pool requires; who the changes are audited as and
    /// the clock come per unit of work through <see cref="Lease"/>.
    /// </remarks>
    protected GongkaiDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>
    /// Hands the context to one unit of work (a DI scope): its changes are audited as <paramref name="actor"/> at the times of
    /// <paramref name="clock"/>. The context pool resets tracked entities, the connection and the transaction when a scope
    /// returns the context; this sets the rest, so nothing of the previous scope's actor or attributions carries over.
    /// </summary>
    internal void Lease(IAuditActor actor, TimeProvider clock)
    {
        _actor = actor;
        _clock = clock;
        _attributed = null;
    }

    /// <summary>Who this unit of work's changes are audited as.</summary>
    public IAuditActor AuditActor => _actor ?? throw NotLeased();

    private TimeProvider Clock => _clock ?? throw NotLeased();

    private static InvalidOperationException NotLeased() =>
        new("This GongkaiDbContext was created outside a service scope: resolve GongkaiDbContext from a scope, which audits its changes as the scope's actor.");

    /// <summary>
    /// Audits the changes of <paramref name="entity"/> in the next save as made by <paramref name="actor"/> instead of this
    /// context's actor: a group commit saves several requests' records through one context, each with its own author.
    /// </summary>
    public void AttributeTo(object entity, IAuditActor actor) => (_attributed ??= new(ReferenceEqualityComparer.Instance))[entity] = actor;

    /// <summary>The audit log (审计日志), append-only.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Stored checks of published annual reports (年度报告检查记录).</summary>
    public DbSet<ReportCheck> ReportChecks => Set<ReportCheck>();

    /// <summary>The agency tree (机关): regions and the agencies beneath them.</summary>
    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>Personal access tokens for the API (个人访问令牌), stored as hashes.</summary>
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    /// <summary>行政复议、行政诉讼案件 caused by disclosure work (table 四).</summary>
    public DbSet<AppealCaseRecord> AppealCases => Set<AppealCaseRecord>();

    /// <summary>Frozen annual reports (已公布的年度报告), one per agency and year.</summary>
    public DbSet<PublishedReportRecord> PublishedReports => Set<PublishedReportRecord>();

    /// <summary>The editable prose sections of annual reports being prepared.</summary>
    public DbSet<ReportProseRecord> ReportProse => Set<ReportProseRecord>();

    /// <summary>Audited reopenings of published reporting periods.</summary>
    public DbSet<PeriodReopeningRecord> PeriodReopenings => Set<PeriodReopeningRecord>();

    /// <summary>Supervising offices' internal report due dates per region and year.</summary>
    public DbSet<ReportDeadlineRecord> ReportDeadlines => Set<ReportDeadlineRecord>();

    /// <summary>The Data Protection key ring, shared by every web node.</summary>
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        // Detected once: until the save nothing here changes a tracked entity (the audit entries are added, not changed), and
        // ChangeTracker.Entries() and EF Core's own save would otherwise compare every property of every entry three more times.
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task<int> SaveDetectedChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries are append-only.");
        var audited = ChangeTracker.Entries().Where(AuditWriter.IsAudited).ToList();
        var attributed = _attributed;
        _attributed = null;
        if (audited.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var actor = AuditActor;
        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var head = await LockAuditChainAndReadHeadAsync(cancellationToken);
            AuditWriter.Append(this, head, audited,
                attributed is null ? _ => actor : change => attributed.GetValueOrDefault(change.Entity, actor), Clock.GetUtcNow());
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (owned is not null) await owned.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (owned is not null) await owned.DisposeAsync();
        }
    }

    /// <summary>Audited changes are written asynchronously only; the synchronous path is left for unaudited infrastructure.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries().Any(AuditWriter.IsAudited) || ChangeTracker.Entries<AuditEntry>().Any(e => e.State != EntityState.Unchanged))
            throw new InvalidOperationException("Audited changes must be saved with SaveChangesAsync.");
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Serialises writers of the audit chain until the transaction ends, so each entry links to the true last one. SQLite's
    /// transactions start IMMEDIATE (Microsoft.Data.Sqlite's default), which already holds the database's single write lock.
    /// </summary>
    protected virtual Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Takes the audit-chain lock (<see cref="LockAuditChainAsync"/>), then reads the chain's last link in the same
    /// transaction; a provider may do both in one round trip as long as the read sees everything committed before the lock
    /// was granted.
    /// </summary>
    private protected virtual async Task<AuditChainHead> LockAuditChainAndReadHeadAsync(CancellationToken cancellationToken)
    {
        await LockAuditChainAsync(cancellationToken);
        return await AuditWriter.ReadHeadAsync(this, cancellationToken);
    }

    /// <summary>
    /// Takes the audit-chain lock for the current transaction before anything is read: a unit of work that must check
    /// and then write without another node slipping in between (the first-start bootstrap) opens a transaction, calls
    /// this, then reads and saves. On SQLite the transaction itself already holds the write lock.
    /// </summary>
    public Task SerializeWritersAsync(CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is null
            ? throw new InvalidOperationException("SerializeWritersAsync needs an open transaction.")
            : LockAuditChainAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
