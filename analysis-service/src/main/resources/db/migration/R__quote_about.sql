-- Quotes about each entity (quote_about): a quote is about an entity when one of the entity's body mentions lies inside
-- the quote or within 60 characters of it, and the entity is not its speaker; a page of /quotes?about= or a profile's
-- latest quotes is a range of one index. quote_about_rows is the one definition of "about" (query-service reads the
-- table only).
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- The one definition of "about" (query-service reads this table only).
CREATE OR REPLACE FUNCTION quote_about_rows(articles text[]) RETURNS TABLE (entity_id bigint, dated date, quote_id bigint, article_id text)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT m.entity_id, q.dated, q.id, q.article_id
    FROM quote q JOIN mention m ON m.article_id = q.article_id AND m.section = 'BODY'
        AND m.start_offset < q.end_offset + 60 AND m.end_offset > q.start_offset - 60
    WHERE q.article_id IN (SELECT unnest(articles)) AND q.speaker_id IS DISTINCT FROM m.entity_id
$$;

-- Statement triggers on quote and mention (insert, delete including ON DELETE CASCADE from article, update):
-- the rows of every article the statement touched are computed again from its current quotes and mentions.
-- An article's rows are few (its quotes times the entities near them), and analysis-service writes an article's
-- analysis as a whole, so recomputing is simpler than a delta and as cheap.
CREATE OR REPLACE FUNCTION quote_about_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT n.article_id) INTO touched FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT o.article_id) INTO touched FROM old_rows o;
    ELSE
        SELECT array_agg(DISTINCT a) INTO touched
        FROM (SELECT o.article_id FROM old_rows o UNION SELECT n.article_id FROM new_rows n) t (a);
    END IF;
    IF touched IS NULL THEN
        RETURN NULL;
    END IF;
    DELETE FROM quote_about x WHERE x.article_id = ANY (touched);
    INSERT INTO quote_about (entity_id, dated, quote_id, article_id)
    SELECT r.entity_id, r.dated, r.quote_id, r.article_id FROM quote_about_rows(touched) r ORDER BY 1, 2, 3;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER quote_about_quote_insert AFTER INSERT ON quote
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_about_follow();
CREATE OR REPLACE TRIGGER quote_about_quote_delete AFTER DELETE ON quote
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_about_follow();
CREATE OR REPLACE TRIGGER quote_about_quote_update AFTER UPDATE ON quote
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_about_follow();
CREATE OR REPLACE TRIGGER quote_about_mention_insert AFTER INSERT ON mention
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_about_follow();
CREATE OR REPLACE TRIGGER quote_about_mention_delete AFTER DELETE ON mention
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_about_follow();
CREATE OR REPLACE TRIGGER quote_about_mention_update AFTER UPDATE ON mention
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_about_follow();

CREATE OR REPLACE FUNCTION quote_about_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM quote_about;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER quote_about_quote_truncate AFTER TRUNCATE ON quote
    FOR EACH STATEMENT EXECUTE FUNCTION quote_about_clear();
CREATE OR REPLACE TRIGGER quote_about_mention_truncate AFTER TRUNCATE ON mention
    FOR EACH STATEMENT EXECUTE FUNCTION quote_about_clear();
