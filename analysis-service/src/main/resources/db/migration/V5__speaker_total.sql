-- All-time attributed quotes per speaker, for the all-time ranking of /stats/speakers: summing V4's
-- speaker_month over every month and source reads one row per speaker, month and source (~84,000 at
-- 100,000 articles); this reads the ten first rows of an index. Kept like V4's rollups: a plain sum,
-- upserted in key order by statement-level triggers on quote, a key's row removed once it counts nothing.
CREATE TABLE speaker_total (
    speaker_id bigint PRIMARY KEY,
    quotes     bigint NOT NULL
);
CREATE INDEX speaker_total_rank_idx ON speaker_total (quotes DESC, speaker_id);

-- TG_ARGV[0] is +1 or -1; "changed" is the statement's new rows (+1) or old rows (-1).
CREATE FUNCTION quote_speaker_total() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign int := TG_ARGV[0]::int;
BEGIN
    INSERT INTO speaker_total AS t (speaker_id, quotes)
    SELECT speaker_id, sign * count(*) FROM changed WHERE speaker_id IS NOT NULL GROUP BY 1 ORDER BY 1
    ON CONFLICT (speaker_id) DO UPDATE SET quotes = t.quotes + EXCLUDED.quotes;
    IF sign < 0 THEN
        DELETE FROM speaker_total t USING (SELECT DISTINCT speaker_id FROM changed WHERE speaker_id IS NOT NULL) c
        WHERE t.speaker_id = c.speaker_id AND t.quotes <= 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER quote_speaker_total_insert AFTER INSERT ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('1');
CREATE TRIGGER quote_speaker_total_delete AFTER DELETE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('-1');
-- a re-attributed quote takes the old row out and puts the new one in
CREATE TRIGGER quote_speaker_total_update_old AFTER UPDATE ON quote
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('-1');
CREATE TRIGGER quote_speaker_total_update_new AFTER UPDATE ON quote
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION quote_speaker_total('1');

CREATE FUNCTION speaker_total_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM speaker_total;
    RETURN NULL;
END $$;
CREATE TRIGGER quote_speaker_total_truncate AFTER TRUNCATE ON quote
    FOR EACH STATEMENT EXECUTE FUNCTION speaker_total_clear();

-- Rows that exist already (databases migrated before this version).
INSERT INTO speaker_total (speaker_id, quotes)
SELECT speaker_id, count(*) FROM quote WHERE speaker_id IS NOT NULL GROUP BY 1 ORDER BY 1;
