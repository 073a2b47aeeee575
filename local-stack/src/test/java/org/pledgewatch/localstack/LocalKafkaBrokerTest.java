package org.pledgewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.contract.Topics;

class LocalKafkaBrokerTest {
    // before `package` there is no target/lib; the test classpath has the broker (runtime scope) too
    private static final String CLASSPATH = System.getProperty("java.class.path");

    @TempDir
    Path dir;

    @Test
    void startsCreatesTopicsStopsAndKeepsTopicsAcrossRestarts() throws Exception {
        Path data = dir.resolve("kafka");
        Path log = dir.resolve("kafka.log");
        long pid;
        long begin = System.nanoTime();
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(data, log, 0, CLASSPATH)) {
            System.out.println("broker ready at " + broker.bootstrapServers() + " in "
                    + (System.nanoTime() - begin) / 1_000_000 + " ms");
            pid = broker.pid();
            TopicCreator.createContractTopics(broker.bootstrapServers());
            TopicCreator.createContractTopics(broker.bootstrapServers()); // idempotent
            assertEquals(new HashSet<>(Topics.ALL), topics(broker.bootstrapServers()));
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "broker process is gone");

        // same data dir, another port: not reformatted, topics are still there
        try (LocalKafkaBroker again = LocalKafkaBroker.start(data, log, 0, CLASSPATH)) {
            assertTrue(topics(again.bootstrapServers()).containsAll(Topics.ALL));
        }
    }

    private static Set<String> topics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }
}
