package org.pledgewatch.query.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.query.service.ReadModelWriter;

/**
 * One consumer per topic; each folds the batches of records it polls (whatever is there, up to
 * {@code max.poll.records}) into the read model through {@link ReadModelWriter}, one transaction per batch.
 */
@ApplicationScoped
public class EventConsumers {

    private final EventFolder folder;
    private final ReadModelWriter writer;

    public EventConsumers(EventFolder folder, ReadModelWriter writer) {
        this.folder = folder;
        this.writer = writer;
    }

    @Incoming(Topics.ARTICLES)
    @Blocking
    public CompletionStage<Void> onArticles(KafkaRecordBatch<String, String> batch) {
        return folder.fold(Topics.ARTICLES, batch, ArticleReceived.class, a -> a.id() + "|" + a.contentHash(), writer::articles);
    }

    @Incoming(Topics.STATEMENTS)
    @Blocking
    public CompletionStage<Void> onStatements(KafkaRecordBatch<String, String> batch) {
        return folder.fold(Topics.STATEMENTS, batch, StatementExtracted.class, StatementExtracted::id, writer::statements);
    }

    @Incoming(Topics.COMMITMENTS)
    @Blocking
    public CompletionStage<Void> onCommitments(KafkaRecordBatch<String, String> batch) {
        return folder.fold(Topics.COMMITMENTS, batch, CommitmentExtracted.class, CommitmentExtracted::id, writer::commitments);
    }

    @Incoming(Topics.EXTRACTIONS)
    @Blocking
    public CompletionStage<Void> onOutcomes(KafkaRecordBatch<String, String> batch) {
        return folder.fold(Topics.EXTRACTIONS, batch, ArticleProcessed.class, ArticleProcessed::id, writer::outcomes);
    }
}
