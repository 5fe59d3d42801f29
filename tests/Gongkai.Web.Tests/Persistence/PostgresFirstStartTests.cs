using System.Collections.Concurrent;
using Gongkai.Data.Persistence;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gongkai.Web.Tests.Persistence;

/// <summary>
/// The first start of Gongkai on an empty PostgreSQL database, as an operator sees it: several nodes may migrate at once, and
/// the log holds no error — EF Core's history probe on a database without the history table used to log two.
/// </summary>
public sealed class PostgresFirstStartTests : IAsyncLifetime
{
    private readonly string _database = $"gongkai_test_{Guid.NewGuid():N}";
    private string? _server;

    public async Task InitializeAsync()
    {
        if (PostgresAppFixture.SkipReason is not null) return;
        _server = Environment.GetEnvironmentVariable(PostgresAppFixture.ServerVariable)
            ?? throw new InvalidOperationException($"{PostgresAppFixture.ServerVariable} is not set (or set {PostgresAppFixture.SkipVariable}=1).");
        await PostgresAppFixture.CreateDatabaseAsync(_server, _database);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await PostgresAppFixture.DropDatabaseAsync(_server, _database);
    }

    [PostgresFact]
    public async Task TwoNodesMigratingAnEmptyDatabaseAtOnce_BothSucceed_AndNothingIsLoggedAsAnError_ThenOrAtTheNextStart()
    {
        var log = new ConcurrentQueue<string>();

        await Task.WhenAll(MigrateAsync(log), MigrateAsync(log));
        await MigrateAsync(log);

        Assert.Empty(log);
    }

    private async Task MigrateAsync(ConcurrentQueue<string> errors)
    {
        var database = new NpgsqlConnectionStringBuilder(_server) { Database = _database };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Gongkai"] = database.ConnectionString,
        }).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddProvider(new ErrorCollector(errors)));
        collection.AddGongkaiData();
        await using var services = collection.BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) errors.Enqueue($"{eventId.Name}: {formatter(state, exception)}");
        }

        public void Dispose() { }
    }
}

/// <summary>A fact that needs the PostgreSQL server; skipped only on the explicit opt-out of <see cref="PostgresAppFixture.SkipVariable"/>.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresAppFixture.SkipReason;
}
