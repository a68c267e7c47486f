-- Newslens analysis schema, owned by analysis-service (Flyway). query-service only reads it.

-- One row per article: its current revision and the analysis of it.
CREATE TABLE article (
    id               text PRIMARY KEY,
    revision         text        NOT NULL,
    url              text,
    source           text,
    title            text,
    byline           text,
    published        date,
    body             text        NOT NULL,
    received_at      timestamptz NOT NULL,
    -- published when the article states it, else the day it was received: what timelines and filters use
    dated            date        NOT NULL,
    analyzed_at      timestamptz NOT NULL,
    analyzer_version text        NOT NULL,
    search           tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                         setweight(to_tsvector('english', body), 'B')) STORED
);
CREATE INDEX article_search_idx ON article USING gin (search);
CREATE INDEX article_dated_idx ON article (dated DESC, id DESC);
CREATE INDEX article_source_idx ON article (source, dated DESC);

-- The global entity table: one row per real-world referent across articles.
CREATE SEQUENCE entity_seq INCREMENT BY 50;
CREATE TABLE entity (
    id         bigint PRIMARY KEY,
    name       text NOT NULL,
    type       text NOT NULL CHECK (type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'MISC')),
    -- normalised name: case, diacritics, dots, possessives and a leading "the" folded
    name_key   text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (type, name_key)
);
CREATE INDEX entity_name_trgm_idx ON entity (name_key text_pattern_ops);

CREATE TABLE entity_alias (
    entity_id bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias_key text   NOT NULL,
    alias     text   NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
);
CREATE INDEX entity_alias_key_idx ON entity_alias (alias_key);

-- Which entities an article mentions, with the names it uses for them.
CREATE SEQUENCE article_entity_seq INCREMENT BY 50;
CREATE TABLE article_entity (
    id            bigint PRIMARY KEY,
    article_id    text   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id     bigint NOT NULL REFERENCES entity (id),
    name          text   NOT NULL,
    aliases       text[] NOT NULL,
    mention_count int    NOT NULL,
    dated         date   NOT NULL,
    UNIQUE (article_id, entity_id)
);
CREATE INDEX article_entity_entity_idx ON article_entity (entity_id, dated DESC);

-- Every occurrence of an entity: offsets into the article's title or body.
CREATE SEQUENCE mention_seq INCREMENT BY 50;
CREATE TABLE mention (
    id           bigint PRIMARY KEY,
    article_id   text   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id    bigint NOT NULL REFERENCES entity (id),
    section      text   NOT NULL CHECK (section IN ('TITLE', 'BODY')),
    start_offset int    NOT NULL,
    end_offset   int    NOT NULL,
    surface      text   NOT NULL,
    UNIQUE (article_id, section, start_offset)
);
CREATE INDEX mention_article_idx ON mention (article_id, entity_id);

-- Quotes with their speakers; offsets into the article body.
CREATE SEQUENCE quote_seq INCREMENT BY 50;
CREATE TABLE quote (
    id           bigint PRIMARY KEY,
    article_id   text    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    seq          int     NOT NULL,
    start_offset int     NOT NULL,
    end_offset   int     NOT NULL,
    text         text    NOT NULL,
    speaker_id   bigint REFERENCES entity (id),
    speaker_name text,
    cue          text,
    confidence   real    NOT NULL,
    block        boolean NOT NULL,
    dated        date    NOT NULL,
    search       tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    UNIQUE (article_id, seq)
);
CREATE INDEX quote_speaker_idx ON quote (speaker_id, dated DESC);
CREATE INDEX quote_dated_idx ON quote (dated DESC, id DESC);
CREATE INDEX quote_search_idx ON quote USING gin (search);

-- The dedupe log: a message's effects and this row commit in one transaction.
CREATE TABLE processed_message (
    article_id       text        NOT NULL,
    revision         text        NOT NULL,
    analyzer_version text        NOT NULL,
    processed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, revision, analyzer_version)
);

-- Messages that could not be analysed (also sent to the dead-letter topic), for status look-ups.
CREATE TABLE analysis_failure (
    article_id text        NOT NULL,
    revision   text        NOT NULL,
    reason     text        NOT NULL,
    failed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, revision)
);
