package org.pledgewatch.extractor.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The POS tagger's answer with a beam of 1 ({@link EnglishModels#TAGGER_BEAM}), the same tags as {@code POSTaggerME}
 * gives, at about half the cost. Why: tagging was the largest single cost of extraction (a quarter of a JFR profile of
 * the seed article), and most of it was not the model but the machinery around it: OpenNLP's beam search sorts every
 * token's outcome probabilities and builds a sequence object per candidate, and its feature generators build the same
 * strings ("w=said", "suf=id", "p1w=the") anew for every token of every window, then hash them again for the model's
 * look-up.
 *
 * <p>Here a token's tag is the model's most probable outcome (the first one on a tie, as the beam keeps it) given the
 * very features of the model's generator ({@code generator.featuregen} of the model: definition, suffixes and prefixes
 * up to 4, the lower-cased words of a window of 2 on each side, the sentence start in that window, the token class, the
 * two tags before), in the same order, so that the model sums the same weights in the same order. The strings that
 * depend on one word only are made once per word ({@link WordFeatures}, bounded memo) and keep their hash codes. The
 * test {@code GreedyPosTaggerTest} checks the features and the tags against OpenNLP's own over the dev corpus.
 *
 * <p>Not thread-safe (the probability array is reused): one per thread, as {@code POSTaggerME}.
 */
final class GreedyPosTagger {
    /** Word-only features, shared by all threads' taggers of one model (pure values). */
    private final BoundedMemo<WordFeatures> words;
    private final MaxentModel model;
    private final double[] probs;
    /** "t=" + tag, and "t2=" + tag before + "," + tag, for every pair of the model's outcomes. */
    private final String[] previousTag;
    private final String[] previousTwoTags;
    private final String[] outcomes;

