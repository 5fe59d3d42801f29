using System.Text;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data.Disclosure;

/// <summary>The hits of <see cref="CatalogueSearchIndex.CandidatesAsync"/>; <paramref name="Truncated"/> when only the newest of very many were taken.</summary>
public sealed record SearchCandidates(IReadOnlyList<SearchIndexHit> Hits, bool Truncated);

/// <summary>One hit of the full-text index before the visibility filter: which version, how many query terms it matched, its relevance.</summary>
public sealed class SearchIndexHit
{
    public Guid ItemId { get; set; }
    public int Revision { get; set; }
    public int Matched { get; set; }
    public double Rank { get; set; }
}

/// <summary>
/// 全文检索索引 in the database, so every web node shares it: SQLite FTS5 or PostgreSQL tsvector with a GIN index. Neither database
/// segments Chinese, so the text arrives already segmented (words separated by spaces, from the application's ChineseSegmenter);
/// the query is made of the same words. One row per approved version; which of them the public may see is decided by the join
/// with <see cref="PublicCatalogueQueries.VisibleAt"/>, never here. Rows are written in the transaction that approves or
/// withdraws the item.
/// </summary>
public static class CatalogueSearchIndex
{
    public const string Table = "catalogue_search";

    /// <summary>DDL run by the AddCatalogue migration on SQLite.</summary>
    public const string SqliteSchema =
        "CREATE VIRTUAL TABLE catalogue_search USING fts5(item_id UNINDEXED, revision UNINDEXED, agency_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0');";

    public const string SqliteDrop = "DROP TABLE IF EXISTS catalogue_search;";

    /// <summary>DDL run by the AddCatalogue migration on PostgreSQL. Title words weigh more than body words in the rank.</summary>
    public const string PostgresSchema = """
        CREATE TABLE catalogue_search (
            item_id uuid NOT NULL,
            revision integer NOT NULL,
            agency_id uuid NOT NULL,
            tsv tsvector NOT NULL,
            CONSTRAINT pk_catalogue_search PRIMARY KEY (item_id, revision));
        CREATE INDEX ix_catalogue_search_tsv ON catalogue_search USING GIN (tsv);
        """;

    public const string PostgresDrop = "DROP TABLE IF EXISTS catalogue_search;";

    private static bool IsPostgres(GongkaiDbContext db) => db is PostgresGongkaiDbContext;

    // EF stores a Guid on SQLite as upper-case text; the FTS table keeps the same text so the join compares equal values.
    private static object Key(GongkaiDbContext db, Guid id) => IsPostgres(db) ? id : id.ToString().ToUpperInvariant();

