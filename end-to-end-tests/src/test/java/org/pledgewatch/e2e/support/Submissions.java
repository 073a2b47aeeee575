package org.pledgewatch.e2e.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Distinct articles for a test run, and their submission to the ingest service. */
public final class Submissions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String ingestUrl;
    private final String run;
    private final String body;

    /**
     * @param run  names the test, so articles of different tests never collide
     * @param body the text every article carries after its own first line
     */
    public Submissions(String ingestUrl, String run, String body) {
        this.ingestUrl = ingestUrl;
        this.run = run;
        this.body = body;
    }

    /** Article {@code number} of this run: its own first line and URL make it a distinct article. */
    public Map<String, String> article(int number) {
        return Map.of("body", "Dispatch " + number + " of the " + run + " test.\n" + body,
                "url", "https://" + run + ".example.org/dispatch/" + number);
    }

    /** POSTs articles {@code first .. first+count-1} as one batch; every item must be answered 202. */
    public List<String> postBatch(int first, int count) {
        List<Map<String, String>> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article(first + i));
        }
        List<Map<String, Object>> results = given().baseUri(ingestUrl).contentType("application/json")
                .body(json(articles)).post("/articles/batch")
                .then().statusCode(200).extract().jsonPath().getList("");
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> result : results) {
            assertEquals(202, result.get("status"), "batch item " + result);
            ids.add((String) result.get("id"));
        }
        return ids;
    }

    /** One {@code POST /articles}, whatever its answer; never throws for an HTTP status. */
    public Answer post(int number) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/articles"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(article(number))))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String id = response.statusCode() == 202 ? JSON.readTree(response.body()).get("id").asText() : null;
            return new Answer(number, response.statusCode(), id,
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            // no answer at all (e.g. the connection closed): the caller must not count it as accepted
            return new Answer(number, -1, null, "", null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** What the ingest service answered to one article; {@code status} -1 means no HTTP answer. */
    public record Answer(int number, int status, String id, String contentType, String retryAfter, String body) {
        public boolean accepted() {
            return status == 202;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
