package org.pledgewatch.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.Evidence;
import org.pledgewatch.contract.events.Speaker;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.testinfra.KafkaTestClient;
import org.pledgewatch.testinfra.SharedKafka;

/** Publishes contract events on the real topics, with CloudEvents headers, as the other services would. */
final class EventFixtures {

    static final Actor UK = new Actor("GBR", "United Kingdom", "COUNTRY", "GBR");
    static final Actor FRANCE = new Actor("FRA", "France", "COUNTRY", "FRA");
    static final Actor GERMANY = new Actor("DEU", "Germany", "COUNTRY", "DEU");
    static final Actor UKRAINE = new Actor("UKR", "Ukraine", "COUNTRY", "UKR");

    private final ObjectMapper mapper;

    EventFixtures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void article(String articleId, String body, Instant publishedAt, String contentHash) {
        ArticleReceived article = new ArticleReceived(1, articleId, "Title " + articleId, body, null, "Test Wire",
                publishedAt, Instant.parse("2026-01-07T10:00:00Z"), contentHash);
        publish(Topics.ARTICLES, articleId, articleId + "|" + contentHash, article);
    }

    StatementExtracted statement(String id, String articleId, Speaker speaker, String quote, boolean direct,
                                 String version) {
        StatementExtracted statement = new StatementExtracted(1, id, articleId, speaker, quote, 1, 1 + quote.length(),
                direct, "said", new Evidence(quote, 1, 1 + quote.length()), version);
        publish(Topics.STATEMENTS, articleId, id, statement);
        return statement;
    }

    CommitmentExtracted commitment(String id, String articleId, List<Actor> actors, String action, Actor beneficiary,
                                   List<String> conditions, String modality, String category, String version) {
        CommitmentExtracted commitment = new CommitmentExtracted(1, id, articleId, actors, null, action, beneficiary,
                conditions, modality, category, List.of(), null, new Evidence(action, 0, action.length()), version);
        publish(Topics.COMMITMENTS, articleId, id, commitment);
        return commitment;
    }

    ArticleProcessed outcome(String id, String articleId, String contentHash, String version, String status,
                             String reason, List<String> statementIds, List<String> commitmentIds) {
        ArticleProcessed outcome = new ArticleProcessed(1, id, articleId, contentHash, version, status, reason,
                statementIds.size(), commitmentIds.size(), statementIds, commitmentIds, Instant.now());
        publish(Topics.EXTRACTIONS, articleId, id, outcome);
        return outcome;
    }

    void publish(String topic, String key, String eventId, Object event) {
        publish(topic, key, eventId, event, Instant.now());
    }

    /** {@code time} is the ce_time: for items, when their extraction ran. */
    void publish(String topic, String key, String eventId, Object event, Instant time) {
        try {
            KafkaTestClient.send(SharedKafka.bootstrapServers(), topic, key, mapper.writeValueAsString(event), Map.of(
                    CloudEvents.HEADER_ID, eventId,
                    CloudEvents.HEADER_TYPE, "test",
                    CloudEvents.HEADER_SOURCE, "/test",
                    CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION,
                    CloudEvents.HEADER_TIME, time.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
