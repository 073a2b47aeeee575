package org.pledgewatch.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.pledgewatch.localstack.LocalKafkaBroker;
import org.pledgewatch.localstack.StateDir;
import org.pledgewatch.localstack.TopicCreator;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One Kafka per test JVM with the contract topics: Quarkus may start a test resource once per test
 * class or profile, and a broker start costs seconds. Stopped by a shutdown hook.
 */
public final class SharedKafka {
    static final String IMAGE = "apache/kafka:4.1.2";

    private static KafkaContainer container;
    private static LocalKafkaBroker broker;
    private static Path dataDir;
    private static String bootstrapServers;

    private SharedKafka() {
    }

    /**
     * Where a broker already started by this JVM is. Quarkus loads test resources again in a new class loader
     * for each test profile, where these static fields start empty: a system property is what all class
     * loaders of the JVM share, so a test profile (a restarted app) talks to the same broker and its topics.
     */
    private static final String STARTED = "pledgewatch.test.kafka.bootstrap-servers";

    /** Starts the broker on first use; returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = System.getProperty(STARTED);
        }
        if (bootstrapServers == null) {
            start();
            System.setProperty(STARTED, bootstrapServers);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedKafka::stop, "test-infra-kafka-stop"));
        }
        return bootstrapServers;
    }

    /** The process id of the local broker, empty when Testcontainers is used or nothing runs. */
    public static synchronized OptionalLong localBrokerPid() {
        return broker == null ? OptionalLong.empty() : OptionalLong.of(broker.pid());
    }

    /** Stops the broker now (normally the shutdown hook does); the next {@link #bootstrapServers()} starts a new one. */
    public static synchronized void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
            StateDir.delete(dataDir);
        }
        bootstrapServers = null;
        System.clearProperty(STARTED);
    }

    private static void start() {
        long begin = System.nanoTime();
        if (Docker.available()) {
            container = new KafkaContainer(IMAGE);
            container.start();
            bootstrapServers = container.getBootstrapServers();
            TopicCreator.createContractTopics(bootstrapServers);
            log("Kafka: Testcontainers " + IMAGE + " at " + bootstrapServers, begin);
        } else {
            Path work = RepoRoot.workDir();
            try {
                dataDir = Files.createTempDirectory(work, "test-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path logFile = work.resolve("test-kafka-broker.log");
            broker = LocalKafkaBroker.start(dataDir, logFile, 0, RepoRoot.brokerClasspath());
            bootstrapServers = broker.bootstrapServers();
            TopicCreator.createContractTopics(bootstrapServers);
            log("Kafka: no Docker, local broker (pid " + broker.pid() + ") at " + bootstrapServers + ", log "
                    + logFile, begin);
        }
    }

    static void log(String what, long beginNanos) {
        System.out.println("[test-infra] " + what + " (ready in " + (System.nanoTime() - beginNanos) / 1_000_000 + " ms)");
    }
}
