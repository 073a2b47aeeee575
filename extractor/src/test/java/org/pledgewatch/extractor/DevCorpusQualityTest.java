package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgewatch.extractor.eval.Corpus;
import org.pledgewatch.extractor.eval.EvaluateCorpus;
import org.pledgewatch.extractor.eval.Evaluation;
import org.pledgewatch.extractor.eval.GoldArticle;

/**
 * Fails the build when the extractor's scores on the development corpus fall below the committed
 * thresholds. Raise the thresholds as the extractor improves; never lower them.
 */
class DevCorpusQualityTest {
    static final double MIN_STATEMENTS_F1 = 0.98;
    static final double MIN_COMMITMENTS_F1 = 0.98;
    static final double MIN_MODALITY_ACCURACY = 0.98;
    static final double MIN_CONDITION_RECALL = 0.97;
    static final int MIN_ARTICLES = 135;

    static Evaluation evaluation;
    static List<GoldArticle> corpus;

    @BeforeAll
    static void evaluate() throws URISyntaxException {
        Path dir = Path.of(DevCorpusQualityTest.class.getResource("/corpus").toURI());
        corpus = Corpus.read(dir);
        evaluation = EvaluateCorpus.evaluate(Extractors.createDefault(), corpus, false);
        System.out.println("dev corpus (" + corpus.size() + " articles):\n" + evaluation.summary());
    }

    @Test
    void corpusIsLargeEnough() {
        assertTrue(corpus.size() >= MIN_ARTICLES, "articles: " + corpus.size());
    }

    @Test
    void statementsF1() {
        assertTrue(evaluation.statements().f1() >= MIN_STATEMENTS_F1, evaluation::summary);
    }

    @Test
    void commitmentsF1() {
        assertTrue(evaluation.commitments().f1() >= MIN_COMMITMENTS_F1, evaluation::summary);
    }

    @Test
    void modalityAccuracy() {
        assertTrue(evaluation.modalityAccuracy() >= MIN_MODALITY_ACCURACY, evaluation::summary);
    }

    @Test
    void conditionRecall() {
        assertTrue(evaluation.conditionRecall() >= MIN_CONDITION_RECALL, evaluation::summary);
    }
}
