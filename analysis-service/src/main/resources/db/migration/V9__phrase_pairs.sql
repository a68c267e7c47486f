-- A phrase prefilter for full-text search (query-service). GIN over tsvector does not store positions, so a
-- quoted phrase is found by its words alone and every article holding them all is read again to check
-- their order: "National Health Party", three common words, meant 48,691 articles read for 710 matches
-- (0.4-1.3 s at 100,000 articles). This index holds, per article, its adjacent word pairs (positions p and
-- p + 1 of the search vector, as the phrase operator <-> means them), each hashed to one of 2^20 tokens (the
-- first five hex digits of md5 of "lexeme lexeme"), as Elasticsearch's index_phrases holds shingles: a
-- phrase's pairs must all be there, so the articles to check are found by the pairs. Hashing keeps the
-- index near the size of the word index (the exact pairs were ten times that); a collision only adds an
-- article to check, never removes a match, because the phrase itself is still checked on every candidate.
CREATE FUNCTION phrase_pairs(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT left(md5(x.lexeme || ' ' || y.lexeme), 5))), ''::tsvector)
    FROM (SELECT u.lexeme, p FROM unnest(v) AS u, unnest(u.positions) AS p) x
    JOIN (SELECT u.lexeme, p FROM unnest(v) AS u, unnest(u.positions) AS p) y ON y.p = x.p + 1
$$;

CREATE INDEX article_phrase_pairs_idx ON article USING gin (phrase_pairs(search));
-- ANALYZE would evaluate the expression over its whole sample (~1.4 ms an article); the planner's default
-- selectivity for @@ serves: a phrase's pairs are rare by construction.
ALTER INDEX article_phrase_pairs_idx ALTER COLUMN 1 SET STATISTICS 0;
