package org.pledgewatch.extractor;

import java.util.Objects;

/**
 * What the extractor reads: the article body (offsets in results are Java string indices into it)
 * and the optional title, which can help resolve names but is never the source of evidence.
 */
public record ArticleText(String title, String body) {
    public ArticleText {
        Objects.requireNonNull(body, "body");
    }

    public static ArticleText of(String body) {
        return new ArticleText(null, body);
    }
}
