package org.pledgewatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.localstack.LocalStack;

/**
 * Load benchmark of the whole pipeline (issue 5): distinct articles built from the extractor's dev corpus go
 * through {@code POST /articles} and {@code POST /articles/batch}; it prints ingest throughput, the raw Kafka
 * producer ceiling on the same broker with the same payloads, end-to-end throughput (articles EXTRACTED and
 * queryable per second) at saturation, latency from the 202 to queryable at a fixed rate and at saturation,
 * and CPU and heap of every component.
 *
 * <p>Queryable is observed without loading the system during the run: the query service stamps each article
 * with {@code foldedAt} (PostgreSQL {@code clock_timestamp()} of the write that completed it in the read model);
 * after each phase the benchmark reads the phase's articles once, page by page ({@code GET /articles?source=}),
 * and computes {@code foldedAt - time of the 202}. A sample of the fixed-rate articles is also polled live
 * ({@code GET /articles/{id}} until EXTRACTED), which checks that stamp against what a client sees.
 *
 * <p>Usage, from the repository root: {@code ./mvnw -q package -DskipTests && java -cp
 * 'benchmarks/target/*:benchmarks/target/lib/*' org.pledgewatch.benchmarks.LoadBenchmark
 * [articles=10000 rate=50 seconds=60]}; other options: {@code clients=16 batch=1000 batch-clients=2
 * single=N sample=25 warm-up=2000 nice=N} (nice: run every component at that nice value, e.g. -10, to measure the
 * system ahead of other work on a shared machine; needs root), and {@code ingest=URL query=URL extraction=URL kafka=HOST:PORT postgres-port=N} to use
 * a running stack (e.g. {@code ./run}) instead of starting one.
 */
public final class LoadBenchmark {

    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{(?=[^}]*area=\"heap\")[^}]*} ([0-9.E+]+)",
            Pattern.MULTILINE);
    private static final Pattern OUTCOMES_FOLDED = Pattern.compile(
            "^pledgewatch_events_folded_total\\{(?=[^}]*outcome=\"folded\")(?=[^}]*topic=\"extractions\")[^}]*} ([0-9.E+]+)",
            Pattern.MULTILINE);
    private static final Pattern PROCESSED = Pattern.compile(
            "^pledgewatch_articles_processed_total\\{[^}]*} ([0-9.E+]+)", Pattern.MULTILINE);
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(10);
    /** How often a sampled article is polled until EXTRACTED: the live check's resolution. */
    private static final Duration LIVE_POLL = Duration.ofMillis(50);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> options;
    private final String runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    private LoadCorpus corpus;
    private String ingestUrl;
    private String queryUrl;
    private String extractionUrl;
    private String bootstrap;
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();

    /** What one posted article became: when it was acknowledged and, later, when it became queryable. */
    record Posted(String id, Instant acknowledged) {
    }

    /** An article as the query service shows it once queryable: when ingest received it, extraction ran, and it was folded. */
    record Queryable(Instant receivedAt, Instant processedAt, Instant foldedAt) {
    }

