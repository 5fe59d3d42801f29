-- The PostgreSQL search's bounded walks (CatalogueSearchIndex.FindOnPostgresAsync) on a scratch table of 1,000,000 index rows
-- shaped as catalogue_search after the BoundPostgresSearch migration. Run against an EMPTY scratch database:
--   createdb gk_walks && psql -d gk_walks -f bench/Gongkai.Bench/Portal/postgres-search-walks.sql && dropdb gk_walks
-- Every row has 通知, one in 7 has 科技, one in 5,000 has 罕见词; 1,000 agencies.
CREATE TABLE catalogue_search (item_id uuid NOT NULL, revision int NOT NULL, agency_id uuid NOT NULL, tsv tsvector NOT NULL,
    PRIMARY KEY (item_id, revision));
CREATE INDEX ix_catalogue_search_tsv ON catalogue_search USING GIN (tsv);
ALTER TABLE catalogue_search ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX ix_catalogue_search_seq ON catalogue_search (seq);
CREATE INDEX ix_catalogue_search_agency_seq ON catalogue_search (agency_id, seq);
INSERT INTO catalogue_search (item_id, revision, agency_id, tsv)
SELECT gen_random_uuid(), 1, ('00000000-0000-0000-0000-' || lpad((g % 1000)::text, 12, '0'))::uuid,
    to_tsvector('simple', '通知 ' || CASE WHEN g % 7 = 0 THEN '科技 ' ELSE '' END
        || CASE WHEN g % 5000 = 0 THEN '罕见词 ' ELSE '' END || 'w' || (g % 997)::text)
FROM generate_series(1, 1000000) g;
ANALYZE catalogue_search;
\timing on
-- any term, a word in every row (the exact limit + 1)
SELECT count(*) FROM (SELECT seq FROM catalogue_search WHERE tsv @@ to_tsquery('simple', '''通知''') ORDER BY seq DESC LIMIT 2001) x;
-- a rare word
SELECT count(*) FROM (SELECT seq FROM catalogue_search WHERE tsv @@ to_tsquery('simple', '''罕见词''') ORDER BY seq DESC LIMIT 2001) x;
-- all terms; all but one
SELECT count(*) FROM (SELECT seq FROM catalogue_search WHERE tsv @@ to_tsquery('simple', '(''通知'') & (''科技'')') ORDER BY seq DESC LIMIT 500) x;
SELECT count(*) FROM (SELECT seq FROM catalogue_search WHERE tsv @@ to_tsquery('simple', '(''通知'') & !(''科技'')') ORDER BY seq DESC LIMIT 500) x;
-- one agency's portal
SELECT count(*) FROM (SELECT seq FROM catalogue_search WHERE tsv @@ to_tsquery('simple', '''通知''')
    AND agency_id = '00000000-0000-0000-0000-000000000007' ORDER BY seq DESC LIMIT 2001) x;
