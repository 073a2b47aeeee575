package org.pledgewatch.extraction.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failed transactions mean "this producer is dead, restart the service" and which are worth retrying. */
class FencedProducerExitTest {

    @Test
    void aFencedProducerIsRecognisedHoweverDeeplyItIsWrapped() {
        ProducerFencedException fenced = new ProducerFencedException("There is a newer producer with the same"
                + " transactionalId which fences the current one.");
        assertTrue(FencedProducerExit.isFenced(fenced));
        assertTrue(FencedProducerExit.isFenced(new CompletionException(new KafkaException("commit failed", fenced))));
    }

    @Test
    void anOutdatedEpochCountsAsFenced() {
        assertTrue(FencedProducerExit.isFenced(new KafkaException(new InvalidProducerEpochException("epoch 3 < 4"))));
    }

    @Test
    void aBrokerThatDoesNotAnswerIsNotAFence() {
        // the transaction is retried with the same producer once the broker is back: no reason to restart
        assertFalse(FencedProducerExit.isFenced(new TimeoutException("Timeout expired after 60000ms while awaiting"
                + " EndTxn(false)")));
        assertFalse(FencedProducerExit.isFenced(new IllegalStateException("emitter buffer overflow")));
    }
}
