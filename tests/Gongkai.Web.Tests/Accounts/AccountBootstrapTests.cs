using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Gongkai.Services;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gongkai.Web.Tests.Accounts;

/// <summary>
/// First start on an empty database creates exactly one system admin — also when two nodes start at the same moment —
/// and a generated password goes to standard output once.
/// </summary>
public abstract class AccountBootstrapTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    [DatabaseFact]
    public async Task TwoNodesStartingTogether_CreateOneAdmin_WithAGeneratedPasswordPrintedOnce()
    {
        await using var database = await EmptyDatabase.CreateAsync(app.Provider);
        var consoles = new[] { new StringWriter(), new StringWriter() };

        var outcomes = await Task.WhenAll(consoles.Select(async console =>
        {
            await using var scope = database.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().EnsureAsync(console);
        }));

        Assert.Single(outcomes, o => o == BootstrapOutcome.CreatedWithGeneratedPassword);
        Assert.Single(outcomes, o => o == BootstrapOutcome.AlreadySetUp);
        var printed = string.Concat(consoles.Select(c => c.ToString()));
        var password = printed.Split('\n').Single(l => l.StartsWith("初始密码：", StringComparison.Ordinal))["初始密码：".Length..].Trim();

        await using var check = database.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var db = check.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var admin = Assert.Single(await db.Users.ToListAsync());
        Assert.Equal("admin", admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.True(await users.CheckPasswordAsync(admin, password));
        Assert.Equal([AccountRole.SystemAdmin.ToString()], await users.GetRolesAsync(admin));
        var region = Assert.Single(await db.Agencies.ToListAsync());
        Assert.Equal("本行政区", region.Name);
        Assert.Equal(region.Id, admin.AgencyId);
        Assert.Equal(Enum.GetValues<AccountRole>().Length, await db.Roles.CountAsync());

        await using var again = database.Services.CreateAsyncScope();
        Assert.Equal(BootstrapOutcome.AlreadySetUp, await again.ServiceProvider.GetRequiredService<AccountBootstrap>().EnsureAsync(TextWriter.Null));
    }

    [DatabaseFact]
    public async Task ConfiguredAdmin_IsCreatedWithThatPassword_InTheFixtureDatabase()
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var admin = await users.FindByNameAsync(StaffSignIn.AdminUserName);
        Assert.NotNull(admin);
        Assert.False(admin.MustChangePassword);
        Assert.True(await users.CheckPasswordAsync(admin, StaffSignIn.AdminPassword));
        Assert.True(await users.IsInRoleAsync(admin, nameof(AccountRole.SystemAdmin)));
    }
}

public sealed class SqliteAccountBootstrapTests(SqliteAppFixture app) : AccountBootstrapTests<SqliteAppFixture>(app);

public sealed class PostgresAccountBootstrapTests(PostgresAppFixture app) : AccountBootstrapTests<PostgresAppFixture>(app);

/// <summary>A migrated, empty database of its own with the shared services on it (no web host), as a fresh node sees it.</summary>
internal sealed class EmptyDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly string? _postgresDatabase;

    private EmptyDatabase(ServiceProvider services, string? directory, string? postgresDatabase)
    {
        Services = services;
        _directory = directory;
        _postgresDatabase = postgresDatabase;
    }

    public ServiceProvider Services { get; }

    public static async Task<EmptyDatabase> CreateAsync(DatabaseProvider provider)
    {
        var settings = new Dictionary<string, string?>();
        string? directory = null, pgName = null;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable(PostgresAppFixture.ServerVariable)!;
            pgName = $"gongkai_test_{Guid.NewGuid():N}";
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{pgName}\"", connection);
            await create.ExecuteNonQueryAsync();
            settings["Database:Provider"] = "postgres";
            settings["ConnectionStrings:Gongkai"] = new NpgsqlConnectionStringBuilder(server) { Database = pgName }.ConnectionString;
        }
        else
        {
            directory = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
            settings["DataDirectory"] = directory;
        }
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddGongkaiServices();
        var root = services.BuildServiceProvider();
        await root.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new EmptyDatabase(root, directory, pgName);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresAppFixture.ServerVariable));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
