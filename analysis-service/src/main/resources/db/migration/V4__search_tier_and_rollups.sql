-- Read-side support for query-service at 100,000+ articles, like V2 kept by the database alone: triggers
-- follow every INSERT, UPDATE, DELETE (including ON DELETE CASCADE from article) and TRUNCATE, so
-- analysis-service needs no code for it.

-- Relevance ranks only the articles whose title or lead match (the rest score 0 on rank_search anyway):
-- this index finds them without visiting every match.
CREATE INDEX article_rank_search_idx ON article USING gin (rank_search);

-- Pre-aggregates, all plain sums, so that concurrent writers only add and subtract (ON CONFLICT DO UPDATE
-- re-reads the current row: no lost updates) and a key's row is gone once it counts nothing.
--   entity_month:  articles and mentions per entity per calendar month (top entities over a date range:
--                  whole months from here, the days at either end from article_entity)
--   entity_source: articles and mentions per entity per source, all time (top entities of a source)
--   speaker_month: attributed quotes per speaker per month per source ('' when the article has none)
CREATE TABLE entity_month (
    month     date   NOT NULL,
    entity_id bigint NOT NULL,
    articles  bigint NOT NULL,
    mentions  bigint NOT NULL,
    PRIMARY KEY (month, entity_id) INCLUDE (articles, mentions)
);
CREATE TABLE entity_source (
    source    text   NOT NULL,
    entity_id bigint NOT NULL,
    articles  bigint NOT NULL,
    mentions  bigint NOT NULL,
    PRIMARY KEY (source, entity_id) INCLUDE (articles, mentions)
);
CREATE TABLE speaker_month (
    month      date   NOT NULL,
    source     text   NOT NULL,
    speaker_id bigint NOT NULL,
    quotes     bigint NOT NULL,
    PRIMARY KEY (month, source, speaker_id) INCLUDE (quotes)
);
-- (the INCLUDEs: rankings read the rollups index-only)
CREATE INDEX speaker_month_source_idx ON speaker_month (source, month) INCLUDE (speaker_id, quotes);

-- TG_ARGV[0] is +1 or -1; "changed" is the statement's new rows (+1) or old rows (-1). Keys are upserted
-- in key order so that concurrent statements lock shared keys in the same order.
CREATE FUNCTION article_entity_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign int := TG_ARGV[0]::int;
BEGIN
    INSERT INTO entity_month AS t (month, entity_id, articles, mentions)
    SELECT date_trunc('month', dated)::date, entity_id, sign * count(*), sign * sum(mention_count)
    FROM changed GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (month, entity_id) DO UPDATE
        SET articles = t.articles + EXCLUDED.articles, mentions = t.mentions + EXCLUDED.mentions;
    INSERT INTO entity_source AS t (source, entity_id, articles, mentions)
    SELECT source, entity_id, sign * count(*), sign * sum(mention_count)
    FROM changed WHERE source IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (source, entity_id) DO UPDATE
        SET articles = t.articles + EXCLUDED.articles, mentions = t.mentions + EXCLUDED.mentions;
    IF sign < 0 THEN
        DELETE FROM entity_month t USING (SELECT DISTINCT date_trunc('month', dated)::date AS month, entity_id FROM changed) c
        WHERE t.month = c.month AND t.entity_id = c.entity_id AND t.articles <= 0;
        DELETE FROM entity_source t USING (SELECT DISTINCT source, entity_id FROM changed) c
        WHERE t.source = c.source AND t.entity_id = c.entity_id AND t.articles <= 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER article_entity_rollups_insert AFTER INSERT ON article_entity
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('1');
CREATE TRIGGER article_entity_rollups_delete AFTER DELETE ON article_entity
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('-1');
-- an UPDATE (a re-dated article, a renamed source) takes the old rows out and puts the new ones in
CREATE TRIGGER article_entity_rollups_update_old AFTER UPDATE ON article_entity
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('-1');
CREATE TRIGGER article_entity_rollups_update_new AFTER UPDATE ON article_entity
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('1');

CREATE FUNCTION quote_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign int := TG_ARGV[0]::int;
BEGIN
    INSERT INTO speaker_month AS t (month, source, speaker_id, quotes)
    SELECT date_trunc('month', dated)::date, coalesce(source, ''), speaker_id, sign * count(*)
    FROM changed WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, source, speaker_id) DO UPDATE SET quotes = t.quotes + EXCLUDED.quotes;
    IF sign < 0 THEN
        DELETE FROM speaker_month t
        USING (SELECT DISTINCT date_trunc('month', dated)::date AS month, coalesce(source, '') AS source, speaker_id
               FROM changed WHERE speaker_id IS NOT NULL) c
        WHERE t.month = c.month AND t.source = c.source AND t.speaker_id = c.speaker_id AND t.quotes <= 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER quote_rollups_insert AFTER INSERT ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('1');
CREATE TRIGGER quote_rollups_delete AFTER DELETE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('-1');
CREATE TRIGGER quote_rollups_update_old AFTER UPDATE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('-1');
CREATE TRIGGER quote_rollups_update_new AFTER UPDATE ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('1');

CREATE FUNCTION rollups_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'article_entity' THEN
        DELETE FROM entity_month;
        DELETE FROM entity_source;
    ELSE
        DELETE FROM speaker_month;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER article_entity_rollups_truncate AFTER TRUNCATE ON article_entity
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_clear();
CREATE TRIGGER quote_rollups_truncate AFTER TRUNCATE ON quote
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_clear();

-- The days at either end of a range, for top speakers: index-only by date. And the articles and last quote of
-- a speaker within one source: index-only (through quote_speaker_cover_idx it was a heap visit per quote).
CREATE INDEX quote_dated_speaker_idx ON quote (dated) INCLUDE (speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX quote_speaker_source_idx ON quote (speaker_id, source, dated) INCLUDE (article_id)
    WHERE speaker_id IS NOT NULL;

-- Rows that exist already (databases migrated before this version).
INSERT INTO entity_month (month, entity_id, articles, mentions)
SELECT date_trunc('month', dated)::date, entity_id, count(*), sum(mention_count) FROM article_entity GROUP BY 1, 2 ORDER BY 1, 2;
INSERT INTO entity_source (source, entity_id, articles, mentions)
SELECT source, entity_id, count(*), sum(mention_count) FROM article_entity WHERE source IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2;
INSERT INTO speaker_month (month, source, speaker_id, quotes)
SELECT date_trunc('month', dated)::date, coalesce(source, ''), speaker_id, count(*) FROM quote
WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
