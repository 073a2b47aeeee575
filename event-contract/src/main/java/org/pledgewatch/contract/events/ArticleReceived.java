package org.pledgewatch.contract.events;

import java.time.Instant;

/**
 * Value of a record on {@code articles}: an article as received by the ingest service.
 *
 * @param id          stable article id (same URL, or same normalized body without URL, gives the same id)
 * @param body        the text; every offset in other events is a Java string index into it
 * @param publishedAt when the source published it, if the caller said (ISO-8601), else null
 * @param receivedAt  when the ingest service accepted it
 * @param contentHash {@code sha256:<hex>} of the body as received (UTF-8)
 */
public record ArticleReceived(int schemaVersion, String id, String title, String body, String url,
                              String source, Instant publishedAt, Instant receivedAt, String contentHash) {
    public static final int SCHEMA_VERSION = 1;
}
