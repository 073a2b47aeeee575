package org.pledgewatch.ingest.service;

/** The caller sent something that is not an article we can accept (answered 400). */
public class InvalidArticleException extends RuntimeException {
    public InvalidArticleException(String message) {
        super(message);
    }
}
