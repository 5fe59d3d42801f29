using System.Text;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Data.Disclosure;

/// <summary>
/// The hits of <see cref="CatalogueSearchIndex.FindAsync"/>; <see cref="Truncated"/> when only the newest of very many were taken.
/// A hit's <see cref="SearchIndexHit.Matched"/> is known from how it was found or 0 until ranked; its
/// <see cref="SearchIndexHit.Rank"/> is <see cref="double.NaN"/> until <see cref="RankAsync"/> has scored it.
/// </summary>
public sealed class SearchCandidates(IReadOnlyList<SearchIndexHit> hits, bool truncated,
    Func<IReadOnlyCollection<SearchIndexHit>, CancellationToken, Task>? rank = null)
{
    public IReadOnlyList<SearchIndexHit> Hits { get; } = hits;

    public bool Truncated { get; } = truncated;

    /// <summary>
    /// Sets the relevance of the given hits (of <see cref="Hits"/>), and the number of terms matched where it was not yet
    /// known (0 afterwards means the row's text matches no term).
    /// </summary>
    public Task RankAsync(IReadOnlyCollection<SearchIndexHit> which, CancellationToken cancellationToken) =>
        rank is null || which.Count == 0 ? Task.CompletedTask : rank(which, cancellationToken);
}

/// <summary>One publicly visible hit of the full-text index: which version, when it went public, how many query terms it matched, its relevance.</summary>
public sealed class SearchIndexHit
{
    public Guid ItemId { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset PublishAt { get; set; }
    public int Matched { get; set; }
    public double Rank { get; set; }
}

/// <summary>One row of the full-text index matching a query (<see cref="CatalogueSearchIndex.Match"/>), visible or not.</summary>
public sealed class IndexMatch
{
    public Guid ItemId { get; set; }
    public int Revision { get; set; }
    public int Matched { get; set; }
    public double Rank { get; set; }
}

/// <summary>
/// 全文检索索引 in the database, so every web node shares it: SQLite FTS5 or PostgreSQL tsvector with a GIN index. Neither database
/// segments Chinese, so the text arrives already segmented (words separated by spaces, from the application's ChineseSegmenter);
/// the query is made of the same words. One row per approved version. Which of them the public may see is decided by the
/// visibility window of the version in <c>published_versions</c> (<see cref="PublicCatalogueQueries.VisibleAt"/>): on
/// PostgreSQL by joining that predicate; on SQLite by the same predicate on a copy of the window keyed by the index's own
/// integer row id (<c>catalogue_search_visibility</c>, kept by triggers on <c>published_versions</c>), so that filtering a few
/// thousand candidates is a few thousand integer lookups in a small table rather than text-key lookups into the large rows
/// of <c>published_versions</c>. Rows are written in the transaction that approves or withdraws the item.
/// </summary>
public static class CatalogueSearchIndex
{
    public const string Table = "catalogue_search";

    /// <summary>DDL run by the AddCatalogue migration on SQLite.</summary>
    public const string SqliteSchema =
        "CREATE VIRTUAL TABLE catalogue_search USING fts5(item_id UNINDEXED, revision UNINDEXED, agency_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0');";

    public const string SqliteDrop = "DROP TABLE IF EXISTS catalogue_search;";

