package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small texts written for one behaviour each: quote styles, attribution positions, cue words. */
class QuoteStylesTest {
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractors.createDefault();
    }

    private static List<Statement> statements(String body) {
        return extractor.extract(ArticleText.of(body)).statements();
    }

    @Test
    void straightQuotesWithSpeakerAfter() {
        String body = "Dutch Prime Minister Anna de Vries met farmers on Monday.\n"
                + "\"We will not abandon the countryside,\" de Vries said.";
        List<Statement> s = statements(body);
        assertEquals(1, s.size(), s::toString);
        assertEquals("Anna de Vries", s.get(0).speaker().name());
        assertEquals("We will not abandon the countryside", s.get(0).quote());
        assertTrue(s.get(0).direct());
    }

    @Test
    void speakerBeforeTheQuoteAndReportedSpeech() {
        String body = "Kenyan President William Ruto spoke in Nairobi. Ruto said that Kenya would send 1,000 police officers to Haiti.\n"
                + "He later told reporters: \u201CWe keep our promises.\u201D";
        List<Statement> s = statements(body);
        assertEquals(2, s.size(), s::toString);
        assertEquals("Kenya would send 1,000 police officers to Haiti", s.get(0).quote());
        assertEquals("William Ruto", s.get(0).speaker().name());
        assertEquals("William Ruto", s.get(1).speaker().name());
        Commitment c = extractor.extract(ArticleText.of(body)).commitments().get(0);
        assertEquals("KEN", c.actors().get(0).id());
        assertEquals(Modality.FIRM, c.modality());
    }

    @Test
    void negatedAndHedgedCommitments() {
        String body = "Japan will not send troops, Japanese Defence Minister Kenji Sato said. "
                + "Canada could provide another $500 million in aid next year, officials in Ottawa said.";
        List<Commitment> c = extractor.extract(ArticleText.of(body)).commitments();
        assertEquals(2, c.size(), c::toString);
        assertEquals(Modality.NEGATED, c.get(0).modality());
        assertEquals("JPN", c.get(0).actors().get(0).id());
        assertEquals(Modality.HEDGED, c.get(1).modality());
        assertEquals("USD", c.get(1).amounts().get(0).unit());
        assertEquals(0, c.get(1).amounts().get(0).value().compareTo(new java.math.BigDecimal("500000000")));
        assertEquals("next year", c.get(1).timeFrame());
    }
}
