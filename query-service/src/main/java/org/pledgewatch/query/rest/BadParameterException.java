package org.pledgewatch.query.rest;

/** A query parameter the caller must fix (answered 400 problem+json). */
public class BadParameterException extends RuntimeException {
    public BadParameterException(String message) {
        super(message);
    }
}
