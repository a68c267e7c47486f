-- Entity stats: one row per entity that any article mentions (articles, mentions, first and last day seen), what
-- entity lists, profiles and all-time rankings read. Statement triggers on article_entity add the new rows and take
-- out the old ones; an update is a removal of its old rows and an addition of its new ones; TRUNCATE clears.
-- Counts go down by subtraction; first and last seen, which cannot, are looked up again from article_entity.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

CREATE OR REPLACE FUNCTION entity_stats_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO entity_stats AS s (entity_id, article_count, mention_count, first_seen, last_seen)
    SELECT entity_id, count(*), sum(mention_count), min(dated), max(dated)
    FROM new_rows GROUP BY entity_id ORDER BY entity_id
    ON CONFLICT (entity_id) DO UPDATE SET
        article_count = s.article_count + EXCLUDED.article_count,
        mention_count = s.mention_count + EXCLUDED.mention_count,
        first_seen    = least(s.first_seen, EXCLUDED.first_seen),
        last_seen     = greatest(s.last_seen, EXCLUDED.last_seen);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION entity_stats_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- counts go down; first/last seen are looked up again (index on article_entity (entity_id, dated))
    UPDATE entity_stats s SET
        article_count = s.article_count - o.n,
        mention_count = s.mention_count - o.m,
        first_seen = (SELECT min(ae.dated) FROM article_entity ae WHERE ae.entity_id = s.entity_id),
        last_seen  = (SELECT max(ae.dated) FROM article_entity ae WHERE ae.entity_id = s.entity_id)
    FROM (SELECT entity_id, count(*) AS n, sum(mention_count) AS m FROM old_rows GROUP BY entity_id) o
    WHERE s.entity_id = o.entity_id;
    DELETE FROM entity_stats s WHERE s.article_count <= 0 AND s.entity_id IN (SELECT entity_id FROM old_rows);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION entity_stats_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM entity_stats;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER entity_stats_insert AFTER INSERT ON article_entity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_stats_add();
CREATE OR REPLACE TRIGGER entity_stats_update_remove AFTER UPDATE ON article_entity
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_stats_remove();
CREATE OR REPLACE TRIGGER entity_stats_update_add AFTER UPDATE ON article_entity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_stats_add();
CREATE OR REPLACE TRIGGER entity_stats_delete AFTER DELETE ON article_entity
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_stats_remove();
CREATE OR REPLACE TRIGGER entity_stats_truncate AFTER TRUNCATE ON article_entity
    FOR EACH STATEMENT EXECUTE FUNCTION entity_stats_clear();
