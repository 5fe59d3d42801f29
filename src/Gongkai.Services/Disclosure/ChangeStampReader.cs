using System.Collections.Concurrent;
using Gongkai.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Gongkai.Services.Disclosure;

/// <summary>
/// 变更戳 reader for the hot path: the same value as <see cref="PublicCatalogueCache.StampAsync"/> (the newest audit sequence
/// number), read without creating a DbContext — one primary-key lookup per public page served from the portal's page cache.
/// Every web node reads the shared database, so all of them see a change the moment it commits.
/// </summary>
/// <remarks>
/// On SQLite, parsing and planning the statement costs several times its execution, so a few open connections are kept each
/// with the statement prepared (each execution runs in its own autocommit read, which sees every committed change; no
/// transaction stays open between requests). PostgreSQL takes a connection from Npgsql's pool per read.
/// </remarks>
public sealed class ChangeStampReader(IOptions<GongkaiDataOptions> options, IServiceScopeFactory scopes) : IDisposable
{
    private readonly ConcurrentBag<SqliteCommand> _prepared = [];
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
        if (!_prepared.TryTake(out var prepared))
        {
            var connection = new SqliteConnection(data.EffectiveConnectionString);
            connection.Open();
            prepared = connection.CreateCommand();
            prepared.CommandText = sql;
            prepared.Prepare();
        }
        try
        {
            var stamp = PublicCatalogueCache.StampOf(prepared.ExecuteScalar());
            if (_prepared.Count < Environment.ProcessorCount * 2 && !_disposed)
            {
                _prepared.Add(prepared);
                prepared = null;
            }
            return stamp;
        }
        finally
        {
            if (prepared is not null) Dispose(prepared);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_prepared.TryTake(out var command)) Dispose(command);
    }

    private static void Dispose(SqliteCommand command)
    {
        var connection = command.Connection;
        command.Dispose();
        connection?.Dispose();
    }

    // The same statement as PublicCatalogueCache.StampAsync, built from the model once.
    private string Query()
    {
        using var scope = scopes.CreateScope();
        return PublicCatalogueCache.StampQuery(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }
}
