package org.pledgewatch.ingest.rest;

/** A batch with more items than the configured limit (answered 413). */
public class BatchTooLargeException extends RuntimeException {
    public BatchTooLargeException(int size, int limit) {
        super("The batch has " + size + " articles; the limit is " + limit + ".");
    }
}
