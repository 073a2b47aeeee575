package org.pledgewatch.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.e2e.support.PostingClients;
import org.pledgewatch.e2e.support.ReadModelAudit;
import org.pledgewatch.e2e.support.Submissions;
import org.pledgewatch.e2e.support.Submissions.Answer;
import org.pledgewatch.e2e.support.TestStacks;
import org.pledgewatch.e2e.support.TopicAudit;
import org.pledgewatch.localstack.LocalStack;
import org.pledgewatch.localstack.ProcessExit;
import org.pledgewatch.testinfra.KafkaTestClient;

/**
 * Fault tests 3 and 4 and the graceful-shutdown checks, one after the other on one stack (each adds its own
 * articles, and each checks everything acknowledged so far): {@code kill -9} of the query service mid-fold,
 * PostgreSQL restarted under the query service, SIGTERM to each service while it works, and the extraction
 * service's transactional producer fenced.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceRestartsIT {

    private static final int BATCH = 50;
    private static final Duration SETTLE = Duration.ofSeconds(180);

    private static LocalStack stack;
    private static Submissions submissions;
    private static final Set<String> acknowledged = new HashSet<>();
    private static int nextArticle;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("restarts");
        submissions = new Submissions(stack.ingestUrl(), "restarts", TestStacks.seedArticle());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aQueryServiceKilledMidFoldRestartsToACompleteReadModel() {
        postBatches(4);
        awaitFoldingUnderway();
        stack.kill(LocalStack.QUERY);
        int foldedBeforeCrash = ReadModelAudit.read(stack.postgres()).itemIds().size();
        System.out.println("[restarts] query-service killed (kill -9) with " + foldedBeforeCrash + " items folded");
        stack.restart(LocalStack.QUERY);
        assertEverythingAcknowledgedIsQueryable("kill -9 query-service");
    }

    @Test
    @Order(2)
    void thePostgresRestartUnderTheQueryServiceNeedsNoManualAction() {
        postBatches(4);
        awaitFoldingUnderway();
        stack.restartPostgres();
        System.out.println("[restarts] PostgreSQL restarted under the query service");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(stack.queryUrl()).get("/articles?limit=1").then().statusCode(200));
        assertEverythingAcknowledgedIsQueryable("PostgreSQL restart");
        given().baseUri(stack.queryUrl()).get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @Order(3)
    void sigtermStopsTheExtractionServiceCleanlyMidStream() {
        postBatches(4);
        KafkaTestClient.readUntil(stack.bootstrapServers(), Topics.EXTRACTIONS, Duration.ofSeconds(120),
                records -> records.size() > acknowledged.size() - 4 * BATCH);
        ProcessExit exit = stack.stop(LocalStack.EXTRACTION);
        postBatches(2);
        stack.restart(LocalStack.EXTRACTION);
        assertStoppedCleanly(LocalStack.EXTRACTION, exit);
        assertEverythingAcknowledgedIsQueryable("SIGTERM extraction-service");
    }

    @Test
    @Order(4)
    void sigtermStopsTheQueryServiceCleanlyMidFold() {
        postBatches(4);
        awaitFoldingUnderway();
        ProcessExit exit = stack.stop(LocalStack.QUERY);
        stack.restart(LocalStack.QUERY);
        assertStoppedCleanly(LocalStack.QUERY, exit);
        assertEverythingAcknowledgedIsQueryable("SIGTERM query-service");
    }

    @Test
    @Order(5)
    void sigtermToTheIngestServiceLosesNoAcknowledgedArticle() throws Exception {
        PostingClients clients = PostingClients.start(submissions, 4, 100_000, Duration.ZERO);
        await().atMost(Duration.ofSeconds(30)).until(() -> clients.answered() >= 40);
        ProcessExit exit = stack.stop(LocalStack.INGEST);
        List<Answer> answers = clients.stop(Duration.ofSeconds(60));
        stack.restart(LocalStack.INGEST);
        submissions = new Submissions(stack.ingestUrl(), "restarts", TestStacks.seedArticle());
        assertStoppedCleanly(LocalStack.INGEST, exit);

        List<Answer> accepted = answers.stream().filter(Answer::accepted).toList();
        long unanswered = answers.stream().filter(answer -> answer.status() == -1).count();
        System.out.printf("[restarts] SIGTERM ingest-service: %d POSTs, %d answered 202, %d others answered, %d not"
                + " answered (connection refused or closed)%n", answers.size(), accepted.size(),
                answers.size() - accepted.size() - unanswered, unanswered);
        assertTrue(answers.stream().allMatch(answer -> answer.status() == 202 || answer.status() == 503
                || answer.status() == -1), "202, 503 or no answer at all, never an error: " + answers.stream()
                .filter(answer -> answer.status() != 202 && answer.status() != -1).toList());
        accepted.forEach(answer -> acknowledged.add(answer.id()));
        postBatches(1);
        assertEverythingAcknowledgedIsQueryable("SIGTERM ingest-service");
    }

    /**
     * What a broker outage longer than {@code transaction.timeout.ms} can do (docs/fault-tests.md, 2026-12-03),
     * made deterministic: another producer takes the extraction service's transactional.id, which fences the
     * service's producer for good. The service must exit, the stack must restart it, and nothing acknowledged
     * may be lost or doubled.
     */
    @Test
    @Order(6)
    void aFencedExtractionServiceExitsAndIsRestartedWithANewProducer() throws IOException {
        postBatches(1);
        assertEverythingAcknowledgedIsQueryable("a batch before the fence");
        long fencedPid = stack.service(LocalStack.EXTRACTION).pid();
        Path fencedLog = stack.service(LocalStack.EXTRACTION).logFile();
        // every extraction-service id the broker knows, the running instance's and those of earlier instances
        // of this stack (fencing a dead instance changes nothing)
        Set<String> transactionalIds = transactionalIds("extraction-service-");
        assertFalse(transactionalIds.isEmpty(), "the extraction service has a transactional producer");
        transactionalIds.forEach(ServiceRestartsIT::fence);
        System.out.println("[restarts] fenced the producers of " + transactionalIds);

        postBatches(2);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                stack.service(LocalStack.EXTRACTION).pid() != fencedPid && stack.service(LocalStack.EXTRACTION).isAlive());
        assertNotEquals(fencedPid, stack.service(LocalStack.EXTRACTION).pid(), "a new extraction-service process");
        String log = Files.readString(fencedLog);
        assertTrue(log.contains("The transactional producer has been fenced"),
                "the fenced instance said why it exited, in " + fencedLog);
        assertEverythingAcknowledgedIsQueryable("fenced extraction-service producer");
    }

    private static Set<String> transactionalIds(String prefix) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            return admin.listTransactions().all().get().stream()
                    .map(TransactionListing::transactionalId)
                    .filter(id -> id.startsWith(prefix))
                    .collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException("could not list the transactional producers", e);
        }
    }

    /** Registering a producer with the same transactional.id gives it a newer epoch: the older producer is fenced. */
    private static void fence(String transactionalId) {
        try (KafkaProducer<byte[], byte[]> usurper = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            usurper.initTransactions();
        }
    }

    private static void postBatches(int count) {
        for (int i = 0; i < count; i++) {
            acknowledged.addAll(submissions.postBatch(nextArticle, BATCH));
            nextArticle += BATCH;
        }
    }

    /** Some but not all items of the newest articles are in the read model: the fold is busy. */
    private static void awaitFoldingUnderway() {
        int before = ReadModelAudit.read(stack.postgres()).itemIds().size();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> ReadModelAudit.read(stack.postgres()).itemIds().size() > before + 100);
    }

    private static void assertStoppedCleanly(String service, ProcessExit exit) {
        System.out.printf("[restarts] SIGTERM %s: exited with %d after %d ms%s%n", service, exit.exitCode(),
                exit.took().toMillis(), exit.forced() ? " (killed: SIGTERM was not enough)" : "");
        assertFalse(exit.forced(), service + " stopped within the grace period after SIGTERM");
    }

    private static void assertEverythingAcknowledgedIsQueryable(String fault) {
        TopicAudit topics = TopicAudit.awaitOutcomes(stack.bootstrapServers(), acknowledged, SETTLE);
        topics.assertExactlyOnce(acknowledged);
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                ReadModelAudit.read(stack.postgres()).assertMatches(topics));
        ReadModelAudit readModel = ReadModelAudit.read(stack.postgres());
        readModel.assertHolds(acknowledged);
        System.out.printf("[restarts] after %s: acknowledged %d, %s; %s%n", fault, acknowledged.size(),
                topics.summary(), readModel.summary());
    }
}
