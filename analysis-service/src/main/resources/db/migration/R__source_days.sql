-- Source days: articles per source and day, for /stats/sources (a source's first and last day are the first and last
-- with articles: a day whose count falls to 0 is deleted). Statement triggers follow every INSERT, UPDATE, DELETE
-- (analysis-service's replace deletes and inserts) of article and note the statement's deltas in source_day_delta;
-- a deferred trigger folds the transaction's notes into source_day at its commit, so that a day's row, which every
-- article of that source and day writes, stays locked for the commit only, not from the article's insert through the
-- rest of its analysis. TRUNCATE clears. Inside the writing transaction the counts are the ones before it.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- At commit: the transaction's notes, summed per key, written in key order (as every other commit writes them); a
-- day whose count falls to 0 is deleted. The trigger fires once per note; the first call folds them all and later
-- ones find none.
CREATE OR REPLACE FUNCTION source_day_delta_fold() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    gone_days date[];
    gone_sources text[];
BEGIN
    WITH pending AS (DELETE FROM source_day_delta WHERE tx = pg_current_xact_id() RETURNING day, source, articles),
    written AS (
        INSERT INTO source_day AS t (day, source, articles)
        SELECT day, source, sum(articles) FROM pending GROUP BY 1, 2 HAVING sum(articles) <> 0 ORDER BY 1, 2
        ON CONFLICT (day, source) DO UPDATE SET articles = t.articles + EXCLUDED.articles
        RETURNING t.day, t.source, t.articles)
    SELECT array_agg(w.day), array_agg(w.source) INTO gone_days, gone_sources FROM written w WHERE w.articles <= 0;
    IF gone_days IS NOT NULL THEN
        DELETE FROM source_day t USING unnest(gone_days, gone_sources) AS g (day, source)
        WHERE t.day = g.day AND t.source = g.source AND t.articles <= 0;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_source_days_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day_delta (day, source, articles)
    SELECT dated, coalesce(source, ''), count(*) FROM new_rows GROUP BY 1, 2;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_source_days_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day_delta (day, source, articles)
    SELECT dated, coalesce(source, ''), -count(*) FROM old_rows GROUP BY 1, 2;
    RETURN NULL;
END $$;

-- An update nets its old rows against its new ones, so one that changes neither date nor source notes nothing.
CREATE OR REPLACE FUNCTION article_source_days_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day_delta (day, source, articles)
    SELECT day, source, sum(n) FROM (
        SELECT dated AS day, coalesce(source, '') AS source, 1 AS n FROM new_rows
        UNION ALL SELECT dated, coalesce(source, ''), -1 FROM old_rows) d
    GROUP BY 1, 2 HAVING sum(n) <> 0;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_source_days_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM source_day;
    DELETE FROM source_day_delta; -- this transaction's notes (others' are folded at their commits, before TRUNCATE's lock)
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER article_source_days_insert AFTER INSERT ON article
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_insert();
CREATE OR REPLACE TRIGGER article_source_days_delete AFTER DELETE ON article
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_delete();
CREATE OR REPLACE TRIGGER article_source_days_update AFTER UPDATE ON article
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_update();
CREATE OR REPLACE TRIGGER article_source_days_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_clear();

-- (constraint triggers cannot be replaced in place: dropped and created again, in this file's one transaction)
DROP TRIGGER IF EXISTS source_day_delta_fold ON source_day_delta;
CREATE CONSTRAINT TRIGGER source_day_delta_fold AFTER INSERT ON source_day_delta
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION source_day_delta_fold();
