package org.pledgewatch.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.e2e.support.Metrics;
import org.pledgewatch.e2e.support.ReadModelAudit;
import org.pledgewatch.e2e.support.Submissions;
import org.pledgewatch.e2e.support.TestStacks;
import org.pledgewatch.e2e.support.TopicAudit;
import org.pledgewatch.localstack.LocalStack;
import org.pledgewatch.testinfra.KafkaTestClient;

/**
 * Scale-out and fault tests 5 and 6: two extraction services and two query services share the work through
 * their consumer groups; one extraction instance is killed ({@code kill -9}) mid-stream and the other takes
 * over its partitions; undecodable bytes on every partition of the articles topic go to articles.dlq without
 * stopping any partition. Nothing is lost or doubled, and both query instances give the same answers.
 */
class ScaleOutIT {

    private static final int ARTICLES = 400;
    private static final int BATCH = 50;
    /** Not UTF-8 (0xC3 0x28 is an invalid sequence, 0xFF never occurs) and not JSON. */
    private static final byte[] UNDECODABLE = {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00, 0x7B};

    private static LocalStack stack;
    private static Submissions submissions;
    private static String secondExtraction;
    private static String secondQuery;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("scale-out");
        secondExtraction = stack.startInstance(LocalStack.EXTRACTION);
        secondQuery = stack.startInstance(LocalStack.QUERY);
        submissions = new Submissions(stack.ingestUrl(), "scale-out", TestStacks.seedArticle());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void twoInstancesShareTheWorkAndOneCrashLosesNothing() {
        int partitions = KafkaTestClient.partitions(stack.bootstrapServers(), Topics.ARTICLES);
        for (int partition = 0; partition < partitions; partition++) {
            KafkaTestClient.sendBytes(stack.bootstrapServers(), Topics.ARTICLES, partition, "poison-" + partition,
                    UNDECODABLE);
        }
        Set<String> acknowledged = new HashSet<>();
        for (int batch = 0; batch < ARTICLES / BATCH; batch++) {
            acknowledged.addAll(submissions.postBatch(batch * BATCH, BATCH));
            if (batch == 3) {
                await().atMost(Duration.ofSeconds(120)).until(() -> extractedBy(LocalStack.EXTRACTION) > 0
                        && extractedBy(secondExtraction) > 0);
                System.out.printf("[scale-out] before the crash: extracted by %s %.0f, by %s %.0f%n",
                        LocalStack.EXTRACTION, extractedBy(LocalStack.EXTRACTION), secondExtraction,
                        extractedBy(secondExtraction));
                stack.kill(secondExtraction);
                System.out.println("[scale-out] " + secondExtraction + " killed (kill -9) after " + acknowledged.size()
                        + " articles were acknowledged; not restarted");
            }
        }

        TopicAudit topics = TopicAudit.awaitOutcomes(stack.bootstrapServers(), acknowledged, Duration.ofSeconds(240));
        System.out.printf("[scale-out] sent %d, acknowledged %d, %s%n", ARTICLES, acknowledged.size(), topics.summary());
        topics.assertExactlyOnce(acknowledged);

        List<ConsumerRecord<String, String>> deadLetters =
                KafkaTestClient.readAll(stack.bootstrapServers(), Topics.ARTICLES_DLQ, Duration.ofSeconds(30));
        Set<String> poisonKeys = new HashSet<>();
        deadLetters.forEach(record -> poisonKeys.add(record.key()));
        System.out.printf("[scale-out] %d undecodable records sent, %d on %s%n", partitions, deadLetters.size(),
                Topics.ARTICLES_DLQ);
        for (int partition = 0; partition < partitions; partition++) {
            assertTrue(poisonKeys.contains("poison-" + partition), "the undecodable record of partition " + partition
                    + " is on " + Topics.ARTICLES_DLQ);
        }
        assertEquals(partitions, deadLetters.size(), "each undecodable record dead-lettered once");
        assertTrue(KafkaTestClient.header(deadLetters.get(0), CloudEvents.HEADER_DLQ_REASON) != null, "says why");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                ReadModelAudit.read(stack.postgres()).assertMatches(topics));
        ReadModelAudit readModel = ReadModelAudit.read(stack.postgres());
        readModel.assertHolds(acknowledged);
        System.out.printf("[scale-out] %s; events folded by %s %.0f, by %s %.0f%n", readModel.summary(),
                LocalStack.QUERY, folded(LocalStack.QUERY), secondQuery, folded(secondQuery));
        assertTrue(folded(LocalStack.QUERY) > 0 && folded(secondQuery) > 0, "both query instances folded events");

        for (String query : List.of("/commitments?actor=France&limit=200", "/statements?speaker=starmer&limit=200",
                "/articles?status=EXTRACTED&limit=500", "/actors/GBR")) {
            assertEquals(answer(LocalStack.QUERY, query), answer(secondQuery, query), "same answer to " + query);
        }
    }

    private static double extractedBy(String instance) {
        return Metrics.sum(stack.service(instance).baseUrl(), "pledgewatch_articles_processed_total");
    }

    private static double folded(String instance) {
        return Metrics.sum(stack.service(instance).baseUrl(), "pledgewatch_events_folded_total");
    }

    private static String answer(String instance, String query) {
        return new String(given().baseUri(stack.service(instance).baseUrl()).get(query).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
    }
}
