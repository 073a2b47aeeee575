-- When each item was folded. An item batch no longer writes its articles' rows (it only share-locks them,
-- so that a statements batch and a commitments batch of the same articles run side by side): an article's
-- foldedAt is the latest of its own folded_at and its items'. Set by default on insert; rows folded before
-- this migration keep null (their article's folded_at already counted them).
alter table statements add column folded_at timestamptz;
alter table statements alter column folded_at set default clock_timestamp();
alter table commitments add column folded_at timestamptz;
alter table commitments alter column folded_at set default clock_timestamp();
