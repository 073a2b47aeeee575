-- The items named by the article's current extraction outcome. Topics are folded by independent consumers,
-- so an item of an older extraction can arrive after the outcome of a newer one: these lists (with
-- processed_at) let the fold recognise such a stale item and leave it out, whatever the arrival order.
alter table articles add column statement_ids text[];
alter table articles add column commitment_ids text[];
