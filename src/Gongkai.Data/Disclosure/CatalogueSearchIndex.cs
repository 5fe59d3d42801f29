using System.Text;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Disclosure;

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

    // A quoted lexeme: nothing in a word can be read as a tsquery operator.
    private static string PgLexeme(string word) => "'" + word.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
