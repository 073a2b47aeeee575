package org.pledgewatch.extraction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.extraction.service.ArticleExtraction;
import org.pledgewatch.extraction.service.ExtractionEvents;

/**
 * Consumes {@code articles} exactly once: for each batch of articles, every record it produces (statements,
 * commitments, outcomes, dead letters) and the batch's consumer offsets are committed in ONE Kafka
 * transaction, or none of it is. A crash or a broker failure mid-batch aborts the transaction; the consumer
 * then resumes from the last committed offset, and readers ({@code read_committed}) never see the aborted
 * records. An article that cannot be read or makes the extractor throw is not a failure of the batch: it
 * gets a FAILED outcome and a copy on {@code articles.dlq} inside the same transaction, and the partition
 * moves on.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final ArticleExtraction extraction;
    private final OutgoingRecords records;
    private final KafkaTransactions<String> transactions;
    private final ObjectMapper mapper;
    private final MeterRegistry metrics;
    private final FencedProducerExit fencing;

    /**
     * One batch sends (articles x their items) records at once: far more than an emitter's default buffer
     * (which refuses, not waits, when full). The batch size bounds the buffer (max.poll.records).
     */
    public ArticleConsumer(ArticleExtraction extraction, OutgoingRecords records,
                           @Channel(Topics.EXTRACTIONS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                           KafkaTransactions<String> transactions, ObjectMapper mapper,
                           MeterRegistry metrics,
                           @Identifier(FencedProducerExit.NAME) FencedProducerExit fencing) {
        this.extraction = extraction;
        this.records = records;
        this.transactions = transactions;
        this.mapper = mapper;
        this.metrics = metrics;
        this.fencing = fencing;
    }

    /**
     * Extraction is CPU work, so it runs on worker threads before the transaction, the batch's articles side
     * by side (the extractor is thread-safe), their records then taken in the batch's order; the transaction
     * only sends. A failed transaction is aborted and nacks the batch, and the connector seeks back to the
     * committed offset; a fenced producer stops the service ({@link FencedProducerExit}).
     */
    @Incoming(Topics.ARTICLES)
    @Blocking
    public Uni<Void> onArticles(KafkaRecordBatch<String, String> batch) {
        List<Message<String>> outgoing = new ArrayList<>();
        for (List<Message<String>> records : extractAll(batch.getRecords())) {
            outgoing.addAll(records);
        }
        // withTransactionAndAck, but looking at a failure before it becomes the batch's nack (which it swallows)
        return transactions.withTransaction(batch, emitter -> {
            outgoing.forEach(emitter::send);
            return Uni.createFrom().voidItem();
        }).onItemOrFailure().transformToUni((committed, failure) -> {
            if (failure == null) {
                return Uni.createFrom().completionStage(batch.ack());
            }
            LOG.warnf("Transaction for %d articles aborted, they will be read again: %s", batch.getRecords().size(),
                    failure.getMessage());
            fencing.exitIfFenced(failure);
            return Uni.createFrom().completionStage(batch.nack(failure));
        });
    }

    /** The records of each article, in the batch's order; the articles are extracted on the worker pool. */
    private List<List<Message<String>>> extractAll(List<KafkaRecord<String, String>> articles) {
        if (articles.size() <= 1) {
            return articles.stream().map(this::process).toList();
        }
        return Uni.join().all(articles.stream()
                        .map(article -> Uni.createFrom().item(() -> process(article))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                        .toList())
                .andFailFast().await().indefinitely();
    }

    private List<Message<String>> process(KafkaRecord<String, String> record) {
        ArticleReceived article;
        try {
            article = read(record.getPayload());
        } catch (IllegalArgumentException unreadable) {
            LOG.warnf("Dead-lettering an unreadable record at %s-%d@%d: %s", record.getTopic(), record.getPartition(),
                    OutgoingRecords.offset(record), unreadable.getMessage());
            count("UNREADABLE");
            return List.of(records.deadLetter(record, unreadable));
        }
        Timer.Sample extracting = Timer.start(metrics);
        try {
            ExtractionEvents events = extraction.extract(article);
            extracting.stop(metrics.timer("pledgewatch.extraction.duration"));
            count("EXTRACTED");
            return records.of(events);
        } catch (RuntimeException failure) {
            LOG.warnf(failure, "Extraction of article %s failed; dead-lettering it", article.id());
            count("FAILED");
            return List.of(records.outcome(extraction.failed(article, failure)), records.deadLetter(record, failure));
        }
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
