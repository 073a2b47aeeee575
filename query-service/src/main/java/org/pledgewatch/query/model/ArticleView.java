package org.pledgewatch.query.model;

import java.time.Instant;

/** {@code GET /articles/{id}}: the article, where it is in the pipeline, and what was found in it. */
public record ArticleView(String id, String title, String url, String source, Instant publishedAt,
                          Instant receivedAt, String contentHash, ArticleStatus status, String extractorVersion,
                          String failureReason, Integer statementCount, Integer commitmentCount,
                          Instant processedAt, String body) {
}
