using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Gongkai.Data.Auditing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Gongkai.Data.Persistence;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GongkaiDbContext"/> (scoped, leased from a pool) on the provider named by <c>Database:Provider</c>,
    /// read when the context is first resolved (so hosts and tests can still change configuration after this call), and the
    /// <see cref="DatabaseMigrator"/>.
    /// </summary>
    public static IServiceCollection AddGongkaiData(this IServiceCollection services)
    {
        services.AddOptions<GongkaiDataOptions>()
            .Configure<IConfiguration>(Bind)
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"Database:Provider is postgres, so ConnectionStrings:{GongkaiDataOptions.ConnectionStringName} must name the server and database.")
            .ValidateOnStart();

        // Pooled: building a context's options and EF Core's per-context services cost more CPU than a submission's
        // queries. A scope leases an instance, gives it the scope's audit actor and clock, and disposing the scope hands it
        // back reset (tracked entities, connection, transaction).
        services.AddPooledDbContextFactory<SqliteGongkaiDbContext>((sp, builder) => ConfigureSqlite(builder, Options(sp)));
        services.AddPooledDbContextFactory<PostgresGongkaiDbContext>((sp, builder) => ConfigurePostgres(builder, Options(sp)));
        services.AddScoped<GongkaiDbContext>(sp =>
        {
            GongkaiDbContext db = Options(sp).Provider switch
            {
                DatabaseProvider.Postgres => sp.GetRequiredService<IDbContextFactory<PostgresGongkaiDbContext>>().CreateDbContext(),
                _ => sp.GetRequiredService<IDbContextFactory<SqliteGongkaiDbContext>>().CreateDbContext(),
            };
            db.Lease(sp.GetRequiredService<IAuditActor>(), sp.GetRequiredService<TimeProvider>());
            return db;
        });
        services.AddSingleton<DatabaseMigrator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor>(_ => SystemAuditActor.Instance);
        return services;
    }

    /// <summary>SQLite, with every write transaction queued in <see cref="SqliteWriterGate"/> instead of SQLite's busy sleep.</summary>
    internal static void ConfigureSqlite(DbContextOptionsBuilder builder, GongkaiDataOptions options) =>
        builder.UseSqlite(options.EffectiveConnectionString)
            .AddInterceptors(SqliteWriterGate.Instance)
            .ReplaceService<Microsoft.EntityFrameworkCore.Storage.IRelationalTransactionFactory, GatedTransactionFactory>();

    internal static void ConfigurePostgres(DbContextOptionsBuilder builder, GongkaiDataOptions options) =>
        builder.UseNpgsql(WithPostgresDefaults(options.EffectiveConnectionString));

    /// <summary>Statements prepared per connection when the connection string does not say (Npgsql's own default is none).</summary>
    internal const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// The configured PostgreSQL connection string with Gongkai's defaults for what it leaves unset: Npgsql prepares the
    /// statements a connection runs most often (<c>Max Auto Prepare</c>). The application's statements are a fixed set, run
    /// over and over — a submission's numbering, audit lock and chain read, inserts and the agency lookup — and without it the
    /// server parses and plans each one every time, which was half of its CPU per submission. An operator's own value wins
    /// (0 turns it off).
    /// </summary>
    internal static string WithPostgresDefaults(string connectionString)
    {
        // Npgsql's own builder answers ContainsKey for every keyword it knows, set or not; the plain builder lists what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }

    private static GongkaiDataOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<GongkaiDataOptions>>().Value;

    private static void Bind(GongkaiDataOptions options, IConfiguration configuration)
    {
        string? providerName = configuration["Database:Provider"];
        options.Provider = GongkaiDataOptions.ParseProvider(providerName)
            ?? throw new InvalidOperationException($"Database:Provider '{providerName}' is not supported: use 'sqlite' (the default) or 'postgres'.");
        options.ConnectionString = configuration.GetConnectionString(GongkaiDataOptions.ConnectionStringName);
        if (configuration["DataDirectory"] is { Length: > 0 } directory) options.DataDirectory = directory;
    }
}