    /// <summary>Indexes one version (replacing its row if present). <paramref name="titleWords"/> and <paramref name="bodyWords"/> are segmented text.</summary>
    public static async Task IndexAsync(GongkaiDbContext db, Guid itemId, int revision, Guid agencyId, string titleWords, string bodyWords,
        CancellationToken cancellationToken)
    {
        await RemoveVersionAsync(db, itemId, revision, cancellationToken);
        if (IsPostgres(db))
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO catalogue_search (item_id, revision, agency_id, tsv) VALUES ({0}, {1}, {2}, " +
                "setweight(to_tsvector('simple', {3}), 'A') || setweight(to_tsvector('simple', {4}), 'D'))",
                [itemId, revision, agencyId, titleWords, bodyWords], cancellationToken);
        else
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO catalogue_search (item_id, revision, agency_id, title, body) VALUES ({0}, {1}, {2}, {3}, {4})",
                [Key(db, itemId), revision, Key(db, agencyId), titleWords, bodyWords], cancellationToken);
    }

    public static Task RemoveVersionAsync(GongkaiDbContext db, Guid itemId, int revision, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("DELETE FROM catalogue_search WHERE item_id = {0} AND revision = {1}",
            [Key(db, itemId), revision], cancellationToken);

    public static Task RemoveItemAsync(GongkaiDbContext db, Guid itemId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("DELETE FROM catalogue_search WHERE item_id = {0}", [Key(db, itemId)], cancellationToken);

    /// <summary>
    /// The versions matching any of <paramref name="terms"/> (each term a list of words that must all occur), with the number of
    /// terms each matched and the database's relevance (higher is better on both providers). Composable: join it with the
    /// visible versions.
    /// </summary>
    public static IQueryable<SearchIndexHit> Match(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId)
    {
        if (terms.Count == 0 || terms.Any(t => t.Count == 0)) throw new ArgumentException("Every term needs at least one word.", nameof(terms));
        var parameters = new List<object>();
        string P(object value) { parameters.Add(value); return "{" + (parameters.Count - 1) + "}"; }
        var sql = new StringBuilder();
        if (IsPostgres(db))
        {
            var all = P(string.Join(" | ", terms.Select(t => "(" + string.Join(" & ", t.Select(PgLexeme)) + ")")));
            sql.Append("SELECT s.item_id AS \"ItemId\", s.revision AS \"Revision\", (");
            sql.AppendJoin(" + ", terms.Select(t => $"(s.tsv @@ to_tsquery('simple', {P(string.Join(" & ", t.Select(PgLexeme)))}))::int"));
            sql.Append($") AS \"Matched\", ts_rank(s.tsv, to_tsquery('simple', {all}))::float8 AS \"Rank\" FROM catalogue_search s ");
            sql.Append($"WHERE s.tsv @@ to_tsquery('simple', {all})");
            if (agencyId is { } a) sql.Append($" AND s.agency_id = {P(a)}");
        }
        else
        {
            string Fts(IReadOnlyList<string> t) => "(" + string.Join(" AND ", t.Select(w => "\"" + w.Replace("\"", "\"\"") + "\"")) + ")";
            var all = P(string.Join(" OR ", terms.Select(Fts)));
            sql.Append("SELECT catalogue_search.item_id AS ItemId, catalogue_search.revision AS Revision, (");
            sql.AppendJoin(" + ", terms.Select(t => $"(catalogue_search.rowid IN (SELECT rowid FROM catalogue_search WHERE catalogue_search MATCH {P(Fts(t))}))"));
            sql.Append($") AS Matched, -bm25(catalogue_search, 0, 0, 0, 4.0, 1.0) AS Rank FROM catalogue_search WHERE catalogue_search MATCH {all}");
            if (agencyId is { } a) sql.Append($" AND catalogue_search.agency_id = {P(Key(db, a))}");
        }
        return db.Database.SqlQueryRaw<SearchIndexHit>(sql.ToString(), [.. parameters]);
    }

    /// <summary>
    /// The hits to rank for a query, with the number of terms each matched and its relevance, bounded so that a query matching
    /// a large part of the catalogue (“通知” among a million items) costs about as much as a rare one. Up to
    /// <paramref name="exactUpTo"/> matching versions, every one is returned and the ranking is exact. Beyond that (SQLite)
    /// the candidates are, for every way of matching — all the terms, all but one (up to three terms), any of them — the
    /// <paramref name="perPattern"/> most recently indexed versions, and <see cref="SearchCandidates.Truncated"/> is set: an
    /// item matching more terms still ranks above one matching fewer, but among very many equal matches only the newest are
    /// ranked. PostgreSQL returns every hit (<see cref="Match"/>).
    /// </summary>
    public static async Task<SearchCandidates> CandidatesAsync(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId,
        int exactUpTo, int perPattern, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
            return new SearchCandidates(await Match(db, terms, agencyId).ToListAsync(cancellationToken), false);
        if (terms.Count == 0 || terms.Any(t => t.Count == 0)) throw new ArgumentException("Every term needs at least one word.", nameof(terms));

        string Fts(IReadOnlyList<string> t) => "(" + string.Join(" AND ", t.Select(w => "\"" + w.Replace("\"", "\"\"") + "\"")) + ")";
        var all = string.Join(" OR ", terms.Select(Fts));
        var agency = agencyId is { } a ? Key(db, a) : null;
        var agencyFilter = agency is null ? "" : " AND agency_id = $agency";

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            async Task<List<object[]>> Query(string sql, params (string Name, object Value)[] parameters)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                foreach (var (name, value) in parameters.Append(("$agency", (object?)agency ?? DBNull.Value)))
                {
                    var p = command.CreateParameter();
                    p.ParameterName = name;
                    p.Value = value;
                    command.Parameters.Add(p);
                }
                var rows = new List<object[]>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var row = new object[reader.FieldCount];
                    reader.GetValues(row);
                    rows.Add(row);
                }
                return rows;
            }

            var counted = Convert.ToInt32((await Query(
                $"SELECT count(*) FROM (SELECT 1 FROM catalogue_search WHERE catalogue_search MATCH $q{agencyFilter} LIMIT $n)",
                ("$q", all), ("$n", exactUpTo + 1)))[0][0], System.Globalization.CultureInfo.InvariantCulture);
            var truncated = counted > exactUpTo;
            var rowids = new HashSet<long>();
            if (!truncated)
                foreach (var r in await Query($"SELECT rowid FROM catalogue_search WHERE catalogue_search MATCH $q{agencyFilter}", ("$q", all)))
                    rowids.Add((long)r[0]);
            else
                foreach (var pattern in Patterns(terms).Select(p => string.Join(" AND ", p.Select(Fts))).Append(all))
                    foreach (var r in await Query($"SELECT rowid FROM catalogue_search WHERE catalogue_search MATCH $q{agencyFilter} ORDER BY rowid DESC LIMIT $n",
                                 ("$q", pattern), ("$n", perPattern)))
                        rowids.Add((long)r[0]);
            if (rowids.Count == 0) return new SearchCandidates([], truncated);

            // The candidates' relevance and, term by term, which of them each matches. The candidates filter the match (a set built
            // once, probed per matching row id): walking a doclist is cheap, scoring it is what is kept to the candidates. The unary
            // + keeps the row-id list away from FTS5's planner: offered to it, the match is re-run per candidate (24 s instead of
            // 0.15 s for 1,500 candidates among 100,000 items).
            var ids = "[" + string.Join(",", rowids) + "]";
            const string Among = "FROM catalogue_search WHERE catalogue_search MATCH $q AND +catalogue_search.rowid IN (SELECT value FROM json_each($ids))";
            var hits = (await Query($"SELECT catalogue_search.rowid, item_id, revision, -bm25(catalogue_search, 0, 0, 0, 4.0, 1.0) {Among}", ("$ids", ids), ("$q", all)))
                .ToDictionary(r => (long)r[0], r => new SearchIndexHit
                {
                    ItemId = Guid.Parse((string)r[1]), Revision = Convert.ToInt32(r[2], System.Globalization.CultureInfo.InvariantCulture),
                    Rank = Convert.ToDouble(r[3], System.Globalization.CultureInfo.InvariantCulture),
                });
            foreach (var term in terms)
                foreach (var r in await Query($"SELECT catalogue_search.rowid {Among}", ("$ids", ids), ("$q", Fts(term))))
                    if (hits.TryGetValue((long)r[0], out var hit)) hit.Matched++;
            return new SearchCandidates(hits.Values.ToList(), truncated);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The ways of matching more than one term, most terms first: all of them, then (for up to three terms) all but one.</summary>
    private static IEnumerable<IReadOnlyList<IReadOnlyList<string>>> Patterns(IReadOnlyList<IReadOnlyList<string>> terms)
    {
        if (terms.Count < 2) yield break;
        yield return terms;
        if (terms.Count == 3)
            for (var skip = 0; skip < 3; skip++)
                yield return terms.Where((_, i) => i != skip).ToList();
    }

    // A quoted lexeme: nothing in a word can be read as a tsquery operator.
    private static string PgLexeme(string word) => "'" + word.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
