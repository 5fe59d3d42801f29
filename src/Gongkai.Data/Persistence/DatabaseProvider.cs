namespace Gongkai.Data.Persistence;

/// <summary>The database engine behind <see cref="GongkaiDbContext"/>, chosen at run time (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A single SQLite file in the data directory: the default, for one node.</summary>
    Sqlite,
    /// <summary>A PostgreSQL server: for several web nodes sharing one database.</summary>
    Postgres,
}
