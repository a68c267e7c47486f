-- Articles per source and day for /stats/sources, kept by the database alone like V4's rollups: triggers follow
-- every INSERT, UPDATE, DELETE (analysis-service's replace deletes and inserts) and TRUNCATE of article.
-- Counting from article read every article of the range (all time at 100,000 articles: ~120 ms); this reads
-- sources x days (20 sources over two years: 14,600 rows all time). A source's first and last day are the first
-- and last with articles: a day whose count falls to 0 is deleted.
CREATE TABLE source_day (
    day      date   NOT NULL,
    source   text   NOT NULL, -- '' for articles without one, as speaker_month
    articles bigint NOT NULL,
    PRIMARY KEY (day, source) INCLUDE (articles)
);

-- Keys are written in key order, so that concurrent statements lock shared keys in the same order. An update nets
-- its old rows against its new ones, so one that changes neither date nor source writes nothing.
CREATE FUNCTION article_source_days_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day AS t (day, source, articles)
    SELECT dated, coalesce(source, ''), count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, source) DO UPDATE SET articles = t.articles + EXCLUDED.articles;
    RETURN NULL;
END $$;

CREATE FUNCTION article_source_days_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_day AS t (day, source, articles)
    SELECT dated, coalesce(source, ''), -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, source) DO UPDATE SET articles = t.articles + EXCLUDED.articles;
    DELETE FROM source_day t USING (SELECT DISTINCT dated AS day, coalesce(source, '') AS source FROM old_rows) d
    WHERE t.day = d.day AND t.source = d.source AND t.articles <= 0;
    RETURN NULL;
END $$;

CREATE FUNCTION article_source_days_update() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE FUNCTION article_source_days_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM source_day;
    RETURN NULL;
END $$;

CREATE TRIGGER article_source_days_insert AFTER INSERT ON article
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_insert();
CREATE TRIGGER article_source_days_delete AFTER DELETE ON article
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_delete();
CREATE TRIGGER article_source_days_update AFTER UPDATE ON article
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_update();
CREATE TRIGGER article_source_days_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION article_source_days_clear();

-- the backfill
INSERT INTO source_day (day, source, articles)
SELECT dated, coalesce(source, ''), count(*) FROM article GROUP BY 1, 2 ORDER BY 1, 2;
