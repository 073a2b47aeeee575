package org.pledgewatch.extraction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.extractor.Actor;
import org.pledgewatch.extractor.Amount;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Category;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.Evidence;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Modality;
import org.pledgewatch.extractor.Speaker;
import org.pledgewatch.extractor.Statement;

/** The mapping from extractor results to the event contract, with a hand-made extractor (a unit test). */
class ArticleExtractionTest {

    private static final String BODY = "\u201cWe will send 100 troops,\u201d Starmer said.";
    private static final ArticleReceived ARTICLE = new ArticleReceived(1, "article-1", "Title", BODY, null, null,
            null, Instant.parse("2026-01-07T10:00:00Z"), "sha256:abc");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-07T10:00:01Z"), ZoneOffset.UTC);

    /** Finds one statement and one commitment in {@link #BODY}. */
    static final class OneOfEach implements Extractor {
        private final String version;

        OneOfEach(String version) {
            this.version = version;
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public Extraction extract(ArticleText article) {
            Speaker starmer = new Speaker("keir-starmer", "Keir Starmer", EntityType.PERSON, "Prime Minister", "GBR");
            Evidence sentence = Evidence.of(article.body(), 0, article.body().length());
            Statement statement = new Statement(starmer, "We will send 100 troops", 1, 24, true, "said", sentence);
            Commitment commitment = new Commitment(List.of(new Actor("GBR", "United Kingdom", EntityType.COUNTRY, "GBR")),
                    starmer, "send 100 troops", null, List.of(), Modality.FIRM, Category.MILITARY,
                    List.of(new Amount(new BigDecimal("100"), "troops", "100 troops")), null, sentence);
            return new Extraction(List.of(statement), List.of(commitment));
        }
    }

    @Test
    void mapsEveryFieldIntoTheContract() {
        ExtractionEvents events = new ArticleExtraction(new OneOfEach("test-1"), CLOCK).extract(ARTICLE);

        StatementExtracted statement = events.statements().get(0);
        assertEquals("article-1", statement.articleId());
        assertEquals("Keir Starmer", statement.speaker().name());
        assertEquals("PERSON", statement.speaker().type());
        assertEquals("GBR", statement.speaker().country());
        assertEquals("We will send 100 troops", statement.quote());
        assertEquals(BODY.substring(statement.quoteStart(), statement.quoteEnd()), statement.quote());
        assertEquals("test-1", statement.extractorVersion());

        CommitmentExtracted commitment = events.commitments().get(0);
        assertEquals("GBR", commitment.actors().get(0).id());
        assertEquals("FIRM", commitment.modality());
        assertEquals("MILITARY", commitment.category());
        assertEquals(0, new BigDecimal("100").compareTo(commitment.amounts().get(0).value()));
        assertEquals(BODY, commitment.evidence().text());

        ArticleProcessed outcome = events.outcome();
        assertEquals(ArticleProcessed.EXTRACTED, outcome.status());
        assertEquals(1, outcome.statementCount());
        assertEquals(1, outcome.commitmentCount());
        assertEquals(List.of(statement.id()), outcome.statementIds());
        assertEquals(List.of(commitment.id()), outcome.commitmentIds());
        assertEquals("sha256:abc", outcome.contentHash());
    }

    @Test
    void sameArticleAndVersionGiveTheSameIdsAndANewVersionNewOnes() {
        ExtractionEvents first = new ArticleExtraction(new OneOfEach("test-1"), CLOCK).extract(ARTICLE);
        ExtractionEvents again = new ArticleExtraction(new OneOfEach("test-1"), CLOCK).extract(ARTICLE);
        ExtractionEvents newer = new ArticleExtraction(new OneOfEach("test-2"), CLOCK).extract(ARTICLE);

        assertEquals(first.statements().get(0).id(), again.statements().get(0).id());
        assertEquals(first.commitments().get(0).id(), again.commitments().get(0).id());
        assertEquals(first.outcome().id(), again.outcome().id());
        assertNotEquals(first.statements().get(0).id(), newer.statements().get(0).id());
        assertNotEquals(first.commitments().get(0).id(), newer.commitments().get(0).id());
        assertNotEquals(first.statements().get(0).id(), first.commitments().get(0).id());
    }

    @Test
    void aFailureOutcomeSaysWhy() {
        ArticleProcessed failed = new ArticleExtraction(new OneOfEach("test-1"), CLOCK)
                .failed(ARTICLE, new IllegalStateException("boom"));
        assertEquals(ArticleProcessed.FAILED, failed.status());
        assertEquals("IllegalStateException: boom", failed.reason());
        assertEquals(0, failed.statementCount());
        assertTrue(failed.statementIds().isEmpty());
    }
}
