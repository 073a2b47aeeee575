package org.pledgewatch.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * Value of a record on {@code extractions}: the outcome of processing one article, written after its
 * statements and commitments. The id lists name exactly the items this extractor version produced, so a
 * reader can replace an article's items when it is extracted again.
 *
 * @param id      deterministic: article id + extractor version + content hash
 * @param contentHash the {@code contentHash} of the article version that was processed
 * @param status  EXTRACTED or FAILED
 * @param reason  why it FAILED, else null
 */
public record ArticleProcessed(int schemaVersion, String id, String articleId, String contentHash,
                               String extractorVersion,
                               String status, String reason, int statementCount, int commitmentCount,
                               List<String> statementIds, List<String> commitmentIds, Instant processedAt) {
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTRACTED = "EXTRACTED";
    public static final String FAILED = "FAILED";
}
