package org.pledgewatch.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The common way of folding one record: parse it, write it (retrying while the database is away, so a
 * restart of PostgreSQL loses nothing), then acknowledge it. A record that cannot be parsed is logged
 * and skipped: it would never parse on redelivery either, and it is still on the topic.
 */
@ApplicationScoped
public class EventFolder {

    private static final Logger LOG = Logger.getLogger(EventFolder.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    /** Writes one event; returns whether it changed the read model (false for a redelivery). */
    @FunctionalInterface
    public interface Fold<T> {
        boolean apply(String eventId, T event) throws Exception;
    }

    private final ObjectMapper mapper;

    public EventFolder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> CompletionStage<Void> fold(Message<String> message, Class<T> type, Function<T, String> payloadId,
                                          Fold<T> fold) {
        T event;
        try {
            event = mapper.readValue(message.getPayload(), type);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            LOG.errorf("Skipping a record that is not a %s: %s", type.getSimpleName(), unreadable.getMessage());
            return message.ack();
        }
        String eventId = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(IncomingCloudEventMetadata::getId)
                .orElseGet(() -> payloadId.apply(event));
        Duration wait = FIRST_RETRY;
        while (true) {
            try {
                fold.apply(eventId, event);
                return message.ack();
            } catch (Exception e) {
                LOG.warnf("Folding %s %s failed (%s); retrying in %s", type.getSimpleName(), eventId, e.getMessage(), wait);
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a fold", e);
        }
    }
}
