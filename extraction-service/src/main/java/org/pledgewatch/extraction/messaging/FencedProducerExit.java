package org.pledgewatch.extraction.messaging;

import io.quarkus.runtime.Quarkus;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.jboss.logging.Logger;

/**
 * Stops the service as soon as its transactional producer has been fenced, so that whatever supervises it (the
 * local stack, {@code restart:} in docker-compose, an orchestrator) starts it again with a new producer. It
 * watches every send of the {@code extractions} channel as its producer interceptor ({@code interceptor-bean}),
 * as a fenced producer fails every send, and the failures of whole transactions ({@link ArticleConsumer}).
 *
 * <p>Why exit: a fenced producer is dead for good (another producer, or the coordinator after a transaction
 * timed out while the broker was unreachable, has given its transactional.id a newer epoch), but the SmallRye
 * Reactive Messaging release the Quarkus BOM pins (4.33) keeps using it: every send is retried until
 * {@code delivery.timeout.ms}, every batch after that fails again with "has been fenced", and extraction stalls
 * until someone restarts the service. Its fix (smallrye-reactive-messaging PR #3407, in 4.36) replaces the
 * producer; when the BOM brings it, this class can go. Exiting loses nothing: a batch's offsets are committed
 * only inside its transaction, so the articles of a batch that could not commit are read again by the
 * restarted service (or by the other instances, once the consumer group has rebalanced).
 */
@ApplicationScoped
@Identifier(FencedProducerExit.NAME)
public class FencedProducerExit implements ProducerInterceptor<String, String> {

    /** The {@code interceptor-bean} of the outgoing channel, in application.properties. */
    public static final String NAME = "fenced-producer-exit";

    /** EX_TEMPFAIL of sysexits.h: a temporary failure, worth a restart. */
    static final int EXIT_CODE = 75;

    private static final Logger LOG = Logger.getLogger(FencedProducerExit.class);

    private final AtomicBoolean exiting = new AtomicBoolean();

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception failure) {
        if (failure != null) {
            exitIfFenced(failure);
        }
    }

    /**
     * Exits (once) if {@code failure} says the producer was fenced; does nothing otherwise. Also called with the
     * failure of a whole transaction: a producer fenced at commit, or failing before it sends anything, never
     * reaches {@link #onAcknowledgement}.
     */
    public void exitIfFenced(Throwable failure) {
        if (isFenced(failure) && exiting.compareAndSet(false, true)) {
            LOG.errorf("The transactional producer has been fenced (%s): exiting with code %d so that the service"
                    + " is restarted with a new one; the articles of the batches that could not commit will be read"
                    + " again", failure.getMessage(), EXIT_CODE);
            Quarkus.asyncExit(EXIT_CODE);
        }
    }

    /**
     * True when the failure, or any of its causes, says the producer's epoch is no longer the current one: the
     * two errors SmallRye's own fix treats as "replace the producer".
     */
    static boolean isFenced(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
