package org.pledgewatch.contract;

import java.util.List;

/**
 * The Kafka topics of Pledgewatch. Every record is keyed by article id, so all events of one article
 * stay in one partition, in order. One writer per topic.
 */
public final class Topics {
    /** Articles as received; written by ingest-service. */
    public static final String ARTICLES = "articles";
    /** One event per statement; written by extraction-service. */
    public static final String STATEMENTS = "statements";
    /** One event per commitment; written by extraction-service. */
    public static final String COMMITMENTS = "commitments";
    /** One event per processed article (EXTRACTED or FAILED); written by extraction-service. */
    public static final String EXTRACTIONS = "extractions";
    /** Articles whose processing failed, with the reason in headers; written by extraction-service. */
    public static final String ARTICLES_DLQ = "articles.dlq";

    public static final List<String> ALL = List.of(ARTICLES, STATEMENTS, COMMITMENTS, EXTRACTIONS, ARTICLES_DLQ);

    private Topics() {
    }
}
