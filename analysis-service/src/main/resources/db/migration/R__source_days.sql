-- Source days: articles per source and day, for /stats/sources (a source's first and last day are the first and last
-- with articles: a day whose count falls to 0 is deleted). Statement triggers follow every INSERT, UPDATE, DELETE
-- (analysis-service's replace deletes and inserts) and TRUNCATE of article.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- Keys are written in key order, so that concurrent statements lock shared keys in the same order. An update nets
-- its old rows against its new ones, so one that changes neither date nor source writes nothing.
CREATE OR REPLACE FUNCTION article_source_days_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day AS t (day, source, articles)
    SELECT dated, coalesce(source, ''), count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, source) DO UPDATE SET articles = t.articles + EXCLUDED.articles;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_source_days_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day AS t (day, source, articles)
    SELECT dated, coalesce(source, ''), -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, source) DO UPDATE SET articles = t.articles + EXCLUDED.articles;
    DELETE FROM source_day t USING (SELECT DISTINCT dated AS day, coalesce(source, '') AS source FROM old_rows) d
    WHERE t.day = d.day AND t.source = d.source AND t.articles <= 0;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_source_days_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day AS t (day, source, articles)
    SELECT day, source, sum(n) FROM (
        SELECT dated AS day, coalesce(source, '') AS source, 1 AS n FROM new_rows
        UNION ALL SELECT dated, coalesce(source, ''), -1 FROM old_rows) d
    GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
    ON CONFLICT (day, source) DO UPDATE SET articles = t.articles + EXCLUDED.articles;
    DELETE FROM source_day t USING (SELECT DISTINCT dated AS day, coalesce(source, '') AS source FROM old_rows) d
    WHERE t.day = d.day AND t.source = d.source AND t.articles <= 0;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_source_days_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM source_day;
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
