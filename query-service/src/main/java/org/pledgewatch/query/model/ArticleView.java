package org.pledgewatch.query.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /articles/{id}}: the article, where it is in the pipeline, and what was found in it. */
public record ArticleView(String id, String title, String url, String source, Instant publishedAt,
                          Instant receivedAt, String contentHash, ArticleStatus status, String extractorVersion,
                          String failureReason, Integer statementCount, Integer commitmentCount,
                          Instant processedAt,
                          @Schema(description = "When the read model last changed for this article: its article"
                                  + " event, its outcome or one of its items was folded. For an EXTRACTED article,"
                                  + " when it became fully queryable (the write, inside the fold's transaction).")
                          Instant foldedAt,
                          String body) {
}
