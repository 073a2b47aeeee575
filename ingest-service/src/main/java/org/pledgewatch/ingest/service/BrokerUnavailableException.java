package org.pledgewatch.ingest.service;

/** Kafka did not acknowledge the article in time: nothing was accepted, the caller should retry (503). */
public class BrokerUnavailableException extends RuntimeException {
    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
