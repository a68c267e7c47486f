-- Read-side support for /stats/speakers and /stats/top-entities, kept like V4 and V5 by the database alone
-- (statement-level triggers with transition tables: analysis-service needs no code for it).
--
-- The articles quoting a speaker were counted per top speaker over all its quotes (count(DISTINCT article_id): ~6 ms
-- for the most quoted speaker at 100,000 articles, 40 ms for the all-time ten), and a source's ranking summed its
-- speaker_month rows (13,874 for the largest source). Distinct articles are not a plain sum over quotes, so:
--   speaker_article: attributed quotes per speaker, source ('' when the article has none) and article, a plain sum;
--                    a speaker's rows are its articles (an article has one source)
--   speaker_source:  quotes and articles per source and speaker, all time (speakers of a source)
--   speaker_total:   (V5) gains articles
-- A pair (speaker, source, article) whose quotes after the upsert equal what the statement added is new (+1 article);
-- one whose quotes are down to 0 is gone (-1 article) and removed, like the rollup rows that count nothing.
-- The last quote of a speaker is not kept (a maximum cannot be decremented): it is the first row of an index.
CREATE TABLE speaker_article (
    speaker_id bigint NOT NULL,
    source     text   NOT NULL,
    article_id text   NOT NULL,
    quotes     bigint NOT NULL,
    PRIMARY KEY (speaker_id, source, article_id)
);
CREATE TABLE speaker_source (
    source     text   NOT NULL,
    speaker_id bigint NOT NULL,
    quotes     bigint NOT NULL,
    articles   bigint NOT NULL,
    PRIMARY KEY (source, speaker_id)
);
CREATE INDEX speaker_source_rank_idx ON speaker_source (source, quotes DESC, speaker_id) INCLUDE (articles);
ALTER TABLE speaker_total ADD COLUMN articles bigint NOT NULL DEFAULT 0;

-- Replaces V5's function (its triggers stay): pairs first, then sources, then speakers, each in key order, so that
-- concurrent statements lock shared keys in the same order. The pairs' rows stay locked by this transaction once
-- upserted, so the later statements read them as the first left them. TG_ARGV[0] is +1 or -1; "changed" is the
-- statement's new rows (+1) or old rows (-1).
CREATE OR REPLACE FUNCTION quote_speaker_total() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign int := TG_ARGV[0]::int;
BEGIN
    INSERT INTO speaker_article AS t (speaker_id, source, article_id, quotes)
    SELECT speaker_id, coalesce(source, ''), article_id, sign * count(*)
    FROM changed WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (speaker_id, source, article_id) DO UPDATE SET quotes = t.quotes + EXCLUDED.quotes;

    INSERT INTO speaker_source AS t (source, speaker_id, quotes, articles)
    SELECT p.source, p.speaker_id, sum(p.quotes), sum(CASE WHEN sign > 0 AND a.quotes = p.quotes THEN 1
                                                          WHEN sign < 0 AND a.quotes <= 0 THEN -1 ELSE 0 END)
    FROM (SELECT speaker_id, coalesce(source, '') AS source, article_id, sign * count(*) AS quotes
          FROM changed WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3) p
    JOIN speaker_article a USING (speaker_id, source, article_id)
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (source, speaker_id) DO UPDATE
        SET quotes = t.quotes + EXCLUDED.quotes, articles = t.articles + EXCLUDED.articles;

    INSERT INTO speaker_total AS t (speaker_id, quotes, articles)
    SELECT p.speaker_id, sum(p.quotes), sum(CASE WHEN sign > 0 AND a.quotes = p.quotes THEN 1
                                                WHEN sign < 0 AND a.quotes <= 0 THEN -1 ELSE 0 END)
    FROM (SELECT speaker_id, coalesce(source, '') AS source, article_id, sign * count(*) AS quotes
          FROM changed WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3) p
    JOIN speaker_article a USING (speaker_id, source, article_id)
    GROUP BY 1 ORDER BY 1
    ON CONFLICT (speaker_id) DO UPDATE SET quotes = t.quotes + EXCLUDED.quotes, articles = t.articles + EXCLUDED.articles;

    IF sign < 0 THEN
        DELETE FROM speaker_article t
        USING (SELECT DISTINCT speaker_id, coalesce(source, '') AS source, article_id FROM changed WHERE speaker_id IS NOT NULL) c
        WHERE t.speaker_id = c.speaker_id AND t.source = c.source AND t.article_id = c.article_id AND t.quotes <= 0;
        DELETE FROM speaker_source t
        USING (SELECT DISTINCT coalesce(source, '') AS source, speaker_id FROM changed WHERE speaker_id IS NOT NULL) c
        WHERE t.source = c.source AND t.speaker_id = c.speaker_id AND t.quotes <= 0;
        DELETE FROM speaker_total t USING (SELECT DISTINCT speaker_id FROM changed WHERE speaker_id IS NOT NULL) c
        WHERE t.speaker_id = c.speaker_id AND t.quotes <= 0;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION speaker_total_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM speaker_article;
    DELETE FROM speaker_source;
    DELETE FROM speaker_total;
    RETURN NULL;
END $$;

-- Top entities of a source: the first rows of an index, not a sort of all the source's entity_source rows (9,250
-- for the largest source at 100,000 articles).
CREATE INDEX entity_source_rank_idx ON entity_source (source, articles DESC, entity_id) INCLUDE (mentions);

-- Top entities of a type over a date range keep the rollup rows of entities of that type: the type's entity ids,
-- index-only (the generic plan of the prepared statement read them through the (type, name_key) index and the heap).
CREATE INDEX entity_type_id_idx ON entity (type, id);

-- Rows that exist already (databases migrated before this version).
INSERT INTO speaker_article (speaker_id, source, article_id, quotes)
SELECT speaker_id, coalesce(source, ''), article_id, count(*) FROM quote WHERE speaker_id IS NOT NULL
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
INSERT INTO speaker_source (source, speaker_id, quotes, articles)
SELECT source, speaker_id, sum(quotes), count(*) FROM speaker_article GROUP BY 1, 2 ORDER BY 1, 2;
UPDATE speaker_total t SET articles = a.articles
FROM (SELECT speaker_id, count(*) AS articles FROM speaker_article GROUP BY 1) a WHERE t.speaker_id = a.speaker_id;
ALTER TABLE speaker_total ALTER COLUMN articles DROP DEFAULT;