    /// <summary>
    /// DDL run by the AddSearchVisibility migration on SQLite: each index row's version and that version's visibility window
    /// (<c>publish_at</c>, <c>visible_until</c>, <c>cancelled</c>, as in <c>published_versions</c>), under the index row's id.
    /// Triggers copy every insert, update and delete of a version's window, whoever writes it, so the copy cannot fall behind;
    /// an index row whose version is not (or no longer) stored counts as cancelled. <see cref="IndexAsync"/> writes the row
    /// with the index row; <see cref="SqliteVisibilityFill"/> fills it for rows indexed before. Also the index's vocabulary
    /// (<c>catalogue_search_vocabulary</c>, fts5vocab), from which the rows per search word are counted.
    /// </summary>
    public const string SqliteVisibilitySchema = $"""
        CREATE TABLE {Visibility} (
            id INTEGER NOT NULL PRIMARY KEY,
            item_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            publish_at INTEGER NOT NULL,
            visible_until INTEGER NULL,
            cancelled INTEGER NOT NULL);
        CREATE INDEX ix_{Visibility}_version ON {Visibility} (item_id, revision);
        CREATE TRIGGER tr_published_versions_search_insert AFTER INSERT ON published_versions BEGIN
            UPDATE {Visibility} SET publish_at = NEW.publish_at, visible_until = NEW.visible_until, cancelled = NEW.cancelled
            WHERE item_id = NEW.item_id AND revision = NEW.revision;
        END;
        CREATE TRIGGER tr_published_versions_search_update AFTER UPDATE ON published_versions BEGIN
            UPDATE {Visibility} SET cancelled = 1 WHERE item_id = OLD.item_id AND revision = OLD.revision;
            UPDATE {Visibility} SET publish_at = NEW.publish_at, visible_until = NEW.visible_until, cancelled = NEW.cancelled
            WHERE item_id = NEW.item_id AND revision = NEW.revision;
        END;
        CREATE TRIGGER tr_published_versions_search_delete AFTER DELETE ON published_versions BEGIN
            UPDATE {Visibility} SET cancelled = 1 WHERE item_id = OLD.item_id AND revision = OLD.revision;
        END;
        CREATE VIRTUAL TABLE {Vocabulary} USING fts5vocab({Table}, 'row');
        """;

    /// <summary>Fills <c>catalogue_search_visibility</c> for the index rows that have no row there (the migration; the benchmark's bulk load).</summary>
    public const string SqliteVisibilityFill = $"""
        INSERT INTO {Visibility} (id, item_id, revision, publish_at, visible_until, cancelled)
        SELECT c.id, c.c0, c.c1, coalesce(v.publish_at, {NotYet}), v.visible_until, coalesce(v.cancelled, 1)
        FROM {Table}_content c LEFT JOIN published_versions v ON v.item_id = c.c0 AND v.revision = c.c1
        WHERE c.id NOT IN (SELECT id FROM {Visibility});
        """;

    public const string SqliteVisibilityDrop = $"""
        DROP TRIGGER IF EXISTS tr_published_versions_search_insert;
        DROP TRIGGER IF EXISTS tr_published_versions_search_update;
        DROP TRIGGER IF EXISTS tr_published_versions_search_delete;
        DROP TABLE IF EXISTS {Visibility};
        DROP TABLE IF EXISTS {Vocabulary};
        """;

    private const string Visibility = "catalogue_search_visibility";

    // The index's vocabulary (fts5vocab, 'row'): each term with the number of rows it occurs in, read from the index itself.
    private const string Vocabulary = "catalogue_search_vocabulary";

    /// <summary>
    /// <see cref="PublicCatalogueQueries.VisibleAt"/> over <c>catalogue_search_visibility</c> (times as UTC ticks, as the SQLite
    /// context stores them), with <c>$now</c> the time: not cancelled, published, not yet replaced or withdrawn.
    /// </summary>
    private const string SqliteVisibleAt = "cancelled = 0 AND publish_at <= $now AND (visible_until IS NULL OR visible_until > $now)";

    // The window of an index row whose version is not stored: never visible (cancelled, and not before the end of time).
    private const string NotYet = "9223372036854775807";

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

    /// <summary>
    /// DDL run by the BoundPostgresSearch migration: the order rows were indexed in (<c>seq</c>, as SQLite's row id), with an
    /// index to walk it newest first over the whole catalogue and within one agency (<see cref="FindOnPostgresAsync"/>).
    /// </summary>
    public const string PostgresIndexOrderSchema = """
        ALTER TABLE catalogue_search ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
        CREATE INDEX ix_catalogue_search_seq ON catalogue_search (seq);
        CREATE INDEX ix_catalogue_search_agency_seq ON catalogue_search (agency_id, seq);
        """;

