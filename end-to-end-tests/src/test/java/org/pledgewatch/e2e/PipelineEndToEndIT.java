package org.pledgewatch.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.localstack.LocalStack;
import org.pledgewatch.testinfra.KafkaTestClient;

/**
 * The three service jars, as {@code ./run} starts them, on free ports next to a real broker and
 * database: an article goes in at ingest and comes out as statements and commitments at query.
 */
class PipelineEndToEndIT {
    private static final String SCHEMA_ID_PREFIX = "https://pledgewatch.org/schemas/";
    private static final Duration EXTRACTION_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> CLOUD_EVENT_HEADERS = List.of(CloudEvents.HEADER_ID, CloudEvents.HEADER_TYPE,
            CloudEvents.HEADER_SOURCE, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.HEADER_TIME);

    private static LocalStack stack;
    private static final List<Long> pids = new ArrayList<>();
    private static String article;

    @BeforeAll
    static void startStack() throws IOException {
        Path root = repoRoot();
        Path state = root.resolve("end-to-end-tests").resolve("target").resolve("e2e-stack");
        // free ports: must not clash with a ./run on 8081-8083 on the same machine
        stack = LocalStack.start(LocalStack.Config.forRoot(root)
                .withFreePorts()
                .withStateDir(state, false)
                .withProgress(line -> System.out.println("[e2e] " + line)));
        pids.add(stack.broker().pid());
        for (String service : List.of(LocalStack.INGEST, LocalStack.EXTRACTION, LocalStack.QUERY)) {
            pids.add(stack.service(service).pid());
        }
        try (InputStream sample = PipelineEndToEndIT.class.getClassLoader()
                .getResourceAsStream("samples/seed-article.txt")) {
            assertNotNull(sample, "samples/seed-article.txt from local-stack is on the classpath");
            article = new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is gone");
        }
    }

    @Test
    void anArticleBecomesStatementsAndCommitmentsOnTheTopicsAndInTheQueryService() {
        String id = ingest(article);
        Map<String, Object> view = awaitExtracted(id);
        int statementCount = ((Number) view.get("statementCount")).intValue();
        int commitmentCount = ((Number) view.get("commitmentCount")).intValue();

        // each topic is folded by its own consumer, so the lists may trail the EXTRACTED status briefly
        long extractedAt = System.nanoTime();
        List<Map<String, Object>> statements = awaitList("/articles/" + id + "/statements", statementCount);
        List<Map<String, Object>> commitments = awaitList("/articles/" + id + "/commitments", commitmentCount);
        System.out.println("[e2e] lists matched the counts " + (System.nanoTime() - extractedAt) / 1_000_000
                + " ms after EXTRACTED was visible");
        System.out.println("[e2e] article " + id + " EXTRACTED: " + statements.size() + " statements, "
                + commitments.size() + " commitments");
        assertFalse(statements.isEmpty(), "statements of the seed article");
        assertFalse(commitments.isEmpty(), "commitments of the seed article");
        assertEquals(statementCount, statements.size(), "statementCount = number of statements");
        assertEquals(commitmentCount, commitments.size(), "commitmentCount = number of commitments");
        statements.forEach(s -> assertNotNull(s.get("quote"), "every statement has a quote: " + s));
        commitments.forEach(c -> assertNotNull(c.get("action"), "every commitment has an action: " + c));

        assertEventsOnTopic(Topics.STATEMENTS, id, statements.size());
        assertEventsOnTopic(Topics.COMMITMENTS, id, commitments.size());
    }

    @Test
    void postingTheSameArticleAgainKeepsItsIdAndTheCounts() {
        String id = ingest(article);
        Map<String, Object> before = awaitExtracted(id);
        int extractionEvents = eventsFor(Topics.EXTRACTIONS, id).size();

        assertEquals(id, ingest(article), "the same article gets the same id");
        // the second extraction is what could double the read model: wait for it, then compare
        KafkaTestClient.readUntil(stack.bootstrapServers(), Topics.EXTRACTIONS, EXTRACTION_TIMEOUT,
                records -> KafkaTestClient.forKey(records, id).size() > extractionEvents);
        Map<String, Object> after = awaitExtracted(id);
        System.out.println("[e2e] re-posted " + id + ": counts before " + before.get("statementCount") + "/"
                + before.get("commitmentCount") + ", after " + after.get("statementCount") + "/" + after.get("commitmentCount"));
        assertEquals(before.get("statementCount"), after.get("statementCount"), "statementCount after re-post");
        assertEquals(before.get("commitmentCount"), after.get("commitmentCount"), "commitmentCount after re-post");
        assertEquals(((Number) after.get("statementCount")).intValue(),
                getList("/articles/" + id + "/statements").size(), "statements after re-post");
        assertEquals(((Number) after.get("commitmentCount")).intValue(),
                getList("/articles/" + id + "/commitments").size(), "commitments after re-post");
    }

