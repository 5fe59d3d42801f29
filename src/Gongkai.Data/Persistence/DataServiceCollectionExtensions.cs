using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Gongkai.Data.Auditing;
using Microsoft.Extensions.Options;

namespace Gongkai.Data.Persistence;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GongkaiDbContext"/> on the provider named by <c>Database:Provider</c>, read when the context is
    /// first resolved (so hosts and tests can still change configuration after this call), and the <see cref="DatabaseMigrator"/>.
    /// </summary>
    public static IServiceCollection AddGongkaiData(this IServiceCollection services)
    {
        services.AddOptions<GongkaiDataOptions>()
            .Configure<IConfiguration>(Bind)
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"Database:Provider is postgres, so ConnectionStrings:{GongkaiDataOptions.ConnectionStringName} must name the server and database.")
            .ValidateOnStart();

        services.AddDbContext<SqliteGongkaiDbContext>((sp, builder) => ConfigureSqlite(builder, Options(sp)));
        services.AddDbContext<PostgresGongkaiDbContext>((sp, builder) => ConfigurePostgres(builder, Options(sp)));
        services.AddScoped<GongkaiDbContext>(sp => Options(sp).Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresGongkaiDbContext>(),
            _ => sp.GetRequiredService<SqliteGongkaiDbContext>(),
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
        builder.UseNpgsql(options.EffectiveConnectionString);

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
