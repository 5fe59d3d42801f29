using Gongkai.Data.Persistence;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Gongkai.Web.Tests.Persistence;

public sealed class SqliteStorageTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task FreshDataDirectory_GetsTheDatabaseFileMigratedAndInWriteAheadLogMode()
    {
        var file = Path.Combine(app.DataDirectory, GongkaiDataOptions.SqliteFileName);
        Assert.True(File.Exists(file));

        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'report_checks';"));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
