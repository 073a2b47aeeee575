package org.pledgewatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.localstack.LocalStack;

/**
 * Query latency of the read model with many commitments in it. Starts its own local stack (fresh state,
 * free ports), publishes synthetic articles, statements, commitments and outcomes on the real topics (as
 * the extraction service would), waits until the query service has folded them all, then times typical
 * queries one after the other, as one client would, and prints p50/p95/p99 per query and overall.
 *
 * <p>Usage, from the repository root: {@code ./mvnw -q package -DskipTests && java -cp
 * 'benchmarks/target/*:benchmarks/target/lib/*' org.pledgewatch.benchmarks.QueryLatencyBenchmark
 * [COMMITMENTS REQUESTS_PER_QUERY]} (defaults 100000 and 300).
 */
public final class QueryLatencyBenchmark {

    private static final int COMMITMENTS_PER_ARTICLE = 10;
    private static final int STATEMENTS_PER_ARTICLE = 2;
    private static final int WARM_UP = 50;
    private static final Pattern FOLDED = Pattern.compile(
            "pledgewatch_events_folded_total\\{outcome=\"folded\",topic=\"commitments\"} ([0-9.E]+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static void main(String[] args) throws Exception {
        int commitments = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        new QueryLatencyBenchmark().run(commitments, requests);
    }

    private void run(int commitments, int requests) throws Exception {
        Path root = Paths.get(System.getProperty("pledgewatch.root", ".")).toAbsolutePath().normalize();
        try (LocalStack stack = LocalStack.start(LocalStack.Config.forRoot(root).withFreePorts()
                .withStateDir(root.resolve("benchmarks/target/query-bench-stack"), false)
                .withProgress(line -> System.out.println("[bench] " + line)))) {
            int articles = (commitments + COMMITMENTS_PER_ARTICLE - 1) / COMMITMENTS_PER_ARTICLE;
            long publishStart = System.nanoTime();
            publish(stack.bootstrapServers(), articles);
            System.out.printf("[bench] published %d articles, %d commitments, %d statements in %.1f s%n", articles,
                    articles * COMMITMENTS_PER_ARTICLE, articles * STATEMENTS_PER_ARTICLE, seconds(publishStart));
            long foldStart = System.nanoTime();
            awaitFolded(stack.queryUrl(), (long) articles * COMMITMENTS_PER_ARTICLE);
            System.out.printf("[bench] query-service folded them in %.1f s%n", seconds(foldStart));
            measure(stack.queryUrl(), requests);
        }
    }

    private void publish(String bootstrap, int articles) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        SyntheticNews news = new SyntheticNews(42);
        Future<RecordMetadata> last = null;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int number = 0; number < articles; number++) {
                SyntheticNews.ArticleEvents events = news.article(number, COMMITMENTS_PER_ARTICLE,
                        STATEMENTS_PER_ARTICLE, "bench-1");
                String id = events.article().id();
                send(producer, Topics.ARTICLES, id, id + "|" + events.article().contentHash(),
                        CloudEvents.TYPE_ARTICLE_RECEIVED, events.article().receivedAt(), events.article());
                for (var statement : events.statements()) {
                    send(producer, Topics.STATEMENTS, id, statement.id(), CloudEvents.TYPE_STATEMENT_EXTRACTED,
                            events.outcome().processedAt(), statement);
                }
                for (var commitment : events.commitments()) {
                    send(producer, Topics.COMMITMENTS, id, commitment.id(), CloudEvents.TYPE_COMMITMENT_EXTRACTED,
                            events.outcome().processedAt(), commitment);
                }
                last = send(producer, Topics.EXTRACTIONS, id, events.outcome().id(), CloudEvents.TYPE_ARTICLE_PROCESSED,
                        events.outcome().processedAt(), events.outcome());
            }
            producer.flush();
            if (last != null) {
                last.get();
            }
        }
    }

    private Future<RecordMetadata> send(KafkaProducer<String, String> producer, String topic, String key,
                                        String eventId, String type, Instant time, Object event) throws IOException {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json.writeValueAsString(event));
        header(record, CloudEvents.HEADER_ID, eventId);
        header(record, CloudEvents.HEADER_TYPE, type);
        header(record, CloudEvents.HEADER_SOURCE, CloudEvents.SOURCE_EXTRACTION);
        header(record, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION);
        header(record, CloudEvents.HEADER_TIME, time.toString());
        return producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitFolded(String queryUrl, long expected) throws Exception {
        long lastReport = System.nanoTime();
        while (true) {
            Matcher folded = FOLDED.matcher(get(queryUrl + "/q/metrics").body());
            double count = folded.find() ? Double.parseDouble(folded.group(1)) : 0;
            if (count >= expected) {
                return;
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                System.out.printf("[bench] folded %.0f of %d commitments%n", count, expected);
                lastReport = System.nanoTime();
            }
            Thread.sleep(500);
        }
    }

    private void measure(String queryUrl, int requests) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("newest commitments", "/commitments");
        queries.put("actor=GBR", "/commitments?actor=GBR");
        queries.put("actor=UK&modality=CONDITIONAL", "/commitments?actor=UK&modality=CONDITIONAL");
        queries.put("beneficiary=Kyiv&category=MILITARY", "/commitments?beneficiary=Kyiv&category=MILITARY");
        queries.put("q=ceasefire", "/commitments?q=ceasefire");
        queries.put("from/to one quarter", "/commitments?from=2025-04-01&to=2025-06-30");
        queries.put("actor=DEU, 5th page", null);
        queries.put("statements speaker=sanchez", "/statements?speaker=sanchez");
        queries.put("actor profile DEU", "/actors/DEU");
        Latencies all = new Latencies();
        System.out.printf("%n[bench] query latency, %d requests per query after %d warm-up, one client:%n",
                requests, WARM_UP);
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Latencies latencies = new Latencies();
            for (int i = 0; i < WARM_UP + requests; i++) {
                long took = query.getValue() == null ? fifthPage(queryUrl) : timed(queryUrl + query.getValue());
                if (i >= WARM_UP) {
                    latencies.add(took);
                }
            }
            System.out.printf("  %-36s %s%n", query.getKey(), latencies.summary());
            all.addAll(latencies);
        }
        System.out.printf("  %-36s %s%n", "ALL", all.summary());
    }

    /** Follows 'next' four times and times the request for the fifth page. */
    private long fifthPage(String queryUrl) throws Exception {
        String path = "/commitments?actor=DEU&limit=20";
        for (int page = 1; page < 5; page++) {
            JsonNode body = json.readTree(get(queryUrl + path).body());
            path = body.get("next").asText();
        }
        return timed(queryUrl + path);
    }

    private long timed(String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get(url);
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
