-- Source copies: article_entity and quote carry their article's source, so that "top entities of a source" and
-- "quotes and speakers of a source" read one index without a join to article. A row takes its article's source
-- when written; a change of an article's source follows onto its rows.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

CREATE OR REPLACE FUNCTION article_entity_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.source := (SELECT a.source FROM article a WHERE a.id = NEW.article_id);
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER article_entity_source BEFORE INSERT OR UPDATE OF article_id, source ON article_entity
    FOR EACH ROW EXECUTE FUNCTION article_entity_source();

CREATE OR REPLACE FUNCTION quote_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.source := (SELECT a.source FROM article a WHERE a.id = NEW.article_id);
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER quote_source BEFORE INSERT OR UPDATE OF article_id, source ON quote
    FOR EACH ROW EXECUTE FUNCTION quote_source();

CREATE OR REPLACE FUNCTION article_source_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE article_entity SET source = NEW.source WHERE article_id = NEW.id;
    UPDATE quote SET source = NEW.source WHERE article_id = NEW.id;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER article_source_follow AFTER UPDATE OF source ON article
    FOR EACH ROW WHEN (OLD.source IS DISTINCT FROM NEW.source) EXECUTE FUNCTION article_source_follow();
