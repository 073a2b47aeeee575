package org.pledgewatch.ingest.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.ingest.service.BrokerUnavailableException;

/**
 * Writes articles to the {@code articles} topic and returns only once the broker has acknowledged the
 * record ({@code acks=all}, idempotent producer, see application.properties), so a 202 means the article
 * is durably stored.
 */
@ApplicationScoped
public class ArticlePublisher {

    private final MutinyEmitter<ArticleReceived> articles;
    private final Duration ackTimeout;

    private final MeterRegistry metrics;

    /**
     * In-flight sends are bounded: a full batch (pledgewatch.ingest.max-batch-items) fits several times over,
     * and beyond the buffer a send fails at once, which the caller hears as 503 + Retry-After rather than
     * waiting in an unbounded queue.
     */
    public ArticlePublisher(@Channel(Topics.ARTICLES) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                            MutinyEmitter<ArticleReceived> articles,
                            @ConfigProperty(name = "pledgewatch.ingest.ack-timeout", defaultValue = "PT20S") Duration ackTimeout,
                            MeterRegistry metrics) {
        this.articles = articles;
        this.ackTimeout = ackTimeout;
        this.metrics = metrics;
    }

    /** Completes when the broker has acknowledged the record; fails if it did not within the ack timeout. */
    public Uni<Void> publish(ArticleReceived article) {
        Message<ArticleReceived> message = Message.of(article, Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(eventId(article))
                        .withType(CloudEvents.TYPE_ARTICLE_RECEIVED)
                        .withSource(URI.create(CloudEvents.SOURCE_INGEST))
                        .withTimestamp(article.receivedAt().atZone(ZoneOffset.UTC))
                        .build()));
        return articles.sendMessage(message)
                .ifNoItem().after(ackTimeout).failWith(() -> new TimeoutException("no acknowledgement within " + ackTimeout))
                .invoke(() -> metrics.counter("pledgewatch.articles.published", "outcome", "acknowledged").increment())
                .onFailure().invoke(() -> metrics.counter("pledgewatch.articles.published", "outcome", "refused").increment())
                .onFailure().transform(notAcknowledged -> new BrokerUnavailableException(
                        "Kafka did not acknowledge the article: " + notAcknowledged.getMessage(), notAcknowledged));
    }

    /** Same article, same content: same event id, so readers deduplicate a repeated POST. */
    static String eventId(ArticleReceived article) {
        return UUID.nameUUIDFromBytes((article.id() + "|" + article.contentHash()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
