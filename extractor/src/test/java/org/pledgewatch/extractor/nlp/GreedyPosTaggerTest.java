package org.pledgewatch.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * {@link GreedyPosTagger} gives OpenNLP's tags, from OpenNLP's features: for every sentence of the dev corpus and for
 * windows inside them (the rules tag small windows), the features of every token and the tags must be the same as
 * {@code POSTaggerME}'s with the beam of {@link EnglishModels#TAGGER_BEAM}.
 */
class GreedyPosTaggerTest {

    @Test
    void sameFeaturesAndTagsAsOpenNlp() throws IOException {
        EnglishModels models = EnglishModels.load();
        assertTrue(GreedyPosTagger.supports(models.pos, EnglishModels.TAGGER_BEAM));
        TextAnalyzer analyzer = new TextAnalyzer(models);
        POSTaggerME reference = new POSTaggerME(models.posWithTaggerBeam());
        POSContextGenerator cg = models.pos.getFactory().getPOSContextGenerator(EnglishModels.TAGGER_BEAM);
        GreedyPosTagger greedy = new GreedyPosTagger(models.pos, new BoundedMemo<>(1_000));
        int windows = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (Sentence s : analyzer.analyze(Files.readString(p, StandardCharsets.UTF_8)).sentences()) {
                    List<Token> tokens = s.tokens();
                    String[] words = new String[tokens.size()];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = tokens.get(i).text();
                    }
                    check(words, reference, cg, greedy);
                    windows++;
                    for (int from = 0; from + 3 <= words.length; from += 5) {
                        check(java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 3 + from % 4)),
                                reference, cg, greedy);
                        windows++;
                    }
                }
            }
        }
        assertTrue(windows > 1_000, "too few sentences read: " + windows);
    }

    private static void check(String[] words, POSTaggerME reference, POSContextGenerator cg, GreedyPosTagger greedy) {
        String[] expected = reference.tag(words);
        String[] actual = greedy.tag(words);
        assertArrayEquals(expected, actual, () -> String.join(" ", words));
        GreedyPosTagger.WordFeatures[] features = new GreedyPosTagger.WordFeatures[words.length];
        for (int i = 0; i < words.length; i++) {
            features[i] = GreedyPosTagger.WordFeatures.of(words[i]);
        }
        int[] tagIndex = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            tagIndex[i] = greedy.outcomeIndex(expected[i]);
        }
        for (int i = 0; i < words.length; i++) {
            int at = i;
            assertArrayEquals(cg.getContext(i, words, java.util.Arrays.copyOf(expected, i), null),
                    greedy.context(features, i, tagIndex), () -> "token " + at + " of " + String.join(" ", words));
        }
    }
}
