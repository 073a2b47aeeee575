package org.pledgewatch.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceSplitter} gives {@code SentenceDetectorME}'s sentences: for every line of every text under the test
 * resources (the paragraphs {@code TextAnalyzer} splits), the spans must have the same bounds, and the probabilities at
 * every full stop, question and exclamation mark must be the model's, bit for bit.
 */
class SentenceSplitterTest {

    @Test
    void sameSentencesAsOpenNlp() throws IOException {
        EnglishModels models = EnglishModels.load();
        assertNotNull(SentenceSplitter.checkedReplica(models.sentences));
        SentenceSplitter replica = new SentenceSplitter(models.sentences);
        SentenceDetectorME reference = new SentenceDetectorME(models.sentences);
        MaxentModel model = models.sentences.getMaxentModel();
        SDContextGenerator generator = models.sentences.getFactory().getSDContextGenerator();
        Set<String> lines = new LinkedHashSet<>();
        for (String text : TestTexts.all()) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        int checked = 0;
        for (String line : lines) {
            Span[] expected = reference.sentPosDetect(line);
            Span[] actual = replica.sentPosDetect(line);
            assertTrue(actual != null && SentenceSplitter.sameBounds(expected, actual), line);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '.' || ch == '!' || ch == '?') {
                    int at = c;
                    assertArrayEquals(model.eval(generator.getContext(line, c)), replica.probabilities(line, c),
                            () -> line + " at " + at);
                }
            }
            checked++;
        }
        assertTrue(checked > 30_000, "too few lines read: " + checked);
    }
}
