package org.pledgewatch.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
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

    /**
     * Writes one event; returns whether it changed the read model (false for a redelivery or a stale item).
     * {@code eventTime} is the event's {@code ce_time} (for items: when their extraction ran), or null.
     */
    @FunctionalInterface
    public interface Fold<T> {
        boolean apply(String eventId, Instant eventTime, T event) throws Exception;
    }

    private final ObjectMapper mapper;
    private final MeterRegistry metrics;

    public EventFolder(ObjectMapper mapper, MeterRegistry metrics) {
        this.mapper = mapper;
        this.metrics = metrics;
    }

    public <T> CompletionStage<Void> fold(String topic, Message<String> message, Class<T> type,
                                          Function<T, String> payloadId, Fold<T> fold) {
        T event;
        try {
            event = mapper.readValue(message.getPayload(), type);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            LOG.errorf("Skipping a record that is not a %s: %s", type.getSimpleName(), unreadable.getMessage());
            count(topic, "unreadable");
            return message.ack();
        }
        @SuppressWarnings("unchecked")
        Optional<IncomingCloudEventMetadata<?>> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(metadata -> (IncomingCloudEventMetadata<?>) metadata);
        String eventId = cloudEvent.map(IncomingCloudEventMetadata::getId).orElseGet(() -> payloadId.apply(event));
        Optional<ZonedDateTime> eventTime = cloudEvent.flatMap(IncomingCloudEventMetadata::getTimeStamp);
        Duration wait = FIRST_RETRY;
        while (true) {
            try {
                count(topic, fold.apply(eventId, eventTime.map(ZonedDateTime::toInstant).orElse(null), event)
                        ? "folded" : "duplicate");
                eventTime.ifPresent(time -> Timer
                        .builder("pledgewatch.fold.lag")
                        .description("From the event's ce_time to its fold into the read model")
                        .tag("topic", topic).publishPercentiles(0.5, 0.95, 0.99).register(metrics)
                        .record(Duration.between(time.toInstant(), Instant.now())));
                return message.ack();
            } catch (Exception e) {
                LOG.warnf("Folding %s %s failed (%s); retrying in %s", type.getSimpleName(), eventId, e.getMessage(), wait);
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private void count(String topic, String outcome) {
        metrics.counter("pledgewatch.events.folded", "topic", topic, "outcome", outcome).increment();
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
