package org.pledgewatch.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.ingest.service.ArticleIdentity;
import org.pledgewatch.testinfra.KafkaTestClient;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.SharedKafka;

/** Every ingest endpoint against a real broker: what is answered, and what lands on {@code articles}. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class ArticleResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** RestAssured's default for text is ISO-8859-1, which would mangle curly quotes and accents. */
    private static final String TEXT_UTF8 = "text/plain; charset=UTF-8";

    @Test
    void plainTextIsAcceptedAfterTheBrokerHasIt() throws Exception {
        String body = "Plain text article " + UUID.randomUUID() + ". \u201cWe will help,\u201d she said.";
        String id = given().contentType(TEXT_UTF8).body(body)
                .when().post("/articles")
                .then().statusCode(202).contentType(ContentType.JSON)
                .body("id", equalTo(ArticleIdentity.idFor(null, body)))
                .body("contentHash", equalTo(ArticleIdentity.contentHash(body)))
                .extract().path("id");

        ConsumerRecord<String, String> record = onlyRecordFor(id);
        JsonNode event = JSON.readTree(record.value());
        assertEquals(1, event.get("schemaVersion").asInt());
        assertEquals(body, event.get("body").asText());
        assertEquals(CloudEvents.TYPE_ARTICLE_RECEIVED, KafkaTestClient.header(record, CloudEvents.HEADER_TYPE));
        assertEquals(CloudEvents.SOURCE_INGEST, KafkaTestClient.header(record, CloudEvents.HEADER_SOURCE));
        assertEquals(CloudEvents.SPEC_VERSION, KafkaTestClient.header(record, CloudEvents.HEADER_SPEC_VERSION));
        assertNotNull(KafkaTestClient.header(record, CloudEvents.HEADER_ID));
        assertNotNull(KafkaTestClient.header(record, CloudEvents.HEADER_TIME));
    }

    @Test
    void jsonWithMetadataIsAcceptedAndTheUrlDecidesTheId() throws Exception {
        String url = "https://news.example.org/" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body("{\"title\":\"Pledge\",\"body\":\"First text.\",\"url\":\"" + url
                        + "\",\"source\":\"Example News\",\"publishedAt\":\"2026-01-06T18:00:00Z\"}")
                .when().post("/articles")
                .then().statusCode(202).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"body\":\"Edited text.\",\"url\":\"" + url + "/\"}")
                .when().post("/articles")
                .then().statusCode(202).body("id", equalTo(id));

        JsonNode first = JSON.readTree(KafkaTestClient.readUntil(SharedKafka.bootstrapServers(), Topics.ARTICLES, WAIT,
                records -> KafkaTestClient.forKey(records, id).size() >= 2).stream()
                .filter(r -> id.equals(r.key())).findFirst().orElseThrow().value());
        assertEquals("Pledge", first.get("title").asText());
        assertEquals("Example News", first.get("source").asText());
        assertEquals("2026-01-06T18:00:00Z", first.get("publishedAt").asText());
    }

    @Test
    void repeatingAPostGivesTheSameIdAndTheSameEventId() {
        String body = "Repeated article " + UUID.randomUUID();
        String first = given().contentType(TEXT_UTF8).body(body).post("/articles").then().statusCode(202)
                .extract().path("id");
        String second = given().contentType(TEXT_UTF8).body(body).post("/articles").then().statusCode(202)
                .extract().path("id");
        assertEquals(first, second);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.forKey(KafkaTestClient.readUntil(
                SharedKafka.bootstrapServers(), Topics.ARTICLES, WAIT,
                all -> KafkaTestClient.forKey(all, first).size() >= 2), first);
        assertEquals(KafkaTestClient.header(records.get(0), CloudEvents.HEADER_ID),
                KafkaTestClient.header(records.get(1), CloudEvents.HEADER_ID));
    }

    @Test
    void aMissingOrBlankBodyIs400ProblemJson() {
        problem(given().contentType(ContentType.JSON).body("{\"title\":\"no body\"}"), "/articles", 400);
        problem(given().contentType(ContentType.JSON).body("{\"body\":\"   \"}"), "/articles", 400);
        problem(given().contentType(TEXT_UTF8).body(" \n "), "/articles", 400);
        problem(given().contentType(TEXT_UTF8), "/articles", 400);
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        problem(given().contentType(ContentType.JSON).body("{\"body\": \"unterminated"), "/articles", 400)
                .body("detail", containsString("Malformed JSON"));
        problem(given().contentType(ContentType.JSON).body("{\"body\": 42}"), "/articles", 400);
        problem(given().contentType(ContentType.JSON).body("{\"body\": {\"nested\": true}}"), "/articles", 400);
        problem(given().contentType(ContentType.JSON).body("[\"not an object\"]"), "/articles", 400);
        problem(given().contentType(ContentType.JSON).body("{\"body\": \"x\", \"publishedAt\": \"soon\"}"),
                "/articles", 400).body("detail", containsString("publishedAt"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        problem(given().contentType(TEXT_UTF8).body("a".repeat(1024 * 1024 + 1)), "/articles", 413);
    }

    @Test
    void anArticleJustUnderTheLimitIsStoredWhole() {
        // quotes and newlines grow when JSON-escaped: the record is larger than the article
        String unit = "\"Quote\" and a line.\n";
        String body = unit.repeat((1024 * 1024 - 100) / unit.length()) + UUID.randomUUID();
        String id = given().contentType(TEXT_UTF8).body(body).when().post("/articles")
                .then().statusCode(202).extract().path("id");
        ConsumerRecord<String, String> record = onlyRecordFor(id);
        assertEquals(true, record.value().length() > 1024 * 1024, "the record is over Kafka's default 1 MiB");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        problem(given().contentType(ContentType.XML).body("<article/>"), "/articles", 415);
    }

    @Test
    void aJsonArrayBatchAnswersPerItem() {
        String ok = "Batch article " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("[{\"body\":\"" + ok + "\"}, {\"title\":\"no body\"}, {\"body\": 7}]")
                .when().post("/articles/batch")
                .then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].status", equalTo(202)).body("[0].id", equalTo(ArticleIdentity.idFor(null, ok)))
                .body("[1].status", equalTo(400)).body("[1].detail", notNullValue())
                .body("[2].status", equalTo(400));
        onlyRecordFor(ArticleIdentity.idFor(null, ok));
    }

    @Test
    void anNdjsonBatchAnswersPerLine() {
        String a = "NDJSON article A " + UUID.randomUUID();
        String b = "NDJSON article B " + UUID.randomUUID();
        given().contentType(ArticleResource.NDJSON)
                .body(("{\"body\":\"" + a + "\"}\n{broken\n\n{\"body\":\"" + b + "\"}\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].status", equalTo(202))
                .body("[1].status", equalTo(400))
                .body("[2].status", equalTo(202)).body("[2].id", equalTo(ArticleIdentity.idFor(null, b)));
    }

    @Test
    void aFullBatchIsAcceptedWhole() {
        String run = UUID.randomUUID().toString();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            ndjson.append("{\"body\":\"Full batch ").append(run).append(" article ").append(i).append("\"}\n");
        }
        List<Integer> statuses = given().contentType(ArticleResource.NDJSON)
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(200).extract().path("status");
        assertEquals(1000, statuses.size());
        assertEquals(List.of(202), statuses.stream().distinct().toList(), "every item acknowledged");
    }

    @Test
    void aBatchThatIsNotAnArrayOrTooLargeIsRefusedWhole() {
        problem(given().contentType(ContentType.JSON).body("{\"body\":\"x\"}"), "/articles/batch", 400);
        problem(given().contentType(ContentType.JSON).body("[" + "{\"body\":\"x\"},".repeat(1000) + "{\"body\":\"y\"}]"),
                "/articles/batch", 413);
    }

    @Test
    void readinessIncludesKafkaAndMetricsCountPublishedArticles() {
        given().contentType(TEXT_UTF8).body("Metrics article " + UUID.randomUUID()).post("/articles").then().statusCode(202);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Messaging")))
                .body("checks[0].data.articles", equalTo("[OK]"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("pledgewatch_articles_published_total{outcome=\"acknowledged\"}"))
                .body(containsString("http_server_requests_seconds"));
    }

    private static ConsumerRecord<String, String> onlyRecordFor(String id) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.forKey(KafkaTestClient.readUntil(
                SharedKafka.bootstrapServers(), Topics.ARTICLES, WAIT,
                all -> !KafkaTestClient.forKey(all, id).isEmpty()), id);
        assertEquals(1, records.size(), "records for " + id);
        return records.get(0);
    }

    private static io.restassured.response.ValidatableResponse problem(
            io.restassured.specification.RequestSpecification request, String path, int status) {
        return request.when().post(path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue());
    }
}
