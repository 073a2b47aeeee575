package org.pledgewatch.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.localstack.LocalStack;
import org.pledgewatch.testinfra.KafkaTestClient;

/**
 * Fault test: {@code kill -9} of the extraction service in the middle of a stream of 500 distinct articles,
 * then a restart. Every article answered 202 must be extracted, and every statement, commitment and outcome
 * must be on its topic exactly once (read_committed): the exactly-once processing of the extraction service,
 * not the deduplication of the query service, is what is checked here.
 */
class ExtractionCrashIT {

    private static final int ARTICLES = 500;
    private static final int BATCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static String seed;

    @BeforeAll
    static void startStack() throws IOException {
        Path root = Paths.get(System.getProperty("pledgewatch.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(LocalStack.Config.forRoot(root).withFreePorts()
                .withStateDir(root.resolve("end-to-end-tests/target/crash-stack"), false)
                .withProgress(line -> System.out.println("[crash] " + line)));
        try (InputStream sample = ExtractionCrashIT.class.getClassLoader().getResourceAsStream("samples/seed-article.txt")) {
            seed = new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aKilledExtractionServiceLosesAndDoublesNothing() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        for (int batch = 0; batch < ARTICLES / BATCH; batch++) {
            acknowledged.addAll(postBatch(batch));
            if (batch == 2) {
                // the first articles are being extracted now: crash in the middle of the stream
                awaitOutcomes(1);
                stack.kill(LocalStack.EXTRACTION);
                System.out.println("[crash] extraction-service killed (kill -9) after " + acknowledged.size()
                        + " articles were acknowledged");
            }
        }
        System.out.println("[crash] " + acknowledged.size() + " articles acknowledged (202); restarting extraction-service");
        stack.restart(LocalStack.EXTRACTION);

        List<ConsumerRecord<String, String>> outcomes = awaitOutcomes(ARTICLES);
        Set<String> extracted = new HashSet<>();
        Set<String> namedItems = new HashSet<>();
        for (ConsumerRecord<String, String> outcome : outcomes) {
            JsonNode event = JSON.readTree(outcome.value());
            if ("EXTRACTED".equals(event.get("status").asText())) {
                extracted.add(event.get("articleId").asText());
                event.get("statementIds").forEach(id -> namedItems.add(id.asText()));
                event.get("commitmentIds").forEach(id -> namedItems.add(id.asText()));
            }
        }
        List<ConsumerRecord<String, String>> items = new ArrayList<>(
                KafkaTestClient.readAll(stack.bootstrapServers(), Topics.STATEMENTS, Duration.ofSeconds(60)));
        int duplicateStatements = duplicates(items);
        List<ConsumerRecord<String, String>> commitments =
                KafkaTestClient.readAll(stack.bootstrapServers(), Topics.COMMITMENTS, Duration.ofSeconds(60));
        int duplicateCommitments = duplicates(commitments);
        items.addAll(commitments);
        Set<String> itemsOnTopics = new HashSet<>();
        items.forEach(r -> itemsOnTopics.add(KafkaTestClient.header(r, CloudEvents.HEADER_ID)));
        Set<String> missing = new HashSet<>(namedItems);
        missing.removeAll(itemsOnTopics);
        int duplicateOutcomes = duplicates(outcomes);
        System.out.printf("[crash] sent %d, acknowledged %d, extracted %d, items named by outcomes %d, missing on the"
                + " topics %d, duplicate outcomes %d, duplicate statements %d, duplicate commitments %d%n", ARTICLES,
                acknowledged.size(), extracted.size(), namedItems.size(), missing.size(), duplicateOutcomes,
                duplicateStatements, duplicateCommitments);
        assertEquals(Set.of(), missing, "every statement and commitment an outcome names is on its topic");
        assertEquals(ARTICLES, acknowledged.size(), "every article was acknowledged");
        assertEquals(acknowledged, extracted, "every acknowledged article was extracted");
        assertEquals(0, duplicateOutcomes, "no outcome twice");
        assertEquals(0, duplicateStatements, "no statement twice");
        assertEquals(0, duplicateCommitments, "no commitment twice");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(ARTICLES, given().baseUri(stack.queryUrl()).get("/articles?status=EXTRACTED&limit=500")
                        .then().statusCode(200).extract().jsonPath().getList("items").size()));
    }

    private List<String> postBatch(int batch) throws IOException {
        List<Map<String, String>> articles = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            int number = batch * BATCH + i;
            articles.add(Map.of("body", "Dispatch " + number + " of the crash test.\n" + seed,
                    "url", "https://crash.example.org/dispatch/" + number));
        }
        List<Map<String, Object>> results = given().baseUri(stack.ingestUrl()).contentType("application/json")
                .body(JSON.writeValueAsString(articles)).post("/articles/batch")
                .then().statusCode(200).extract().jsonPath().getList("");
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> result : results) {
            assertEquals(202, result.get("status"), "batch item " + result);
            ids.add((String) result.get("id"));
        }
        return ids;
    }

    private static List<ConsumerRecord<String, String>> awaitOutcomes(int atLeast) {
        return KafkaTestClient.readUntil(stack.bootstrapServers(), Topics.EXTRACTIONS, Duration.ofSeconds(180),
                records -> records.size() >= atLeast);
    }

    /** How many records repeat a ce_id already seen on the topic. */
    private static int duplicates(List<ConsumerRecord<String, String>> records) {
        Map<String, Integer> seen = new HashMap<>();
        records.forEach(r -> seen.merge(KafkaTestClient.header(r, CloudEvents.HEADER_ID), 1, Integer::sum));
        assertTrue(!seen.containsKey(null), "every record has a ce_id");
        return seen.values().stream().mapToInt(count -> count - 1).sum();
    }
}
