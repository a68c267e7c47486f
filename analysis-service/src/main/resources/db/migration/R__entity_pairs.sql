-- Entity pairs, for /stats/cooccurrence and profiles' companions:
--   entity_pair_month: per calendar month (of the entity's article_entity.dated), the articles mentioning both
--                      entities; every pair in both directions, so one entity's companions are one index range
--   entity_pair_total: the same all time (no date range, the usual request); the edges between companions are
--                      probes of (entity, other)
-- Statement triggers on article_entity follow every INSERT, UPDATE, DELETE (including ON DELETE CASCADE from
-- article); TRUNCATE clears.
--
-- Not a per-row sum: a row adds a pair with each other entity of its article. For the articles a statement
-- touched, the delta is pairs(after) - pairs(before), where after = their current rows and before = their
-- current rows without the statement's rows (by id) plus the statement's old rows; only pairs with at least
-- one of the statement's rows can differ, so only those are counted. "changed" is the statement's new rows
-- (INSERT) or old rows (DELETE, UPDATE: the new version of a row is the current row with its id; ids are
-- never updated). Keys whose delta nets to zero are not written: a renamed source (followed onto article_entity
-- by the source copies) rewrites no pair row. Keys are upserted in key order, like the rollups.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

CREATE OR REPLACE FUNCTION article_entity_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    emptied_months entity_pair_month[];
    emptied_totals entity_pair_total[];
BEGIN
    WITH articles AS (
        SELECT article_id FROM changed
        -- (an updated row may have moved to another article)
        UNION SELECT (SELECT ae.article_id FROM article_entity ae WHERE ae.id = c.id) FROM changed c WHERE TG_OP = 'UPDATE'
    ), tagged AS (
        -- the articles' rows, s = +1: written by the statement, 0: not touched by it, -1: the statement's old rows
        SELECT ae.article_id, ae.entity_id, ae.dated, CASE WHEN c.id IS NULL THEN 0 ELSE 1 END AS s
        FROM article_entity ae LEFT JOIN changed c ON c.id = ae.id
        WHERE ae.article_id IN (SELECT article_id FROM articles)
        UNION ALL SELECT article_id, entity_id, dated, -1 FROM changed WHERE TG_OP <> 'INSERT'
    ), delta AS (
        -- two rows of one article count sign(s1 + s2): +1 when both are in the after-state and one is new, -1
        -- when both are in the before-state and one is old, 0 for two untouched rows or an old with a new one
        SELECT p.entity_id, date_trunc('month', p.dated)::date AS month, q.entity_id AS other_id, sign(p.s + q.s) AS n
        FROM tagged p JOIN tagged q ON q.article_id = p.article_id AND q.entity_id <> p.entity_id
        WHERE p.s + q.s <> 0
    ), months AS (
        INSERT INTO entity_pair_month AS t (entity_id, month, other_id, articles)
        SELECT entity_id, month, other_id, sum(n) FROM delta GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (entity_id, month, other_id) DO UPDATE SET articles = t.articles + EXCLUDED.articles
        RETURNING t
    ), totals AS (
        INSERT INTO entity_pair_total AS t (entity_id, other_id, articles)
        SELECT entity_id, other_id, sum(n) FROM delta GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
        ON CONFLICT (entity_id, other_id) DO UPDATE SET articles = t.articles + EXCLUDED.articles
        RETURNING t
    )
    SELECT (SELECT array_agg(m.t) FROM months m WHERE (m.t).articles <= 0),
           (SELECT array_agg(o.t) FROM totals o WHERE (o.t).articles <= 0)
    INTO emptied_months, emptied_totals;
    -- a key's row is gone once it counts nothing
    IF emptied_months IS NOT NULL THEN
        DELETE FROM entity_pair_month t USING unnest(emptied_months) e
        WHERE t.entity_id = e.entity_id AND t.month = e.month AND t.other_id = e.other_id AND t.articles <= 0;
    END IF;
    IF emptied_totals IS NOT NULL THEN
        DELETE FROM entity_pair_total t USING unnest(emptied_totals) e
        WHERE t.entity_id = e.entity_id AND t.other_id = e.other_id AND t.articles <= 0;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER article_entity_pairs_insert AFTER INSERT ON article_entity
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_pairs();
CREATE OR REPLACE TRIGGER article_entity_pairs_delete AFTER DELETE ON article_entity
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_pairs();
CREATE OR REPLACE TRIGGER article_entity_pairs_update AFTER UPDATE ON article_entity
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_entity_pairs();

CREATE OR REPLACE FUNCTION entity_pairs_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM entity_pair_month;
    DELETE FROM entity_pair_total;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER article_entity_pairs_truncate AFTER TRUNCATE ON article_entity
    FOR EACH STATEMENT EXECUTE FUNCTION entity_pairs_clear();
