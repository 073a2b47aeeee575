package org.pledgewatch.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.e2e.support.ReadModelAudit;
import org.pledgewatch.e2e.support.Submissions;
import org.pledgewatch.e2e.support.TestStacks;
import org.pledgewatch.e2e.support.TopicAudit;
import org.pledgewatch.localstack.LocalStack;
import org.pledgewatch.testinfra.KafkaTestClient;

/**
 * Fault test 1: {@code kill -9} of the extraction service in the middle of a stream of 500 distinct articles,
 * then a restart. Every article answered 202 must be extracted, and every statement, commitment and outcome
 * must be on its topic exactly once (read_committed): the exactly-once processing of the extraction service,
 * not the deduplication of the query service, is what is checked here.
 */
class ExtractionCrashIT {

    private static final int ARTICLES = 500;
    private static final int BATCH = 50;

    private static LocalStack stack;
    private static Submissions submissions;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("crash");
        submissions = new Submissions(stack.ingestUrl(), "crash", TestStacks.seedArticle());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aKilledExtractionServiceLosesAndDoublesNothing() {
        Set<String> acknowledged = new HashSet<>();
        for (int batch = 0; batch < ARTICLES / BATCH; batch++) {
            acknowledged.addAll(submissions.postBatch(batch * BATCH, BATCH));
            if (batch == 2) {
                // the first articles are being extracted now: crash in the middle of the stream
                KafkaTestClient.readUntil(stack.bootstrapServers(), Topics.EXTRACTIONS, Duration.ofSeconds(120),
                        records -> !records.isEmpty());
                stack.kill(LocalStack.EXTRACTION);
                System.out.println("[crash] extraction-service killed (kill -9) after " + acknowledged.size()
                        + " articles were acknowledged");
            }
        }
        System.out.println("[crash] " + acknowledged.size() + " articles acknowledged (202); restarting extraction-service");
        stack.restart(LocalStack.EXTRACTION);

        TopicAudit topics = TopicAudit.awaitOutcomes(stack.bootstrapServers(), acknowledged, Duration.ofSeconds(180));
        System.out.printf("[crash] sent %d, acknowledged %d, %s%n", ARTICLES, acknowledged.size(), topics.summary());
        assertEquals(ARTICLES, acknowledged.size(), "every article was acknowledged");
        topics.assertExactlyOnce(acknowledged);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(ARTICLES, given().baseUri(stack.queryUrl()).get("/articles?status=EXTRACTED&limit=500")
                        .then().statusCode(200).extract().jsonPath().getList("items").size()));
        ReadModelAudit readModel = ReadModelAudit.read(stack.postgres());
        System.out.println("[crash] " + readModel.summary());
        readModel.assertMatches(topics);
    }
}
