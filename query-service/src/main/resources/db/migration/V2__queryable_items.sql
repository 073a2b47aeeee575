-- Cross-article queries (GET /commitments, /statements, /actors, /stream/*): the columns the filters
-- and the keyset pagination need, copied out of the payload at fold time.

-- The date an item is listed under: the article's publication date, falling back to its receipt time.
-- Items folded before their article get the fold time, corrected when the article arrives.
alter table statements add column article_date timestamptz not null default now();
alter table commitments add column article_date timestamptz not null default now();

-- Arrival order in the read model, for the live streams' Last-Event-ID.
alter table statements add column seq bigint generated always as identity;
alter table commitments add column seq bigint generated always as identity;

-- Accent- and case-folded speaker name ("pedro sanchez"), computed by the service.
alter table statements add column speaker_key text;

alter table commitments add column actor_ids text[] not null default '{}';
alter table commitments add column beneficiary_id text;
alter table commitments add column speaker_id text;

alter table statements add column search tsvector generated always as (
    to_tsvector('english', coalesce(payload ->> 'quote', '') || ' ' || coalesce(payload -> 'evidence' ->> 'text', ''))
) stored;
alter table commitments add column search tsvector generated always as (
    to_tsvector('english', coalesce(payload ->> 'action', '') || ' ' || coalesce(payload ->> 'conditions', '')
        || ' ' || coalesce(payload -> 'evidence' ->> 'text', ''))
) stored;

create index statements_by_date on statements (article_date desc, id desc);
create index statements_by_seq on statements (seq);
create index statements_by_speaker_id on statements (speaker_id);
create index statements_search on statements using gin (search);
create index commitments_by_date on commitments (article_date desc, id desc);
create index commitments_by_seq on commitments (seq);
create index commitments_by_actor on commitments using gin (actor_ids);
create index commitments_by_beneficiary on commitments (beneficiary_id);
create index commitments_search on commitments using gin (search);

-- Everyone seen as a speaker, actor or beneficiary, with the names they were seen under.
create table actors (
    id       text primary key,
    name     text not null,
    type     text,
    role     text,
    country  text
);

create index articles_by_received on articles (received_at desc, id desc);
