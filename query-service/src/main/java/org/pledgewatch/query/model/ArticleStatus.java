package org.pledgewatch.query.model;

public enum ArticleStatus {
    /** Accepted by ingest; no extraction outcome yet for this content. */
    RECEIVED,
    EXTRACTED,
    FAILED
}
