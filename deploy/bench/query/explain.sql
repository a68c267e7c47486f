-- EXPLAIN ANALYZE of the query service's hot statements, written as the service sends them
-- (see query-service/src/main/java/io/newslens/query/*). psql variables: term, common, entity, article,
-- source, month_from, month_to.
\set ECHO queries
\timing off
-- the service's session settings (application.properties: jdbc options)
SET work_mem = '32MB';
SET random_page_cost = 1.1;

-- GET /articles?q=<mid-frequency term> (relevance): rank, page and total in one pass; snippets for the page
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.*, ts_headline('english', b.body, websearch_to_tsquery('english', :'term'), 'MaxWords=30, MinWords=12, MaxFragments=2') AS snippet FROM (
  SELECT * FROM (
    SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated,
           ts_rank_cd(a.rank_search, websearch_to_tsquery('english', :'term'), 32) AS score, count(*) OVER () AS total
    FROM article a WHERE true AND a.search @@ websearch_to_tsquery('english', :'term')) m
  WHERE true ORDER BY score DESC, dated DESC, id DESC LIMIT 21) p
JOIN article b ON b.id = p.id ORDER BY score DESC, dated DESC, id DESC;

-- GET /articles?q=<very common term> (relevance): the worst case, every match is ranked and counted
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM (
  SELECT a.id, a.dated, ts_rank_cd(a.rank_search, websearch_to_tsquery('english', :'common'), 32) AS score, count(*) OVER () AS total
  FROM article a WHERE true AND a.search @@ websearch_to_tsquery('english', :'common')) m
WHERE true ORDER BY score DESC, dated DESC, id DESC LIMIT 21;

-- GET /articles?entity=<popular entity> (newest first)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, a.dated FROM article a WHERE true
  AND a.id IN (SELECT ae.article_id FROM article_entity ae WHERE ae.entity_id = :entity)
ORDER BY a.dated DESC, a.id DESC LIMIT 21;

-- GET /articles/{id}: entities with aliases, mentions, quotes
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT e.id, e.name, e.type, ae.aliases AS used, ae.mention_count,
       ARRAY(SELECT al.alias FROM entity_alias al WHERE al.entity_id = e.id ORDER BY al.alias) AS aliases
FROM article_entity ae JOIN entity e ON e.id = ae.entity_id WHERE ae.article_id = :'article' ORDER BY ae.mention_count DESC, e.name;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT entity_id, section, start_offset, end_offset, surface FROM mention WHERE article_id = :'article' ORDER BY section DESC, start_offset;

-- GET /entities/{id}: top co-mentioned of a popular entity, over its latest 2000 articles
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT o.entity_id, count(*) AS n
FROM (SELECT me.article_id FROM article_entity me WHERE me.entity_id = :entity ORDER BY me.dated DESC LIMIT 2000) me
JOIN article_entity o ON o.article_id = me.article_id AND o.entity_id <> :entity
GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT 10;

-- GET /entities/{id} latest quotes about a very common entity (> 20,000 mentions): walk the newest quotes
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT q.id, q.dated FROM quote q JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.speaker_id
WHERE true AND q.speaker_id IS DISTINCT FROM :entity
  AND EXISTS (SELECT 1 FROM mention m WHERE m.article_id = q.article_id AND m.entity_id = :entity AND m.section = 'BODY'
              AND m.start_offset < q.end_offset + 60 AND m.end_offset > q.start_offset - 60)
ORDER BY q.dated DESC, q.id DESC LIMIT 21;

-- GET /quotes?about=<entity>: through the entity's mentions, page and total
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH about AS MATERIALIZED (SELECT DISTINCT q2.id FROM mention m JOIN quote q2
    ON q2.article_id = m.article_id AND m.start_offset < q2.end_offset + 60 AND m.end_offset > q2.start_offset - 60
    WHERE m.entity_id = :entity AND m.section = 'BODY' AND q2.speaker_id IS DISTINCT FROM :entity)
SELECT q.id, q.dated FROM quote q JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.speaker_id
WHERE true AND q.id = ANY (ARRAY(SELECT about.id FROM about)) ORDER BY q.dated DESC, q.id DESC LIMIT 21;

-- GET /stats/top-entities?from=..&to=.. (one month)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT ae.entity_id, count(*) AS articles, sum(ae.mention_count) AS mentions FROM article_entity ae
WHERE true AND ae.dated >= :'month_from' AND ae.dated <= :'month_to'
GROUP BY ae.entity_id ORDER BY articles DESC, ae.entity_id LIMIT 10;

-- GET /stats/top-entities?source=..
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT ae.entity_id, count(*) AS articles, sum(ae.mention_count) AS mentions FROM article_entity ae
WHERE true AND ae.source = :'source'
GROUP BY ae.entity_id ORDER BY articles DESC, ae.entity_id LIMIT 10;

-- GET /stats/timeline?entity=..&interval=week
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT entity_id, date_trunc('week', dated::timestamp)::date AS bucket, count(*) AS articles, sum(mention_count) AS mentions
FROM article_entity WHERE entity_id = ANY(ARRAY[:entity]::bigint[]) AND dated >= '2000-01-01' AND dated <= '2100-01-01' GROUP BY 1, 2;

-- GET /stats/cooccurrence?entity=<popular>
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT o.entity_id, count(*) AS n FROM (SELECT me.article_id FROM article_entity me WHERE me.entity_id = :entity) m
JOIN article_entity o ON o.article_id = m.article_id WHERE o.entity_id <> :entity
GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT 20;

-- GET /stats/speakers (all time)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT e.id, e.name, t.quotes, t.last,
       (SELECT count(DISTINCT q.article_id) FROM quote q WHERE q.speaker_id = t.speaker_id) AS articles
FROM (SELECT q.speaker_id, count(*) AS quotes, max(q.dated) AS last FROM quote q WHERE q.speaker_id IS NOT NULL
      GROUP BY q.speaker_id ORDER BY quotes DESC, q.speaker_id LIMIT 10) t
JOIN entity e ON e.id = t.speaker_id ORDER BY t.quotes DESC, e.id;

-- GET /stats/sources (all time)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT coalesce(source, '') AS source, count(*) AS n, min(dated) AS first, max(dated) AS last FROM article WHERE true
GROUP BY 1 ORDER BY n DESC, 1 LIMIT 50;
