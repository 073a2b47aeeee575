package org.pledgewatch.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The whole system on one machine: Kafka broker, contract topics, PostgreSQL, then ingest-service,
 * extraction-service and query-service from their built jars. {@link #close()} stops them in reverse.
 * A service that exits on its own is started again, as {@code restart: unless-stopped} does in
 * docker-compose.yml; one stopped or killed through this class is not.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStack.Config.forRoot(root).withFreePorts())) {
 *     given().baseUri(stack.ingestUrl())...
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {
    public static final String INGEST = "ingest-service";
    public static final String EXTRACTION = "extraction-service";
    public static final String QUERY = "query-service";

    /**
     * Where things are and which ports to use (0 = a free port).
     *
     * @param root       the repository root: {@code local-stack/target/lib} and {@code <service>/target/quarkus-app} live there
     * @param stateDir   Kafka log dirs ({@code kafka/}), PostgreSQL data ({@code postgres/}) and {@code logs/}
     * @param persistent keep and reuse the state in {@code stateDir}; when false topics and database start empty
     */
    public record Config(Path root, Path stateDir, boolean persistent, int kafkaPort, int postgresPort,
                         int ingestPort, int extractionPort, int queryPort, int partitions,
                         Consumer<String> progress) {

        /** The ports of {@code ./run}: 9092, 5432, 8081, 8082, 8083; state in {@code <root>/.local-stack}. */
        public static Config forRoot(Path root) {
            Path absolute = root.toAbsolutePath().normalize();
            return new Config(absolute, absolute.resolve(".local-stack"), true, 9092, 5432, 8081, 8082, 8083,
                    TopicCreator.DEFAULT_PARTITIONS, message -> { });
        }

        /** Free ports everywhere, e.g. for tests that must not clash with a running {@code ./run}. */
        public Config withFreePorts() {
            return withPorts(0, 0, 0, 0, 0);
        }

        public Config withPorts(int kafka, int postgres, int ingest, int extraction, int query) {
            return new Config(root, stateDir, persistent, kafka, postgres, ingest, extraction, query, partitions, progress);
        }

        public Config withStateDir(Path dir, boolean keep) {
            return new Config(root, dir.toAbsolutePath(), keep, kafkaPort, postgresPort, ingestPort, extractionPort,
                    queryPort, partitions, progress);
        }

        public Config withPartitions(int count) {
            return new Config(root, stateDir, persistent, kafkaPort, postgresPort, ingestPort, extractionPort,
                    queryPort, count, progress);
        }

        /** Called with one line per step (e.g. a log file path), for a CLI to print. */
        public Config withProgress(Consumer<String> listener) {
            return new Config(root, stateDir, persistent, kafkaPort, postgresPort, ingestPort, extractionPort,
                    queryPort, partitions, listener);
        }

        public String brokerClasspath() {
            return root.resolve("local-stack").resolve("target").resolve("lib") + "/*";
        }

        public Path serviceJar(String service) {
            return root.resolve(service).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        }

        public Path logDir() {
            return stateDir.resolve("logs");
        }
    }

    /** A service that exits on its own is started again after this, as a container runtime would. */
    private static final Duration RESTART_DELAY = Duration.ofSeconds(1);

    /** Read without the stack's lock (e.g. {@link #service}) while a crashed service is being restarted. */
    private final Map<String, ServiceProcess> services = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Extra instances (see {@link #startInstance}) and the service each one runs. */
    private final Map<String, String> instanceOf = new LinkedHashMap<>();
    private LocalKafkaBroker broker;
    private int brokerPort;
    private LocalPostgres postgres;
    private Config config;
    private int restarts;
    private volatile boolean closing;
    private volatile String failure;

    private LocalStack() {
    }

    /** Starts everything and returns once every service answers ready; on failure stops what was started. */
    public static LocalStack start(Config config) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        servicePorts.put(INGEST, Ports.orFree(config.ingestPort()));
        servicePorts.put(EXTRACTION, Ports.orFree(config.extractionPort()));
        servicePorts.put(QUERY, Ports.orFree(config.queryPort()));
        // check every fixed port and jar before starting anything, so a clash costs no startup time
        checkPort(config.kafkaPort(), "the Kafka broker");
        checkPort(config.postgresPort(), "PostgreSQL");
        servicePorts.forEach((service, port) -> Ports.requireFree(port, service));
        List<String> missing = new ArrayList<>();
        for (String service : servicePorts.keySet()) {
            if (!config.serviceJar(service).toFile().isFile()) {
                missing.add(config.serviceJar(service).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing " + String.join(", ", missing)
                    + ": build first with ./mvnw -DskipTests package");
        }

        StateDir.prepare(config.stateDir(), config.persistent(), config.progress());
        LocalStack stack = new LocalStack();
        stack.config = config;
        try {
            stack.startInfrastructure(config);
            stack.startServices(config, servicePorts);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private static void checkPort(int port, String usedFor) {
        if (port != 0) {
            Ports.requireFree(port, usedFor);
        }
    }

    private void startInfrastructure(Config config) {
        Path logs = config.logDir();
        Path kafkaLog = logs.resolve("kafka.log");
        config.progress().accept("Kafka broker       log: " + kafkaLog);
        long begin = System.nanoTime();
        broker = LocalKafkaBroker.start(config.stateDir().resolve("kafka"), kafkaLog, config.kafkaPort(),
                config.brokerClasspath());
        brokerPort = broker.port();
        TopicCreator.createContractTopics(broker.bootstrapServers(), config.partitions());
        config.progress().accept("Kafka broker       ready at " + broker.bootstrapServers() + " in " + millisSince(begin)
                + " ms (topics created)");

        Path postgresLog = logs.resolve("postgres.log");
        config.progress().accept("PostgreSQL         log: " + postgresLog);
        begin = System.nanoTime();
        postgres = LocalPostgres.start(config.postgresPort(), config.stateDir().resolve("postgres"), postgresLog);
        config.progress().accept("PostgreSQL         ready at " + postgres.jdbcUrl() + " in " + millisSince(begin) + " ms");
    }

    private void startServices(Config config, Map<String, Integer> ports) {
        long begin = System.nanoTime();
        // the extraction service first, alone: it loads its models at start, and with the other two booting beside it
        // on a two-core machine the load took 2.0 to 2.8 s instead of under 1 s (docs/benchmarks.md, round 66); then
        // the other two together, as none needs another one to be up
        launchAndAwait(config, ports, begin, s -> s.equals(EXTRACTION));
        launchAndAwait(config, ports, begin, s -> !s.equals(EXTRACTION));
    }

    private void launchAndAwait(Config config, Map<String, Integer> ports, long begin,
                                Predicate<String> which) {
        List<ServiceProcess> launched = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            String service = entry.getKey();
            if (!which.test(service)) {
                continue;
            }
            Path log = config.logDir().resolve(service + ".log");
            config.progress().accept(String.format("%-18s log: %s", service, log));
            ServiceProcess process = ServiceProcess.launch(service, config.serviceJar(service), jvmOptions(service),
                    entry.getValue(), environment(service, entry.getValue()), log);
            services.put(service, process);
            superviseAs(service, process);
            launched.add(process);
        }
        for (ServiceProcess service : launched) {
            service.awaitReady(ServiceProcess.DEFAULT_START_TIMEOUT);
            config.progress().accept(String.format("%-18s ready at %s after %d ms", service.name(), service.baseUrl(),
                    millisSince(begin)));
        }
    }

    /**
     * JVM options per service. The extraction service loads its models at start, while Quarkus boots (the other two
     * services started beside it until round 66; now they wait for it, see startServices). With G1's defaults its young generation starts at 5% of the initial heap
     * (19 MB on a 24 GB machine), so the start took 12 to 16 collections, two of them set off by class metadata passing
     * its first threshold (21 MB; the service keeps about 52 MB), and 5 to 9 of them, 0.2 to 0.8 s of pauses, fell
     * inside the model load (docs/benchmarks.md, round 63). A young generation that holds what the start allocates
     * (135 to 190 MB) and a metadata threshold above what the service keeps leave no collection before the first
     * articles.
     */
    static List<String> jvmOptions(String service) {
        return EXTRACTION.equals(service) ? List.of("-Xmn192m", "-XX:MetaspaceSize=64m") : List.of();
    }

    /** The only way the services are configured, as in a container. */
    private Map<String, String> environment(String service, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        if (INGEST.equals(service)) {
            // the jars run in the prod profile, where writes need an API key or a token: the local stack
            // is a developer's machine, so it says plainly that it turns that off
            env.put("PLEDGEWATCH_AUTH_ENABLED", "false");
        }
        if (QUERY.equals(service)) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        }
        return env;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public LocalKafkaBroker broker() {
        return broker;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; known: " + services.keySet());
        }
        return service;
    }

    /**
     * {@code kill -9} of a service: it gets no chance to finish its work or commit anything, as in a crash.
     * Returns once the process is gone.
     */
    public synchronized void kill(String name) {
        service(name).kill();
    }

    /** SIGTERM to a service, as a container runtime stops it; returns how it ended once it has. */
    public synchronized ProcessExit stop(String name) {
        return service(name).stop();
    }

    /** Starts a service again, on the same port and with the same configuration, once it is ready. */
    public synchronized ServiceProcess restart(String name) {
        ServiceProcess old = service(name);
        old.close(); // at once if it has exited already; either way the shutdown hook forgets it
        String kind = instanceOf.getOrDefault(name, name);
        Path log = config.logDir().resolve(name + "-restart-" + (++restarts) + ".log");
        config.progress().accept(String.format("%-18s restarting, log: %s", name, log));
        ServiceProcess process = ServiceProcess.start(name, config.serviceJar(kind), jvmOptions(kind), old.port(),
                environment(kind, old.port()), log);
        services.put(name, process);
        superviseAs(name, process);
        return process;
    }

    /** Restarts {@code process} (after {@link #RESTART_DELAY}) if it exits on its own while it is still {@code name}. */
    private void superviseAs(String name, ServiceProcess process) {
        process.whenExitsOnItsOwn(exitCode -> {
            Thread restarter = new Thread(() -> restartAfterExit(name, process, exitCode), "local-stack-restart-" + name);
            restarter.setDaemon(true);
            restarter.start();
        });
    }

    private void restartAfterExit(String name, ServiceProcess exited, int exitCode) {
        try {
            Thread.sleep(RESTART_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        synchronized (this) {
            if (closing || services.get(name) != exited) {
                return; // the stack is stopping, or the service was restarted already
            }
            config.progress().accept(String.format("%-18s exited on its own with code %d (see %s): restarting it",
                    name, exitCode, exited.logFile()));
            try {
                restart(name);
            } catch (RuntimeException e) {
                failure = name + " exited with code " + exitCode + " and could not be restarted: " + e.getMessage();
                config.progress().accept(failure);
            }
        }
    }

    /** Why the stack is broken beyond what it repairs itself (a service that did not come back), or null. */
    public String failure() {
        return failure;
    }

    /**
     * Starts one more instance of {@code service} on a free port (scale-out: the instances share the work
     * through their consumer groups) and returns its name, e.g. {@code extraction-service-2}, for
     * {@link #service}, {@link #kill} and {@link #restart}.
     */
    public synchronized String startInstance(String service) {
        service(service);
        int number = 2;
        while (services.containsKey(service + "-" + number)) {
            number++;
        }
        String name = service + "-" + number;
        int port = Ports.freePort();
        Path log = config.logDir().resolve(name + ".log");
        config.progress().accept(String.format("%-18s starting, log: %s", name, log));
        ServiceProcess process = ServiceProcess.start(name, config.serviceJar(service), jvmOptions(service), port,
                environment(service, port), log);
        services.put(name, process);
        instanceOf.put(name, service);
        superviseAs(name, process);
        return name;
    }

    /**
     * Stops the broker (SIGTERM: a controlled shutdown) and keeps its data; the services keep running and
     * see it as unreachable, as in a broker outage.
     */
    public synchronized void stopBroker() {
        broker.close();
    }

    /** Starts the stopped broker again on the same port, with the same topics and data. */
    public synchronized void startBroker() {
        if (broker.isAlive()) {
            throw new IllegalStateException("the broker is running: stop it first");
        }
        Path log = config.logDir().resolve("kafka-restart-" + (++restarts) + ".log");
        config.progress().accept("Kafka broker       restarting, log: " + log);
        broker = LocalKafkaBroker.start(config.stateDir().resolve("kafka"), log, brokerPort, config.brokerClasspath());
    }

    /**
     * Stops PostgreSQL (fast shutdown: open transactions are rolled back, connections dropped) and starts
     * it again on the same port with the same data, as a database restart or failover looks to the services.
     */
    public synchronized void restartPostgres() {
        int port = postgres.port();
        postgres.close();
        Path log = config.logDir().resolve("postgres-restart-" + (++restarts) + ".log");
        config.progress().accept("PostgreSQL         restarting, log: " + log);
        postgres = LocalPostgres.start(port, config.stateDir().resolve("postgres"), log);
    }

    public String ingestUrl() {
        return service(INGEST).baseUrl();
    }

    public String extractionUrl() {
        return service(EXTRACTION).baseUrl();
    }

    public String queryUrl() {
        return service(QUERY).baseUrl();
    }

    /** Services first, newest first (they use the broker and the database), then PostgreSQL, then the broker. */
    @Override
    public synchronized void close() {
        closing = true;
        List<AutoCloseable> toClose = new ArrayList<>(services.values());
        Collections.reverse(toClose);
        toClose.add(postgres);
        toClose.add(broker);
        RuntimeException failure = null;
        for (AutoCloseable resource : toClose) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not stop " + resource, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
