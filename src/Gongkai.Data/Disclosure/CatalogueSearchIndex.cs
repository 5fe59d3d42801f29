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
    /// the candidates are, for every way of matching — all the terms, (up to three terms) exactly all but one, any of them —
    /// the <paramref name="perPattern"/> most recently indexed versions, and <see cref="SearchCandidates.Truncated"/> is set:
    /// an item matching more terms still ranks above one matching fewer, but among very many equal matches only the newest
    /// are ranked. PostgreSQL returns every hit (<see cref="Match"/>).
    /// </summary>
    /// <remarks>
    /// Each way of matching is one query that walks its own match newest first and stops at the bound (“all but C” is
    /// written <c>(A AND B) NOT C</c>; an item matching all terms that lies beyond the newest of “A AND B” was never a
    /// candidate there either, since any such row is among the newest of “A AND B AND C”). The candidates' relevance is
    /// FTS5's bm25 computed by <see cref="Fts5Relevance"/> from the candidates' own text and the index's statistics, with
    /// the rows per word counted once per change stamp (<paramref name="stamp"/>, kept in <paramref name="wordRows"/>) —
    /// not recounted over the whole index by bm25() on every query.
    /// </remarks>
    public static async Task<SearchCandidates> CandidatesAsync(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId,
        int exactUpTo, int perPattern, SearchTermCounts wordRows, long stamp, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
            return new SearchCandidates(await Match(db, terms, agencyId).ToListAsync(cancellationToken), false);
        if (terms.Count == 0 || terms.Any(t => t.Count == 0)) throw new ArgumentException("Every term needs at least one word.", nameof(terms));

        string Fts(IReadOnlyList<string> t) => "(" + string.Join(" AND ", t.Select(Phrase)) + ")";
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
            long Long(object value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

            // Read the index through memory mapping rather than a read call per page: a search touches a few thousand pages of
            // a file of gigabytes (the setting stays with the pooled connection; SQLite caps it at its compiled maximum).
            await Query("PRAGMA mmap_size = 4294967296");

            var counted = Long((await Query(
                $"SELECT count(*) FROM (SELECT 1 FROM catalogue_search WHERE catalogue_search MATCH $q{agencyFilter} LIMIT $n)",
                ("$q", all), ("$n", exactUpTo + 1)))[0][0]);
            var truncated = counted > exactUpTo;
            var rowids = new HashSet<long>();
            if (!truncated)
                foreach (var r in await Query($"SELECT rowid FROM catalogue_search WHERE catalogue_search MATCH $q{agencyFilter}", ("$q", all)))
                    rowids.Add(Long(r[0]));
            else
                foreach (var pattern in Patterns(terms, Fts).Append(all))
                    foreach (var r in await Query($"SELECT rowid FROM catalogue_search WHERE catalogue_search MATCH $q{agencyFilter} ORDER BY rowid DESC LIMIT $n",
                                 ("$q", pattern), ("$n", perPattern)))
                        rowids.Add(Long(r[0]));
            if (rowids.Count == 0) return new SearchCandidates([], truncated);

            // The index's statistics as bm25() reads them: the averages record (rows, then tokens per column) and, per word, the
            // rows it occurs in — the same count bm25() makes, made once per change stamp.
            var averages = Fts5Relevance.Varints((byte[])(await Query($"SELECT block FROM {Table}_data WHERE id = 1"))[0][0]);
            var totalRows = averages[0];
            var averageTokens = (double)averages.Skip(1).Sum() / (double)totalRows;
            var phrases = terms.Select(t => (IReadOnlyList<string[]>)t.Select(Fts5Relevance.Tokenize).ToList()).ToList();
            var idf = new List<double>();
            foreach (var word in terms.SelectMany(t => t))
            {
                if (!wordRows.TryGet(stamp, word, out var rows))
                {
                    rows = Long((await Query($"SELECT count(*) FROM {Table} WHERE {Table} MATCH $q", ("$q", Phrase(word))))[0][0]);
                    wordRows.Set(stamp, word, rows);
                }
                idf.Add(Fts5Relevance.InverseFrequency(totalRows, rows));
            }

            var hits = new List<SearchIndexHit>(rowids.Count);
            // Read straight from the FTS5 table's content and docsize tables by row id (plain b-tree lookups). Columns: item_id,
            // revision, agency_id, title (weight 4), body (weight 1).
            foreach (var r in await Query($"SELECT c.c0, c.c1, c.c3, c.c4, d.sz FROM {Table}_content c JOIN {Table}_docsize d ON d.id = c.id " +
                                          "WHERE c.id IN (SELECT value FROM json_each($ids))", ("$ids", "[" + string.Join(",", rowids) + "]")))
            {
                var columns = new[] { (Fts5Relevance.Tokenize(r[2] as string), 4.0), (Fts5Relevance.Tokenize(r[3] as string), 1.0) };
                var (matched, rank) = Fts5Relevance.Score(phrases, idf, columns, Fts5Relevance.Varints((byte[])r[4]).Sum(), averageTokens);
                if (matched == 0) continue;
                hits.Add(new SearchIndexHit
                {
                    ItemId = Guid.Parse((string)r[0]), Revision = Convert.ToInt32(r[1], System.Globalization.CultureInfo.InvariantCulture),
                    Matched = matched, Rank = rank,
                });
            }
            return new SearchCandidates(hits, truncated);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    // A quoted FTS5 phrase: nothing in a word can be read as query syntax.
    private static string Phrase(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// The ways of matching more than one term, most terms first: all of them, then (for up to three terms) each “exactly all
    /// but one” as <c>(others) NOT (that one)</c>.
    /// </summary>
    private static IEnumerable<string> Patterns(IReadOnlyList<IReadOnlyList<string>> terms, Func<IReadOnlyList<string>, string> fts)
    {
        if (terms.Count < 2) yield break;
        yield return string.Join(" AND ", terms.Select(fts));
        if (terms.Count == 3)
            for (var skip = 0; skip < 3; skip++)
                yield return "(" + string.Join(" AND ", terms.Where((_, i) => i != skip).Select(fts)) + ") NOT " + fts(terms[skip]);
    }

    // A quoted lexeme: nothing in a word can be read as a tsquery operator.
    private static string PgLexeme(string word) => "'" + word.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
