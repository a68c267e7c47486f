-- Two-word phrases in V8's lead_term, so that a quoted name's title+lead tier is one index range like a word's.
--
-- A query of one quoted two-word phrase ("Xenia Lovicski": 'xenia' <-> 'lovicski') with more matches than the exact
-- total counts had its title+lead tier ranked in full at each page: a name in 1,340 titles and leads cost 1,340
-- ts_rank_cd of a phrase and a sort (6-9 ms of 13 at 100,000 articles), and its total a pass over 1,001 matches.
-- lead_term now also holds, for every two lexemes at adjacent positions of an article's title+lead that the full
-- vector holds adjacent too (what the phrase query matches), the key 'first second' (lexemes hold no spaces:
-- the parser splits on them) with the score that phrase gets: ts_rank_cd(rank_search, first <-> second, 32). The
-- phrase's title+lead tier is then the next rows of the key's range, and more than N title+lead matches, counted
-- over N + 1 index entries, prove the total's "at least N".

-- A lexeme as a tsquery of it alone: quoted as tsquery's input syntax wants (quotes doubled, backslashes escaped),
-- as V8's lead_terms does.
CREATE FUNCTION lexeme_query(lexeme text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
$$;

CREATE FUNCTION lead_pairs(rank_search tsvector, search tsvector) RETURNS TABLE (lexeme text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH at AS (SELECT l.lexeme, p.pos FROM unnest(rank_search) l, unnest(l.positions) p (pos)),
         pairs AS (SELECT DISTINCT x.lexeme AS first, y.lexeme AS second FROM at x JOIN at y ON y.pos = x.pos + 1)
    SELECT p.first || ' ' || p.second, ts_rank_cd(rank_search, q, 32)
    FROM pairs p, tsquery_phrase(lexeme_query(p.first), lexeme_query(p.second)) q
    WHERE search @@ q
$$;

-- The trigger (V8) inserts and deletes what this returns: the words as before, and the pairs.
CREATE OR REPLACE FUNCTION lead_terms(rank_search tsvector, search tsvector) RETURNS TABLE (lexeme text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT l.lexeme, ts_rank_cd(rank_search, lexeme_query(l.lexeme), 32)
    FROM unnest(tsvector_to_array(rank_search)) AS l (lexeme)
    WHERE l.lexeme = ANY (tsvector_to_array(search))
    UNION ALL
    SELECT * FROM lead_pairs(rank_search, search)
$$;

-- Pairs of the articles that exist already.
INSERT INTO lead_term (lexeme, score, dated, article_id, source)
SELECT n.lexeme, n.score, a.dated, a.id, a.source FROM article a, lead_pairs(a.rank_search, a.search) n;
