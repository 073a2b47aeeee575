package org.pledgewatch.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pledgewatch.testinfra.KafkaTestResource;

/**
 * A generated corpus of more than 1,000 bad or strange requests to the ingest endpoints: none may get a
 * 5xx, and every refusal must be problem+json. What is accepted must be a real article (202).
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
class HostileInputTest {

    /** One request: where, as what media type, with which bytes. */
    record Hostile(String path, String contentType, byte[] body, String what) {
    }

    @Test
    void noHostileRequestGetsA5xxAndEveryRefusalIsProblemJson() {
        List<Hostile> corpus = corpus(new Random(7));
        assertTrue(corpus.size() >= 1000, "at least 1,000 requests: " + corpus.size());
        int accepted = 0;
        int refused = 0;
        for (Hostile hostile : corpus) {
            var request = given().body(hostile.body());
            if (hostile.contentType() != null) {
                request = request.contentType(hostile.contentType());
            }
            Response response = request.post(hostile.path());
            int status = response.statusCode();
            assertTrue(status < 500, hostile.what() + " got " + status + ": " + response.asString());
            if (status >= 400) {
                refused++;
                assertTrue(response.contentType().startsWith("application/problem+json"),
                        hostile.what() + " refused without problem+json: " + response.contentType());
            } else {
                accepted++;
                assertTrue(status == 202 || (status == 200 && hostile.path().endsWith("/batch")),
                        hostile.what() + " got " + status);
            }
        }
        System.out.printf("[hostile] %d requests: %d accepted, %d refused, no 5xx%n", corpus.size(), accepted, refused);
        assertEquals(corpus.size(), accepted + refused);
    }

    static List<Hostile> corpus(Random random) {
        List<String> texts = List.of("", " ", "\u0000", "word", "\u202Eevil\u202C right-to-left override",
                "مرحبا، قال الرئيس إن بلاده ستساعد", "שלום עולם", "\uD83D\uDE80\uD83C\uDDFA\uD83C\uDDE6 pledges \u2764",
                "<script>alert('x')</script><b>Macron</b> said", "\u0007\u0008\u001B[31mred\u001B[0m",
                "a".repeat(100_000), "The minister said " + "very ".repeat(20_000) + "much.",
                "\"".repeat(5000), "\u201c".repeat(3000) + " said he", "Robert'); DROP TABLE articles;--",
                "%00%0d%0a", "\uFEFFBOM first", "line\r\nbreaks\rmixed\n", "\t\t\t", "null", "{}", "[]");
        List<Hostile> corpus = new ArrayList<>();
        for (String text : texts) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            corpus.add(new Hostile("/articles", "text/plain; charset=UTF-8", utf8, "text " + describe(text)));
            corpus.add(new Hostile("/articles", "application/json", json("{\"body\":" + quote(text) + "}"), "json " + describe(text)));
            corpus.add(new Hostile("/articles", "application/json", utf8, "raw json " + describe(text)));
            corpus.add(new Hostile("/articles/batch", "application/json", json("[{\"body\":" + quote(text) + "}]"), "batch " + describe(text)));
            corpus.add(new Hostile("/articles/batch", ArticleResource.NDJSON, utf8, "ndjson " + describe(text)));
        }
        String[] shapes = {"{\"body\": 1}", "{\"body\": true}", "{\"body\": null}", "{\"body\": [\"a\"]}",
                "{\"body\": {\"x\": 1}}", "{\"title\": 5, \"body\": \"x\"}", "{\"body\": \"x\", \"publishedAt\": 12}",
                "{\"body\": \"x\", \"publishedAt\": \"32/13/2026\"}", "{\"body\": \"x\", \"url\": \"javascript:alert(1)\"}",
                "{\"body\": \"x\"", "{body: 'x'}", "[1,2,3]", "\"just a string\"", "42", "{\"body\": \"\\ud800\"}",
                "{\"body\": \"x\", \"body\": \"y\"}"};
        for (String shape : shapes) {
            corpus.add(new Hostile("/articles", "application/json", json(shape), "shape " + shape));
            corpus.add(new Hostile("/articles/batch", "application/json", json("[" + shape + "]"), "batch shape " + shape));
        }
        corpus.add(new Hostile("/articles", "application/json", json("[".repeat(100_000) + "]".repeat(100_000)), "deep nesting"));
        corpus.add(new Hostile("/articles", "application/json", json("{\"body\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001)), "deep object"));
        corpus.add(new Hostile("/articles", "text/plain; charset=UTF-8", "x".repeat(10 * 1024 * 1024).getBytes(StandardCharsets.UTF_8), "10 MB body"));
        corpus.add(new Hostile("/articles", "application/xml", json("<article/>"), "xml"));
        corpus.add(new Hostile("/articles", "application/octet-stream", new byte[] {1, 2, 3}, "octet-stream"));
        corpus.add(new Hostile("/articles", null, json("no content type"), "no content type"));
        corpus.add(new Hostile("/articles", "text/plain; charset=UTF-8", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "invalid UTF-8 text"));
        corpus.add(new Hostile("/articles", "application/json", new byte[] {'{', '"', 'b', '"', ':', '"', (byte) 0xFF, '"', '}'}, "invalid UTF-8 json"));
        // and random bytes, random JSON-ish fragments
        while (corpus.size() < 1100) {
            byte[] noise = new byte[1 + random.nextInt(2000)];
            random.nextBytes(noise);
            String[] types = {"text/plain; charset=UTF-8", "application/json", ArticleResource.NDJSON};
            String type = types[random.nextInt(types.length)];
            String path = random.nextBoolean() ? "/articles" : "/articles/batch";
            corpus.add(new Hostile(path, type, noise, "random bytes #" + corpus.size() + " as " + type + " to " + path));
        }
        return corpus;
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String describe(String text) {
        String start = text.length() > 30 ? text.substring(0, 30) + "... (" + text.length() + " chars)" : text;
        return "'" + start.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