    public const string PostgresIndexOrderDrop = """
        DROP INDEX IF EXISTS ix_catalogue_search_agency_seq;
        DROP INDEX IF EXISTS ix_catalogue_search_seq;
        ALTER TABLE catalogue_search DROP COLUMN IF EXISTS seq;
        """;

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
        {
            // The new row's id is one past the largest in use (writers are serialised, and every index row has its
            // visibility row under the same id), given explicitly so both rows share it; the window is the stored version's.
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {Table} (rowid, item_id, revision, agency_id, title, body) " +
                $"VALUES ((SELECT coalesce(max(id), 0) + 1 FROM {Table}_content), {{0}}, {{1}}, {{2}}, {{3}}, {{4}})",
                [Key(db, itemId), revision, Key(db, agencyId), titleWords, bodyWords], cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {Visibility} (id, item_id, revision, publish_at, visible_until, cancelled) " +
                $"SELECT m.id, {{0}}, {{1}}, coalesce(v.publish_at, {NotYet}), v.visible_until, coalesce(v.cancelled, 1) " +
                $"FROM (SELECT max(id) AS id FROM {Table}_content) m LEFT JOIN published_versions v ON v.item_id = {{0}} AND v.revision = {{1}}",
                [Key(db, itemId), revision], cancellationToken);
        }
    }

    public static async Task RemoveVersionAsync(GongkaiDbContext db, Guid itemId, int revision, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
            await db.Database.ExecuteSqlRawAsync("DELETE FROM catalogue_search WHERE item_id = {0} AND revision = {1}", [itemId, revision], cancellationToken);
        else
            // The version's index rows by their ids (an index lookup) rather than a scan of the index's item_id column.
            await db.Database.ExecuteSqlRawAsync(
                $"DELETE FROM {Table} WHERE rowid IN (SELECT id FROM {Visibility} WHERE item_id = {{0}} AND revision = {{1}}); " +
                $"DELETE FROM {Visibility} WHERE item_id = {{0}} AND revision = {{1}};", [Key(db, itemId), revision], cancellationToken);
    }

    public static async Task RemoveItemAsync(GongkaiDbContext db, Guid itemId, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
            await db.Database.ExecuteSqlRawAsync("DELETE FROM catalogue_search WHERE item_id = {0}", [itemId], cancellationToken);
        else
            await db.Database.ExecuteSqlRawAsync(
                $"DELETE FROM {Table} WHERE rowid IN (SELECT id FROM {Visibility} WHERE item_id = {{0}}); " +
                $"DELETE FROM {Visibility} WHERE item_id = {{0}};", [Key(db, itemId)], cancellationToken);
    }

    /// <summary>
    /// The versions matching any of <paramref name="terms"/> (each term a list of words that must all occur), with the number of
    /// terms each matched and the database's relevance (higher is better on both providers), whether the public may see them
    /// or not. Composable: join it with the visible versions.
    /// </summary>
    public static IQueryable<IndexMatch> Match(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId) =>
        Match(db, terms, agencyId, null);

    /// <summary><see cref="Match(GongkaiDbContext, IReadOnlyList{IReadOnlyList{string}}, Guid?)"/> among the given index rows only (PostgreSQL's <c>seq</c>).</summary>
    private static IQueryable<IndexMatch> Match(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId, long[]? among)
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
            if (among is not null) sql.Append($" AND s.seq = ANY({P(among)})");
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
        return db.Database.SqlQueryRaw<IndexMatch>(sql.ToString(), [.. parameters]);
    }

    /// <summary>
    /// The hits to rank for a query, with the number of terms each matched and its relevance: <see cref="FindAsync"/> with every
    /// hit ranked, and (SQLite) without the rows whose text matches no term.
    /// </summary>
    public static async Task<SearchCandidates> CandidatesAsync(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId,
        DateTimeOffset now, int exactUpTo, int perPattern, SearchTermCounts wordRows, long stamp, CancellationToken cancellationToken)
    {
        var found = await FindAsync(db, terms, agencyId, now, exactUpTo, perPattern, wordRows, stamp, cancellationToken);
        await found.RankAsync(found.Hits, cancellationToken);
        return new SearchCandidates([.. found.Hits.Where(h => h.Matched > 0)], found.Truncated);
    }

    /// <summary>
    /// The hits for a query that the public may see at <paramref name="now"/> (<see cref="PublicCatalogueQueries.VisibleAt"/>),
    /// bounded so that a query matching a large part of the catalogue (“通知” among a million items) costs
    /// about as much as a rare one. Up to <paramref name="exactUpTo"/> matching versions, every one is returned and the ranking
    /// is exact. Beyond that the candidates are, for every way of matching — all the terms, (up to three terms)
    /// exactly all but one, any of them — the <paramref name="perPattern"/> most recently indexed versions, and
    /// <see cref="SearchCandidates.Truncated"/> is set: an item matching more terms still ranks above one matching fewer, but
    /// among very many equal matches only the newest are ranked. The bounds count index rows whether visible or not, so the
    /// candidates are the same whatever the time; the hidden ones are dropped after. PostgreSQL finds the same candidates
    /// (<see cref="FindOnPostgresAsync"/>) and returns them ranked, their number of terms matched exact.
    /// On SQLite the relevance is computed only for the hits passed to <see cref="SearchCandidates.RankAsync"/>, so a caller
    /// that needs one page of results scores only the hits that can reach it.
    /// </summary>
    /// <remarks>
    /// Each way of matching is one query that walks its own match newest first and stops at the bound (“all but C” is
    /// written <c>(A AND B) NOT C</c>; an item matching all terms that lies beyond the newest of “A AND B” was never a
    /// candidate there either, since any such row is among the newest of “A AND B AND C”). The same argument gives the number
    /// of terms a truncated hit matched without reading its text, for up to three terms: a row among the newest of “any term”
    /// is among the newest of every narrower way of matching it satisfies, so a row found only by “any term” matches exactly
    /// one, one found by an “all but one” (and not by “all”) exactly all but one. The relevance is FTS5's bm25 computed by
    /// <see cref="Fts5Relevance"/> from the hits' own text and the index's statistics, with the rows per word counted once
    /// per change stamp (<paramref name="stamp"/>, kept in <paramref name="wordRows"/>) — not recounted over the whole
    /// index by bm25() on every query.
    /// </remarks>
    public static async Task<SearchCandidates> FindAsync(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId,
        DateTimeOffset now, int exactUpTo, int perPattern, SearchTermCounts wordRows, long stamp, CancellationToken cancellationToken)
    {
        if (IsPostgres(db)) return await FindOnPostgresAsync(db, terms, agencyId, now, exactUpTo, perPattern, cancellationToken);
        if (terms.Count == 0 || terms.Any(t => t.Count == 0)) throw new ArgumentException("Every term needs at least one word.", nameof(terms));

        string Fts(IReadOnlyList<string> t) => "(" + string.Join(" AND ", t.Select(Phrase)) + ")";
        var all = string.Join(" OR ", terms.Select(Fts));
        var agency = agencyId is { } a ? (string)Key(db, a) : null;
        var agencyFilter = agency is null ? "" : " AND agency_id = $agency";

        // Up to exactUpTo + 1 newest rows matching any term: all of them when that is every match, else the first perPattern
        // are the newest of “any term”. The number of terms matched (tier) is known for the truncated walks of up to three terms.
        var tiers = new Dictionary<long, int>();
        await using (var session = await IndexSession.OpenAsync(db, agency, cancellationToken))
        {
            var newest = await session.RowIdsAsync($"SELECT rowid FROM {Table} WHERE {Table} MATCH $q{agencyFilter} ORDER BY rowid DESC LIMIT $n",
                all, exactUpTo + 1, cancellationToken);
            var truncated = newest.Count > exactUpTo;
            if (!truncated)
                foreach (var rowid in newest) tiers[rowid] = 0;
            else
            {
                var known = terms.Count <= 3;
                foreach (var (pattern, matched) in Patterns(terms, Fts))
                    foreach (var rowid in await session.RowIdsAsync(
                                 $"SELECT rowid FROM {Table} WHERE {Table} MATCH $q{agencyFilter} ORDER BY rowid DESC LIMIT $n", pattern, perPattern, cancellationToken))
                        tiers.TryAdd(rowid, known ? matched : 0);
                foreach (var rowid in newest.Take(perPattern)) tiers.TryAdd(rowid, known ? 1 : 0);
            }
            if (tiers.Count == 0) return new SearchCandidates([], truncated);

            var hits = new List<SearchIndexHit>(tiers.Count);
            var rowIds = new Dictionary<SearchIndexHit, long>(tiers.Count, ReferenceEqualityComparer.Instance);
            // Which version each row indexes and whether the public sees it now, by row id (integer b-tree lookups in a
            // table of small rows).
            await session.ReadAsync($"SELECT id, item_id, revision, publish_at FROM {Visibility} " +
                                    $"WHERE id IN (SELECT value FROM json_each($ids)) AND {SqliteVisibleAt}",
                Ids(tiers.Keys), reader =>
                {
                    var rowid = reader.GetInt64(0);
                    var hit = new SearchIndexHit
                    {
                        ItemId = Guid.Parse(reader.GetString(1)), Revision = reader.GetInt32(2),
                        PublishAt = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero), Matched = tiers[rowid], Rank = double.NaN,
                    };
                    hits.Add(hit);
                    rowIds.Add(hit, rowid);
                }, cancellationToken, ("$now", now.UtcTicks));
            return new SearchCandidates(hits, truncated,
                (which, token) => RankAsync(db, agency, terms, which, rowIds, wordRows, stamp, token));
        }
    }

    /// <summary>
    /// <see cref="FindAsync"/> on PostgreSQL, bounded in the same way as on SQLite: the newest index rows (by <c>seq</c>, the
    /// order they were indexed in) matching any term, up to <paramref name="exactUpTo"/> + 1; when that is not every match, the
    /// newest <paramref name="perPattern"/> of each way of matching. Each walk is one statement with a LIMIT, so the planner
    /// may walk <c>seq</c> backwards testing each row (a common word) or collect the word's rows from the GIN index and keep
    /// the newest (a rare one). Then the candidates' terms matched and relevance (<c>ts_rank</c>), exact, among those the
    /// public sees at <paramref name="now"/>: on PostgreSQL a candidate's number of terms is always known.
    /// </summary>
    private static async Task<SearchCandidates> FindOnPostgresAsync(GongkaiDbContext db, IReadOnlyList<IReadOnlyList<string>> terms, Guid? agencyId,
        DateTimeOffset now, int exactUpTo, int perPattern, CancellationToken cancellationToken)
    {
        if (terms.Count == 0 || terms.Any(t => t.Count == 0)) throw new ArgumentException("Every term needs at least one word.", nameof(terms));
        string TsQuery(IReadOnlyList<string> t) => "(" + string.Join(" & ", t.Select(PgLexeme)) + ")";
        Task<List<long>> NewestAsync(string tsquery, int limit) => agencyId is { } agency
            ? db.Database.SqlQueryRaw<long>(PostgresNewestOfAgency, tsquery, agency, limit).ToListAsync(cancellationToken)
            : db.Database.SqlQueryRaw<long>(PostgresNewest, tsquery, limit).ToListAsync(cancellationToken);

        var newest = await NewestAsync(string.Join(" | ", terms.Select(TsQuery)), exactUpTo + 1);
        var truncated = newest.Count > exactUpTo;
        var candidates = new HashSet<long>(truncated ? newest.Take(perPattern) : newest);
        if (truncated)
            foreach (var (pattern, _) in Patterns(terms, TsQuery, and: " & ", andNot: " & !"))
                candidates.UnionWith(await NewestAsync(pattern, perPattern));
        if (candidates.Count == 0) return new SearchCandidates([], truncated);

        var visible = await (from m in Match(db, terms, agencyId, [.. candidates])
                             join v in db.PublishedVersions().AsNoTracking().VisibleAt(now) on new { m.ItemId, m.Revision } equals new { v.ItemId, v.Revision }
                             select new { m.ItemId, m.Revision, v.PublishAt, m.Matched, m.Rank }).ToListAsync(cancellationToken);
        return new SearchCandidates(
            [.. visible.Select(h => new SearchIndexHit { ItemId = h.ItemId, Revision = h.Revision, PublishAt = h.PublishAt, Matched = h.Matched, Rank = h.Rank })],
            truncated);
    }

    private const string PostgresNewest =
        "SELECT seq AS \"Value\" FROM catalogue_search WHERE tsv @@ to_tsquery('simple', {0}) ORDER BY seq DESC LIMIT {1}";

    private const string PostgresNewestOfAgency =
        "SELECT seq AS \"Value\" FROM catalogue_search WHERE tsv @@ to_tsquery('simple', {0}) AND agency_id = {1} ORDER BY seq DESC LIMIT {2}";

    /// <summary>Sets Rank (and Matched where unknown) of <paramref name="which"/> from their text and the index's statistics.</summary>
    private static async Task RankAsync(GongkaiDbContext db, string? agency, IReadOnlyList<IReadOnlyList<string>> terms,
        IReadOnlyCollection<SearchIndexHit> which, IReadOnlyDictionary<SearchIndexHit, long> rowIds, SearchTermCounts wordRows, long stamp,
        CancellationToken cancellationToken)
    {
        await using var session = await IndexSession.OpenAsync(db, agency, cancellationToken);
        // The index's statistics as bm25() reads them: the averages record (rows, then tokens per column) and, per word, the
        // rows it occurs in — the same count bm25() makes, made once per change stamp.
        byte[] block = [];
        await session.ReadAsync($"SELECT block FROM {Table}_data WHERE id = 1", null, r => block = (byte[])r.GetValue(0), cancellationToken);
        var averages = Fts5Relevance.Varints(block);
        var totalRows = averages[0];
        var averageTokens = (double)averages.Skip(1).Sum() / (double)totalRows;
        var phrases = terms.Select(t => (IReadOnlyList<string[]>)t.Select(Fts5Relevance.Tokenize).ToList()).ToList();
        var idf = new List<double>();
        foreach (var word in terms.SelectMany(t => t))
        {
            if (!wordRows.TryGet(stamp, word, out var rows))
            {
                // The vocabulary counts a term's rows in one pass over its list inside SQLite; a count of the word's match
                // steps the virtual table once per row (about twice the work for a common word). Same number either way.
                if (Fts5Relevance.PlainTerm(word) is { } term)
                    await session.ReadAsync($"SELECT doc FROM {Vocabulary} WHERE term = $q", term, r => rows = r.GetInt64(0), cancellationToken);
                else
                    await session.ReadAsync($"SELECT count(*) FROM {Table} WHERE {Table} MATCH $q", Phrase(word), r => rows = r.GetInt64(0), cancellationToken);
                wordRows.Set(stamp, word, rows);
            }
            idf.Add(Fts5Relevance.InverseFrequency(totalRows, rows));
        }

        var byRow = which.ToDictionary(h => rowIds[h]);
        Fts5Relevance.ColumnTokens[] tokens = [new(), new()];
        await session.ReadAsync($"SELECT c.id, c.c3, c.c4, d.sz FROM {Table}_content c JOIN {Table}_docsize d ON d.id = c.id " +
                                "WHERE c.id IN (SELECT value FROM json_each($ids))", Ids(byRow.Keys), r =>
        {
            var hit = byRow[r.GetInt64(0)];
            var (matched, rank) = Fts5Relevance.Score(phrases, idf, [(r.IsDBNull(1) ? null : r.GetString(1), 4.0), (r.IsDBNull(2) ? null : r.GetString(2), 1.0)],
                tokens, Fts5Relevance.Varints((byte[])r.GetValue(3)).Sum(), averageTokens);
            if (hit.Matched == 0) hit.Matched = matched;
            hit.Rank = rank;
        }, cancellationToken);
    }

    private static string Ids(IEnumerable<long> rowIds) => "[" + string.Join(",", rowIds) + "]";

    /// <summary>Statements against the FTS5 table and its shadow tables on the context's connection (opened for the session if closed).</summary>
    private sealed class IndexSession : IAsyncDisposable
    {
        private readonly GongkaiDbContext _db;
        private readonly string? _agency;
        private readonly bool _opened;

        private IndexSession(GongkaiDbContext db, string? agency, bool opened)
        {
            _db = db;
            _agency = agency;
            _opened = opened;
        }

        public static async Task<IndexSession> OpenAsync(GongkaiDbContext db, string? agency, CancellationToken cancellationToken)
        {
            var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
            if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
            var session = new IndexSession(db, agency, opened);
            // Read the index through memory mapping rather than a read call per page: a search touches a few thousand pages of
            // a file of gigabytes (the setting stays with the pooled connection; SQLite caps it at its compiled maximum, 2 GB).
            await session.ReadAsync("PRAGMA mmap_size = 4294967296", null, _ => { }, cancellationToken);
            return session;
        }

        public async Task<List<long>> RowIdsAsync(string sql, string query, int limit, CancellationToken cancellationToken)
        {
            var rows = new List<long>();
            await ReadAsync(sql, query, r => rows.Add(r.GetInt64(0)), cancellationToken, ("$n", limit));
            return rows;
        }

        /// <summary>Runs <paramref name="sql"/> with <c>$q</c> / <c>$ids</c> bound to <paramref name="text"/> and <c>$agency</c>, each row to <paramref name="row"/>.</summary>
        public async Task ReadAsync(string sql, string? text, Action<System.Data.Common.DbDataReader> row, CancellationToken cancellationToken,
            params (string Name, object Value)[] more)
        {
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            void Add(string name, object? value)
            {
                if (!sql.Contains(name, StringComparison.Ordinal)) return;
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value ?? DBNull.Value;
                command.Parameters.Add(p);
            }
            Add("$q", text);
            Add("$ids", text);
            Add("$agency", _agency);
            foreach (var (name, value) in more) Add(name, value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) row(reader);
        }

        public async ValueTask DisposeAsync()
        {
            if (_opened) await _db.Database.CloseConnectionAsync();
        }
    }

    // A quoted FTS5 phrase: nothing in a word can be read as query syntax.
    private static string Phrase(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// The ways of matching more than one term, most terms first, with the number of terms a row found by each matches: all of
    /// them, then (for up to three terms) each “exactly all but one” as <c>(others) NOT (that one)</c>.
    /// </summary>
    private static IEnumerable<(string Pattern, int Matched)> Patterns(IReadOnlyList<IReadOnlyList<string>> terms, Func<IReadOnlyList<string>, string> query,
        string and = " AND ", string andNot = " NOT ")
    {
        if (terms.Count < 2) yield break;
        yield return (string.Join(and, terms.Select(query)), terms.Count);
        if (terms.Count == 3)
            for (var skip = 0; skip < 3; skip++)
                yield return ("(" + string.Join(and, terms.Where((_, i) => i != skip).Select(query)) + ")" + andNot + query(terms[skip]), 2);
    }

    // A quoted lexeme: nothing in a word can be read as a tsquery operator.
    private static string PgLexeme(string word) => "'" + word.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
