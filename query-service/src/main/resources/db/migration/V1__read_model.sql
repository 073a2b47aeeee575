-- The per-article read model. Everything here is derived from the topics and can be rebuilt from them
-- (see README, "Rebuilding the read model").

create table articles (
    id                 text primary key,
    title              text,
    url                text,
    source             text,
    body               text,
    published_at       timestamptz,
    received_at        timestamptz,
    content_hash       text,
    -- RECEIVED until an extractions event for this content arrives, then EXTRACTED or FAILED
    status             text not null default 'RECEIVED',
    processed_hash     text,
    extractor_version  text,
    failure_reason     text,
    statement_count    integer,
    commitment_count   integer,
    processed_at       timestamptz
);

create table statements (
    id                 text primary key,
    article_id         text not null,
    extractor_version  text not null,
    speaker_id         text,
    speaker_name       text,
    direct             boolean not null,
    quote_start        integer not null,
    payload            jsonb not null
);
create index statements_by_article on statements (article_id, quote_start);

create table commitments (
    id                 text primary key,
    article_id         text not null,
    extractor_version  text not null,
    modality           text not null,
    category           text not null,
    evidence_start     integer not null,
    payload            jsonb not null
);
create index commitments_by_article on commitments (article_id, evidence_start);

-- Consumer-side deduplication: an event id is recorded in the same transaction as its read-model write,
-- so a redelivered event changes nothing.
create table processed_events (
    event_id      text primary key,
    topic         text not null,
    processed_at  timestamptz not null default now()
);
