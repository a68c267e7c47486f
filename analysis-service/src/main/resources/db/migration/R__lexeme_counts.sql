-- Lexeme counts: how many articles hold each lexeme of the full-text vector (article.search). Search reports an exact
-- total up to a limit and "at least" beyond; for a one-word query without source or date filters, that total is one
-- probe of lexeme_articles instead of a count through the GIN bitmap (which visits the heap of every match up to the
-- limit). Statement triggers follow every INSERT, UPDATE and DELETE of article and note the statement's deltas in
-- lexeme_delta; a deferred trigger folds the transaction's notes into lexeme_articles at its commit, so that the rows
-- of common words, which nearly every article writes, stay locked for the commit only, not from the article's insert
-- through the rest of its analysis (two writers waited on each other there: deploy/bench/pipeline). TRUNCATE clears.
-- A lexeme no article holds any more is deleted. Inside the writing transaction the counts are the ones before it.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- Adds each lexeme's delta. Keys are written in key order, so that concurrent statements lock shared keys in the same
-- order; a count that reaches 0 is deleted (only keys this call wrote are looked at).
CREATE OR REPLACE FUNCTION lexeme_articles_add(lexemes text[], deltas bigint[]) RETURNS void LANGUAGE plpgsql AS $$
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

-- At commit: the transaction's notes, summed per lexeme, in one call (keys in order, as every other commit's). The
-- trigger fires once per note; the first call folds them all and later ones find none.
CREATE OR REPLACE FUNCTION lexeme_delta_fold() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    l text[];
    n bigint[];
BEGIN
    WITH pending AS (DELETE FROM lexeme_delta WHERE tx = pg_current_xact_id() RETURNING lexemes, deltas)
    SELECT array_agg(s.lexeme ORDER BY s.lexeme), array_agg(s.delta ORDER BY s.lexeme) INTO l, n FROM (
        SELECT d.lexeme, sum(d.delta)::bigint AS delta FROM pending p, unnest(p.lexemes, p.deltas) AS d (lexeme, delta)
        GROUP BY d.lexeme HAVING sum(d.delta) <> 0) s;
    IF l IS NOT NULL THEN
        PERFORM lexeme_articles_add(l, n);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_lexemes_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lexeme_delta (lexemes, deltas) SELECT array_agg(d.l), array_agg(d.n) FROM (
        SELECT l, count(*) AS n FROM new_rows n, unnest(tsvector_to_array(n.search)) AS l GROUP BY l) d
    HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_lexemes_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lexeme_delta (lexemes, deltas) SELECT array_agg(d.l), array_agg(d.n) FROM (
        SELECT l, -count(*) AS n FROM old_rows o, unnest(tsvector_to_array(o.search)) AS l GROUP BY l) d
    HAVING count(*) > 0;
    RETURN NULL;
END $$;

-- A row whose vector an update leaves as it was (same id, same search) counts on neither side, so an update of
-- other columns writes nothing.
CREATE OR REPLACE FUNCTION article_lexemes_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO lexeme_delta (lexemes, deltas) SELECT array_agg(d.l), array_agg(d.n) FROM (
        SELECT l, sum(k) AS n FROM (
            SELECT l, 1 AS k FROM new_rows n, unnest(tsvector_to_array(n.search)) AS l
            WHERE NOT EXISTS (SELECT FROM old_rows o WHERE o.id = n.id AND o.search = n.search)
            UNION ALL
            SELECT l, -1 FROM old_rows o, unnest(tsvector_to_array(o.search)) AS l
            WHERE NOT EXISTS (SELECT FROM new_rows n WHERE n.id = o.id AND n.search = o.search)) u
        GROUP BY l HAVING sum(k) <> 0) d
    HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION article_lexemes_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lexeme_articles;
    DELETE FROM lexeme_delta; -- this transaction's notes (others' are folded at their commits, before TRUNCATE's lock)
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER article_lexemes_insert AFTER INSERT ON article
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_insert();
CREATE OR REPLACE TRIGGER article_lexemes_delete AFTER DELETE ON article
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_delete();
CREATE OR REPLACE TRIGGER article_lexemes_update AFTER UPDATE ON article
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_update();
CREATE OR REPLACE TRIGGER article_lexemes_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION article_lexemes_clear();

-- (constraint triggers cannot be replaced in place: dropped and created again, in this file's one transaction)
DROP TRIGGER IF EXISTS lexeme_delta_fold ON lexeme_delta;
CREATE CONSTRAINT TRIGGER lexeme_delta_fold AFTER INSERT ON lexeme_delta
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lexeme_delta_fold();
