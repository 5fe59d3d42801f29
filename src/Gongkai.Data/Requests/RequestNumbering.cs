using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data.Requests;

/// <summary>
/// Gives out request numbers per agency and year: unique, without gaps, safe when many submissions arrive at once on several
/// web nodes. One statement inside the caller's transaction creates the counter row at 1 or increments it (INSERT … ON CONFLICT
/// DO UPDATE … RETURNING, on both databases): on PostgreSQL the row lock — or the unique index, for the first number of a year —
/// makes concurrent submitters wait for each other's commit or rollback; on SQLite the transaction already holds the database's
/// write lock (transactions start IMMEDIATE). A rolled-back submission takes its number back with it, so numbers have no gaps.
/// </summary>
public static class RequestNumbering
{
    public static Task<int> NextAsync(GongkaiDbContext db, Guid agencyId, int year, CancellationToken cancellationToken) =>
        NextAsync(db, agencyId, year, 1, cancellationToken);

    /// <summary>
    /// Takes <paramref name="count"/> consecutive numbers at once (a group commit of several submissions to one agency) and
    /// returns the first; the block is given back whole if the transaction rolls back.
    /// </summary>
    public static async Task<int> NextAsync(GongkaiDbContext db, Guid agencyId, int year, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (db.Database.CurrentTransaction is not { } transaction)
            throw new InvalidOperationException("A request number must be taken inside the transaction that stores the request.");
        // A plain command on the transaction's connection, its parameters made by EF Core's own type mappings (so the agency
        // key is bound exactly as EF Core stores it: text on SQLite, uuid on PostgreSQL). Through EF Core's raw-SQL query the
        // statement was translated and looked up in the query cache on every submission group, inside the writers'
        // serialised stretch, for a statement that never changes.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout) command.CommandTimeout = timeout;
        command.CommandText =
            "INSERT INTO request_number_counters (agency_id, year, last_number) VALUES (@agency, @year, @count) " +
            "ON CONFLICT (agency_id, year) DO UPDATE SET last_number = request_number_counters.last_number + @count RETURNING last_number";
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        command.Parameters.Add(mappings.FindMapping(typeof(Guid))!.CreateParameter(command, "@agency", agencyId, nullable: false));
        command.Parameters.Add(mappings.FindMapping(typeof(int))!.CreateParameter(command, "@year", year, nullable: false));
        command.Parameters.Add(mappings.FindMapping(typeof(int))!.CreateParameter(command, "@count", count, nullable: false));
        var last = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return last - count + 1;
    }
}
