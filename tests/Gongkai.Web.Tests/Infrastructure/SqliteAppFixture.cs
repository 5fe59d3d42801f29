using Gongkai.Data.Persistence;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>The app on SQLite, with a fresh temporary data directory (nothing configured but the directory).</summary>
public sealed class SqliteAppFixture : GongkaiAppFixture
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<IReadOnlyDictionary<string, string>> CreateDatabaseAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Database:Provider"] = "sqlite",
            ["DataDirectory"] = DataDirectory,
        });

    protected override Task DropDatabaseAsync()
    {
        // Pooled connections keep the file open; release them before deleting the directory.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
