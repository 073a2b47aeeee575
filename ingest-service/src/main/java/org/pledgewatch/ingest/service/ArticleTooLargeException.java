package org.pledgewatch.ingest.service;

/** The article body is over the configured limit (answered 413). */
public class ArticleTooLargeException extends RuntimeException {
    public ArticleTooLargeException(long size, long limit) {
        super("The article is " + size + " bytes; the limit is " + limit + " bytes.");
    }
}
