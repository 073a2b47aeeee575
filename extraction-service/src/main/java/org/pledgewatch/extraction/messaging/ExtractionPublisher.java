package org.pledgewatch.extraction.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.extraction.service.ExtractionEvents;

/**
 * Writes the events of one article: statements and commitments first, then the outcome on
 * {@code extractions}, so a reader that sees the outcome knows the items were written before it.
 * Every record is keyed by article id and carries CloudEvents headers with the event's own id.
 */
@ApplicationScoped
public class ExtractionPublisher {

    private final MutinyEmitter<StatementExtracted> statements;
    private final MutinyEmitter<CommitmentExtracted> commitments;
    private final MutinyEmitter<ArticleProcessed> extractions;

    public ExtractionPublisher(@Channel(Topics.STATEMENTS) MutinyEmitter<StatementExtracted> statements,
                               @Channel(Topics.COMMITMENTS) MutinyEmitter<CommitmentExtracted> commitments,
                               @Channel(Topics.EXTRACTIONS) MutinyEmitter<ArticleProcessed> extractions) {
        this.statements = statements;
        this.commitments = commitments;
        this.extractions = extractions;
    }

    /** Completes when the broker has acknowledged every event of the article. */
    public Uni<Void> publish(ExtractionEvents events) {
        ArticleProcessed outcome = events.outcome();
        List<Uni<Void>> items = new ArrayList<>();
        for (StatementExtracted statement : events.statements()) {
            items.add(statements.sendMessage(message(statement, statement.id(), statement.articleId(),
                    CloudEvents.TYPE_STATEMENT_EXTRACTED, outcome)));
        }
        for (CommitmentExtracted commitment : events.commitments()) {
            items.add(commitments.sendMessage(message(commitment, commitment.id(), commitment.articleId(),
                    CloudEvents.TYPE_COMMITMENT_EXTRACTED, outcome)));
        }
        Uni<Void> allItems = items.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(items).andFailFast().replaceWithVoid();
        return allItems.chain(() -> publishOutcome(outcome));
    }

    public Uni<Void> publishOutcome(ArticleProcessed outcome) {
        return extractions.sendMessage(message(outcome, outcome.id(), outcome.articleId(),
                CloudEvents.TYPE_ARTICLE_PROCESSED, outcome));
    }

    private static <T> Message<T> message(T payload, String eventId, String articleId, String type,
                                          ArticleProcessed outcome) {
        return Message.of(payload, Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(articleId).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(eventId)
                        .withType(type)
                        .withSource(URI.create(CloudEvents.SOURCE_EXTRACTION))
                        .withTimestamp(outcome.processedAt().atZone(ZoneOffset.UTC))
                        .build()));
    }
}
