-- EXPLAIN ANALYZE of the query service's hot statements, written as the service sends them
-- (see query-service/src/main/java/io/newslens/query/*). psql variables: term, common, two, name, pairs (name's hashed
-- word pairs), worst, worst_pairs, entity, article, source, month_from, month_to.
\set ECHO queries
\timing off
-- the service's session settings (application.properties: jdbc options)
SET work_mem = '32MB';
SET random_page_cost = 1.1;

-- GET /articles?q=<one word> (ArticleSearch, LeadTerms): the lead tier and "more than 1000" from V8's lead_term.
SELECT trim(both '''' from websearch_to_tsquery('english', :'common')::text) AS common_lexeme,
       trim(both '''' from websearch_to_tsquery('english', :'term')::text) AS term_lexeme \gset
-- the most frequent "common" term of the mix (the worst case): 1001 index entries prove "gte 1000"
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM (SELECT 1 FROM lead_term t WHERE t.lexeme = :'common_lexeme' LIMIT 1001) c;
-- its first page by relevance: the first 21 entries of one index range, then the 21 articles
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated, t.score, left(a.body, 420) AS text
FROM (SELECT t.article_id, t.score, t.dated FROM lead_term t WHERE t.lexeme = :'common_lexeme'
      ORDER BY t.score DESC, t.dated DESC, t.article_id DESC LIMIT 21) t
JOIN article a ON a.id = t.article_id ORDER BY t.score DESC, t.dated DESC, t.article_id DESC;
-- every query first reads its rarest word's count (V12's lexeme_articles): without source or dates, that is a
-- one-word query's total
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT coalesce(max(l.articles), 0), (SELECT reltuples FROM pg_class WHERE oid = 'article'::regclass)
FROM lexeme_articles l WHERE l.lexeme = :'term_lexeme';
-- with a source: fewer than 1001 lead entries there, so the total is counted through the GIN bitmap, which
-- visits every match up to 1001 (a heap page each)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM (SELECT 1 FROM lead_term t WHERE t.lexeme = :'term_lexeme' AND t.source = :'source' LIMIT 1001) c;
BEGIN;
SET LOCAL enable_seqscan = off;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM (SELECT 1 FROM article a WHERE true AND a.search @@ websearch_to_tsquery('english', :'term')
  AND a.source = :'source' LIMIT 1001) c;
COMMIT;

-- Other queries: 1. one pass over up to 1001 matches through the GIN bitmap, with their tier (the
-- service sets enable_seqscan off for this statement only: with the LIMIT the planner would rather filter a
-- sequential scan, de-TOASTing every article's 5 kB search vector). 1001 rows: total "gte 1000" and the tiers
-- below are read; fewer: the total is exact and the page is cut from these rows in memory. Two words:
BEGIN;
SET LOCAL enable_seqscan = off;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.dated, a.rank_search @@ websearch_to_tsquery('english', :'two') AS lead
FROM article a WHERE true AND a.search @@ websearch_to_tsquery('english', :'two') LIMIT 1001;
-- a quoted name: the candidates are the articles holding its hashed word pairs (V9), behind a fence (OFFSET 0)
-- so that no recheck computes the pairs; each candidate is checked for the phrase itself. (When there are 1000
-- or fewer, the lead matches' scores are read next, by id.)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.dated, a.rank_search @@ websearch_to_tsquery('english', :'name') AS lead
FROM (SELECT x.id, x.dated, x.source, x.search, x.rank_search FROM article x WHERE phrase_pairs(x.search) @@ :'pairs'::tsquery OFFSET 0) a
WHERE true AND a.search @@ websearch_to_tsquery('english', :'name') LIMIT 1001;
-- the worst phrase of the mix, three common words (before V9: 48,691 candidates read for 710 matches)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM (SELECT 1 FROM (SELECT x.id, x.dated, x.source, x.search, x.rank_search FROM article x WHERE phrase_pairs(x.search) @@ :'worst_pairs'::tsquery OFFSET 0) a
WHERE a.search @@ websearch_to_tsquery('english', :'worst') LIMIT 1001) c;
COMMIT;

-- 2. relevance, lead tier, when there are more than 1000 matches: only the articles whose title or lead
-- match are ranked (BitmapAnd of the two GIN indexes); a quoted name in the lead of ~1,800 articles:
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.id, p.title, p.source, p.url, p.byline, p.published, p.dated, p.score AS score, left(b.body, 420) AS text FROM (
  SELECT * FROM (SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated,
                        ts_rank_cd(a.rank_search, websearch_to_tsquery('english', :'name'), 32) AS score
                 FROM article a WHERE a.rank_search @@ websearch_to_tsquery('english', :'name')
                   AND a.search @@ websearch_to_tsquery('english', :'name')) m
  WHERE true ORDER BY m.score DESC, m.dated DESC, m.id DESC LIMIT 21) p
JOIN article b ON b.id = p.id ORDER BY p.score DESC, p.dated DESC, p.id DESC;

-- 2b. since V13, a quoted two-word name does not rank its lead tier (above: other phrases): lead_pair holds it,
-- key 'first second'. More than 1000 entries prove the total; the page is the next entries of the range.
-- (the name's first two words: the bench's first name may be longer)
SELECT regexp_replace(websearch_to_tsquery('english', :'name')::text, '^''([^'']*)'' <-> ''([^'']*)''.*$', '\1 \2')
       AS name_pair \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM (SELECT 1 FROM lead_pair t WHERE t.pair = :'name_pair' LIMIT 1001) c;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated, t.score, left(a.body, 420) AS text
FROM (SELECT t.article_id, t.score, t.dated FROM lead_pair t WHERE t.pair = :'name_pair'
      ORDER BY t.score DESC, t.dated DESC, t.article_id DESC LIMIT 21) t
JOIN article a ON a.id = t.article_id ORDER BY t.score DESC, t.dated DESC, t.article_id DESC;

-- 3. relevance, body tier, when the lead tier does not fill the page and there are more than 1000 matches:
-- newest first down the date index (the matches are dense, so a page comes after a few dozen rows)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.dated FROM article a WHERE NOT (a.rank_search @@ websearch_to_tsquery('english', :'common'))
  AND a.search @@ websearch_to_tsquery('english', :'common') ORDER BY a.dated DESC, a.id DESC LIMIT 21;

-- date order of a common term (more than 1000 matches, in 5 % of articles or more: the date index, filtered,
-- stops after a page)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.dated FROM article a WHERE true AND a.search @@ websearch_to_tsquery('english', :'common')
ORDER BY a.dated DESC, a.id DESC LIMIT 21;
-- date order of a word in under 5 % of articles: a window of the newest articles, enough to hold the page three
-- times over at the word's share (k-th newest date, from the date index alone), then the GIN and date bitmaps
-- ANDed; the walk above would read 21 / share articles. Shown for the mid-frequency term whatever its share (the
-- service walks above 5 %)
SELECT (SELECT l.articles FROM lexeme_articles l WHERE l.lexeme = :'term_lexeme')::float8
       / (SELECT reltuples FROM pg_class WHERE oid = 'article'::regclass) AS term_share \gset
SELECT ceil(3 * 21 / :term_share)::int - 1 AS window_offset \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.dated FROM article a WHERE true ORDER BY a.dated DESC OFFSET :window_offset LIMIT 1;
SELECT a.dated AS window_since FROM article a WHERE true ORDER BY a.dated DESC OFFSET :window_offset LIMIT 1 \gset
BEGIN;
SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true);
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.dated FROM article a WHERE true AND a.search @@ websearch_to_tsquery('english', :'term')
  AND a.dated >= :'window_since' ORDER BY a.dated DESC, a.id DESC LIMIT 21;
COMMIT;

-- snippets: ts_headline over a ~420-character window of each page row, cut in Java (SnippetWindows)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT ts_headline('english', left(b.body, 420), websearch_to_tsquery('english', :'term'), 'MaxWords=30, MinWords=12, MaxFragments=2')
FROM article b WHERE b.id IN (SELECT id FROM article ORDER BY id LIMIT 20);

-- GET /articles?entity=<popular entity> (newest first, from the entity's own index)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.dated FROM article_entity d JOIN article a ON a.id = d.article_id WHERE d.entity_id = :entity
ORDER BY d.dated DESC, d.article_id DESC LIMIT 21;

-- GET /articles/{id}: entities with aliases, mentions, quotes
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT e.id, e.name, e.type, ae.aliases AS used, ae.mention_count,
       ARRAY(SELECT al.alias FROM entity_alias al WHERE al.entity_id = e.id ORDER BY al.alias) AS aliases
FROM article_entity ae JOIN entity e ON e.id = ae.entity_id WHERE ae.article_id = :'article' ORDER BY ae.mention_count DESC, e.name;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT entity_id, section, start_offset, end_offset, surface FROM mention WHERE article_id = :'article' ORDER BY section DESC, start_offset;

-- GET /entities/{id}: top co-mentioned of a popular entity, all time: the first rows of its range in V6's
-- entity_pair_total
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT e.id, e.name, e.type, c.articles FROM (
    SELECT p.other_id, p.articles FROM entity_pair_total p WHERE p.entity_id = :entity
    ORDER BY p.articles DESC, p.other_id LIMIT 10) c
JOIN entity e ON e.id = c.other_id ORDER BY c.articles DESC, e.id;

-- GET /entities/{id} latest quotes about the entity, and /quotes?about=<entity>: V16's quote_about, the entity's
-- range newest first (the page), and its total index-only
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT q.id, q.dated FROM quote_about x JOIN quote q ON q.id = x.quote_id JOIN article a ON a.id = q.article_id
LEFT JOIN entity e ON e.id = q.speaker_id WHERE true AND x.entity_id = :entity ORDER BY x.dated DESC, x.quote_id DESC LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM quote_about x WHERE true AND x.entity_id = :entity;

-- GET /stats/top-entities?from=..&to=.. (one whole month: the entity_month rollup, index-only)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.entity_id, sum(c.articles) AS articles, sum(c.mentions) AS mentions FROM (
  SELECT entity_id, articles, mentions FROM entity_month m WHERE true AND m.month >= :'month_from' AND m.month < (:'month_to'::date + 1)) c
GROUP BY c.entity_id ORDER BY articles DESC, c.entity_id LIMIT 10;

-- GET /stats/top-entities?type=person&from=<month start>&to=<90 days later>: the first batch of candidates, in
-- order of their all-time articles, then their counts in the range (whole months plus the days at the end); the
-- service stops when the last of the ten has more articles in the range than the last candidate has at all
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT s.entity_id, s.article_count AS bound FROM entity_stats s WHERE true
  AND s.entity_id IN (SELECT t.id FROM entity t WHERE t.type = 'PERSON') ORDER BY s.article_count DESC, s.entity_id LIMIT 200;
SELECT array_agg(entity_id) AS batch FROM (SELECT s.entity_id FROM entity_stats s WHERE true
  AND s.entity_id IN (SELECT t.id FROM entity t WHERE t.type = 'PERSON') ORDER BY s.article_count DESC, s.entity_id LIMIT 200) b \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.entity_id, sum(c.articles) AS articles, sum(c.mentions) AS mentions FROM (
  SELECT entity_id, articles::int, mentions::int FROM entity_month m WHERE true AND m.month >= :'month_from'
    AND m.month < (:'month_from'::date + interval '3 months')::date AND entity_id = ANY(:'batch'::bigint[])
  UNION ALL SELECT entity_id, 1 AS articles, mention_count AS mentions FROM article_entity d
  WHERE true AND d.dated >= (:'month_from'::date + interval '3 months')::date AND d.dated <= :'month_from'::date + 90
    AND entity_id = ANY(:'batch'::bigint[])) c
WHERE c.entity_id IN (SELECT t.id FROM entity t WHERE t.type = 'PERSON')
GROUP BY c.entity_id HAVING sum(c.articles) > 0 ORDER BY articles DESC, c.entity_id LIMIT 10;

-- GET /stats/top-entities?source=.. (the entity_source rollup)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.entity_id, sum(c.articles) AS articles, sum(c.mentions) AS mentions FROM (
  SELECT entity_id, articles, mentions FROM entity_source s WHERE s.source = :'source') c
GROUP BY c.entity_id ORDER BY articles DESC, c.entity_id LIMIT 10;

-- GET /stats/timeline?entity=..&interval=week
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT entity_id, date_trunc('week', dated::timestamp)::date AS bucket, count(*) AS articles, sum(mention_count) AS mentions
FROM article_entity WHERE entity_id = ANY(ARRAY[:entity]::bigint[]) AND dated >= '2000-01-01' AND dated <= '2100-01-01' GROUP BY 1, 2;

-- GET /stats/cooccurrence?entity=<popular> (V6: the entity's rows of entity_pair_total)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT e.id, e.name, e.type, c.n FROM (SELECT p.other_id, sum(p.articles) AS n FROM (
  SELECT entity_id, other_id, articles FROM entity_pair_total WHERE true AND entity_id = :entity) p
  GROUP BY p.other_id HAVING sum(p.articles) > 0 ORDER BY n DESC, p.other_id LIMIT 20) c
JOIN entity e ON e.id = c.other_id ORDER BY c.n DESC, e.id;

-- GET /stats/speakers?source=.. (speaker_month rollup; then articles and last quote for the ten kept, index-only)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT e.id, e.name, t.quotes,
       (SELECT count(DISTINCT q.article_id) FROM quote q WHERE q.speaker_id = t.speaker_id AND q.source = :'source') AS articles,
       (SELECT max(q.dated) FROM quote q WHERE q.speaker_id = t.speaker_id AND q.source = :'source') AS last
FROM (SELECT c.speaker_id, sum(c.quotes) AS quotes FROM (SELECT speaker_id, quotes FROM speaker_month m WHERE true AND m.source = :'source') c
      GROUP BY c.speaker_id ORDER BY quotes DESC, c.speaker_id LIMIT 10) t
JOIN entity e ON e.id = t.speaker_id ORDER BY t.quotes DESC, e.id;

-- GET /stats/sources (all time; V10's source_day)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT source, sum(articles) AS n, min(day) AS first, max(day) AS last FROM source_day WHERE true
GROUP BY 1 ORDER BY n DESC, 1 LIMIT 50;
