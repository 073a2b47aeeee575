package org.pledgewatch.extraction.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.testinfra.KafkaTestClient;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.SharedKafka;

/** The extraction service against a real broker: articles in, statements/commitments/outcome out, DLQ. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ArticleConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper mapper;

    @Test
    void anArticleYieldsItsItemsThenAnOutcomeThatNamesThem() throws Exception {
        String articleId = UUID.randomUUID().toString();
        send(article(articleId, seedArticle()));

        JsonNode outcome = outcomeOf(articleId);
        assertEquals("EXTRACTED", outcome.get("status").asText());
        assertTrue(outcome.get("statementCount").asInt() > 0, "the seed article has statements");
        assertTrue(outcome.get("commitmentCount").asInt() > 0, "the seed article has commitments");

        List<ConsumerRecord<String, String>> statements = recordsFor(Topics.STATEMENTS, articleId,
                outcome.get("statementCount").asInt());
        assertEquals(ids(outcome.get("statementIds")), statements.stream()
                .map(r -> KafkaTestClient.header(r, CloudEvents.HEADER_ID)).collect(Collectors.toSet()));
        for (ConsumerRecord<String, String> record : statements) {
            JsonNode statement = mapper.readTree(record.value());
            assertEquals(statement.get("id").asText(), KafkaTestClient.header(record, CloudEvents.HEADER_ID));
            assertEquals(CloudEvents.TYPE_STATEMENT_EXTRACTED, KafkaTestClient.header(record, CloudEvents.HEADER_TYPE));
            assertEquals(CloudEvents.SOURCE_EXTRACTION, KafkaTestClient.header(record, CloudEvents.HEADER_SOURCE));
            assertEquals(CloudEvents.SPEC_VERSION, KafkaTestClient.header(record, CloudEvents.HEADER_SPEC_VERSION));
            assertNotNull(KafkaTestClient.header(record, CloudEvents.HEADER_TIME));
            String body = seedArticle();
            JsonNode evidence = statement.get("evidence");
            assertEquals(body.substring(evidence.get("start").asInt(), evidence.get("end").asInt()), evidence.get("text").asText());
        }
        List<ConsumerRecord<String, String>> commitments = recordsFor(Topics.COMMITMENTS, articleId,
                outcome.get("commitmentCount").asInt());
        assertEquals(ids(outcome.get("commitmentIds")), commitments.stream()
                .map(r -> KafkaTestClient.header(r, CloudEvents.HEADER_ID)).collect(Collectors.toSet()));
    }

    @Test
    void aRedeliveredArticleGivesTheSameIds() throws Exception {
        String articleId = UUID.randomUUID().toString();
        send(article(articleId, seedArticle()));
        send(article(articleId, seedArticle()));
        List<ConsumerRecord<String, String>> outcomes = KafkaTestClient.forKey(KafkaTestClient.readUntil(
                SharedKafka.bootstrapServers(), Topics.EXTRACTIONS, WAIT,
                all -> KafkaTestClient.forKey(all, articleId).size() >= 2), articleId);
        JsonNode first = mapper.readTree(outcomes.get(0).value());
        JsonNode second = mapper.readTree(outcomes.get(1).value());
        assertEquals(first.get("id"), second.get("id"));
        assertEquals(first.get("statementIds"), second.get("statementIds"));
        assertEquals(first.get("commitmentIds"), second.get("commitmentIds"));
    }

    @Test
    void aPoisonArticleIsDeadLetteredAndFailedAndTheNextOneIsProcessed() throws Exception {
        String poisonId = UUID.randomUUID().toString();
        String nextId = UUID.randomUUID().toString();
        send(article(poisonId, "Officials said they would help. " + PoisonPillExtractor.MARKER));
        send(article(nextId, "\u201cWe will send aid,\u201d Prime Minister Jane Doe said."));

        JsonNode failed = outcomeOf(poisonId);
        assertEquals("FAILED", failed.get("status").asText());
        assertTrue(failed.get("reason").asText().contains("poison pill"));
        ConsumerRecord<String, String> dead = recordsFor(Topics.ARTICLES_DLQ, poisonId, 1).get(0);
        assertTrue(dead.value().contains(PoisonPillExtractor.MARKER), "the DLQ keeps the article as it was");
        assertTrue(KafkaTestClient.header(dead, CloudEvents.HEADER_DLQ_REASON).contains("poison pill"));

        assertEquals("EXTRACTED", outcomeOf(nextId).get("status").asText());
    }

    @Test
    void anUnreadableRecordIsDeadLetteredUnchanged() {
        String key = UUID.randomUUID().toString();
        KafkaTestClient.send(SharedKafka.bootstrapServers(), Topics.ARTICLES, key, "{this is not an article");
        ConsumerRecord<String, String> dead = recordsFor(Topics.ARTICLES_DLQ, key, 1).get(0);
        assertEquals("{this is not an article", dead.value());
        assertNotNull(KafkaTestClient.header(dead, CloudEvents.HEADER_DLQ_REASON));
        List<ConsumerRecord<String, String>> outcomes = KafkaTestClient.forKey(
                KafkaTestClient.readAll(SharedKafka.bootstrapServers(), Topics.EXTRACTIONS, WAIT), key);
        assertFalse(outcomes.stream().anyMatch(r -> r.value().contains("EXTRACTED")));
    }

    @Test
    void readinessIncludesKafkaAndMetricsCountProcessedArticles() throws Exception {
        String articleId = UUID.randomUUID().toString();
        send(article(articleId, "\u201cWe will help,\u201d President Jane Doe said."));
        outcomeOf(articleId);
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pledgewatch_articles_processed_total{status=\"EXTRACTED\"}"))
                .body(org.hamcrest.Matchers.containsString("pledgewatch_extraction_duration_seconds"));
    }

    private JsonNode outcomeOf(String articleId) throws IOException {
        return mapper.readTree(recordsFor(Topics.EXTRACTIONS, articleId, 1).get(0).value());
    }

    private static List<ConsumerRecord<String, String>> recordsFor(String topic, String key, int atLeast) {
        return KafkaTestClient.forKey(KafkaTestClient.readUntil(SharedKafka.bootstrapServers(), topic, WAIT,
                all -> KafkaTestClient.forKey(all, key).size() >= atLeast), key);
    }

    private static Set<String> ids(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toSet());
    }

    private void send(ArticleReceived article) throws Exception {
        KafkaTestClient.send(SharedKafka.bootstrapServers(), Topics.ARTICLES, article.id(),
                mapper.writeValueAsString(article));
    }

    private static ArticleReceived article(String id, String body) {
        return new ArticleReceived(1, id, null, body, null, null, null, Instant.now(), "sha256:" + body.hashCode());
    }

    static String seedArticle() throws IOException {
        try (InputStream in = ArticleConsumerTest.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
