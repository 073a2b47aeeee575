package org.pledgewatch.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code ./run --demo}: posts the sample article and prints what the query service made of it. */
final class Demo {
    static final String SAMPLE = "samples/seed-article.txt";
    private static final Duration EXTRACTION_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String ingestUrl;
    private final String queryUrl;
    private final PrintStream out;

    Demo(String ingestUrl, String queryUrl, PrintStream out) {
        this.ingestUrl = ingestUrl;
        this.queryUrl = queryUrl;
        this.out = out;
    }

    void run() throws IOException, InterruptedException {
        byte[] article;
        try (InputStream sample = Demo.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (sample == null) {
                throw new IllegalStateException(SAMPLE + " is not on the classpath");
            }
            article = sample.readAllBytes();
        }
        out.println();
        out.println("Demo: POST " + ingestUrl + "/articles (" + SAMPLE + ")");
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/articles"))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(article))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() / 100 != 2) {
            throw new IllegalStateException("ingest answered " + posted.statusCode() + ": " + posted.body());
        }
        String id = json.readTree(posted.body()).path("id").asText();
        out.println("  -> " + posted.statusCode() + ", article id " + id);

        JsonNode articleView = awaitProcessed(id);
        out.println("  -> " + articleView.path("status").asText() + ": " + articleView.path("statementCount").asText()
                + " statements, " + articleView.path("commitmentCount").asText() + " commitments");

        JsonNode statements = awaitItems(id, "statements", articleView.path("statementCount").asInt());
        JsonNode commitments = awaitItems(id, "commitments", articleView.path("commitmentCount").asInt());
        out.println();
        out.println("Statements (GET " + queryUrl + "/articles/" + id + "/statements):");
        for (JsonNode statement : statements) {
            out.println("  " + statement.path("speaker").path("name").asText("?") + ": "
                    + shorten(statement.path("quote").asText(), 110));
        }
        out.println();
        out.println("Commitments (GET " + queryUrl + "/articles/" + id + "/commitments):");
        for (JsonNode commitment : commitments) {
            List<String> actors = new ArrayList<>();
            commitment.path("actors").forEach(actor -> actors.add(actor.path("name").asText()));
            out.println("  " + String.join(", ", actors) + " [" + commitment.path("modality").asText() + "] "
                    + shorten(commitment.path("action").asText(), 100));
        }
        out.println();
    }

    /** Polls the read model: extraction is asynchronous (ingest -> Kafka -> extraction -> Kafka -> query). */
    private JsonNode awaitProcessed(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + EXTRACTION_TIMEOUT.toNanos();
        String status = "not visible yet";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(queryUrl + "/articles/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonNode article = json.readTree(answer.body());
                status = article.path("status").asText();
                if (status.equals("EXTRACTED") || status.equals("FAILED")) {
                    return article;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("article " + id + " was not processed within "
                + EXTRACTION_TIMEOUT.toSeconds() + " s (status: " + status + ")");
    }

    /**
     * The query service folds each topic on its own, so the article can say EXTRACTED before all of its
     * statements or commitments are folded: wait (briefly) until the list has as many as the count says.
     */
    private JsonNode awaitItems(String id, String kind, int expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode items = get("/articles/" + id + "/" + kind);
        while (items.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
            items = get("/articles/" + id + "/" + kind);
        }
        return items;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(queryUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json.readTree(answer.body());
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
