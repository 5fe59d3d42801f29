namespace Gongkai.Data.Persistence;

/// <summary>
/// Where Gongkai keeps its state. Bound from configuration: <c>Database:Provider</c> (sqlite | postgres),
/// <c>ConnectionStrings:Gongkai</c> and <c>DataDirectory</c>.
/// </summary>
public sealed class GongkaiDataOptions
{
    public const string DefaultDataDirectory = "./gongkai-data";
    public const string SqliteFileName = "gongkai.db";
    public const string ConnectionStringName = "Gongkai";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The provider's connection string. Required for PostgreSQL; for SQLite it defaults to the file in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The node's data directory: the SQLite database (and later the file store) live here.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>The full path of the SQLite database file inside <see cref="DataDirectory"/>.</summary>
    public string SqliteFilePath => Path.Combine(Path.GetFullPath(DataDirectory), SqliteFileName);

    /// <summary>The connection string the chosen provider opens.</summary>
    public string EffectiveConnectionString => Provider switch
    {
        DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(ConnectionString) => $"Data Source={SqliteFilePath}",
        _ => ConnectionString ?? "",
    };

    /// <summary>Parses the configured provider name; null when it is none of the accepted names.</summary>
    public static DatabaseProvider? ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => null,
    };
}
