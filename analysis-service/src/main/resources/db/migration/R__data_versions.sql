-- Data versions for query-service's validators (ETag, If-None-Match -> 304): how often the articles of a source were
-- written, per day (source_day_version) and per month (source_month_version), and how often an entity was renamed
-- (entity_names_version). A tag is the sum of the counters that cover what an answer reads, read before the answer.
-- Counters only grow and every commit that writes an article of the scope adds to one of them, so the sum grows with
-- every such commit, whatever order concurrent writers commit in (a maximum of sequence numbers would not: a writer
-- that drew a lower number may commit after a reader saw a higher one). Rows are never deleted.
--
-- analysis-service writes an article's analysis (entities, mentions, quotes) only together with its article row (it
-- deletes the row, cascading, and inserts it again), so the article row's (source, day) stands for all of it.
-- Entities are renamed by the analysis of an article of any source or day: the rename counter is part of every
-- scoped tag, as the names appear in the aggregations.
--
-- The counters are bumped by deferred row triggers, at commit: each holds its (source, month) and (source, day) rows
-- locked only for the commit itself, not from the article's insert to the end of its transaction. (Constraint
-- triggers cannot be replaced in place: they are dropped and created again, in this file's one transaction.)
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- the month first, then the day: one article's commit locks in that order, as every other article's. PL/pgSQL, not
-- SQL: it keeps its statements' plans for the session, where a SQL function called from a trigger plans them per call
CREATE OR REPLACE FUNCTION data_version_bump(p_source text, p_day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_month_version AS t (month, source, changes)
    VALUES (date_trunc('month', p_day)::date, coalesce(p_source, ''), 1)
    ON CONFLICT (month, source) DO UPDATE SET changes = t.changes + 1;
    INSERT INTO source_day_version AS t (day, source, changes)
    VALUES (p_day, coalesce(p_source, ''), 1)
    ON CONFLICT (day, source) DO UPDATE SET changes = t.changes + 1;
END $$;

CREATE OR REPLACE FUNCTION article_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM data_version_bump(OLD.source, OLD.dated);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND (TG_OP = 'INSERT' OR NEW.source IS DISTINCT FROM OLD.source
                                          OR NEW.dated IS DISTINCT FROM OLD.dated) THEN
        PERFORM data_version_bump(NEW.source, NEW.dated);
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS article_data_version ON article;
CREATE CONSTRAINT TRIGGER article_data_version AFTER INSERT OR UPDATE OR DELETE ON article
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION article_data_version();

-- TRUNCATE deletes no rows one by one: every counter moves on
CREATE OR REPLACE FUNCTION article_data_version_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE source_month_version SET changes = changes + 1;
    UPDATE source_day_version SET changes = changes + 1;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER article_data_version_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION article_data_version_truncate();

CREATE OR REPLACE FUNCTION entity_names_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE entity_names_version SET changes = changes + 1;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS entity_names_version ON entity;
CREATE CONSTRAINT TRIGGER entity_names_version AFTER UPDATE OF name, type ON entity
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.type IS DISTINCT FROM NEW.type)
    EXECUTE FUNCTION entity_names_version_bump();
