-- Two-word phrases of the title+lead tier, as V8's lead_term holds words, so that a quoted name's title+lead tier
-- is one index range like a word's. Kept by the database alone, by V8's triggers on article (every INSERT, UPDATE
-- and DELETE; TRUNCATE clears).
--
-- A query of one quoted two-word phrase ("Xenia Lovicski": 'xenia' <-> 'lovicski') with more matches than the exact
-- total counts had its title+lead tier ranked in full at each page: a name in 1,340 titles and leads cost 1,340
-- ts_rank_cd of a phrase and a sort (6-9 ms of 13 at 100,000 articles), and its total a pass over 1,001 matches.
-- lead_pair holds, for every two lexemes at adjacent positions of an article's title+lead that the full vector holds
-- adjacent too (what the phrase query matches), the pair 'first second' (lexemes hold no spaces: the parser splits
-- on them) with the score that phrase gets: ts_rank_cd(rank_search, first <-> second, 32). Its primary key is in
-- relevance order, so a page is the next rows of one index range, and more than N title+lead matches, counted over
-- N + 1 index entries, prove the total's "at least N". A table of its own, not rows of lead_term: every word's
-- page and count reads lead_term, and the pairs would double it (4.4 to 9.4 million rows at 100,000 articles).
CREATE TABLE lead_pair (
    pair       text NOT NULL,
    score      real NOT NULL,
    dated      date NOT NULL,
    article_id text NOT NULL,
    source     text,
    PRIMARY KEY (pair, score, dated, article_id) INCLUDE (source)
);

-- A lexeme as a tsquery of it alone: quoted as tsquery's input syntax wants (quotes doubled, backslashes escaped),
-- as V8's lead_terms does.
CREATE FUNCTION lexeme_query(lexeme text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
$$;

CREATE FUNCTION lead_pairs(rank_search tsvector, search tsvector) RETURNS TABLE (pair text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH at AS (SELECT l.lexeme, p.pos FROM unnest(rank_search) l, unnest(l.positions) p (pos)),
         pairs AS (SELECT DISTINCT x.lexeme AS first, y.lexeme AS second FROM at x JOIN at y ON y.pos = x.pos + 1)
    SELECT p.first || ' ' || p.second, ts_rank_cd(rank_search, q, 32)
    FROM pairs p, tsquery_phrase(lexeme_query(p.first), lexeme_query(p.second)) q
    WHERE search @@ q
$$;

-- V8's row trigger keeps lead_pair too: one trigger for the two tables, whose test for an update that changes
-- neither (vectors, date and source as they were) serves both. V8's body, with the pairs after the words.
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

CREATE OR REPLACE FUNCTION lead_terms_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM lead_term;
    DELETE FROM lead_pair;
    RETURN NULL;
END $$;

-- Pairs of the articles that exist already.
INSERT INTO lead_pair (pair, score, dated, article_id, source)
SELECT n.pair, n.score, a.dated, a.id, a.source FROM article a, lead_pairs(a.rank_search, a.search) n;
