-- When each item's extraction ran (its ce_time). An outcome removes the unlisted items of its article only
-- if they are older than it: an item of a newer extraction folded before its own outcome must survive.
alter table statements add column extracted_at timestamptz;
alter table commitments add column extracted_at timestamptz;
