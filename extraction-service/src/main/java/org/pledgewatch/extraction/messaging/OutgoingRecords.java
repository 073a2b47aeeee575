package org.pledgewatch.extraction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.extraction.service.ExtractionEvents;

/**
 * The records processing one article writes, in order: its statements and commitments, then the outcome on
 * {@code extractions} (so a reader that sees the outcome knows the items were written before it), or, for an
 * article that could not be processed, the copy on {@code articles.dlq}. Every record is keyed by article id;
 * events carry CloudEvents headers whose {@code ce_id} is the event's own deterministic id.
 */
@ApplicationScoped
public class OutgoingRecords {

    /** The headers SmallRye's dead-letter-queue strategy writes; we write the same ones ourselves. */
    static final String DLQ_REASON = CloudEvents.HEADER_DLQ_REASON;
    static final String DLQ_CAUSE = "dead-letter-cause";
    static final String DLQ_TOPIC = "dead-letter-topic";
    static final String DLQ_PARTITION = "dead-letter-partition";
    static final String DLQ_OFFSET = "dead-letter-offset";
    static final String DLQ_EXCEPTION_CLASS = "dead-letter-exception-class-name";

    private final ObjectMapper mapper;

    public OutgoingRecords(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<Message<String>> of(ExtractionEvents events) {
        ArticleProcessed outcome = events.outcome();
        List<Message<String>> records = new ArrayList<>();
        for (StatementExtracted statement : events.statements()) {
            records.add(event(Topics.STATEMENTS, statement, statement.id(), CloudEvents.TYPE_STATEMENT_EXTRACTED, outcome));
        }
        for (CommitmentExtracted commitment : events.commitments()) {
            records.add(event(Topics.COMMITMENTS, commitment, commitment.id(), CloudEvents.TYPE_COMMITMENT_EXTRACTED, outcome));
        }
        records.add(outcome(outcome));
        return records;
    }

    public Message<String> outcome(ArticleProcessed outcome) {
        return event(Topics.EXTRACTIONS, outcome, outcome.id(), CloudEvents.TYPE_ARTICLE_PROCESSED, outcome);
    }

    /** The article record exactly as it was read, with its headers and why it could not be processed. */
    public Message<String> deadLetter(KafkaRecord<String, String> article, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : article.getHeaders()) {
            headers.add(header);
        }
        headers.add(header(DLQ_REASON, String.valueOf(reason.getMessage())));
        headers.add(header(DLQ_EXCEPTION_CLASS, reason.getClass().getName()));
        if (reason.getCause() != null) {
            headers.add(header(DLQ_CAUSE, String.valueOf(reason.getCause().getMessage())));
        }
        headers.add(header(DLQ_TOPIC, article.getTopic()));
        headers.add(header(DLQ_PARTITION, Integer.toString(article.getPartition())));
        headers.add(header(DLQ_OFFSET, Long.toString(offset(article))));
        return Message.of(article.getPayload(), Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.ARTICLES_DLQ).withKey(article.getKey()).withHeaders(headers).build()));
    }

    private Message<String> event(String topic, Object payload, String eventId, String type, ArticleProcessed outcome) {
        return Message.of(json(payload), Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withTopic(topic).withKey(outcome.articleId()).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(eventId)
                        .withType(type)
                        .withSource(URI.create(CloudEvents.SOURCE_EXTRACTION))
                        .withTimestamp(outcome.processedAt().atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build()));
    }

    static long offset(KafkaRecord<?, ?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract records always serialize", e);
        }
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