    GreedyPosTagger(POSModel posModel, BoundedMemo<WordFeatures> words) {
        this.words = words;
        this.model = (MaxentModel) posModel.getArtifact("pos.model");
        this.probs = new double[model.getNumOutcomes()];
        int n = model.getNumOutcomes();
        outcomes = new String[n];
        previousTag = new String[n];
        previousTwoTags = new String[n * n];
        for (int k = 0; k < n; k++) {
            outcomes[k] = model.getOutcome(k);
            previousTag[k] = "t=" + outcomes[k];
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                previousTwoTags[a * n + b] = "t2=" + outcomes[a] + "," + outcomes[b];
            }
        }
    }

    /**
     * Whether this class tags as {@code POSTaggerME} would for the model: a beam of 1, no tag dictionary (whose
     * validator could refuse the best tag), tags in the model's own format (UD: no conversion), and the maxent model
     * this class reads.
     */
    static boolean supports(POSModel posModel, int beam) {
        return beam == 1 && posModel.getFactory().getTagDictionary() == null
                && posModel.getArtifact("pos.model") instanceof MaxentModel
                && POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD
                && sameFeaturesAsTheModel(posModel);
    }

    /** A sentence whose tokens show every kind of feature: a capital, digits, punctuation, a short word, a long one. */
    private static final String[] PROBE = {"The", "Ministry", "said", "on", "Tuesday", "it", "would", "send", "2,500",
            "troops", "to", "Kyiv", "by", "2027", "."};

    /**
     * Whether the model's own feature generator ({@code generator.featuregen}) writes, for a probe sentence, exactly the
     * features this class writes: a model trained with other generators (a new release of the English models) then
     * falls back to {@code POSTaggerME} instead of being tagged from features it never saw.
     */
    private static boolean sameFeaturesAsTheModel(POSModel posModel) {
        opennlp.tools.postag.POSContextGenerator generator = posModel.getFactory().getPOSContextGenerator(1);
        GreedyPosTagger probe = new GreedyPosTagger(posModel, new BoundedMemo<>(PROBE.length));
        WordFeatures[] features = new WordFeatures[PROBE.length];
        for (int i = 0; i < PROBE.length; i++) {
            features[i] = WordFeatures.of(PROBE[i]);
        }
        String[] tags = probe.tag(PROBE);
        int[] tagIndex = new int[PROBE.length];
        for (int i = 0; i < PROBE.length; i++) {
            tagIndex[i] = probe.outcomeIndex(tags[i]);
        }
        for (int i = 0; i < PROBE.length; i++) {
            if (!java.util.Arrays.equals(generator.getContext(i, PROBE, java.util.Arrays.copyOf(tags, i), null),
                    probe.context(features, i, tagIndex))) {
                return false;
            }
        }
        return true;
    }

    String[] tag(String[] sentence) {
        int n = sentence.length;
        WordFeatures[] features = new WordFeatures[n];
        for (int i = 0; i < n; i++) {
            features[i] = words.get(sentence[i], WordFeatures::of);
        }
        int[] tagIndex = new int[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            double[] scores = model.eval(context(features, i, tagIndex), probs);
            int best = 0;
            for (int p = 1; p < scores.length; p++) {
                // (strictly greater: the first of equal outcomes wins, as in the beam search's queue)
                if (scores[p] > scores[best]) {
                    best = p;
                }
            }
            tagIndex[i] = best;
            tags[i] = outcomes[best];
        }
        return tags;
    }

    /** The index of a tag among the model's outcomes (for the test). */
    int outcomeIndex(String tag) {
        return java.util.Arrays.asList(outcomes).indexOf(tag);
    }

    /** The features of token {@code i}, in the order of the model's generator (see the class comment). */
    String[] context(WordFeatures[] w, int i, int[] tagIndex) {
        int n = w.length;
        WordFeatures word = w[i];
        String[] own = word.affixes;
        String[] c = new String[1 + own.length + 5 + 3 + 2 + 2];
        int k = 0;
        c[k++] = "def";
        System.arraycopy(own, 0, c, k, own.length);
        k += own.length;
        c[k++] = word.token;
        if (i >= 1) {
            c[k++] = w[i - 1].previous1;
        }
        if (i >= 2) {
            c[k++] = w[i - 2].previous2;
        }
        if (i + 1 < n) {
            c[k++] = w[i + 1].next1;
        }
        if (i + 2 < n) {
            c[k++] = w[i + 2].next2;
        }
        if (i == 0) {
            c[k++] = "S=begin";
        } else if (i == 1) {
            c[k++] = "p1S=begin";
        } else if (i == 2) {
            c[k++] = "p2S=begin";
        }
        c[k++] = word.tokenClass;
        c[k++] = word.tokenAndClass;
        if (i >= 1) {
            c[k++] = previousTag[tagIndex[i - 1]];
        }
        if (i >= 2) {
            c[k++] = previousTwoTags[tagIndex[i - 2] * outcomes.length + tagIndex[i - 1]];
        }
        return k == c.length ? c : java.util.Arrays.copyOf(c, k);
    }

    /** The features that depend on one word only, as the model's feature generators write them. */
    static final class WordFeatures {
        /** "suf=" with the last 1 to 4 characters, then "pre=" with the first 1 to 4 (as written, not lower-cased). */
        final String[] affixes;
        /** "w=" and the word in lower case, as itself and as the word 1 or 2 before or after ("p1w=", "n2w="). */
        final String token;
        final String previous1;
        final String previous2;
        final String next1;
        final String next2;
        /** "wc=" and the token class ("ic", "lc", "4d" ...), and "w&c=" with the word in lower case and the class. */
        final String tokenClass;
        final String tokenAndClass;

        private WordFeatures(String word) {
            int len = Math.min(4, word.length());
            affixes = new String[2 * len];
            for (int k = 1; k <= len; k++) {
                affixes[k - 1] = "suf=" + word.substring(Math.max(word.length() - k, 0));
                affixes[len + k - 1] = "pre=" + word.substring(0, Math.min(k, word.length()));
            }
            String lower = StringUtil.toLowerCase(word);
            token = "w=" + lower;
            previous1 = "p1" + token;
            previous2 = "p2" + token;
            next1 = "n1" + token;
            next2 = "n2" + token;
            String cls = FeatureGeneratorUtil.tokenFeature(word);
            tokenClass = "wc=" + cls;
            tokenAndClass = "w&c=" + lower + "," + cls;
            // work the hash codes out once: the model looks every feature up in a hash map
            for (String s : affixes) {
                s.hashCode();
            }
            for (String s : new String[] {token, previous1, previous2, next1, next2, tokenClass, tokenAndClass}) {
                s.hashCode();
            }
        }

        static WordFeatures of(String word) {
            return new WordFeatures(word);
        }
    }
}
