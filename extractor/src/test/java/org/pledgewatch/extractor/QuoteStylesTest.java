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

    @Test
    void noBreakSpacesAndCompaniesAsActors() {
        String body = "British Prime Minister Keir\u00A0Starmer said the United\u00A0Kingdom would send 500 troops.\n"
                + "Microsoft pledged on Thursday to remove more carbon than it emits by 2030.";
        Extraction x = extractor.extract(ArticleText.of(body));
        assertEquals("Keir Starmer", x.statements().get(0).speaker().name(), "names are written with plain spaces");
        assertEquals("GBR", x.commitments().get(0).actors().get(0).id());
        assertEquals("Microsoft", x.commitments().get(1).actors().get(0).name());
        assertEquals(EntityType.ORGANIZATION, x.commitments().get(1).actors().get(0).type());
        assertEquals("by 2030", x.commitments().get(1).timeFrame());
    }

    @Test
    void translatedNewsAttributions() {
        String body = "Ukraine will receive two more Patriot systems from Germany. This was stated by President of Ukraine "
                + "Volodymyr Zelensky on Monday.\nAccording to him, the systems will protect the capital.";
        Extraction x = extractor.extract(ArticleText.of(body));
        assertEquals(2, x.statements().size(), x.statements()::toString);
        assertTrue(x.statements().get(0).quote().startsWith("Ukraine will receive"));
        assertEquals("Volodymyr Zelensky", x.statements().get(1).speaker().name());
        Commitment c = x.commitments().get(0);
        assertEquals("DEU", c.actors().get(0).id(), "the giver commits, not the receiver");
        assertEquals("UKR", c.beneficiary().id());
    }

    @Test
    void forecastsAboutOthersAreNoCommitments() {
        String body = "Germany's economy will shrink by 0.5 percent this year, the IMF said.\n"
                + "Ukrainian President Volodymyr Zelensky warned that Russia would launch a new offensive in the spring.\n"
                + "China warned that it would retaliate against any country that joined the sanctions.\n"
                + "European governments will need to persuade their parliaments.";
        List<Commitment> c = extractor.extract(ArticleText.of(body)).commitments();
        assertEquals(1, c.size(), c::toString);
        assertEquals("CHN", c.get(0).actors().get(0).id(), "a threat of one's own is a commitment");
    }
}
