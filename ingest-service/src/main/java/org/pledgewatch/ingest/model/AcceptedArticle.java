package org.pledgewatch.ingest.model;

import java.time.Instant;

/** The answer to an accepted article: its stable id and where to follow it. */
public record AcceptedArticle(String id, String contentHash, Instant receivedAt, String topic) {
}
