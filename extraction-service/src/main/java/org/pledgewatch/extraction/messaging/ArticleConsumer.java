package org.pledgewatch.extraction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.extraction.service.ArticleExtraction;
import org.pledgewatch.extraction.service.ExtractionEvents;

/**
 * Consumes {@code articles}. An article is acknowledged (its offset committed) only after all its events
 * are acknowledged by the broker. An article that cannot be read or extracted gets a FAILED outcome and is
 * nacked: the connector's dead-letter-queue strategy copies it to {@code articles.dlq} with the reason in
 * its headers and moves on, so one poison article never blocks the partition.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private static final Duration RETRY_MIN_BACKOFF = Duration.ofMillis(500);
    private static final Duration RETRY_MAX_BACKOFF = Duration.ofSeconds(30);

    private final ArticleExtraction extraction;
    private final ExtractionPublisher publisher;
    private final ObjectMapper mapper;

    private final MeterRegistry metrics;

    public ArticleConsumer(ArticleExtraction extraction, ExtractionPublisher publisher, ObjectMapper mapper,
                           MeterRegistry metrics) {
        this.extraction = extraction;
        this.publisher = publisher;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /** The value is read as text and parsed here, so an undecodable record reaches the DLQ as it was. */
    @Incoming(Topics.ARTICLES)
    @Blocking
    public CompletionStage<Void> onArticle(Message<String> message) {
        ArticleReceived article;
        try {
            article = read(message.getPayload());
        } catch (IllegalArgumentException unreadable) {
            LOG.warnf("Dead-lettering an unreadable article record: %s", unreadable.getMessage());
            count("UNREADABLE");
            return message.nack(unreadable);
        }
        ExtractionEvents events;
        Timer.Sample extracting = Timer.start(metrics);
        try {
            events = extraction.extract(article);
        } catch (RuntimeException failure) {
            LOG.warnf(failure, "Extraction of article %s failed; dead-lettering it", article.id());
            untilAcknowledged(publisher.publishOutcome(extraction.failed(article, failure)));
            count("FAILED");
            return message.nack(failure);
        }
        extracting.stop(metrics.timer("pledgewatch.extraction.duration"));
        untilAcknowledged(publisher.publish(events));
        count("EXTRACTED");
        return message.ack();
    }

    /**
     * A broker that does not acknowledge is not the article's fault: keep retrying (the connector pauses
     * the partition meanwhile) rather than dead-lettering or skipping the article.
     */
    private void untilAcknowledged(Uni<Void> send) {
        send.onFailure().invoke(e -> LOG.warnf("Publishing failed, retrying: %s", e.getMessage()))
                .onFailure().retry().withBackOff(RETRY_MIN_BACKOFF, RETRY_MAX_BACKOFF).indefinitely()
                .await().indefinitely();
    }

    private void count(String status) {
        metrics.counter("pledgewatch.articles.processed", "status", status).increment();
    }

    private ArticleReceived read(String json) {
        if (json == null) {
            throw new IllegalArgumentException("the record has no value");
        }
        try {
            ArticleReceived article = mapper.readValue(json, ArticleReceived.class);
            if (article.id() == null || article.body() == null) {
                throw new IllegalArgumentException("the article has no id or no body");
            }
            return article;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the value is not an article: " + e.getOriginalMessage(), e);
        }
    }
}