    private LoadBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("arguments are name=value, e.g. articles=10000 rate=50; got " + arg);
            }
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        new LoadBenchmark(options).run();
        System.exit(0);
    }

    private int option(String name, int defaultValue) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : defaultValue;
    }

    private void run() throws Exception {
        Path root = Paths.get(System.getProperty("pledgewatch.root", ".")).toAbsolutePath().normalize();
        System.out.println("[load] " + uptime());
        corpus = LoadCorpus.load(root.resolve("extractor/src/test/resources/corpus"), runId);
        if (options.containsKey("ingest")) {
            ingestUrl = options.get("ingest");
            queryUrl = options.getOrDefault("query", "http://localhost:8083");
            extractionUrl = options.getOrDefault("extraction", "http://localhost:8082");
            bootstrap = options.getOrDefault("kafka", "localhost:9092");
            measure(option("postgres-port", 5432));
        } else {
            try (LocalStack stack = LocalStack.start(LocalStack.Config.forRoot(root).withFreePorts()
                    .withStateDir(root.resolve("benchmarks/target/load-bench-stack"), false)
                    .withProgress(line -> System.out.println("[load] " + line)))) {
                ingestUrl = stack.ingestUrl();
                queryUrl = stack.queryUrl();
                extractionUrl = stack.extractionUrl();
                bootstrap = stack.bootstrapServers();
                measure(stack.postgres().port());
            }
        }
    }

    private void measure(int postgresPort) throws Exception {
        int articles = option("articles", 10_000);
        int rate = option("rate", 50);
        int seconds = option("seconds", 60);
        int clients = option("clients", 16);
        int batchSize = option("batch", 1000);
        int batchClients = option("batch-clients", 2);
        int single = option("single", articles / 5);
        int sampleEvery = option("sample", 25);
        findProcesses(postgresPort);
        System.out.printf("[load] corpus: %d texts; run %s; fixed rate %d/s for %d s, then %d articles at saturation"
                + " (%d single POSTs from %d clients, %d in batches of %d from %d clients)%n", corpus.texts(), runId,
                rate, seconds, articles, single, clients, articles - single, batchSize, batchClients);

        int next = 0;
        // warm-up (not counted): the JIT compiles the extractor, the folds and both ingest paths, pools fill
        int warmUp = option("warm-up", 2000);
        double outcomes = outcomesFolded();
        List<Posted> warm = new ArrayList<>(postConcurrently(next, warmUp / 10, clients, source("warm-up")));
        warm.addAll(postBatches(next + warmUp / 10, warmUp - warmUp / 10, Math.min(batchSize, 100), 1, source("warm-up")));
        next += warmUp;
        awaitQueryable(source("warm-up"), warm, outcomes);
        System.out.println("[load] warm-up: " + warmUp + " articles queryable");

        // 1. fixed rate: single POSTs on a schedule, a sample of them polled live
        Usage fixedUsage = Usage.start(this);
        outcomes = outcomesFolded();
        Latencies live = new Latencies();
        List<Posted> fixed = postAtRate(next, rate * seconds, rate, source("fixed-rate"), sampleEvery, live);
        next += rate * seconds;
        Map<String, Queryable> fixedFolded = awaitQueryable(source("fixed-rate"), fixed, outcomes);
        fixedUsage.stop();
        Latencies fixedLatency = latencies(fixed, fixedFolded);

        // 2. the ceiling: the raw producer, same broker, same payloads (the batch part's articles)
        double ceiling = rawProducer(next + single, articles - single, source("raw"));

        // 3. saturation: single POSTs, then batches, then wait until every article is queryable
        Usage saturationUsage = Usage.start(this);
        outcomes = outcomesFolded();
        long singleStart = System.nanoTime();
        List<Posted> singles = postConcurrently(next, single, clients, source("saturation"));
        double singleRate = single / seconds(singleStart);
        next += single;
        long batchStart = System.nanoTime();
        List<Posted> batches = postBatches(next, articles - single, batchSize, batchClients, source("saturation"));
        double batchRate = (articles - single) / seconds(batchStart);
        Instant ingestEnd = Instant.now();
        List<Posted> saturation = new ArrayList<>(singles);
        saturation.addAll(batches);
        Map<String, Queryable> saturationFolded = awaitQueryable(source("saturation"), saturation, outcomes);
        saturationUsage.stop();
        Latencies saturationLatency = latencies(saturation, saturationFolded);

        List<Instant> foldTimes = new ArrayList<>(saturationFolded.values().stream().map(Queryable::foldedAt).toList());
        Collections.sort(foldTimes);
        Instant first = saturation.stream().map(Posted::acknowledged).min(Instant::compareTo).orElseThrow();
        Instant last = foldTimes.get(foldTimes.size() - 1);
        Instant p95 = foldTimes.get((int) Math.ceil(0.95 * foldTimes.size()) - 1);
        long inBacklogWindow = foldTimes.stream().filter(t -> !t.isBefore(ingestEnd) && !t.isAfter(p95)).count();
        double backlogSeconds = Duration.between(ingestEnd, p95).toNanos() / 1e9;
        double overall = saturation.size() / (Duration.between(first, last).toNanos() / 1e9);

        System.out.println();
        System.out.printf("[load] results (run %s, %s)%n", runId, uptime());
        System.out.printf("  %-44s %8s %9s %s%n", "", "articles", "seconds", "per second");
        System.out.printf("  %-44s %8d %9.1f %9.0f  (202s; %d answers 503 retried)%n",
                "ingest, single POST /articles (" + clients + " clients)", single, single / singleRate, singleRate,
                refused.get());
        System.out.printf("  %-44s %8d %9.1f %9.0f%n", "ingest, POST /articles/batch (" + batchSize + "/batch, "
                + batchClients + " clients)", articles - single, (articles - single) / batchRate, batchRate);
        System.out.printf("  %-44s %8d %9.1f %9.0f  (acks=all, idempotent; ingest = %.0f%% of it in batches, %.0f%% single)%n",
                "raw KafkaProducer ceiling, same payloads", articles - single, (articles - single) / ceiling, ceiling,
                100 * batchRate / ceiling, 100 * singleRate / ceiling);
        if (backlogSeconds > 1 && inBacklogWindow > 0) {
            System.out.printf("  %-44s %8d %9.1f %9.0f  (from the end of ingest to the 95th percentile fold, backlog present)%n",
                    "end-to-end EXTRACTED+queryable, sustained", inBacklogWindow, backlogSeconds,
                    inBacklogWindow / backlogSeconds);
        } else {
            System.out.printf("  %-44s %8s %9s %9s  (the pipeline kept up with ingest: not saturated)%n",
                    "end-to-end EXTRACTED+queryable, sustained", "-", "-", "-");
        }
        System.out.printf("  %-44s %8d %9.1f %9.0f  (first 202 to last queryable)%n", "end-to-end, whole saturation phase",
                saturation.size(), Duration.between(first, last).toNanos() / 1e9, overall);
        System.out.println("  latency from the 202 to queryable (foldedAt; resolution 1 ms: client clock at the 202 vs"
                + " PostgreSQL clock_timestamp(), same host):");
        System.out.printf("    %-42s %s%n", "at " + rate + "/s for " + seconds + " s", fixedLatency.summary());
        System.out.printf("    %-42s %s%n", "  live poll, 1 in " + sampleEvery + ", every " + LIVE_POLL.toMillis() + " ms",
                live.count() == 0 ? "-" : live.summary() + "  (resolution " + LIVE_POLL.toMillis() + " ms + a GET)");
        System.out.printf("    %-42s %s%n", "at saturation (includes the backlog wait)", saturationLatency.summary());
        System.out.printf("    %-42s %s%n", "  of which receivedAt to processedAt", stage(fixed, fixedFolded, true));
        System.out.printf("    %-42s %s%n", "  of which processedAt to foldedAt", stage(fixed, fixedFolded, false));
        System.out.println("  CPU (% of one core, utime+stime from /proc/<pid>/stat over the phase) and memory:");
        System.out.printf("    %-22s %12s %12s %16s%n", "", "fixed rate", "saturation", "heap peak (sat.)");
        for (String name : pids.keySet()) {
            System.out.printf("    %-22s %11.0f%% %11.0f%% %16s%n", name, fixedUsage.cpuPercent(name),
                    saturationUsage.cpuPercent(name), saturationUsage.memory(name));
        }
        System.out.printf("    %-22s %11.0f%% %11.0f%%   (2 cores = 200%%; the rest is other work on the machine)%n",
                "machine, all processes", fixedUsage.machinePercent(), saturationUsage.machinePercent());
        System.out.printf("  phases took %.0f s (fixed rate incl. drain) and %.0f s (saturation)%n",
                fixedUsage.seconds(), saturationUsage.seconds());
    }

    private String source(String phase) {
        return "load-bench " + runId + " " + phase;
    }

    // ---------------------------------------------------------------------------------------------- ingest

    private List<Posted> postAtRate(int from, int count, int rate, String source, int sampleEvery, Latencies live)
            throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(32);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2);
        ConcurrentLinkedQueue<Posted> posted = new ConcurrentLinkedQueue<>();
        CountDownLatch sent = new CountDownLatch(count);
        CountDownLatch observed = new CountDownLatch((count + sampleEvery - 1) / sampleEvery);
        AtomicInteger tick = new AtomicInteger();
        long start = System.nanoTime();
        ScheduledFuture<?> schedule = pacer.scheduleAtFixedRate(() -> {
            int i = tick.getAndIncrement();
            if (i >= count) {
                return;
            }
            senders.submit(() -> {
                try {
                    Posted p = postOne(corpus.article(from + i, source));
                    posted.add(p);
                    if (i % sampleEvery == 0) {
                        pollUntilExtracted(pollers, p, live, observed);
                    }
                } finally {
                    sent.countDown();
                }
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        while (!sent.await(10, TimeUnit.SECONDS)) {
            System.out.printf("[load]   fixed rate, %.0f s: %d acknowledged; %s%n", seconds(start), posted.size(),
                    pipeline());
        }
        schedule.cancel(false);
        System.out.printf("[load] fixed rate: %d articles acknowledged in %.1f s (asked %d/s)%n", posted.size(),
                seconds(start), rate);
        observed.await(PHASE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        senders.shutdown();
        pacer.shutdown();
        pollers.shutdown();
        return new ArrayList<>(posted);
    }

    private void pollUntilExtracted(ScheduledExecutorService pollers, Posted p, Latencies live, CountDownLatch done) {
        pollers.schedule(() -> {
            try {
                HttpResponse<String> answer = get(queryUrl + "/articles/" + p.id());
                if (answer.statusCode() == 200 && json.readTree(answer.body()).path("status").asText().equals("EXTRACTED")) {
                    synchronized (live) {
                        live.add(Duration.between(p.acknowledged(), Instant.now()).toNanos());
                    }
                    done.countDown();
                    return;
                }
            } catch (Exception e) {
                // try again at the next poll
            }
            pollUntilExtracted(pollers, p, live, done);
        }, LIVE_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private List<Posted> postConcurrently(int from, int count, int clients, String source) throws InterruptedException {
        ConcurrentLinkedQueue<Posted> posted = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        onThreads(clients, () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                posted.add(postOne(corpus.article(from + i, source)));
            }
        });
        return new ArrayList<>(posted);
    }

    private Posted postOne(LoadCorpus.Article article) {
        while (true) {
            try {
                HttpResponse<String> answer = postJson("/articles", article, Duration.ofSeconds(60));
                Instant acknowledged = Instant.now();
                if (answer.statusCode() == 202) {
                    return new Posted(json.readTree(answer.body()).get("id").asText(), acknowledged);
                }
                if (answer.statusCode() != 503) {
                    throw new IllegalStateException("POST /articles answered " + answer.statusCode() + ": " + answer.body());
                }
                refused.incrementAndGet();
                Thread.sleep(100);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("POST /articles failed", e);
            }
        }
    }

    private List<Posted> postBatches(int from, int count, int batchSize, int clients, String source)
            throws InterruptedException {
        ConcurrentLinkedQueue<Posted> posted = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        onThreads(clients, () -> {
            for (int i = next.getAndAdd(batchSize); i < count; i = next.getAndAdd(batchSize)) {
                List<LoadCorpus.Article> batch = new ArrayList<>();
                for (int j = i; j < Math.min(count, i + batchSize); j++) {
                    batch.add(corpus.article(from + j, source));
                }
                posted.addAll(postBatch(batch));
            }
        });
        return new ArrayList<>(posted);
    }

    /** Posts the batch; items answered 503 are posted again until every one is acknowledged. */
    private List<Posted> postBatch(List<LoadCorpus.Article> batch) {
        List<Posted> posted = new ArrayList<>();
        List<LoadCorpus.Article> pending = batch;
        while (!pending.isEmpty()) {
            try {
                HttpResponse<String> answer = postJson("/articles/batch", pending, Duration.ofSeconds(120));
                Instant acknowledged = Instant.now();
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("POST /articles/batch answered " + answer.statusCode() + ": "
                            + answer.body());
                }
                List<LoadCorpus.Article> again = new ArrayList<>();
                for (JsonNode item : json.readTree(answer.body())) {
                    int status = item.get("status").asInt();
                    if (status == 202) {
                        posted.add(new Posted(item.get("id").asText(), acknowledged));
                    } else if (status == 503) {
                        refused.incrementAndGet();
                        again.add(pending.get(item.get("index").asInt()));
                    } else {
                        throw new IllegalStateException("a batch item was refused: " + item);
                    }
                }
                pending = again;
                if (!pending.isEmpty()) {
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("POST /articles/batch failed", e);
            }
        }
        return posted;
    }

    // --------------------------------------------------------------------------------------------- ceiling

    /** Records per second of a plain idempotent acks=all producer sending the same payloads to a scratch topic. */
    private double rawProducer(int from, int count, String source) throws Exception {
        String topic = "load-bench-scratch-" + runId;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int partitions = admin.describeTopics(List.of(Topics.ARTICLES)).allTopicNames().get()
                    .get(Topics.ARTICLES).partitions().size();
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            List<ProducerRecord<String, String>> records = new ArrayList<>(count);
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                LoadCorpus.Article a = corpus.article(from + i, source);
                String id = UUID.nameUUIDFromBytes(a.body().getBytes(StandardCharsets.UTF_8)).toString();
                ArticleReceived event = new ArticleReceived(ArticleReceived.SCHEMA_VERSION, id, a.title(), a.body(), null,
                        a.source(), LocalDate.parse(a.publishedAt()).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        Instant.now(), "sha256:" + sha256(a.body()));
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, id, json.writeValueAsString(event));
                header(record, CloudEvents.HEADER_ID, UUID.randomUUID().toString());
                header(record, CloudEvents.HEADER_TYPE, CloudEvents.TYPE_ARTICLE_RECEIVED);
                header(record, CloudEvents.HEADER_SOURCE, CloudEvents.SOURCE_INGEST);
                header(record, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION);
                header(record, CloudEvents.HEADER_TIME, event.receivedAt().toString());
                header(record, "content-type", "application/json");
                records.add(record);
                bytes += record.value().length();
            }
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_971_520);
            double perSecond;
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
                producer.partitionsFor(topic); // metadata before the clock starts
                AtomicLong failed = new AtomicLong();
                CountDownLatch acked = new CountDownLatch(count);
                long start = System.nanoTime();
                for (ProducerRecord<String, String> record : records) {
                    producer.send(record, (metadata, error) -> {
                        if (error != null) {
                            failed.incrementAndGet();
                        }
                        acked.countDown();
                    });
                }
                acked.await();
                perSecond = count / seconds(start);
                if (failed.get() > 0) {
                    throw new IllegalStateException(failed.get() + " raw sends failed");
                }
            }
            admin.deleteTopics(List.of(topic)).all().get();
            System.out.printf("[load] raw producer: %d records (mean value %d bytes) to %s: %.0f/s%n", count,
                    bytes / Math.max(1, count), topic, perSecond);
            return perSecond;
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------------------------------- queryable

    /**
     * Waits, watching only the query service's metrics, until about as many outcomes as articles were folded
     * since {@code start} (the count before the phase posted anything),
     * then reads the phase's articles (page by page, by source) until every one is EXTRACTED or FAILED.
     * Returns each article's {@code foldedAt}.
     */
    private Map<String, Queryable> awaitQueryable(String source, List<Posted> posted, double start) throws Exception {
        Set<String> expected = ConcurrentHashMap.newKeySet();
        posted.forEach(p -> expected.add(p.id()));
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        long lastReport = System.nanoTime();
        while (outcomesFolded() - start < expected.size() * 0.98 && System.nanoTime() < deadline) {
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                System.out.printf("[load]   %s: %.0f of %d outcomes folded; %s%n", source, outcomesFolded() - start,
                        expected.size(), pipeline());
                lastReport = System.nanoTime();
            }
            Thread.sleep(250);
        }
        while (System.nanoTime() < deadline) {
            Map<String, Queryable> folded = new HashMap<>();
            int done = 0;
            String path = "/articles?limit=500&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
            while (path != null) {
                JsonNode page = json.readTree(get(queryUrl + path).body());
                for (JsonNode article : page.get("items")) {
                    String status = article.path("status").asText();
                    if (status.equals("EXTRACTED") || status.equals("FAILED")) {
                        done++;
                        folded.put(article.get("id").asText(), new Queryable(Instant.parse(article.get("receivedAt").asText()),
                                Instant.parse(article.get("processedAt").asText()),
                                Instant.parse(article.get("foldedAt").asText())));
                    }
                }
                path = page.path("next").isTextual() ? page.get("next").asText() : null;
            }
            if (folded.keySet().containsAll(expected)) {
                return folded;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(source + ": not every article was queryable within " + PHASE_TIMEOUT);
    }

    private Latencies latencies(List<Posted> posted, Map<String, Queryable> folded) {
        Latencies latencies = new Latencies();
        for (Posted p : posted) {
            latencies.add(Duration.between(p.acknowledged(), folded.get(p.id()).foldedAt()).toNanos());
        }
        return latencies;
    }

    /** Where the articles are: processed by the extraction service, outcomes folded by the query service (totals). */
    private String pipeline() {
        try {
            Matcher processed = PROCESSED.matcher(get(extractionUrl + "/q/metrics").body());
            double total = 0;
            while (processed.find()) {
                total += Double.parseDouble(processed.group(1));
            }
            return String.format("in all so far: %.0f processed by extraction-service, %.0f outcomes folded by query-service",
                    total, outcomesFolded());
        } catch (Exception e) {
            return "(metrics unavailable: " + e.getMessage() + ")";
        }
    }

    /** The extraction stage (receipt at ingest to the extraction's processedAt) or the fold stage (to foldedAt). */
    private static String stage(List<Posted> posted, Map<String, Queryable> folded, boolean extraction) {
        Latencies stage = new Latencies();
        for (Posted p : posted) {
            Queryable q = folded.get(p.id());
            stage.add(extraction ? Duration.between(q.receivedAt(), q.processedAt()).toNanos()
                    : Duration.between(q.processedAt(), q.foldedAt()).toNanos());
        }
        return stage.summary();
    }

    private double outcomesFolded() throws Exception {
        Matcher m = OUTCOMES_FOLDED.matcher(get(queryUrl + "/q/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    // ----------------------------------------------------------------------------------------- CPU, memory

    private void findProcesses(int postgresPort) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("ingest-service", URI.create(ingestUrl).getPort());
        ports.put("extraction-service", URI.create(extractionUrl).getPort());
        ports.put("query-service", URI.create(queryUrl).getPort());
        ports.put("kafka broker", Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
        ports.put("postgresql", postgresPort);
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            OptionalLong pid = ProcessCpu.pidListeningOn(port.getValue());
            if (pid.isPresent()) {
                pids.put(port.getKey(), pid.getAsLong());
            } else {
                System.out.println("[load] no process found listening on " + port.getValue() + " (" + port.getKey()
                        + "): no CPU figure for it");
            }
        }
        pids.put("benchmark client", ProcessHandle.current().pid());
        System.out.println("[load] processes: " + pids);
        if (options.containsKey("nice")) {
            // every thread of every component (and PostgreSQL's backends): Linux keeps a nice value per thread
            int nice = Integer.parseInt(options.get("nice"));
            pids.forEach((name, pid) -> ProcessCpu.renice(pid, nice, name.equals("postgresql")));
            System.out.println("[load] components reniced to " + nice + " (ahead of other work on the machine)");
        }
    }

    /** CPU ticks of each process and of the machine between start and stop, and peak memory in between. */
    private static final class Usage {
        private final LoadBenchmark bench;
        private final Map<String, Long> startTicks = new HashMap<>();
        private final Map<String, Long> ticks = new HashMap<>();
        private final Map<String, Long> peak = new ConcurrentHashMap<>();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        private long[] machineStart;
        private long[] machine;
        private long startNanos;
        private double seconds;

        private Usage(LoadBenchmark bench) {
            this.bench = bench;
        }

        static Usage start(LoadBenchmark bench) {
            Usage usage = new Usage(bench);
            bench.pids.forEach((name, pid) -> usage.startTicks.put(name, ProcessCpu.ticks(pid, name.equals("postgresql"))));
            usage.machineStart = ProcessCpu.machine();
            usage.startNanos = System.nanoTime();
            usage.sampler.scheduleAtFixedRate(usage::sampleMemory, 0, 2, TimeUnit.SECONDS);
            return usage;
        }

        void stop() {
            seconds = (System.nanoTime() - startNanos) / 1e9;
            bench.pids.forEach((name, pid) -> ticks.put(name,
                    ProcessCpu.ticks(pid, name.equals("postgresql")) - startTicks.get(name)));
            long[] end = ProcessCpu.machine();
            machine = new long[] {end[0] - machineStart[0], end[1] - machineStart[1]};
            sampler.shutdownNow();
        }

        /** Heap used of each service (sum of its heap pools, from /q/metrics); RSS of the broker. */
        private void sampleMemory() {
            Map<String, String> services = Map.of("ingest-service", bench.ingestUrl,
                    "extraction-service", bench.extractionUrl, "query-service", bench.queryUrl);
            services.forEach((name, url) -> {
                try {
                    Matcher m = HEAP.matcher(bench.get(url + "/q/metrics").body());
                    long heap = 0;
                    while (m.find()) {
                        heap += (long) Double.parseDouble(m.group(1));
                    }
                    peak.merge(name, heap, Math::max);
                } catch (Exception e) {
                    // a missed sample
                }
            });
            Long broker = bench.pids.get("kafka broker");
            if (broker != null) {
                peak.merge("kafka broker", ProcessCpu.rssBytes(broker), Math::max);
            }
        }

        double cpuPercent(String name) {
            return 100.0 * ticks.getOrDefault(name, 0L) / ProcessCpu.TICKS_PER_SECOND / seconds;
        }

        double machinePercent() {
            // /proc/stat counts every CPU: busy/total is the share of all cores
            return machine[1] == 0 ? 0 : 100.0 * Runtime.getRuntime().availableProcessors() * machine[0] / machine[1];
        }

        double seconds() {
            return seconds;
        }

        String memory(String name) {
            Long bytes = peak.get(name);
            if (bytes == null) {
                return "-";
            }
            return String.format("%.0f MiB%s", bytes / 1048576.0, name.equals("kafka broker") ? " RSS" : " heap");
        }
    }

    // ------------------------------------------------------------------------------------------------ misc

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String uptime() {
        try {
            String[] load = Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+");
            return "load average " + load[0] + ", " + load[1] + ", " + load[2] + " at " + Instant.now();
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    /** Runs {@code work} on {@code count} threads at once (the concurrent clients) and waits for them all. */
    private static void onThreads(int count, Runnable work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(work);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private HttpResponse<String> postJson(String path, Object body, Duration timeout)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(ingestUrl + path)).header("Content-Type", "application/json")
                .timeout(timeout).POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
