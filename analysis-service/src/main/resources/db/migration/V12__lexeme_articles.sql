-- How many articles hold each lexeme of the full-text vector (search), kept by the database alone like V10's
-- source_day: statement triggers follow every INSERT, UPDATE and DELETE of article, and TRUNCATE clears.
--
-- Search reports an exact total up to a limit (1,000) and "at least" beyond. For a one-word query without source or
-- date filters, that total was counted through the GIN bitmap, which visits every matching row up to the limit:
-- the bitmap scan checks each row's visibility in the heap (PostgreSQL 15.20 here: "Heap Blocks: exact=1001" for
-- a count on a table whose pages are all visible), and since V11 keeps the vector in the row, the heap holds one
-- article per page. A word in 2,437 of 100,000 articles meant 1,001 page visits (2-8 ms, a quarter of the search
-- mix's time in the database). Here it is one index probe. A lexeme no article holds any more is deleted.
CREATE TABLE lexeme_articles (
    lexeme   text    NOT NULL,
    articles integer NOT NULL,
    PRIMARY KEY (lexeme) INCLUDE (articles)
);

-- Adds each lexeme's delta. Keys are written in key order, so that concurrent statements lock shared keys in the same
-- order; a count that reaches 0 is deleted (only keys this call wrote are looked at).
CREATE FUNCTION lexeme_articles_add(lexemes text[], deltas bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    gone text[];
BEGIN
    WITH written AS (
        INSERT INTO lexeme_articles AS t (lexeme, articles)
        SELECT d.lexeme, d.delta FROM unnest(lexemes, deltas) AS d (lexeme, delta) ORDER BY d.lexeme
        ON CONFLICT (lexeme) DO UPDATE SET articles = t.articles + EXCLUDED.articles
        RETURNING t.lexeme, t.articles)
    SELECT array_agg(w.lexeme) INTO gone FROM written w WHERE w.articles <= 0;
    DELETE FROM lexeme_articles WHERE lexeme = ANY (gone) AND articles <= 0;
END $$;

CREATE FUNCTION article_lexemes_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lexeme_articles_add(array_agg(d.l), array_agg(d.n)) FROM (
        SELECT l, count(*) AS n FROM new_rows n, unnest(tsvector_to_array(n.search)) AS l GROUP BY l) d;
    RETURN NULL;
END $$;

CREATE FUNCTION article_lexemes_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lexeme_articles_add(array_agg(d.l), array_agg(d.n)) FROM (
        SELECT l, -count(*) AS n FROM old_rows o, unnest(tsvector_to_array(o.search)) AS l GROUP BY l) d;
    RETURN NULL;
END $$;

-- A row whose vector an update leaves as it was (same id, same search) counts on neither side, so an update of
-- other columns writes nothing.
CREATE FUNCTION article_lexemes_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lexeme_articles_add(array_agg(d.l), array_agg(d.n)) FROM (
        SELECT l, sum(k) AS n FROM (
            SELECT l, 1 AS k FROM new_rows n, unnest(tsvector_to_array(n.search)) AS l
            WHERE NOT EXISTS (SELECT FROM old_rows o WHERE o.id = n.id AND o.search = n.search)
            UNION ALL
            SELECT l, -1 FROM old_rows o, unnest(tsvector_to_array(o.search)) AS l
            WHERE NOT EXISTS (SELECT FROM new_rows n WHERE n.id = o.id AND n.search = o.search)) u
        GROUP BY l HAVING sum(k) <> 0) d;
    RETURN NULL;
END $$;

CREATE FUNCTION article_lexemes_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lexeme_articles;
    RETURN NULL;
END $$;

CREATE TRIGGER article_lexemes_insert AFTER INSERT ON article
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_insert();
CREATE TRIGGER article_lexemes_delete AFTER DELETE ON article
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_delete();
CREATE TRIGGER article_lexemes_update AFTER UPDATE ON article
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_update();
CREATE TRIGGER article_lexemes_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_clear();

-- the backfill
INSERT INTO lexeme_articles (lexeme, articles)
SELECT l, count(*) FROM article a, unnest(tsvector_to_array(a.search)) AS l GROUP BY l ORDER BY l;
