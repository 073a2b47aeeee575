package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever text arrives, the extractor answers without throwing and with offsets that index the
 * body: empty and blank bodies, stray quotation marks, cut-off articles, shuffled words, Windows
 * line ends. The inputs are derived from the corpus with a fixed seed, so a failure is reproducible.
 */
class RobustnessTest {
    static Extractor extractor;
    static List<String> bodies = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        extractor = Extractors.createDefault();
        Path dir = Path.of(RobustnessTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                bodies.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    private static void check(String body) {
        Extraction x = extractor.extract(ArticleText.of(body));
        for (Statement s : x.statements()) {
            assertEquals(body.substring(s.quoteStart(), s.quoteEnd()), s.quote());
            assertEquals(body.substring(s.evidence().start(), s.evidence().end()), s.evidence().text());
            assertTrue(s.speaker() != null && s.speaker().name() != null);
        }
        for (Commitment c : x.commitments()) {
            assertEquals(body.substring(c.evidence().start(), c.evidence().end()), c.evidence().text());
            assertTrue(!c.actors().isEmpty() && c.modality() != null && c.category() != null);
        }
    }

    @Test
    void degenerateBodies() {
        for (String body : List.of("", " ", "\n\n", "\u201C", "\u201D", "\"", "\u201C\u201D", "said", "He said.",
                "\u201CYes,\u201D", ", said", "Mr:", "Q: A:", "- - -", "\u201C\n\u201C\n\u201C", "will will will would")) {
            check(body);
        }
    }

    @Test
    void aBracketLeftOpenOrClosingTheLineAfterAName() {
        // round 66's review: an unclosed bracket after a person named before a country read past the sentence's end
        for (String body : List.of("Ilan Goldfajn (Haifa, Israel", "He met Ilan Goldfajn (Israel)",
                "Margarita Robles (Pamplona, Spain")) {
            check(body);
        }
    }

    @Test
    void mutilatedArticles() {
        Random random = new Random(20261129L);
        for (String body : bodies) {
            // cut anywhere
            check(body.substring(0, random.nextInt(body.length() + 1)));
            check(body.substring(random.nextInt(body.length() + 1)));
            // Windows line ends, stray quotation marks
            check(body.replace("\n", "\r\n"));
            StringBuilder b = new StringBuilder(body);
            for (int k = 0; k < 5; k++) {
                b.insert(random.nextInt(b.length() + 1), random.nextBoolean() ? '\u201C' : '"');
            }
            check(b.toString());
            // shuffled words
            List<String> words = new ArrayList<>(List.of(body.split(" ")));
            java.util.Collections.shuffle(words, random);
            check(String.join(" ", words));
        }
    }
}
