package org.pledgewatch.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.pledgewatch.query.service.ReadModelWriter.Event;

/**
 * The common way of folding a batch of records of one topic: parse them, write them all in one transaction
 * (retrying the whole batch while the database is away or the transaction fails, so a restart of PostgreSQL
 * loses nothing and no event is skipped), then acknowledge the batch, whose offsets are committed after
 * that (at-least-once; redelivered events are recognised by the ledger). A record that cannot be parsed is
 * logged and skipped: it would never parse on redelivery either, and it is still on the topic.
 */
@ApplicationScoped
public class EventFolder {

    private static final Logger LOG = Logger.getLogger(EventFolder.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    /**
     * Writes a batch of events in one transaction; returns, in order, whether each changed the read model
     * (false for a redelivery or a stale item). Throws, having changed nothing, if the transaction failed.
     */
    @FunctionalInterface
    public interface Fold<T> {
        List<Boolean> apply(List<Event<T>> events) throws Exception;
    }

    private final ObjectMapper mapper;
    private final MeterRegistry metrics;

    public EventFolder(ObjectMapper mapper, MeterRegistry metrics) {
        this.mapper = mapper;
        this.metrics = metrics;
    }

    public <T> CompletionStage<Void> fold(String topic, KafkaRecordBatch<String, String> batch, Class<T> type,
                                          Function<T, String> payloadId, Fold<T> fold) {
        return fold(topic, batch.getRecords(), batch::ack, type, payloadId, fold);
    }

    /** {@code ack} acknowledges all of {@code records}; called once their fold is committed. */
    <T> CompletionStage<Void> fold(String topic, List<? extends Message<String>> records,
                                   Supplier<CompletionStage<Void>> ack, Class<T> type, Function<T, String> payloadId,
                                   Fold<T> fold) {
        List<Event<T>> events = new ArrayList<>(records.size());
        for (Message<String> record : records) {
            T event;
            try {
                event = mapper.readValue(record.getPayload(), type);
            } catch (JsonProcessingException | IllegalArgumentException unreadable) {
                LOG.errorf("Skipping a record that is not a %s: %s", type.getSimpleName(), unreadable.getMessage());
                count(topic, "unreadable");
                continue;
            }
            @SuppressWarnings("unchecked")
            Optional<IncomingCloudEventMetadata<?>> cloudEvent = record.getMetadata(IncomingCloudEventMetadata.class)
                    .map(metadata -> (IncomingCloudEventMetadata<?>) metadata);
            String eventId = cloudEvent.map(IncomingCloudEventMetadata::getId).orElseGet(() -> payloadId.apply(event));
            Instant eventTime = cloudEvent.flatMap(IncomingCloudEventMetadata::getTimeStamp)
                    .map(ZonedDateTime::toInstant).orElse(null);
            events.add(new Event<>(eventId, eventTime, event));
        }
        List<Boolean> changed = commit(topic, events, type, fold);
        Instant folded = Instant.now();
        for (int i = 0; i < events.size(); i++) {
            if (changed.get(i) == null) {
                continue; // unfoldable, counted as such
            }
            count(topic, changed.get(i) ? "folded" : "duplicate");
            Instant time = events.get(i).time();
            if (time != null) {
                Timer.builder("pledgewatch.fold.lag")
                        .description("From the event's ce_time to its fold into the read model")
                        .tag("topic", topic).publishPercentiles(0.5, 0.95, 0.99).register(metrics)
                        .record(Duration.between(time, folded));
            }
        }
        return ack.get();
    }

    /**
     * Folds the batch, trying again (the whole batch, in a new transaction) with back-off until it commits.
     * When PostgreSQL refuses the data itself ({@link UnfoldableData}), retrying the batch would fail forever
     * and hold the partition: the events are then folded one by one, and the ones refused are skipped.
     */
    private <T> List<Boolean> commit(String topic, List<Event<T>> events, Class<T> type, Fold<T> fold) {
        Duration wait = FIRST_RETRY;
        while (true) {
            try {
                return events.isEmpty() ? List.of() : fold.apply(events);
            } catch (Exception e) {
                if (UnfoldableData.isCause(e)) {
                    LOG.warnf("PostgreSQL refused data in a batch of %d %s from %s (%s); folding them one by one",
                            events.size(), type.getSimpleName(), topic, e.getMessage());
                    return commitOneByOne(topic, events, type, fold);
                }
                LOG.warnf("Folding a batch of %d %s from %s failed (%s); retrying the batch in %s", events.size(),
                        type.getSimpleName(), topic, e.getMessage(), wait);
                wait = pause(wait);
            }
        }
    }

    /** Each event in its own transaction; null for an event whose data PostgreSQL cannot take. */
    private <T> List<Boolean> commitOneByOne(String topic, List<Event<T>> events, Class<T> type, Fold<T> fold) {
        List<Boolean> changed = new ArrayList<>(events.size());
        for (Event<T> event : events) {
            Duration wait = FIRST_RETRY;
            while (true) {
                try {
                    changed.add(fold.apply(List.of(event)).get(0));
                    break;
                } catch (Exception e) {
                    if (UnfoldableData.isCause(e)) {
                        // still on the topic: a fixed reader can fold it again from there
                        LOG.errorf("Skipping %s %s from %s: PostgreSQL cannot store its data (%s)",
                                type.getSimpleName(), event.id(), topic, e.getMessage());
                        count(topic, "unfoldable");
                        changed.add(null);
                        break;
                    }
                    LOG.warnf("Folding %s %s from %s failed (%s); retrying in %s", type.getSimpleName(), event.id(),
                            topic, e.getMessage(), wait);
                    wait = pause(wait);
                }
            }
        }
        return changed;
    }

    /** Sleeps {@code wait}; returns the next, doubled up to {@link #MAX_RETRY}. */
    private static Duration pause(Duration wait) {
        sleep(wait);
        return wait.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait.multipliedBy(2);
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
