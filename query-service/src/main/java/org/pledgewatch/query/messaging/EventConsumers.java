package org.pledgewatch.query.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.query.service.ReadModelWriter;

/** One consumer per topic; each folds its events into the read model through {@link ReadModelWriter}. */
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
    public CompletionStage<Void> onArticle(Message<String> message) {
        return folder.fold(Topics.ARTICLES, message, ArticleReceived.class, a -> a.id() + "|" + a.contentHash(), writer::article);
    }

    @Incoming(Topics.STATEMENTS)
    @Blocking
    public CompletionStage<Void> onStatement(Message<String> message) {
        return folder.fold(Topics.STATEMENTS, message, StatementExtracted.class, StatementExtracted::id, writer::statement);
    }

    @Incoming(Topics.COMMITMENTS)
    @Blocking
    public CompletionStage<Void> onCommitment(Message<String> message) {
        return folder.fold(Topics.COMMITMENTS, message, CommitmentExtracted.class, CommitmentExtracted::id, writer::commitment);
    }

    @Incoming(Topics.EXTRACTIONS)
    @Blocking
    public CompletionStage<Void> onOutcome(Message<String> message) {
        return folder.fold(Topics.EXTRACTIONS, message, ArticleProcessed.class, ArticleProcessed::id, writer::outcome);
    }
}
