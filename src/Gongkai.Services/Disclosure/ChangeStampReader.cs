using System.Collections.Concurrent;
using Gongkai.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using SQLitePCL;

namespace Gongkai.Services.Disclosure;

/// <summary>
/// 变更戳 reader for the hot path: the same value as <see cref="PublicCatalogueCache.StampAsync"/> (the newest audit sequence
/// number), read without creating a DbContext — one primary-key lookup per public page served from the portal's page cache.
/// Every web node reads the shared database, so all of them see a change the moment it commits.
/// </summary>
/// <remarks>
/// On SQLite, parsing and planning the statement costs several times its execution, so a few open connections are kept each
/// with the statement prepared and stepped through SQLite's API (each execution runs in its own autocommit read, which sees
/// every committed change; no transaction stays open between requests). PostgreSQL takes a connection from Npgsql's pool per read.
/// </remarks>
public sealed class ChangeStampReader(IOptions<GongkaiDataOptions> options, IServiceScopeFactory scopes) : IDisposable
{
    private readonly ConcurrentBag<PreparedStamp> _prepared = [];
    private string? _sql;
    private bool _disposed;

    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        var sql = _sql ??= Query();
        var data = options.Value;
        if (data.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(data.EffectiveConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            return PublicCatalogueCache.StampOf(await command.ExecuteScalarAsync(cancellationToken));
        }
        if (!_prepared.TryTake(out var prepared)) prepared = PreparedStamp.Open(data.EffectiveConnectionString, sql);
        try
        {
            var stamp = prepared.Read();
            if (_prepared.Count < Environment.ProcessorCount * 2 && !_disposed)
            {
                _prepared.Add(prepared);
                prepared = null;
            }
            return stamp;
        }
        finally
        {
            prepared?.Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_prepared.TryTake(out var prepared)) prepared.Dispose();
    }

    // The same statement as PublicCatalogueCache.StampAsync, built from the model once.
    private string Query()
    {
        using var scope = scopes.CreateScope();
        return PublicCatalogueCache.StampQuery(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    /// <summary>
    /// One kept SQLite connection with the stamp statement compiled on it, stepped through SQLite's own API: a
    /// <see cref="SqliteCommand"/> would build a data reader, box the value and walk its statement list on every read, which on
    /// the page cache's hit path cost about as much as SQLite's execution of the statement.
    /// </summary>
    private sealed class PreparedStamp : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;

        private PreparedStamp(SqliteConnection connection, sqlite3_stmt statement)
        {
            _connection = connection;
            _statement = statement;
        }

        public static PreparedStamp Open(string connectionString, string sql)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                // SqliteCommand retries a busy database for its timeout; SQLite does the same here when a read finds it busy.
                SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(connection.Handle, connection.DefaultTimeout * 1000), connection.Handle);
                SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement), connection.Handle);
                return new PreparedStamp(connection, statement);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        /// <summary>One autocommit read: it sees every change committed before it, and holds nothing open afterwards.</summary>
        public long Read()
        {
            try
            {
                var rc = raw.sqlite3_step(_statement);
                if (rc == raw.SQLITE_DONE) return 0;
                if (rc != raw.SQLITE_ROW) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
                // MAX() over no rows is NULL: before the first change the stamp is 0, as PublicCatalogueCache.StampOf reads it.
                return raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? 0 : raw.sqlite3_column_int64(_statement, 0);
            }
            finally
            {
                raw.sqlite3_reset(_statement);
            }
        }

        public void Dispose()
        {
            _statement.Dispose();
            _connection.Dispose();
        }
    }
}
