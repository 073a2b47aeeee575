package org.pledgewatch.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.Evidence;
import org.pledgewatch.contract.events.Speaker;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.testinfra.KafkaTestClient;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.PostgresTestResource;
import org.pledgewatch.testinfra.SharedKafka;

/**
 * The read model filled through the real topics (never by inserting rows) and read over REST:
 * folding, deduplication by event id, re-extraction, and the 404s.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReadModelFoldTest {

    private static final String BODY = "\u201cWe will establish bases,\u201d Starmer said. France agreed.";
    private static final Speaker STARMER = new Speaker("keir-starmer", "Keir Starmer", "PERSON", "Prime Minister", "GBR");

    @Inject
    ObjectMapper mapper;

    @Test
    void anArticleIsReceivedThenExtractedWithItsItems() throws Exception {
        String articleId = UUID.randomUUID().toString();
        publishArticle(articleId, "sha256:1");
        awaitStatus(articleId, "RECEIVED");

        StatementExtracted statement = statement(articleId, "v1");
        CommitmentExtracted commitment = commitment(articleId, "v1");
        publish(Topics.STATEMENTS, articleId, statement.id(), statement);
        publish(Topics.COMMITMENTS, articleId, commitment.id(), commitment);
        ArticleProcessed outcome = outcome(articleId, "sha256:1", "v1", List.of(statement.id()), List.of(commitment.id()));
        publish(Topics.EXTRACTIONS, articleId, outcome.id(), outcome);

        awaitStatus(articleId, "EXTRACTED");
        given().get("/articles/{id}", articleId).then().statusCode(200)
                .body("statementCount", equalTo(1)).body("commitmentCount", equalTo(1))
                .body("extractorVersion", equalTo("v1")).body("body", equalTo(BODY))
                .body("failureReason", nullValue());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/{id}/statements", articleId)
                .then().statusCode(200).body("", hasSize(1)));
        given().get("/articles/{id}/statements", articleId).then()
                .body("[0].id", equalTo(statement.id()))
                .body("[0].articleId", equalTo(articleId))
                .body("[0].speaker.name", equalTo("Keir Starmer"))
                .body("[0].speaker.role", equalTo("Prime Minister"))
                .body("[0].quote", equalTo("We will establish bases"))
                .body("[0].direct", equalTo(true))
                .body("[0].reportingVerb", equalTo("said"))
                .body("[0].evidence.start", equalTo(0))
                .body("[0].evidence.text", equalTo(BODY.substring(0, 40)))
                .body("[0].extractorVersion", equalTo("v1"))
                .body("[0].schemaVersion", nullValue());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/{id}/commitments", articleId)
                .then().statusCode(200).body("", hasSize(1)));
        given().get("/articles/{id}/commitments", articleId).then()
                .body("[0].actors[0].id", equalTo("GBR"))
                .body("[0].actors[1].id", equalTo("FRA"))
                .body("[0].action", equalTo("establish bases"))
                .body("[0].beneficiary.id", equalTo("UKR"))
                .body("[0].conditions[0]", equalTo("after the ceasefire"))
                .body("[0].modality", equalTo("CONDITIONAL"))
                .body("[0].category", equalTo("MILITARY"));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String articleId = UUID.randomUUID().toString();
        publishArticle(articleId, "sha256:1");
        StatementExtracted statement = statement(articleId, "v1");
        publish(Topics.STATEMENTS, articleId, statement.id(), statement);
        publish(Topics.STATEMENTS, articleId, statement.id(), statement);
        ArticleProcessed outcome = outcome(articleId, "sha256:1", "v1", List.of(statement.id()), List.of());
        publish(Topics.EXTRACTIONS, articleId, outcome.id(), outcome);
        publish(Topics.EXTRACTIONS, articleId, outcome.id(), outcome);
        publishArticle(articleId, "sha256:1");

        awaitStatus(articleId, "EXTRACTED");
        // a marker published after the duplicates: once it is folded, the duplicates were too
        StatementExtracted marker = statement(UUID.randomUUID().toString(), "v1");
        publish(Topics.STATEMENTS, marker.articleId(), marker.id(), marker);
        publishArticle(marker.articleId(), "sha256:m");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/articles/{id}/statements", marker.articleId()).then().statusCode(200).body("", hasSize(1)));
        given().get("/articles/{id}/statements", articleId).then().statusCode(200).body("", hasSize(1));
        given().get("/articles/{id}", articleId).then().body("status", equalTo("EXTRACTED"));
    }

    @Test
    void aNewExtractorVersionReplacesTheItemsOfAnArticle() throws Exception {
        String articleId = UUID.randomUUID().toString();
        publishArticle(articleId, "sha256:1");
        StatementExtracted old = statement(articleId, "v1");
        publish(Topics.STATEMENTS, articleId, old.id(), old);
        ArticleProcessed first = outcome(articleId, "sha256:1", "v1", List.of(old.id()), List.of());
        publish(Topics.EXTRACTIONS, articleId, first.id(), first);
        awaitStatus(articleId, "EXTRACTED");

        StatementExtracted newer = statement(articleId, "v2");
        publish(Topics.STATEMENTS, articleId, newer.id(), newer);
        ArticleProcessed second = outcome(articleId, "sha256:1", "v2", List.of(newer.id()), List.of());
        publish(Topics.EXTRACTIONS, articleId, second.id(), second);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/{id}/statements", articleId)
                .then().statusCode(200).body("", hasSize(1)).body("[0].extractorVersion", equalTo("v2")));
        given().get("/articles/{id}", articleId).then().body("extractorVersion", equalTo("v2"));
    }

    @Test
    void itemsOfANewerExtractionFoldedBeforeTheOlderOutcomeSurviveIt() {
        String articleId = UUID.randomUUID().toString();
        Instant start = Instant.now();
        EventFixtures events = new EventFixtures(mapper);
        publishArticle(articleId, "sha256:1");
        StatementExtracted old = statement(articleId, "v1");
        StatementExtracted newer = statement(articleId, "v2");
        events.publish(Topics.STATEMENTS, articleId, old.id(), old, start);
        events.publish(Topics.STATEMENTS, articleId, newer.id(), newer, start.plusSeconds(2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/articles/{id}/statements", articleId).then().statusCode(200).body("", hasSize(2)));

        ArticleProcessed first = new ArticleProcessed(1, "p1-" + articleId, articleId, "sha256:1", "v1",
                ArticleProcessed.EXTRACTED, null, 1, 0, List.of(old.id()), List.of(), start.plusSeconds(1));
        events.publish(Topics.EXTRACTIONS, articleId, first.id(), first);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/articles/{id}", articleId).then().body("extractorVersion", equalTo("v1")));
        given().get("/articles/{id}/statements", articleId).then().body("", hasSize(2));

        ArticleProcessed second = new ArticleProcessed(1, "p2-" + articleId, articleId, "sha256:1", "v2",
                ArticleProcessed.EXTRACTED, null, 1, 0, List.of(newer.id()), List.of(), start.plusSeconds(3));
        events.publish(Topics.EXTRACTIONS, articleId, second.id(), second);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/{id}/statements", articleId)
                .then().body("", hasSize(1)).body("[0].id", equalTo(newer.id())));
    }

    @Test
    void aFailedOutcomeIsShownWithItsReason() throws Exception {
        String articleId = UUID.randomUUID().toString();
        publishArticle(articleId, "sha256:1");
        ArticleProcessed failed = new ArticleProcessed(1, "failed-" + articleId, articleId, "sha256:1", "v1",
                ArticleProcessed.FAILED, "IllegalStateException: boom", 0, 0, List.of(), List.of(), Instant.now());
        publish(Topics.EXTRACTIONS, articleId, failed.id(), failed);
        awaitStatus(articleId, "FAILED");
        given().get("/articles/{id}", articleId).then().body("failureReason", equalTo("IllegalStateException: boom"));
    }

    @Test
    void anUnreadableRecordIsSkippedAndTheNextOneFolded() throws Exception {
        String articleId = UUID.randomUUID().toString();
        KafkaTestClient.send(SharedKafka.bootstrapServers(), Topics.ARTICLES, articleId, "{not json");
        publishArticle(articleId, "sha256:1");
        awaitStatus(articleId, "RECEIVED");
    }

    @Test
    void readinessIncludesKafkaAndTheDatabaseAndMetricsCountFolds() throws Exception {
        String articleId = UUID.randomUUID().toString();
        publishArticle(articleId, "sha256:metrics");
        awaitStatus(articleId, "RECEIVED");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Messaging")))
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pledgewatch_events_folded_total{outcome=\"folded\",topic=\"articles\"}"))
                .body(org.hamcrest.Matchers.containsString("pledgewatch_fold_lag_seconds"));
        given().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/commitments"));
    }

    @Test
    void unknownArticlesAre404ProblemJson() {
        for (String path : List.of("/articles/{id}", "/articles/{id}/statements", "/articles/{id}/commitments")) {
            given().get(path, "no-such-article").then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    private void awaitStatus(String articleId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles/{id}", articleId).then().statusCode(200).body("status", equalTo(status)));
    }

    private void publishArticle(String articleId, String contentHash) {
        ArticleReceived article = new ArticleReceived(1, articleId, "Bases", BODY, null, "Test", null,
                Instant.parse("2026-01-07T10:00:00Z"), contentHash);
        publish(Topics.ARTICLES, articleId, articleId + "|" + contentHash, article);
    }

    private void publish(String topic, String key, String eventId, Object event) {
        new EventFixtures(mapper).publish(topic, key, eventId, event);
    }

    private static StatementExtracted statement(String articleId, String version) {
        return new StatementExtracted(1, "s-" + version + "-" + articleId, articleId, STARMER,
                "We will establish bases", 1, 24, true, "said", new Evidence(BODY.substring(0, 40), 0, 40), version);
    }

    private static CommitmentExtracted commitment(String articleId, String version) {
        return new CommitmentExtracted(1, "c-" + version + "-" + articleId, articleId,
                List.of(new Actor("GBR", "United Kingdom", "COUNTRY", "GBR"), new Actor("FRA", "France", "COUNTRY", "FRA")),
                STARMER, "establish bases", new Actor("UKR", "Ukraine", "COUNTRY", "UKR"), List.of("after the ceasefire"),
                "CONDITIONAL", "MILITARY", List.of(), null, new Evidence(BODY.substring(0, 40), 0, 40), version);
    }

    private static ArticleProcessed outcome(String articleId, String hash, String version, List<String> statementIds,
                                            List<String> commitmentIds) {
        return new ArticleProcessed(1, "p-" + version + "-" + articleId, articleId, hash, version,
                ArticleProcessed.EXTRACTED, null, statementIds.size(), commitmentIds.size(), statementIds,
                commitmentIds, Instant.now());
    }
}
