-- Speaker totals, for /stats/speakers:
--   speaker_article: attributed quotes per speaker, source ('' when the article has none) and article, a plain sum;
--                    a speaker's rows are its articles (an article has one source)
--   speaker_source:  quotes and articles per source and speaker, all time (speakers of a source)
--   speaker_total:   quotes and articles per speaker, all time (the all-time ranking)
-- Distinct articles are not a plain sum over quotes: a pair (speaker, source, article) whose quotes after the upsert
-- equal what the statement added is new (+1 article); one whose quotes are down to 0 is gone (-1 article) and
-- removed, like every rollup row that counts nothing. The last quote of a speaker is not kept (a maximum cannot be
-- decremented): it is the first row of an index on quote.
--
-- Statement triggers with transition tables on quote; pairs first, then sources, then speakers, each in key order,
-- so that concurrent statements lock shared keys in the same order. The pairs' rows stay locked by this transaction
-- once upserted, so the later statements read them as the first left them. TRUNCATE clears.
--
-- Repeatable migration: the current definition of these functions and triggers, re-applied whenever this file
-- changes (after the versioned migrations, which own the tables). Edit here, never in a versioned file.

-- TG_ARGV[0] is +1 or -1; "changed" is the statement's new rows (+1) or old rows (-1).
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

CREATE OR REPLACE TRIGGER quote_speaker_total_insert AFTER INSERT ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('1');
CREATE OR REPLACE TRIGGER quote_speaker_total_delete AFTER DELETE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('-1');
-- a re-attributed quote takes the old row out and puts the new one in
CREATE OR REPLACE TRIGGER quote_speaker_total_update_old AFTER UPDATE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('-1');
CREATE OR REPLACE TRIGGER quote_speaker_total_update_new AFTER UPDATE ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('1');

CREATE OR REPLACE FUNCTION speaker_total_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM speaker_article;
    DELETE FROM speaker_source;
    DELETE FROM speaker_total;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER quote_speaker_total_truncate AFTER TRUNCATE ON quote
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_total_clear();
