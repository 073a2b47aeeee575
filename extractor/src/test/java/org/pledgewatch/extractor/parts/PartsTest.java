package org.pledgewatch.extractor.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.extractor.Amount;
import org.pledgewatch.extractor.commitments.AmountFinder;
import org.pledgewatch.extractor.commitments.TimeFrameFinder;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.entities.GazetteerEntry;
import org.pledgewatch.extractor.eval.Json;
import org.pledgewatch.extractor.nlp.EnglishModels;
import org.pledgewatch.extractor.nlp.TextAnalyzer;
import org.pledgewatch.extractor.quotes.QuoteScanner;
import org.pledgewatch.extractor.quotes.QuoteSpan;
import org.pledgewatch.extractor.text.Folding;

/** The small parts, one behaviour each. */
class PartsTest {

    @Test
    void quoteScannerPairsCurlyAndStraightQuotesAndClosesAtParagraphEnd() {
        String body = "He said \u201Cone,\u201D then \"two\".\n\u201Cthree runs on\n\u201Cand ends\u201D, he said.";
        List<QuoteSpan> spans = new QuoteScanner().scan(body);
        assertEquals(4, spans.size(), spans::toString);
        assertEquals("one,", body.substring(spans.get(0).contentStart(), spans.get(0).contentEnd()));
        assertEquals("two", body.substring(spans.get(1).contentStart(), spans.get(1).contentEnd()));
        assertEquals("three runs on", body.substring(spans.get(2).contentStart(), spans.get(2).contentEnd()));
        assertEquals("and ends", body.substring(spans.get(3).contentStart(), spans.get(3).contentEnd()));
    }

    @Test
    void tokensSplitPunctuationFromWordsWithOrWithoutTheModel() {
        // "Macron," "“We" "said:" skip the tokenizer model; "Mr." "U.S." "Ukraine’s" "it.”" go through it
        String body = "\u201CWe will,\u201D Mr. Macron said: the U.S. backs Ukraine\u2019s \"plan\" and \u201Cit.\u201D";
        List<String> tokens = new TextAnalyzer(EnglishModels.load()).analyze(body).sentences().stream()
                .flatMap(s -> s.tokens().stream()).map(t -> body.substring(t.start(), t.end())).toList();
        assertEquals(List.of("\u201C", "We", "will", ",", "\u201D", "Mr.", "Macron", "said", ":", "the", "U.S.", "backs",
                "Ukraine\u2019s", "\"", "plan", "\"", "and", "\u201C", "it", ".", "\u201D"), tokens);
    }

    @Test
    void sentencesDoNotEndAtUsBeforeATitleNorAtAMonthBeforeItsDay() {
        String body = "Carney said he had spoken with U.S. President Donald Trump. The tariff starts on Aug. 1 unless "
                + "talks succeed.";
        List<String> sentences = new TextAnalyzer(EnglishModels.load()).analyze(body).sentences().stream()
                .map(s -> s.text()).toList();
        assertEquals(List.of("Carney said he had spoken with U.S. President Donald Trump.",
                "The tariff starts on Aug. 1 unless talks succeed."), sentences);
    }

    @Test
    void amountsCarryCurrencyAndScale() {
        List<Amount> a = new AmountFinder().find("Germany pledged 2.5 billion euros, $300m and 1,500 troops, "
                + "raising spending to 3.5% of GDP.");
        assertEquals(4, a.size(), a::toString);
        assertEquals("EUR", a.get(0).unit());
        assertEquals(0, a.get(0).value().compareTo(new BigDecimal("2500000000")));
        assertEquals("USD", a.get(1).unit());
        assertEquals(0, a.get(1).value().compareTo(new BigDecimal("300000000")));
        assertEquals("troops", a.get(2).unit());
        assertEquals(0, a.get(2).value().compareTo(new BigDecimal("1500")));
        assertEquals("percent_gdp", a.get(3).unit());
    }

    @Test
    void currenciesOfNewsInWordsCarryTheirIsoCodes() {
        List<Amount> a = new AmountFinder().find("Norway gave 600 million Norwegian crowns, Korea 125 trillion won, "
                + "Brazil 4 billion reais and Mexico 2 billion Mexican pesos.");
        assertEquals(List.of("NOK", "KRW", "BRL", "MXN"), a.stream().map(Amount::unit).toList(), a::toString);
        assertEquals(0, a.get(0).value().compareTo(new BigDecimal("600000000")));
    }

    @Test
    void isoCodesAndIssuersNameTheirCurrency() {
        List<Amount> a = new AmountFinder().find("Norway: NOK 600 million; Canada: CAD 45 million; Switzerland: 40 million "
                + "Swiss francs; Egypt 5 billion Egyptian pounds; Kenya 2 billion Kenyan shillings; China RMB 10 billion.");
        assertEquals(List.of("NOK", "CAD", "CHF", "EGP", "KES", "CNY"), a.stream().map(Amount::unit).toList(), a::toString);
        assertEquals(0, a.get(5).value().compareTo(new BigDecimal("10000000000")));
        assertEquals(List.of(), new AmountFinder().find("They will try 3 times to reach the 2 pen holders."));
    }

    @Test
    void timeFrames() {
        TimeFrameFinder t = new TimeFrameFinder();
        assertEquals("by 2030", t.find("Brazil will end deforestation by 2030, Lula said.", 0));
        assertEquals("over the next four years", t.find("Japan will invest $550 billion over the next four years.", 0));
        assertNull(t.find("France will send troops.", 0));
    }

    @Test
    void gazetteerResolvesAliasesDemonymsAndCapitals() {
        Gazetteer g = Gazetteer.load();
        assertEquals("GBR", g.lookup("Britain").id());
        assertEquals("GBR", g.lookup("the United Kingdom").id());
        assertEquals("TUR", g.lookup("Turkey").id());
        assertEquals("TUR", g.lookup("Türkiye").id());
        assertEquals(GazetteerEntry.Kind.CAPITAL, g.lookup("Kiev").kind());
        assertEquals("UKR", g.lookup("Kyiv").id());
        assertEquals(GazetteerEntry.Kind.DEMONYM, g.lookup("German").kind());
        assertEquals("nato", g.lookup("NATO").id());
        assertNotNull(g.lookup("Coalition of the Willing"));
    }

    @Test
    void foldingAndEditDistance() {
        assertEquals("sanchez", Folding.fold("Sánchez"));
        assertEquals("keir-starmer", Folding.slug("Keir Starmer"));
        assertEquals("Ukraine", Folding.stripPossessive("Ukraine\u2019s"));
        assertEquals(1, Folding.editDistance("mertz", "merz", 1));
        assertEquals(1, Folding.editDistance("wrigth", "wright", 1));
        assertTrue(Folding.editDistance("macron", "merz", 1) > 1);
    }

    @Test
    void jsonReader() {
        Object v = Json.parse("{\"a\": [1, true, null, \"x\\u00e9\\n\"], \"b\": {}}");
        assertEquals("{a=[1.0, true, null, x\u00e9\n], b={}}", v.toString());
    }
}
