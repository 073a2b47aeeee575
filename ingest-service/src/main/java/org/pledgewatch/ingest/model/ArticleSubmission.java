package org.pledgewatch.ingest.model;

/** What a caller posts: only {@code body} is required; {@code publishedAt} is ISO-8601 (date or instant). */
public record ArticleSubmission(String title, String body, String url, String source, String publishedAt) {

    public static ArticleSubmission ofBody(String body) {
        return new ArticleSubmission(null, body, null, null, null);
    }
}
