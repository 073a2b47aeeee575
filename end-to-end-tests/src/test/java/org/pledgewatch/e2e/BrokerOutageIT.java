package org.pledgewatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.e2e.support.PostingClients;
import org.pledgewatch.e2e.support.ReadModelAudit;
import org.pledgewatch.e2e.support.Submissions;
import org.pledgewatch.e2e.support.Submissions.Answer;
import org.pledgewatch.e2e.support.TestStacks;
import org.pledgewatch.e2e.support.TopicAudit;
import org.pledgewatch.localstack.LocalStack;

/**
 * Fault test 2: the broker stops while clients keep posting articles, then starts again. A POST is answered
 * 202 only once the broker has the article (acks=all), so every 202 must end up extracted and in the read
 * model; while the broker is down the answer is 503 with Retry-After, never a 202 for an article that vanishes.
 */
class BrokerOutageIT {

    private static final int CLIENTS = 4;
    private static final Duration PAUSE_BETWEEN_POSTS = Duration.ofMillis(100);

    private static LocalStack stack;
    private static Submissions submissions;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("outage");
        submissions = new Submissions(stack.ingestUrl(), "outage", TestStacks.seedArticle());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyAcknowledgedArticleSurvivesABrokerOutage() throws Exception {
        PostingClients clients = PostingClients.start(submissions, CLIENTS, 0, PAUSE_BETWEEN_POSTS);
        Thread.sleep(5_000);
        int beforeOutage = clients.answered();
        stack.stopBroker();
        System.out.println("[outage] broker stopped after " + beforeOutage + " answers");
        // longer than the ingest service's delivery timeout (15 s), so some POSTs are refused while it is down
        Thread.sleep(25_000);
        int duringOutage = clients.answered() - beforeOutage;
        stack.startBroker();
        System.out.println("[outage] broker started again after " + duringOutage + " answers while it was down");
        int afterRestart = clients.answered();
        await().atMost(Duration.ofSeconds(60)).until(() -> clients.acceptedAfter(afterRestart) >= 20);
        List<Answer> answers = clients.stop(Duration.ofSeconds(90));

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        Set<String> acknowledged = answers.stream().filter(Answer::accepted).map(Answer::id).collect(Collectors.toSet());
        List<Answer> refused = answers.stream().filter(answer -> answer.status() == 503).toList();
        System.out.printf("[outage] sent %d, answers by status %s%n", answers.size(), byStatus);
        assertEquals(Set.of(202, 503), byStatus.keySet(), "every POST was answered 202 or 503: " + byStatus);
        for (Answer answer : refused) {
            assertTrue(answer.contentType().startsWith("application/problem+json"), "problem+json: " + answer);
            assertTrue(answer.retryAfter() != null, "Retry-After: " + answer);
        }

        TopicAudit topics = TopicAudit.awaitOutcomes(stack.bootstrapServers(), acknowledged, Duration.ofSeconds(180));
        System.out.printf("[outage] acknowledged %d, refused %d, %s%n", acknowledged.size(), refused.size(),
                topics.summary());
        topics.assertExactlyOnce(acknowledged);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                ReadModelAudit.read(stack.postgres()).assertMatches(topics));
        ReadModelAudit readModel = ReadModelAudit.read(stack.postgres());
        readModel.assertHolds(acknowledged);
        System.out.println("[outage] " + readModel.summary());
    }
}
