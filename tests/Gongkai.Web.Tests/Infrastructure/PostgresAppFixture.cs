using Gongkai.Data.Persistence;
using Npgsql;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>
/// The app on a real PostgreSQL server named by <c>GONGKAI_TEST_POSTGRES</c> (a connection string without a database).
/// A uniquely named database is created for the fixture and dropped after it.
/// </summary>
public sealed class PostgresAppFixture : GongkaiAppFixture
{
    public const string ServerVariable = "GONGKAI_TEST_POSTGRES";
    public const string SkipVariable = "GONGKAI_SKIP_POSTGRES";

    private readonly string _databaseName = $"gongkai_test_{Guid.NewGuid():N}";
    private string? _server;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    /// <summary>Why PostgreSQL tests are skipped in this run, or null when they run. Only an explicit opt-out skips them.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(SkipVariable) == "1" ? $"{SkipVariable}=1: PostgreSQL tests skipped on request." : null;

    public override bool Skipped => SkipReason is not null;

    protected override async Task<IReadOnlyDictionary<string, string>> CreateDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(_server))
            throw new InvalidOperationException(
                $"{ServerVariable} is not set, so the PostgreSQL tests cannot run. Set it to a server connection string " +
                "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres — as root, `source scripts/start-postgres.sh` " +
                $"starts Debian's cluster and sets it), or set {SkipVariable}=1 to skip these tests knowingly.");

        await CreateDatabaseAsync(_server, _databaseName);
        // Bursts (200 concurrent submissions) queue for a pooled connection instead of exceeding the shared server's max_connections.
        var database = new NpgsqlConnectionStringBuilder(_server) { Database = _databaseName, MaxPoolSize = 20, Timeout = 300 };
        return new Dictionary<string, string>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Gongkai"] = database.ConnectionString,
        };
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_server is not null) await DropDatabaseAsync(_server, _databaseName);
    }

    /// <summary>Creates the database <paramref name="name"/> on the server <paramref name="server"/> (a connection string without a database).</summary>
    public static async Task CreateDatabaseAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the database <paramref name="name"/>, closing pooled and other connections to it first.</summary>
    public static async Task DropDatabaseAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
