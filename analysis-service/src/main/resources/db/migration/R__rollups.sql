-- Rollups of mentions and quotes, all plain sums:
--   entity_month:  articles and mentions per entity per calendar month (top entities over a date range: whole months
--                  from here, the days at either end from article_entity)
--   entity_source: articles and mentions per entity per source, all time (top entities of a source)
--   speaker_month: attributed quotes per speaker per month per source ('' when the article has none)
-- Statement triggers with transition tables on article_entity and quote add the statement's new rows (+1) or take
-- out its old rows (-1); an update does both. Concurrent writers only add and subtract (ON CONFLICT DO UPDATE
-- re-reads the current row: no lost updates); keys are upserted in key order so that concurrent statements lock
-- shared keys in the same order; a key's row is deleted once it counts nothing. TRUNCATE clears.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- TG_ARGV[0] is +1 or -1; "changed" is the statement's new rows (+1) or old rows (-1).
CREATE OR REPLACE FUNCTION article_entity_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE TRIGGER article_entity_rollups_insert AFTER INSERT ON article_entity
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('1');
CREATE OR REPLACE TRIGGER article_entity_rollups_delete AFTER DELETE ON article_entity
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('-1');
-- an UPDATE (a re-dated article, a renamed source) takes the old rows out and puts the new ones in
CREATE OR REPLACE TRIGGER article_entity_rollups_update_old AFTER UPDATE ON article_entity
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('-1');
CREATE OR REPLACE TRIGGER article_entity_rollups_update_new AFTER UPDATE ON article_entity
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_rollups('1');

CREATE OR REPLACE FUNCTION quote_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE TRIGGER quote_rollups_insert AFTER INSERT ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('1');
CREATE OR REPLACE TRIGGER quote_rollups_delete AFTER DELETE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('-1');
CREATE OR REPLACE TRIGGER quote_rollups_update_old AFTER UPDATE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('-1');
CREATE OR REPLACE TRIGGER quote_rollups_update_new AFTER UPDATE ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_rollups('1');

CREATE OR REPLACE FUNCTION rollups_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'article_entity' THEN
        DELETE FROM entity_month;
        DELETE FROM entity_source;
    ELSE
        DELETE FROM speaker_month;
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER article_entity_rollups_truncate AFTER TRUNCATE ON article_entity
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_clear();
CREATE OR REPLACE TRIGGER quote_rollups_truncate AFTER TRUNCATE ON quote
    FOR EACH STATEMENT EXECUTE FUNCTION rollups_clear();
