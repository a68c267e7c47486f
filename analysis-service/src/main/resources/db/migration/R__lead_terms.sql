-- Lead terms and lead pairs: impact-ordered postings for the title+lead tier of relevance search (query-service).
--   lead_term: for every lexeme of an article's title+lead (rank_search) that is also in its full search vector
--              (what a one-word query matches: the lead is cut at 400 characters, so its last word may be a
--              fragment), the score that query gets, ts_rank_cd(rank_search, 'lexeme', 32)
--   lead_pair: for every two lexemes at adjacent positions of the title+lead that the full vector holds adjacent too
--              (what a quoted two-word phrase matches), the pair 'first second' (lexemes hold no spaces: the parser
--              splits on them) with the score that phrase gets, ts_rank_cd(rank_search, first <-> second, 32)
-- Their primary keys are in relevance order, so a page is the next rows of one index range (the cursor is a row
-- comparison), and "more than N matches" is a count over the first N + 1 index entries. Pairs are a table of their
-- own, not rows of lead_term: every word's page and count reads lead_term, and the pairs would double it.
--
-- One row trigger on article keeps both tables (its test for an update that changes neither the vectors, the date
-- nor the source serves both); TRUNCATE clears.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- A lexeme as a tsquery of it alone: quoted as tsquery's input syntax wants (quotes doubled, backslashes escaped).
CREATE OR REPLACE FUNCTION lexeme_query(lexeme text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
$$;

-- The lexemes of title+lead that a one-word query for them matches, and each one's score.
CREATE OR REPLACE FUNCTION lead_terms(rank_search tsvector, search tsvector) RETURNS TABLE (lexeme text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT l.lexeme, ts_rank_cd(rank_search,
               ('''' || replace(replace(l.lexeme, '\', '\\'), '''', '''''') || '''')::tsquery, 32)
    FROM unnest(tsvector_to_array(rank_search)) AS l (lexeme)
    WHERE l.lexeme = ANY (tsvector_to_array(search))
$$;

-- The adjacent pairs of title+lead that a quoted two-word phrase of them matches, and each one's score.
CREATE OR REPLACE FUNCTION lead_pairs(rank_search tsvector, search tsvector) RETURNS TABLE (pair text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH at AS (SELECT l.lexeme, p.pos FROM unnest(rank_search) l, unnest(l.positions) p (pos)),
         pairs AS (SELECT DISTINCT x.lexeme AS first, y.lexeme AS second FROM at x JOIN at y ON y.pos = x.pos + 1)
    SELECT p.first || ' ' || p.second, ts_rank_cd(rank_search, q, 32)
    FROM pairs p, tsquery_phrase(lexeme_query(p.first), lexeme_query(p.second)) q
    WHERE search @@ q
$$;

CREATE OR REPLACE FUNCTION article_lead_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF TG_OP = 'UPDATE' AND OLD.rank_search = NEW.rank_search AND OLD.search = NEW.search
                AND OLD.dated = NEW.dated AND OLD.source IS NOT DISTINCT FROM NEW.source THEN
            RETURN NULL;
        END IF;
        -- the old rows by their whole key (recomputed: the functions are immutable), one index probe each
        DELETE FROM lead_term t USING lead_terms(OLD.rank_search, OLD.search) o
        WHERE t.lexeme = o.lexeme AND t.score = o.score AND t.dated = OLD.dated AND t.article_id = OLD.id;
        DELETE FROM lead_pair t USING lead_pairs(OLD.rank_search, OLD.search) o
        WHERE t.pair = o.pair AND t.score = o.score AND t.dated = OLD.dated AND t.article_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO lead_term (lexeme, score, dated, article_id, source)
        SELECT n.lexeme, n.score, NEW.dated, NEW.id, NEW.source FROM lead_terms(NEW.rank_search, NEW.search) n;
        INSERT INTO lead_pair (pair, score, dated, article_id, source)
        SELECT n.pair, n.score, NEW.dated, NEW.id, NEW.source FROM lead_pairs(NEW.rank_search, NEW.search) n;
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER article_lead_terms AFTER INSERT OR UPDATE OR DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION article_lead_terms();

CREATE OR REPLACE FUNCTION lead_terms_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lead_term;
    DELETE FROM lead_pair;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER article_lead_terms_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION lead_terms_clear();