    @Test
    void everyEventOnTheTopicsValidatesAgainstItsPublishedJsonSchema() throws Exception {
        awaitExtracted(ingest(article));
        SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_ID_PREFIX, "classpath:schemas/"))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Map<String, String> schemaOfTopic = Map.of(
                Topics.ARTICLES, "article-received.v1.json",
                Topics.STATEMENTS, "statement-extracted.v1.json",
                Topics.COMMITMENTS, "commitment-extracted.v1.json",
                Topics.EXTRACTIONS, "article-processed.v1.json");
        ObjectMapper json = new ObjectMapper();
        int validated = 0;
        for (Map.Entry<String, String> topic : schemaOfTopic.entrySet()) {
            Schema schema = schemas.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + topic.getValue()));
            List<ConsumerRecord<String, String>> records =
                    KafkaTestClient.readAll(stack.bootstrapServers(), topic.getKey(), KAFKA_TIMEOUT);
            assertFalse(records.isEmpty(), "events on " + topic.getKey());
            for (ConsumerRecord<String, String> record : records) {
                assertEquals(List.of(), schema.validate(json.readTree(record.value())),
                        topic.getKey() + " event at offset " + record.offset() + " against " + topic.getValue());
                validated++;
            }
        }
        System.out.println("[e2e] " + validated + " events on the topics validate against their JSON Schemas");
    }

    /** What an analyst asks of the seed article, across articles, through the query API. */
    @Test
    void theSeedArticleAnswersTheAnalystsQuestions() {
        awaitExtracted(ingest(article));
        List<Map<String, Object>> ukPledges = given().baseUri(stack.queryUrl()).get("/commitments?actor=UK&limit=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(ukPledges.stream().anyMatch(c -> String.valueOf(c.get("action")).contains("military bases")
                        && !((List<?>) c.get("conditions")).isEmpty()),
                "the UK's bases-after-ceasefire pledge, with its condition: " + ukPledges);
        given().baseUri(stack.queryUrl()).get("/commitments?actor=GBR&limit=100").then().statusCode(200)
                .body("items.size()", Matchers.equalTo(ukPledges.size()));
        List<Map<String, Object>> sanchez = given().baseUri(stack.queryUrl()).get("/statements?speaker=sanchez")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertFalse(sanchez.isEmpty(), "Pedro Sánchez's statements");
        sanchez.forEach(s -> assertEquals("Pedro Sánchez", ((Map<?, ?>) s.get("speaker")).get("name")));
        Map<String, Object> germany = given().baseUri(stack.queryUrl()).get("/actors/DEU").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertNotNull(((Map<?, ?>) germany.get("commitmentsByModality")).get("CONDITIONAL"),
                "Germany's conditional contribution: " + germany);
    }

    /** A live subscriber sees the commitments of an article posted to the ingest service after it subscribed. */
    @Test
    void aLiveSubscriberReceivesTheCommitmentsOfANewlyPostedArticle() throws Exception {
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/stream/commitments?actor=France"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("data:"))
                        .forEach(line -> data.add(line.substring(5).trim())));
        Thread.sleep(1000); // the stream starts after what is already in the read model
        String edition = article + "\nUpdated " + UUID.randomUUID() + ".";
        String id = ingest(edition);
        String first = data.poll(EXTRACTION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(first, "a commitment of France arrives on the stream");
        JsonNode commitment = new ObjectMapper().readTree(first);
        assertEquals(id, commitment.get("articleId").asText(), "it is from the article just posted: " + first);
        assertTrue(commitment.get("actors").findValuesAsText("id").contains("FRA"), "France is among its actors: " + first);
    }

    /** POST text/plain, expect 202 with an id. */
    private static String ingest(String text) {
        String id = given().baseUri(stack.ingestUrl())
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .when().post("/articles")
                .then().statusCode(202)
                .extract().path("id");
        assertNotNull(id, "ingest answers with an id");
        return id;
    }

    /** Polls the read model until the article is EXTRACTED; a FAILED article fails at once. */
    private static Map<String, Object> awaitExtracted(String id) {
        return await("article " + id + " EXTRACTED in query-service")
                .atMost(EXTRACTION_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> articleView(id), view -> {
                    Object status = view == null ? null : view.get("status");
                    if ("FAILED".equals(status)) {
                        throw new AssertionError("article " + id + " FAILED: " + view + "; see "
                                + stack.service(LocalStack.EXTRACTION).logFile());
                    }
                    return "EXTRACTED".equals(status);
                });
    }

    private static Map<String, Object> articleView(String id) {
        Response response = given().baseUri(stack.queryUrl()).when().get("/articles/" + id);
        return response.statusCode() == 200 ? response.jsonPath().getMap("$") : null;
    }

    private static List<Map<String, Object>> getList(String path) {
        return given().baseUri(stack.queryUrl())
                .when().get(path)
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** The list at {@code path} once it has at least {@code expected} items (or whatever it has after 10 s). */
    private static List<Map<String, Object>> awaitList(String path, int expected) {
        try {
            return await(path + " has " + expected + " items")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> getList(path), list -> list.size() >= expected);
        } catch (ConditionTimeoutException e) {
            return getList(path); // the size assertion that follows says what is wrong
        }
    }

    /** The topic has exactly {@code expected} events keyed by the article id, each a CloudEvent. */
    private static void assertEventsOnTopic(String topic, String id, int expected) {
        KafkaTestClient.readUntil(stack.bootstrapServers(), topic, KAFKA_TIMEOUT,
                records -> KafkaTestClient.forKey(records, id).size() >= expected);
        List<ConsumerRecord<String, String>> events = eventsFor(topic, id);
        assertEquals(expected, events.size(), "events on " + topic + " for article " + id);
        for (ConsumerRecord<String, String> event : events) {
            for (String header : CLOUD_EVENT_HEADERS) {
                String value = KafkaTestClient.header(event, header);
                assertTrue(value != null && !value.isBlank(), topic + " record at offset " + event.offset()
                        + " has header " + header);
            }
        }
    }

    private static List<ConsumerRecord<String, String>> eventsFor(String topic, String id) {
        return KafkaTestClient.forKey(KafkaTestClient.readAll(stack.bootstrapServers(), topic, KAFKA_TIMEOUT), id);
    }

    /** {@code pledgewatch.root} (set by the parent pom for failsafe), else up from the working directory. */
    private static Path repoRoot() {
        String configured = System.getProperty("pledgewatch.root");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("local-stack").resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("set -Dpledgewatch.root to the repository root");
    }
}
