using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Requests;

/// <summary>
/// Gives out request numbers per agency and year: unique, without gaps, safe when many submissions arrive at once on several
/// web nodes. The counter row is created if missing and incremented with one atomic UPDATE … RETURNING inside the caller's
/// transaction: on PostgreSQL the row lock makes concurrent submitters wait for each other's commit or rollback; on SQLite the
/// transaction already holds the database's write lock (transactions start IMMEDIATE).
/// </summary>
public static class RequestNumbering
{
    public static async Task<int> NextAsync(GongkaiDbContext db, Guid agencyId, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A request number must be taken inside the transaction that stores the request.");
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO request_number_counters (agency_id, year, last_number) VALUES ({agencyId}, {year}, 0) ON CONFLICT (agency_id, year) DO NOTHING",
            cancellationToken);
        var next = await db.Database.SqlQuery<int>(
                $"UPDATE request_number_counters SET last_number = last_number + 1 WHERE agency_id = {agencyId} AND year = {year} RETURNING last_number AS \"Value\"")
            .ToListAsync(cancellationToken);
        return next.Single();
    }
}
