package org.pledgewatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (one node that is both broker and controller), run in its
 * own JVM so the broker's classes (Scala, log4j2, ...) never mix with the caller's classpath.
 *
 * <p>The quorum is static ({@code controller.quorum.voters}) rather than dynamic ({@code --standalone}):
 * a static voter's address is read from the config at every start instead of being written into the
 * metadata log, so a persistent data dir keeps working when the controller gets another free port.
 */
public final class LocalKafkaBroker implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final String HOST = "127.0.0.1";

    private final ChildProcess process;
    private final int port;

    private LocalKafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Formats {@code dataDir} if it is new, starts the broker and returns once clients can use it.
     *
     * @param dataDir   holds the config and the Kafka log dirs; reused (not reformatted) when it exists
     * @param logFile   where the broker's output goes
     * @param port      the client port, 0 for a free one
     * @param classpath the broker's classpath, e.g. {@code <root>/local-stack/target/lib/*}
     */
    public static LocalKafkaBroker start(Path dataDir, Path logFile, int port, String classpath) {
        int clientPort = Ports.orFree(port);
        Ports.requireFree(clientPort, "the Kafka broker");
        int controllerPort = Ports.freePort();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Path config = writeServerProperties(dataDir, clientPort, controllerPort);
            Path log4j = writeLog4jConfig(dataDir);
            // a formatted dir keeps its cluster id, and format --ignore-formatted still insists on the same
            // id: rather than storing it, format only a dir that has never been formatted
            if (!Files.exists(logDirs(dataDir).resolve("meta.properties"))) {
                format(classpath, config, log4j, logFile);
            }

            List<String> command = javaCommand(classpath, log4j);
            command.add("kafka.Kafka");
            command.add(config.toString());
            ChildProcess process = ChildProcess.start("the Kafka broker", command, null, Map.of(), logFile, STOP_GRACE);
            LocalKafkaBroker broker = new LocalKafkaBroker(process, clientPort);
            ShutdownHooks.register(broker);
            try {
                broker.awaitReady();
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return process.logFile();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM (a controlled shutdown: logs flushed, leadership given up), SIGKILL after 15 s. */
    @Override
    public void close() {
        try {
            process.stop();
        } finally {
            ShutdownHooks.unregister(this);
        }
    }

    @Override
    public String toString() {
        return "Kafka broker " + bootstrapServers() + " (pid " + process.pid() + ")";
    }

    private static Path writeServerProperties(Path dataDir, int clientPort, int controllerPort) throws IOException {
        Path logDirs = logDirs(dataDir);
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + clientPort + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + clientPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDirs,
                // one node: internal topics cannot have more replicas than that
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // consumers join at once instead of waiting 3 s for others that never come
                "group.initial.rebalance.delay.ms=0",
                // topics come from the contract (TopicCreator); a typo must fail, not create a topic
                "auto.create.topics.enable=false",
                // an article may be 1 MiB of text, more once JSON-escaped: the default (1 MiB) is too small;
                // the producers allow the same (max.request.size), as does docker-compose
                "message.max.bytes=20971520",
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    /** Kafka's own "log dirs": where the topic partitions are stored. */
    private static Path logDirs(Path dataDir) {
        return dataDir.resolve("logs").toAbsolutePath();
    }

    /** INFO to stdout, which {@link #start} sends to the log file; the default log4j2 config says ERROR only. */
    private static Path writeLog4jConfig(Path dataDir) throws IOException {
        String config = String.join("\n",
                "appender.out.type=Console",
                "appender.out.name=OUT",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.out.ref=OUT",
                // the state change log is chatty and says nothing a developer needs here
                "logger.state.name=state.change.logger",
                "logger.state.level=WARN",
                "");
        Path file = dataDir.resolve("log4j2.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code kafka-storage format}: writes the cluster id and the bootstrap metadata. */
    private static void format(String classpath, Path config, Path log4j, Path logFile) throws IOException {
        List<String> command = javaCommand(classpath, log4j);
        // a one-second tool: the C1 compiler alone starts faster and is all it needs
        command.add(1, "-XX:TieredStopAtLevel=1");
        command.addAll(List.of("kafka.tools.StorageTool", "format",
                "--config", config.toString(),
                "--cluster-id", Uuid.randomUuid().toString()));
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!format.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage timed out; see " + logFile);
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed (exit " + format.exitValue() + "):\n"
                    + Processes.tail(logFile, 30));
        }
    }

    private static List<String> javaCommand(String classpath, Path log4j) {
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + log4j.toAbsolutePath());
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    /** The port accepts connections and the broker answers a metadata request with itself in it. */
    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!portAcceptsConnections()) {
            checkStillRunning();
            checkDeadline(deadline, "its port " + port + " to open");
            pause();
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                checkStillRunning();
                checkDeadline(deadline, "describeCluster to succeed");
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                            .nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (notYet instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the Kafka broker", notYet);
                    }
                }
                pause();
            }
        }
    }

    private boolean portAcceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void checkStillRunning() {
        process.requireAlive();
    }

    private void checkDeadline(long deadline, String waitingFor) {
        if (System.nanoTime() > deadline) {
            throw process.failure("did not get ready within " + START_TIMEOUT.toSeconds() + " s (waiting for "
                    + waitingFor + ")");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }
}
