package org.pledgewatch.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.PostgresTestResource;

/**
 * A generated corpus of more than 1,000 bad or strange requests to every read endpoint: hostile values in
 * every path segment, filter, page parameter and Last-Event-ID (SQL and full-text-search syntax, NUL bytes,
 * percent-encoded invalid UTF-8, right-to-left text, 10,000-character values). None may get a 5xx, every
 * refusal must be problem+json, and afterwards the read model's tables are all still there.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class HostileQueryTest {

    /** Values already percent-encoded where they must be sent as they are (invalid UTF-8, NUL). */
    static final List<String> RAW_VALUES = List.of("%00", "a%00b", "%C3%28", "%FF%FE", "%ED%A0%80", "%E2%80%AE");

    static final List<String> VALUES = List.of("", " ", "'", "\"", "\\", "%", "_", "*", "' OR '1'='1",
            "'; drop table articles;--", "1; select pg_sleep(5)--", "$1", "?", ":*", "!", "&", "|", "<->",
            "foo & bar | !baz", "\"unterminated", "()", "(((", "-", "--", "-1", "0", "1e9", "NaN", "99999999999999999999",
            "2147483648", "true", "null", "[]", "{}", "FIRM,HEDGED", "firm", "2026-13-45", "2026-02-30",
            "0000-01-01", "9999-12-31T23:59:59Z", "2026-11-29T25:00", "../../etc/passwd", "<script>alert(1)</script>",
            "\u202Eevil", "مرحبا", "\uD83D\uDE80\uD83C\uDDFA\uD83C\uDDE6", "Sánchez", "\t\r\n", "x".repeat(10_000),
            "eyJzZXEiOi0xfQ", "AAAA", "////", "a b c d e f g h i j k l m n o p");

    static final List<String> LIST_PARAMETERS = List.of("actor", "beneficiary", "modality", "category", "articleId",
            "from", "to", "q", "speaker", "direct", "limit", "cursor", "sort");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource database;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noHostileReadGetsA5xxAndEveryRefusalIsProblemJson() throws Exception {
        List<String> targets = corpus();
        assertTrue(targets.size() >= 1000, "at least 1,000 requests: " + targets.size());
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String target : targets) {
            byStatus.merge(check(target, null, wrong), 1, Integer::sum);
        }
        for (String value : VALUES.subList(0, 30)) {
            for (String stream : List.of("stream/commitments", "stream/statements")) {
                byStatus.merge(check(stream, value.replaceAll("[\r\n]", ""), wrong), 1, Integer::sum);
            }
        }
        System.out.printf("[hostile-query] %d requests, answers by status %s%n",
                byStatus.values().stream().mapToInt(Integer::intValue).sum(), byStatus);
        assertEquals(List.of(), wrong, wrong.size() + " requests got a 5xx or a refusal that is not problem+json");
        // beyond quarkus.http.limits.max-initial-line-length the HTTP layer refuses before any code of ours runs
        assertEquals(414, check("commitments?q=" + "x".repeat(20_000), null, wrong), "URI too long");
        assertTableStillThere("articles");
        assertTableStillThere("statements");
        assertTableStillThere("commitments");
        assertTableStillThere("actors");
    }

    /** Every endpoint with every hostile value in every place a caller controls. */
    static List<String> corpus() {
        List<String> targets = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        VALUES.forEach(value -> encoded.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        encoded.addAll(RAW_VALUES);
        for (String value : encoded) {
            String segment = value.isEmpty() ? "%20" : value;
            targets.add("articles/" + segment);
            targets.add("articles/" + segment + "/statements");
            targets.add("articles/" + segment + "/commitments");
            targets.add("actors/" + segment);
            for (String parameter : LIST_PARAMETERS) {
                targets.add("commitments?" + parameter + "=" + value);
                targets.add("statements?" + parameter + "=" + value);
            }
            for (String parameter : List.of("status", "source", "limit", "cursor")) {
                targets.add("articles?" + parameter + "=" + value);
            }
            for (String parameter : List.of("type", "limit", "cursor")) {
                targets.add("actors?" + parameter + "=" + value);
            }
            // several hostile parameters at once; long values cut so the request line stays within the limit
            String part = value.length() > 1000 ? value.substring(0, 1000) : value;
            targets.add("stream/commitments?modality=" + part + "&limit=" + part);
            targets.add("commitments?actor=" + part + "&actor=" + part + "&q=" + part + "&from=" + part);
        }
        return targets;
    }

    /**
     * One GET; the answer must not be a 5xx, and a 4xx must be problem+json. A live stream that is accepted
     * (200, text/event-stream) is closed at once: it would never end by itself.
     */
    private int check(String target, String lastEventId, List<String> wrong) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(describe(target, lastEventId) + " got no answer", e);
        }
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream body = response.body()) {
            if (contentType.startsWith("text/event-stream")) {
                return status;
            }
            String text = new String(body.readNBytes(2_000), StandardCharsets.UTF_8);
            if (status >= 500) {
                wrong.add(describe(target, lastEventId) + " got " + status + ": " + text);
            } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
                wrong.add(describe(target, lastEventId) + " got " + status + " without problem+json: " + contentType
                        + " " + text);
            }
        }
        return status;
    }

    private static String describe(String target, String lastEventId) {
        String shown = target.length() > 120 ? target.substring(0, 120) + "..." : target;
        return "GET /" + shown + (lastEventId == null ? "" : " with Last-Event-ID " + lastEventId);
    }

    private void assertTableStillThere(String table) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
            assertTrue(rows.next());
            assertEquals(1, rows.getMetaData().getColumnCount());
        }
    }
}
