package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.eval.Evaluation;
import org.pledgewatch.extractor.eval.GoldArticle;
import org.pledgewatch.extractor.eval.Scorer;
import org.pledgewatch.extractor.eval.TokenOverlap;

/** The scorer itself: matching rules, optional items, actor aliases. */
class ScorerTest {
    static final String BODY = "Britain will send aid. \u201CWe are ready,\u201D Keir Starmer said.";
    static final String GOLD = """
            {"file":"x.txt","statements":[
              {"speaker":"Keir Starmer","quote":"We are ready","direct":true},
              {"speaker":"Keir Starmer","quote":"aid","direct":false,"optional":true}],
             "commitments":[
              {"actors":["UK"],"action":"send aid","beneficiary":null,"condition":null,"modality":"firm",
               "evidence":"Britain will send aid."}]}
            """;

    private static Speaker starmer() {
        return new Speaker("keir-starmer", "Keir Starmer", EntityType.PERSON, null, "GBR");
    }

    private static Evaluation score(List<Statement> statements, List<Commitment> commitments) {
        GoldArticle gold = GoldArticle.of("x.txt", BODY, GOLD);
        return new Scorer(Gazetteer.load()).score(gold, new Extraction(statements, commitments));
    }

    private static Statement statement(Speaker who, String quote) {
        int at = BODY.indexOf(quote);
        return new Statement(who, quote, at, at + quote.length(), true, "said", Evidence.of(BODY, 0, BODY.length()));
    }

    private static Commitment commitment(String actorId, String actorName, Modality modality) {
        return new Commitment(List.of(new Actor(actorId, actorName, EntityType.COUNTRY, actorId)), null, "send aid", null,
                List.of(), modality, Category.HUMANITARIAN, List.of(), null, Evidence.of(BODY, 0, 22));
    }

    @Test
    void perfectExtractionScoresOne() {
        Evaluation e = score(List.of(statement(starmer(), "We are ready")), List.of(commitment("GBR", "United Kingdom", Modality.FIRM)));
        assertEquals(1.0, e.statements().f1());
        assertEquals(1.0, e.commitments().f1());
        assertEquals(1.0, e.modalityAccuracy());
    }

    @Test
    void wrongSpeakerIsBothAMissAndAFalsePositive() {
        Speaker other = new Speaker("emmanuel-macron", "Emmanuel Macron", EntityType.PERSON, null, "FRA");
        Evaluation e = score(List.of(statement(other, "We are ready")), List.of());
        assertEquals(0, e.statements().tp());
        assertEquals(1, e.statements().fp());
        assertEquals(1, e.statements().fn());
        assertEquals(1, e.commitments().fn());
    }

    @Test
    void optionalItemsAreNeutralAndAliasesMatch() {
        Evaluation e = score(List.of(statement(starmer(), "We are ready"), statement(starmer(), "aid")),
                List.of(commitment("GBR", "Britain", Modality.HEDGED)));
        assertEquals(0, e.statements().fp());
        assertEquals(1, e.commitments().tp());
        assertEquals(0.0, e.modalityAccuracy());
    }

    @Test
    void overlapIsSharedWordsOverTheLongerText() {
        assertEquals(0.5, TokenOverlap.of("the meeting was a \u201Cpowerful expression of unity\u201D", "powerful expression of unity"));
        assertEquals(1.0, TokenOverlap.of("Sánchez said", "sanchez SAID"));
    }

    @Test
    void ofTwoPredictionsForOneSentenceTheGoldItemTakesTheOneOfItsModality() {
        // a refusal and a pledge of the same side in one sentence: whichever the extractor listed first, each gold item
        // is scored against the prediction of its own modality
        String body = "Britain will not send troops and will send aid.";
        String gold = """
                {"file":"y.txt","statements":[],"commitments":[
                  {"actors":["UK"],"action":"send aid","beneficiary":null,"condition":null,"modality":"firm",
                   "evidence":"Britain will not send troops and will send aid."},
                  {"actors":["UK"],"action":"send troops","beneficiary":null,"condition":null,"modality":"negated",
                   "evidence":"Britain will not send troops and will send aid."}]}
                """;
        List<Commitment> found = List.of(Modality.NEGATED, Modality.FIRM).stream()
                .map(m -> new Commitment(List.of(new Actor("GBR", "United Kingdom", EntityType.COUNTRY, "GBR")), null, "x", null,
                        List.of(), m, Category.MILITARY, List.of(), null, Evidence.of(body, 0, body.length())))
                .toList();
        Evaluation e = new Scorer(Gazetteer.load()).score(GoldArticle.of("y.txt", body, gold), new Extraction(List.of(), found));
        assertEquals(2, e.commitments().tp());
        assertEquals(1.0, e.modalityAccuracy());
    }
}
