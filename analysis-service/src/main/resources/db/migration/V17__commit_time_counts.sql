-- Counts that nearly every article writes, folded in at commit. The statement triggers on article no longer add to
-- lexeme_articles (articles per lexeme) and source_day (articles per source and day) themselves: they note the
-- statement's deltas in these tables, and deferred triggers fold a transaction's notes into the counts at its commit
-- (the functions and triggers: R__lexeme_counts.sql, R__source_days.sql). The rows of common words ("said", "year")
-- and of the day's source are in nearly every article's write, so a writer that updated them at its article's insert
-- held them until its commit, through the rest of the article's writes, and a concurrent writer waited that long
-- (deploy/bench/pipeline). A note lives from its statement to its transaction's commit.
CREATE TABLE lexeme_delta (
    tx      xid8     NOT NULL DEFAULT pg_current_xact_id(),
    lexemes text[]   NOT NULL,
    deltas  bigint[] NOT NULL
);
CREATE INDEX lexeme_delta_tx_idx ON lexeme_delta (tx);

CREATE TABLE source_day_delta (
    tx       xid8   NOT NULL DEFAULT pg_current_xact_id(),
    day      date   NOT NULL,
    source   text   NOT NULL,
    articles bigint NOT NULL
);
CREATE INDEX source_day_delta_tx_idx ON source_day_delta (tx);
