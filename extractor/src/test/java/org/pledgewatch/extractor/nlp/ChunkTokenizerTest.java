package org.pledgewatch.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * {@link ChunkTokenizer} gives {@code TokenizerME}'s spans, from the model's probabilities: every chunk of every text
 * under the test resources (the runs without white space, and their pieces at a double hyphen, as {@code TextAnalyzer}
 * cuts them) must come out with the same spans, and the probabilities at every boundary must be the model's, bit for
 * bit.
 */
class ChunkTokenizerTest {

    @Test
    void sameSpansAsOpenNlp() throws IOException {
        EnglishModels models = EnglishModels.load();
        assertNotNull(ChunkTokenizer.checkedReplica(models.tokens));
        ChunkTokenizer replica = new ChunkTokenizer(models.tokens);
        TokenizerME reference = new TokenizerME(models.tokens);
        MaxentModel model = models.tokens.getMaxentModel();
        TokenContextGenerator generator = models.tokens.getFactory().getContextGenerator();
        Set<String> chunks = new LinkedHashSet<>();
        for (String text : TestTexts.all()) {
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && TextAnalyzer.isSpace(text.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < text.length() && !TextAnalyzer.isSpace(text.charAt(j))) {
                    j++;
                }
                if (j > i) {
                    String chunk = text.substring(i, j);
                    chunks.add(chunk);
                    for (String piece : chunk.split("--")) {
                        chunks.add(piece);
                    }
                }
                i = j;
            }
        }
        int checked = 0;
        for (String chunk : chunks) {
            if (!ChunkTokenizer.handles(chunk)) {
                continue;
            }
            assertArrayEquals(reference.tokenizePos(chunk), replica.tokenizePos(chunk), chunk);
            for (int b = 1; b < chunk.length(); b++) {
                int at = b;
                assertArrayEquals(model.eval(generator.getContext(chunk, b)), replica.probabilities(chunk, b),
                        () -> chunk + " at " + at);
            }
            checked++;
        }
        assertTrue(checked > 50_000, "too few chunks read: " + checked);
    }
}
