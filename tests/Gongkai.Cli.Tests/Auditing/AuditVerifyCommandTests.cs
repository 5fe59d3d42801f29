using System.Data.Common;
using Gongkai.Core.Identifiers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Cli.Tests.Auditing;

/// <summary>
/// <c>gongkai audit verify</c> against a real database, once on SQLite and once on PostgreSQL: an untouched log verifies,
/// a row changed directly in the database (past the append-only trigger) is named.
/// </summary>
public abstract class AuditVerifyCommandTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    protected string DataDir => _dir.Path;

    protected abstract string[] DatabaseArgs { get; }

    /// <summary>An open connection to the database the commands use.</summary>
    protected abstract DbConnection Connect();

    /// <summary>The statement that lets the next UPDATE past the append-only trigger, as an intruder with DBA rights would.</summary>
    protected abstract string DisableTrigger { get; }

    public virtual void Dispose()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        _dir.Dispose();
    }

    private CliResult Run(params string[] args) => CliHarness.Run([.. args, .. DatabaseArgs]);

    private static string Code(string body17) => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    private void AddThreeRecords()
    {
        Assert.Equal(0, Run("agency", "add", "--name", "某区", "--level", "region").ExitCode);
        Assert.Equal(0, Run("agency", "add", "--name", "某区人民政府", "--level", "government", "--parent", "某区", "--credit-code", Code("11310115MB0000001")).ExitCode);
        Assert.Equal(0, Run("agency", "add", "--name", "某区教育局", "--level", "department", "--parent", "某区", "--credit-code", Code("11310115MB0000002")).ExitCode);
    }

    private int Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    [Fact]
    public void Verify_WhenTheLogIsUntouched_ExitsZeroCountingEveryChange()
    {
        AddThreeRecords();

        var result = Run("audit", "verify");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("审计日志完整：共 3 条", result.Stdout);
    }

    [Fact]
    public void Verify_WhenOneRowWasChangedInTheDatabase_ExitsOneNamingThatEntry()
    {
        AddThreeRecords();
        Execute(DisableTrigger + "UPDATE audit_entries SET actor = 'someone-else' WHERE sequence = 2;");

        var result = Run("audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第2条", result.Stderr);
        Assert.Contains("此前 1 条完好", result.Stderr);
    }

    [Fact]
    public void AuditEntries_AreAppendOnly_TheDatabaseRefusesUpdateAndDelete()
    {
        AddThreeRecords();

        Assert.ThrowsAny<DbException>(() => Execute("UPDATE audit_entries SET actor = 'x' WHERE sequence = 1"));
        Assert.ThrowsAny<DbException>(() => Execute("DELETE FROM audit_entries WHERE sequence = 3"));
        Assert.Equal(0, Run("audit", "verify").ExitCode);
    }

    [Fact]
    public void EachEntry_RecordsWhoChangedWhichRecordAndWhat()
    {
        AddThreeRecords();

        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor, record_type, action, changes FROM audit_entries WHERE sequence = 2";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("cli:" + Environment.UserName, reader.GetString(0));
        Assert.Equal("Agency", reader.GetString(1));
        Assert.Equal("insert", reader.GetString(2));
        Assert.Contains("\"Name\":[null,\"某区人民政府\"]", reader.GetString(3));
    }
}

public sealed class SqliteAuditVerifyCommandTests : AuditVerifyCommandTests
{
    protected override string[] DatabaseArgs => ["--data-dir", DataDir, "--database", "sqlite"];

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(DataDir, "gongkai.db")}");
        connection.Open();
        return connection;
    }

    protected override string DisableTrigger => "DROP TRIGGER audit_entries_no_update;";
}

public sealed class PostgresAuditVerifyCommandTests : AuditVerifyCommandTests
{
    private readonly string _server;
    private readonly string _database = $"gongkai_cli_test_{Guid.NewGuid():N}";
    private readonly bool _skipped = Environment.GetEnvironmentVariable("GONGKAI_SKIP_POSTGRES") == "1";

    public PostgresAuditVerifyCommandTests()
    {
        _server = Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") ?? "";
        if (_skipped) return;
        if (_server.Length == 0)
            throw new InvalidOperationException("GONGKAI_TEST_POSTGRES is not set (source scripts/start-postgres.sh), or set GONGKAI_SKIP_POSTGRES=1.");
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        create.ExecuteNonQuery();
    }

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;

    protected override string[] DatabaseArgs => ["--database", "postgres", "--connection", ConnectionString];

    protected override DbConnection Connect()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    protected override string DisableTrigger => "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change;";

    public override void Dispose()
    {
        base.Dispose();
        if (_skipped || _server.Length == 0) return;
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
