package org.pledgewatch.contract;

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as record headers ({@code ce_id},
 * {@code ce_type}, {@code ce_source}, {@code ce_specversion}, {@code ce_time}) and the record value is
 * the JSON payload. The type names carry the payload's major version: a breaking change is a new type.
 */
public final class CloudEvents {
    public static final String SPEC_VERSION = "1.0";

    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_TIME = "ce_time";

    public static final String TYPE_ARTICLE_RECEIVED = "org.pledgewatch.article.received.v1";
    public static final String TYPE_STATEMENT_EXTRACTED = "org.pledgewatch.statement.extracted.v1";
    public static final String TYPE_COMMITMENT_EXTRACTED = "org.pledgewatch.commitment.extracted.v1";
    public static final String TYPE_ARTICLE_PROCESSED = "org.pledgewatch.article.processed.v1";

    public static final String SOURCE_INGEST = "/pledgewatch/ingest-service";
    public static final String SOURCE_EXTRACTION = "/pledgewatch/extraction-service";

    /** Dead-letter headers on {@link Topics#ARTICLES_DLQ}. */
    public static final String HEADER_DLQ_REASON = "dead-letter-reason";

    private CloudEvents() {
    }
}
