package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The largest and strangest bodies the ingest service accepts (up to 1 MiB) must be extracted in bounded
 * time: a rule with super-linear work (regex backtracking, quadratic scans over a sentence) would hold a
 * partition of the articles topic for minutes. The bound is a liveness check, far above the expected time
 * (well under a second each on this machine); throughput is measured by BenchmarkThroughput, not here.
 */
class PathologicalInputTest {
    private static final Duration LIVENESS_BOUND = Duration.ofSeconds(30);
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractors.createDefault();
    }

    @Test
    void hugeAndDegenerateBodiesAreExtractedInBoundedTime() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("100 KB single sentence", "The minister said that " + "the government will very likely ".repeat(3_200) + "act.");
        bodies.put("100 KB without a space", "a".repeat(100_000));
        bodies.put("5,000 straight quotes", "\"".repeat(5_000));
        bodies.put("3,000 opening curly quotes and a speaker", "\u201C".repeat(3_000) + " said he.");
        bodies.put("one unclosed quote over 100 KB", "\u201CWe will " + "help and ".repeat(11_000) + "he said.");
        bodies.put("20,000 saying verbs", "said ".repeat(20_000));
        bodies.put("10,000 short attributed sentences", "\"We will pay,\" he said. ".repeat(10_000));
        bodies.put("nested parentheses", "(".repeat(10_000) + "France will send troops" + ")".repeat(10_000));
        bodies.put("10,000 countries in a list", "France, Germany, Britain and Italy pledged ".repeat(2_500) + "aid.");
        bodies.put("1 MiB of mixed scripts", "مرحبا Ukraine \uD83D\uDE80 will Россия said \u202E ".repeat(20_000));
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            long begin = System.nanoTime();
            Extraction extraction = assertTimeoutPreemptively(LIVENESS_BOUND,
                    () -> extractor.extract(ArticleText.of(body.getValue())), body.getKey());
            assertNotNull(extraction, body.getKey());
            System.out.printf("[pathological] %-45s %8d chars  %6d ms  %d statements, %d commitments%n", body.getKey(),
                    body.getValue().length(), (System.nanoTime() - begin) / 1_000_000, extraction.statements().size(),
                    extraction.commitments().size());
        }
    }
}
