-- When the read model last changed for an article: its article event, its outcome or one of its items was
-- folded (clock_timestamp() of that write). For an EXTRACTED article, the moment its last piece arrived,
-- i.e. when it became fully queryable. Served as foldedAt; the load benchmark measures latency with it.
alter table articles add column folded_at timestamptz;
