package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.eval.Evaluation;
import org.pledgewatch.extractor.eval.GoldArticle;
import org.pledgewatch.extractor.eval.Scorer;

/** The seed article and its gold file: every non-optional item found, with right speakers, actors and modality. */
class SeedArticleTest {
    static Extractor extractor;
    static String body;
    static GoldArticle gold;

    @BeforeAll
    static void load() throws IOException {
        extractor = Extractors.createDefault();
        body = resource("/seed-article.txt");
        gold = GoldArticle.of("seed-article.txt", body, resource("/seed-article.gold.json"));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsEveryGoldStatementWithItsSpeaker() {
        Evaluation e = new Scorer(Gazetteer.load()).score(gold, extractor.extract(ArticleText.of(body)));
        assertEquals(0, e.statements().fn(), () -> "missed: " + e.misses());
        assertTrue(e.statements().precision() >= 0.9, () -> "extra: " + e.inventions());
    }

    @Test
    void findsEveryGoldCommitmentWithActorsAndModality() {
        Evaluation e = new Scorer(Gazetteer.load()).score(gold, extractor.extract(ArticleText.of(body)));
        assertEquals(0, e.commitments().fn(), () -> "missed: " + e.misses());
        assertEquals(e.modalityTotal(), e.modalityRight(), () -> "modality: " + e.misses());
        assertEquals(e.conditionsTotal(), e.conditionsFound(), () -> "conditions: " + e.misses());
        assertTrue(e.commitments().precision() >= 0.8, () -> "extra: " + e.inventions());
    }

    @Test
    void offsetsIndexTheBody() {
        Extraction x = extractor.extract(ArticleText.of(body));
        assertFalse(x.statements().isEmpty());
        for (Statement s : x.statements()) {
            assertEquals(body.substring(s.quoteStart(), s.quoteEnd()), s.quote());
            assertEquals(body.substring(s.evidence().start(), s.evidence().end()), s.evidence().text());
            assertTrue(s.evidence().start() <= s.quoteStart() && s.quoteEnd() <= s.evidence().end(), s::toString);
            assertFalse(s.quote().startsWith("\u201C") || s.quote().startsWith("\""), s.quote());
        }
        for (Commitment c : x.commitments()) {
            assertEquals(body.substring(c.evidence().start(), c.evidence().end()), c.evidence().text());
            assertFalse(c.actors().isEmpty());
        }
    }

    @Test
    void resolvesSurnamesTitlesTyposAndPronouns() {
        Extraction x = extractor.extract(ArticleText.of(body));
        Statement merz = x.statements().stream().filter(s -> s.quote().contains("rule out")).findFirst().orElseThrow();
        assertEquals("Friedrich Merz", merz.speaker().name());
        assertEquals("DEU", merz.speaker().country());
        assertEquals("Chancellor", merz.speaker().role());
        Statement turkey = x.statements().stream().filter(s -> s.quote().startsWith("Türkiye")).findFirst().orElseThrow();
        assertEquals("emmanuel-macron", turkey.speaker().id());
        assertFalse(turkey.direct());
    }

    @Test
    void isDeterministicAndThreadSafe() throws Exception {
        Extraction first = extractor.extract(ArticleText.of(body));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Extraction>> runs = pool.invokeAll(java.util.Collections.nCopies(6,
                    () -> extractor.extract(ArticleText.of(body))));
            for (Future<Extraction> f : runs) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void hasAVersion() {
        assertFalse(extractor.version().isBlank());
    }
}
