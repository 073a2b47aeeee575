package org.pledgewatch.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.PostgresTestResource;

/** The SSE streams with a real HTTP client: items arrive once folded, filtered, and resume by Last-Event-ID. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class LiveStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL root;

    @Inject
    ObjectMapper mapper;

    /** One server-sent event as read off the wire. */
    record Received(String id, String name, JsonNode data) {
    }

    @Test
    void aSubscriberReceivesMatchingCommitmentsAsTheyAreFoldedAndResumesWithoutGaps() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        EventFixtures events = new EventFixtures(mapper);
        BlockingQueue<Received> received = subscribe("/stream/commitments?actor=Britain", null);

        String articleId = "stream-" + tag;
        events.article(articleId, "Stream article", Instant.parse("2031-05-01T10:00:00Z"), "h-" + tag);
        events.commitment("live-fr-" + tag, articleId, List.of(EventFixtures.FRANCE), "send air defence",
                EventFixtures.UKRAINE, List.of(), "FIRM", "MILITARY", "v1");
        events.commitment("live-uk-" + tag, articleId, List.of(EventFixtures.UK), "train pilots",
                EventFixtures.UKRAINE, List.of(), "FIRM", "MILITARY", "v1");

        Received first = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(first != null, "a UK commitment arrives on the stream");
        assertEquals("live-uk-" + tag, first.data().get("id").asText(), "the French one is filtered out");
        assertEquals("commitment", first.name());
        assertEquals("train pilots", first.data().get("action").asText());

        // a client that saw 'first' and reconnects gets what it missed in between, and nothing twice
        events.commitment("live-uk2-" + tag, articleId, List.of(EventFixtures.UK), "fund drones",
                EventFixtures.UKRAINE, List.of(), "FIRM", "MILITARY", "v1");
        BlockingQueue<Received> resumed = subscribe("/stream/commitments?actor=GBR", first.id());
        Received missed = resumed.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(missed != null, "the missed commitment arrives after reconnecting");
        assertEquals("live-uk2-" + tag, missed.data().get("id").asText());
        assertTrue(Long.parseLong(missed.id()) > Long.parseLong(first.id()));
    }

    @Test
    void statementsStreamFiltersBySpeaker() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        EventFixtures events = new EventFixtures(mapper);
        BlockingQueue<Received> received = subscribe("/stream/statements?speaker=zelenskiy", null);
        String articleId = "stream-s-" + tag;
        events.article(articleId, "Stream article", Instant.parse("2031-05-02T10:00:00Z"), "h-" + tag);
        events.statement("live-s1-" + tag, articleId, new org.pledgewatch.contract.events.Speaker("mark-rutte",
                "Mark Rutte", "PERSON", "Secretary-General", null), "We stand together", true, "v1");
        events.statement("live-s2-" + tag, articleId, new org.pledgewatch.contract.events.Speaker(
                "volodymyr-zelenskiy", "Volodymyr Zelenskiy", "PERSON", "President", "UKR"),
                "A huge step forward", true, "v1");
        Received first = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(first != null, "Zelenskiy's statement arrives");
        assertEquals("live-s2-" + tag, first.data().get("id").asText());
    }

    @Test
    void aBadFilterIsRefusedBeforeStreaming() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(root.toString() + "stream/commitments?modality=MAYBE")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    /** Opens the stream and parses its events into a queue, on a background thread. */
    private BlockingQueue<Received> subscribe(String path, String lastEventId) {
        BlockingQueue<Received> queue = new LinkedBlockingQueue<>();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString() + path.substring(1)))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> parse(answer.body(), queue));
        // The stream starts after the newest item folded when the request is served: wait for its headers, so
        // that what the test publishes next is folded after that point (folding a batch can take less time
        // than the request takes to arrive)
        try {
            response.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notOpened) {
            throw new IllegalStateException("the stream " + path + " did not open", notOpened);
        }
        return queue;
    }

    private void parse(Stream<String> lines, BlockingQueue<Received> queue) {
        List<String> event = new ArrayList<>();
        lines.forEach(line -> {
            if (!line.isEmpty()) {
                event.add(line);
                return;
            }
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String field : event) {
                if (field.startsWith("id:")) {
                    id = field.substring(3).trim();
                } else if (field.startsWith("event:")) {
                    name = field.substring(6).trim();
                } else if (field.startsWith("data:")) {
                    data.append(field.substring(5).trim());
                }
            }
            event.clear();
            if (data.length() > 0) {
                try {
                    queue.add(new Received(id, name, mapper.readTree(data.toString())));
                } catch (Exception e) {
                    throw new IllegalStateException("not JSON: " + data, e);
                }
            }
        });
    }
}
