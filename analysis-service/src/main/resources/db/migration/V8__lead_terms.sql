-- Impact-ordered postings for the title+lead tier of relevance search (query-service), kept by the
-- database alone like V2 and V4: a row trigger on article follows every INSERT, UPDATE and DELETE, and
-- TRUNCATE clears.
--
-- Relevance ranks the matches whose title or lead match first, by ts_rank_cd on rank_search (V2). For a
-- query of one word, ranking meant reading and scoring every title+lead match: 6,777 articles for a
-- common word at 100,000 articles, 20-50 ms, however few hits the page shows. This table holds, for every
-- lexeme of an article's title+lead that is also in its full search vector (what a one-word query
-- matches), the score that query gets: ts_rank_cd(rank_search, 'lexeme', 32). Its primary key is in
-- relevance order, so a page is the next rows of one index range (the cursor is a row comparison), and
-- "more than N matches" is a count over the first N + 1 index entries.
CREATE TABLE lead_term (
    lexeme     text NOT NULL,
    score      real NOT NULL,
    dated      date NOT NULL,
    article_id text NOT NULL,
    source     text,
    PRIMARY KEY (lexeme, score, dated, article_id) INCLUDE (source)
);

-- The lexemes of title+lead that a one-word query for them matches (they are in the full vector too: the
-- lead is cut at 400 characters, so its last word may be a fragment), and each one's score. A lexeme is
-- turned into a tsquery by quoting it as tsquery's input syntax wants (quotes doubled, backslashes escaped).
CREATE FUNCTION lead_terms(rank_search tsvector, search tsvector) RETURNS TABLE (lexeme text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT l.lexeme, ts_rank_cd(rank_search,
               ('''' || replace(replace(l.lexeme, '\', '\\'), '''', '''''') || '''')::tsquery, 32)
    FROM unnest(tsvector_to_array(rank_search)) AS l (lexeme)
    WHERE l.lexeme = ANY (tsvector_to_array(search))
$$;

CREATE FUNCTION article_lead_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'UPDATE' AND OLD.rank_search = NEW.rank_search AND OLD.search = NEW.search
                AND OLD.dated = NEW.dated AND OLD.source IS NOT DISTINCT FROM NEW.source THEN
            RETURN NULL;
        END IF;
        -- the old rows by their whole key (recomputed: the function is immutable), one index probe each
        DELETE FROM lead_term t USING lead_terms(OLD.rank_search, OLD.search) o
        WHERE t.lexeme = o.lexeme AND t.score = o.score AND t.dated = OLD.dated AND t.article_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO lead_term (lexeme, score, dated, article_id, source)
        SELECT n.lexeme, n.score, NEW.dated, NEW.id, NEW.source FROM lead_terms(NEW.rank_search, NEW.search) n;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER article_lead_terms AFTER INSERT OR UPDATE OR DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION article_lead_terms();

CREATE FUNCTION lead_terms_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lead_term;
    RETURN NULL;
END $$;
CREATE TRIGGER article_lead_terms_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION lead_terms_clear();

-- Rows that exist already (databases migrated before this version).
INSERT INTO lead_term (lexeme, score, dated, article_id, source)
SELECT n.lexeme, n.score, a.dated, a.id, a.source FROM article a, lead_terms(a.rank_search, a.search) n;
