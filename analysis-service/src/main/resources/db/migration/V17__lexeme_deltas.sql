-- Lexeme counts' pending deltas. The statement triggers on article no longer add to lexeme_articles themselves: they
-- note the statement's deltas here, and a deferred trigger folds a transaction's notes into lexeme_articles at its
-- commit (the functions and triggers: R__lexeme_counts.sql). The rows of common words ("said", "year") are in nearly
-- every article, so a writer that updated them at its article's insert held them until its commit, through the rest
-- of the article's writes, and a concurrent writer waited that long. A row lives from its statement to its
-- transaction's commit.
CREATE TABLE lexeme_delta (
    tx      xid8     NOT NULL DEFAULT pg_current_xact_id(),
    lexemes text[]   NOT NULL,
    deltas  bigint[] NOT NULL
);
CREATE INDEX lexeme_delta_tx_idx ON lexeme_delta (tx);
