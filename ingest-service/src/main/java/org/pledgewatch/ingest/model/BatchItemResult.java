package org.pledgewatch.ingest.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One line of a batch answer: {@code status} is the HTTP status this item would have had alone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(int index, int status, String id, String title, String detail) {

    public static BatchItemResult accepted(int index, AcceptedArticle article) {
        return new BatchItemResult(index, 202, article.id(), null, null);
    }

    public static BatchItemResult refused(int index, int status, String title, String detail) {
        return new BatchItemResult(index, status, null, title, detail);
    }
}
