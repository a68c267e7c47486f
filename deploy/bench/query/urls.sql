-- Builds the request lists for the load mix from the loaded corpus (psql -v vars: none).
-- Output: "endpoint<TAB>path" lines. Entity picks mix the head (popular) and the tail, as users do.
\pset format unaligned
\pset tuples_only on
\pset fieldsep '\t'
SELECT 'detail', '/articles/' || id FROM article ORDER BY md5(id) LIMIT 2000;
WITH ranked AS (SELECT entity_id AS id, row_number() OVER (ORDER BY article_count DESC, entity_id) AS r FROM entity_stats),
     picks AS ((SELECT id FROM ranked WHERE r <= 50 ORDER BY md5(id::text) LIMIT 30)
               UNION ALL (SELECT id FROM ranked WHERE r > 50 AND r <= 2000 ORDER BY md5(id::text) LIMIT 70)),
     pairs AS (SELECT a.id AS a, b.id AS b FROM picks a JOIN picks b ON a.id < b.id ORDER BY md5(a.id::text || b.id::text) LIMIT 100),
     srcs AS (SELECT DISTINCT source FROM article WHERE source IS NOT NULL),
     span AS (SELECT min(dated) AS lo, max(dated) AS hi FROM article),
     months AS (SELECT (date_trunc('month', lo) + n * interval '1 month')::date AS m FROM span, generate_series(0, 22) n),
     persons AS (SELECT s.entity_id AS id FROM entity_stats s JOIN entity e ON e.id = s.entity_id
                 WHERE e.type = 'PERSON' ORDER BY s.article_count DESC LIMIT 200)
SELECT * FROM (
  SELECT 'browse', '/articles?entity=' || id FROM picks
  UNION ALL SELECT 'browse', '/articles?source=' || source || '&from=' || m || '&to=' || (m + 30) FROM srcs, months
  UNION ALL SELECT 'entities', '/entities?q=' || replace(left(e.name, 3 + (e.id % 4)::int), ' ', '%20') FROM picks p JOIN entity e ON e.id = p.id
  UNION ALL SELECT 'entities', '/entities?type=person&q=' || lower(left(split_part(e.name, ' ', 2), 4)) FROM persons p JOIN entity e ON e.id = p.id WHERE e.name LIKE '% %'
  UNION ALL SELECT 'profile', '/entities/' || id FROM picks
  UNION ALL SELECT 'quotes', '/quotes?speaker=' || id FROM persons
  UNION ALL SELECT 'quotes', '/quotes?about=' || id FROM picks
  UNION ALL SELECT 'quotes', '/quotes?from=' || m || '&to=' || (m + 30) FROM months
  UNION ALL SELECT 'top-entities', '/stats/top-entities'
  UNION ALL SELECT 'top-entities', '/stats/top-entities?type=' || t FROM unnest(ARRAY['person','organization','location','misc']) t
  UNION ALL SELECT 'top-entities', '/stats/top-entities?from=' || m || '&to=' || (m + interval '1 month' - interval '1 day')::date FROM months
  UNION ALL SELECT 'top-entities', '/stats/top-entities?type=person&from=' || m || '&to=' || (m + 90) FROM months
  UNION ALL SELECT 'top-entities', '/stats/top-entities?source=' || source FROM srcs
  UNION ALL SELECT 'top-entities', '/stats/top-entities?from=' || (hi - 365) FROM span
  UNION ALL SELECT 'timeline', '/stats/timeline?entity=' || a || '&entity=' || b || '&interval=week' FROM pairs
  UNION ALL SELECT 'timeline', '/stats/timeline?entity=' || id || '&interval=day&from=' || (hi - 90) || '&to=' || hi FROM picks, span
  UNION ALL SELECT 'timeline', '/stats/timeline?entity=' || id || '&interval=month' FROM picks
  UNION ALL SELECT 'cooccurrence', '/stats/cooccurrence?entity=' || id FROM picks
  UNION ALL SELECT 'cooccurrence', '/stats/cooccurrence?links=all&limit=15&entity=' || id FROM picks WHERE id % 3 = 0
  UNION ALL SELECT 'speakers', '/stats/speakers'
  UNION ALL SELECT 'speakers', '/stats/speakers?from=' || m || '&to=' || (m + 30) FROM months
  UNION ALL SELECT 'speakers', '/stats/speakers?source=' || source FROM srcs
  UNION ALL SELECT 'sources', '/stats/sources'
  UNION ALL SELECT 'sources', '/stats/sources?from=' || m || '&to=' || (m + 30) FROM months
) x;
