using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data.Persistence;

/// <summary>
/// 写入排队: queues this process's write transactions on one SQLite database file in memory. SQLite has one writer at a time
/// and Microsoft.Data.Sqlite starts transactions IMMEDIATE, so a second BEGIN meets SQLITE_BUSY, which the driver answers by
/// blocking its thread for 150 ms before retrying: concurrent writers mostly slept. Waiting here hands the write lock over as
/// soon as the previous transaction ends. Every transaction EF Core begins on a SQLite context passes through it — explicit
/// ones and the ones SaveChanges opens — so every writer of the app queues, not only request intake.
/// </summary>
/// <remarks>
/// Transactions, their durability and the statements in them are unchanged; writers in other processes (the CLI, a second
/// node on the same file) still meet SQLite's own lock and busy handling. A transaction that waited longer than
/// <see cref="MaxWait"/> proceeds without its turn and falls back to that busy handling, so a caller that opens a second
/// write transaction while holding the first (which SQLite would refuse anyway) gets SQLite's error, not a hang.
/// PostgreSQL needs no gate and is never registered with one.
/// </remarks>
public sealed class SqliteWriterGate : DbTransactionInterceptor
{
    /// <summary>The longest a transaction waits for its turn: Microsoft.Data.Sqlite's default command timeout.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> GatesByConnectionString = new(StringComparer.Ordinal);

    // The turn held by each open connection's transaction, released when the transaction ends however it ends.
    private static readonly ConditionalWeakTable<DbConnection, Turn> Turns = [];

    public static readonly SqliteWriterGate Instance = new();

    private SqliteWriterGate()
    {
    }

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        var gate = GateOf(connection);
        if (gate.Wait(MaxWait)) Hold(connection, gate);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        var gate = GateOf(connection);
        if (await gate.WaitAsync(MaxWait, cancellationToken)) Hold(connection, gate);
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context, transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context, transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, transaction);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.Context, transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, transaction);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Ends the turn of the connection's transaction. Called on commit, rollback and failure, and by
    /// <see cref="GatedTransaction"/> when a transaction is disposed without either (the driver rolls it back silently).
    /// </summary>
    internal static void Release(DbConnection? connection)
    {
        if (connection is not null && Turns.TryGetValue(connection, out var turn))
        {
            Turns.Remove(connection);
            turn.Release();
        }
    }

    /// <summary>Whether a transaction on the database file of this connection string holds its turn now (for tests).</summary>
    internal static bool IsHeld(string connectionString) =>
        GatesByConnectionString.TryGetValue(connectionString, out var gate) && gate.CurrentCount == 0;

    private static void Release(Microsoft.EntityFrameworkCore.DbContext? context, DbTransaction transaction) =>
        Release(transaction.Connection ?? (context is null ? null : RelationalConnectionOf(context)));

    private static DbConnection? RelationalConnectionOf(Microsoft.EntityFrameworkCore.DbContext context) =>
        Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(context.Database);

    private static SemaphoreSlim GateOf(DbConnection connection) =>
        GatesByConnectionString.GetOrAdd(connection.ConnectionString, c => Gates.GetOrAdd(SqliteFileKey(c), _ => new SemaphoreSlim(1, 1)));

    /// <summary>One gate per database file, whatever else the connection string says.</summary>
    private static string SqliteFileKey(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory
            ? Path.GetFullPath(file)
            : connectionString;
    }

    private static void Hold(DbConnection connection, SemaphoreSlim gate)
    {
        // A connection has at most one transaction; a stale turn (never possible unless a transaction leaked) is handed back first.
        Release(connection);
        Turns.Add(connection, new Turn(gate));
    }

    private sealed class Turn(SemaphoreSlim gate)
    {
        private int released;

        public void Release()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}

/// <summary>Creates <see cref="GatedTransaction"/>s for SQLite contexts (registered with <see cref="SqliteWriterGate"/>).</summary>
internal sealed class GatedTransactionFactory(RelationalTransactionFactoryDependencies dependencies) : RelationalTransactionFactory(dependencies)
{
    public override RelationalTransaction Create(
        IRelationalConnection connection, DbTransaction transaction, Guid transactionId,
        IDiagnosticsLogger<Microsoft.EntityFrameworkCore.DbLoggerCategory.Database.Transaction> logger, bool transactionOwned) =>
        new GatedTransaction(connection, transaction, transactionId, logger, transactionOwned, Dependencies.SqlGenerationHelper);
}

/// <summary>
/// EF Core's transaction, which also ends the connection's <see cref="SqliteWriterGate"/> turn when it is disposed without
/// a commit or rollback (EF Core raises no interceptor event for that; the driver rolls the transaction back).
/// </summary>
internal sealed class GatedTransaction(
    IRelationalConnection connection, DbTransaction transaction, Guid transactionId,
    IDiagnosticsLogger<Microsoft.EntityFrameworkCore.DbLoggerCategory.Database.Transaction> logger, bool transactionOwned,
    ISqlGenerationHelper sqlGenerationHelper)
    : RelationalTransaction(connection, transaction, transactionId, logger, transactionOwned, sqlGenerationHelper)
{
    private readonly DbConnection? dbConnection = transaction.Connection;

    public override void Dispose()
    {
        base.Dispose();
        SqliteWriterGate.Release(dbConnection);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteWriterGate.Release(dbConnection);
    }
}
