package org.pledgewatch.extractor.nlp;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
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
 * depend on one word only are made once per word ({@link WordFeatures}, bounded memo) and looked up in the model's map
 * of weights then, not for every token of every sentence (on text the tagger has not seen, those look-ups in the
 * model's map of 33,500 features, some 19 a token, were a third of tagging); the tags' features are looked
 * up once per tagger. The test {@code GreedyPosTaggerTest} checks the features and the tags against OpenNLP's own over
 * the dev corpus.
 *
 * <p>Not thread-safe (the probability array is reused): one per thread, as {@code POSTaggerME}.
 */
final class GreedyPosTagger {
    /** Word-only features, shared by all threads' taggers of one model (pure values). */
    private final BoundedMemo<WordFeatures> words;
    private final MaxentModel model;
    /** The model's weights of each feature it knows ({@code pmap} of OpenNLP's {@code AbstractModel}). */
    private final Map<String, Context> weights;
    /** The model's uniform prior, the log of 1 / outcomes, where every outcome's sum starts. */
    private final double logPrior;
    private final double[] probs;
    /** The features of one token, resolved to the model's weights (reused: at most {@link #MAX_FEATURES}). */
    private final double[][] tokenContexts = new double[MAX_FEATURES][];
    /**
     * Each feature's weights as a flat row, one weight per outcome ({@link ChunkTokenizer#flat}), made once per feature
     * the memo's words meet and shared by them. Why: summing a feature through its {@code Context} read three objects
     * (the context, its outcomes, its parameters) and scattered the weights; a flat row is one array read in order
     * (about a tenth of tagging). Keyed by the model's own context object; rows are never changed once made, so the
     * words of the shared memo may hold them from any thread.
     */
    private final Map<Context, double[]> flatRows = new java.util.IdentityHashMap<>();
    /** "def", "S=begin", "p1S=begin", "p2S=begin", as strings and as the model's weights. */
    private static final String[] FIXED = {"def", "S=begin", "p1S=begin", "p2S=begin"};
    private final double[][] fixedContexts;
    /** "t=" + tag, and "t2=" + tag before + "," + tag, for every pair of the model's outcomes; and their weights. */
    private final String[] previousTag;
    private final String[] previousTwoTags;
    private final double[][] previousTagContexts;
    private final double[][] previousTwoTagContexts;
    private final String[] outcomes;

    /** "def", 8 affixes, the word, 4 neighbours, a sentence start, the class, word and class, 2 tag features. */
    private static final int MAX_FEATURES = 1 + 8 + 1 + 4 + 1 + 2 + 2;

    GreedyPosTagger(POSModel posModel, BoundedMemo<WordFeatures> words) {
        this.words = words;
        this.model = (MaxentModel) posModel.getArtifact("pos.model");
        this.weights = MaxentSums.weights(model);
        int n = model.getNumOutcomes();
        this.probs = new double[n];
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
        fixedContexts = resolve(FIXED);
        previousTagContexts = resolve(previousTag);
        previousTwoTagContexts = resolve(previousTwoTags);
        logPrior = MaxentSums.uniformLogPrior(model);
    }

    /** The model's weights of each feature as flat rows (null where the model never saw it, as its own look-up gives). */
    private double[][] resolve(String[] features) {
        double[][] out = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            Context c = weights.get(features[i]);
            out[i] = c == null ? null : flatRows.computeIfAbsent(c, k -> ChunkTokenizer.flat(k, probs.length));
        }
        return out;
    }

    /**
     * Whether this class tags as {@code POSTaggerME} would for the model: a beam of 1, no tag dictionary (whose
     * validator could refuse the best tag), tags in the model's own format (UD: no conversion), and the maxent model
     * (OpenNLP's GIS model, whose weights this class reads) with the features and the sums of this class.
     */
    static boolean supports(POSModel posModel, int beam) {
        return beam == 1 && posModel.getFactory().getTagDictionary() == null
                && posModel.getArtifact("pos.model") instanceof GISModel
                && POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD
                && sameFeaturesAsTheModel(posModel);
    }

    /** A sentence whose tokens show every kind of feature: a capital, digits, punctuation, a short word, a long one. */
    private static final String[] PROBE = {"The", "Ministry", "said", "on", "Tuesday", "it", "would", "send", "2,500",
            "troops", "to", "Kyiv", "by", "2027", "."};

    /**
     * Whether the model's own feature generator ({@code generator.featuregen}) writes, for a probe sentence, exactly the
     * features this class writes, and the model gives exactly the probabilities this class works out from its weights
     * (a uniform prior, the weights summed in the features' order): a model trained with other generators or priors (a
     * new release of the English models) then falls back to {@code POSTaggerME} instead of being tagged from features
     * it never saw.
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
            String[] context = probe.context(features, i, tagIndex);
            if (!java.util.Arrays.equals(generator.getContext(i, PROBE, java.util.Arrays.copyOf(tags, i), null), context)) {
                return false;
            }
            double[] expected = probe.model.eval(context);
            double[] prior = new double[probe.probs.length];
            java.util.Arrays.fill(prior, probe.logPrior);
            probe.score(prior, probe.resolve(context), 0, context.length);
            if (!java.util.Arrays.equals(expected, probe.probs)) {
                return false;
            }
        }
        return true;
    }

    String[] tag(String[] sentence) {
        return tag(sentence, sentence.length);
    }

    /**
     * The tags of the first {@code needed} words of {@code sentence} (the rest null): the same as {@link #tag(String[])}
     * gives them, since each tag depends only on the words around it and the tags before it.
     */
    String[] tag(String[] sentence, int needed) {
        int n = sentence.length;
        double[][][] wordContexts = new double[n][][];
        double[][] wordSums = new double[n][];
        for (int i = 0; i < n; i++) {
            WordFeatures w = words.get(sentence[i], this::resolved);
            wordContexts[i] = w.contexts;
            wordSums[i] = w.leadingSums;
        }
        int[] tagIndex = new int[n];
        String[] tags = new String[n];
        for (int i = 0; i < Math.min(needed, n); i++) {
            int count = features(tokenContexts, wordContexts, i, fixedContexts, i >= 1 ? previousTagContexts[tagIndex[i - 1]] : null,
                    i >= 2 ? previousTwoTagContexts[tagIndex[i - 2] * outcomes.length + tagIndex[i - 1]] : null);
            int best = clearBest(wordSums[i], tokenContexts, WordFeatures.leading(wordContexts[i]), count);
            if (best < 0) {
                double[] scores = score(wordSums[i], tokenContexts, WordFeatures.leading(wordContexts[i]), count);
                best = 0;
                for (int p = 1; p < scores.length; p++) {
                    // (strictly greater: the first of equal outcomes wins, as in the beam search's queue)
                    if (scores[p] > scores[best]) {
                        best = p;
                    }
                }
            }
            tagIndex[i] = best;
            tags[i] = outcomes[best];
        }
        return tags;
    }

    /** A word's features with the model's weights of each, and the sums of its leading features (what the memo keeps). */
    private WordFeatures resolved(String word) {
        String[] strings = WordFeatures.of(word).strings;
        double[][] contexts = resolve(strings);
        // the sums start as the model's do: the prior, "def", then the word's affixes and the word
        int affixes = contexts.length - WordFeatures.PARTS;
        double[][] leading = new double[WordFeatures.leading(contexts)][];
        leading[0] = fixedContexts[0];
        System.arraycopy(contexts, 0, leading, 1, affixes);
        leading[affixes + 1] = contexts[affixes + WordFeatures.TOKEN];
        double[] sums = new double[probs.length];
        java.util.Arrays.fill(sums, logPrior);
        addWeights(sums, leading, 0, leading.length);
        return new WordFeatures(strings, contexts, sums);
    }

    /**
     * The model's probability of each outcome given the weights of a token's features, as OpenNLP's {@code
     * GISModel.eval} works it out (the same operations in the same order, so the same doubles): the uniform prior,
     * then each feature's weights added in the features' order ({@code ArrayMath.sumFeatures}, whose factor of 1.0
     * changes no double), then exp and the division by their sum. Here the features come resolved to their weights,
     * where {@code GISModel.eval} looks every feature string up in its map (33,500 features for the English model) for
     * every token: that look-up was a third of tagging. {@code start} holds the sums of the features before {@code from}
     * (for a word, those of its leading features, the same for every token of that word: {@link
     * WordFeatures#leadingSums}); the sums go on in the same order, so they are the same doubles.
     */
    private double[] score(double[] start, double[][] features, int from, int count) {
        System.arraycopy(start, 0, probs, 0, probs.length);
        addWeights(probs, features, from, count);
        return MaxentSums.probabilities(probs);
    }

    /**
     * The outcome {@link #score} would rank first, read from the sums alone when the largest sum leads every other by a
     * clear margin; -1 when it does not (then {@link #score} decides, ties and all). Why: the exp of every outcome's sum
     * and the division by their total were a tenth of tagging, and neither can change which outcome is first when the
     * leader's sum is ahead by far more than their rounding (exp's result is within an ulp or two, so a lead of 1e-9
     * stays a lead of about 1e-9 relative, and dividing all by one total keeps the order); the range test keeps exp
     * away from overflow and from underflow to equal zeros.
     */
    private int clearBest(double[] start, double[][] features, int from, int count) {
        System.arraycopy(start, 0, probs, 0, probs.length);
        addWeights(probs, features, from, count);
        int best = 0;
        for (int p = 1; p < probs.length; p++) {
            if (probs[p] > probs[best]) {
                best = p;
            }
        }
        double lead = probs[best];
        if (!(lead > -600 && lead < 600)) {
            return -1;
        }
        for (int p = 0; p < probs.length; p++) {
            if (p != best && !(lead - probs[p] > 1e-9)) {
                return -1;
            }
        }
        return best;
    }

    /**
     * Adds the weights of {@code features[from, to)} to each outcome's sum, in order ({@code ArrayMath.sumFeatures}; the
     * 0 of a flat row for an outcome the feature has no weight for changes no sum: see {@link MaxentSums#add}).
     */
    private static void addWeights(double[] sums, double[][] features, int from, int to) {
        for (int f = from; f < to; f++) {
            MaxentSums.add(sums, features[f]);
        }
    }

    /** The index of a tag among the model's outcomes (for the test). */
    int outcomeIndex(String tag) {
        return java.util.Arrays.asList(outcomes).indexOf(tag);
    }

    /** The features of token {@code i}, in the order of the model's generator (see the class comment). */
    String[] context(WordFeatures[] w, int i, int[] tagIndex) {
        String[][] strings = new String[w.length][];
        for (int k = 0; k < w.length; k++) {
            strings[k] = w[k].strings;
        }
        String[] c = new String[MAX_FEATURES];
        int count = features(c, strings, i, FIXED, i >= 1 ? previousTag[tagIndex[i - 1]] : null,
                i >= 2 ? previousTwoTags[tagIndex[i - 2] * outcomes.length + tagIndex[i - 1]] : null);
        return count == c.length ? c : java.util.Arrays.copyOf(c, count);
    }

    /**
     * Writes the features of token {@code i} into {@code out} in the order of the model's generator, and returns how
     * many: as strings ({@link #context}) or as the model's weights of those strings ({@link #tag}), from one list so
     * that the two cannot drift apart. {@code w} holds each word's parts in {@link WordFeatures}'s layout, {@code
     * fixed} those of {@link #FIXED}; {@code tag} and {@code tagPair} are the features of the tags before (unused for
     * the first tokens).
     */
    private static <T> int features(T[] out, T[][] w, int i, T[] fixed, T tag, T tagPair) {
        int n = w.length;
        T[] own = w[i];
        int affixes = own.length - WordFeatures.PARTS;
        int k = 0;
        // (the first WordFeatures.leading(own) of them depend on the word alone: see WordFeatures.leadingSums)
        out[k++] = fixed[0];
        System.arraycopy(own, 0, out, k, affixes);
        k += affixes;
        out[k++] = own[affixes + WordFeatures.TOKEN];
        if (i >= 1) {
            out[k++] = WordFeatures.part(w[i - 1], WordFeatures.PREVIOUS1);
        }
        if (i >= 2) {
            out[k++] = WordFeatures.part(w[i - 2], WordFeatures.PREVIOUS2);
        }
        if (i + 1 < n) {
            out[k++] = WordFeatures.part(w[i + 1], WordFeatures.NEXT1);
        }
        if (i + 2 < n) {
            out[k++] = WordFeatures.part(w[i + 2], WordFeatures.NEXT2);
        }
        if (i <= 2) {
            // "S=begin", "p1S=begin", "p2S=begin"
            out[k++] = fixed[1 + i];
        }
        out[k++] = own[affixes + WordFeatures.TOKEN_CLASS];
        out[k++] = own[affixes + WordFeatures.TOKEN_AND_CLASS];
        if (i >= 1) {
            out[k++] = tag;
        }
        if (i >= 2) {
            out[k++] = tagPair;
        }
        return k;
    }

    /**
     * The features that depend on one word only, as the model's feature generators write them, and (in the tagger's
     * memo) the model's weights of each. Layout of {@link #strings}: "suf=" with the last 1 to 4 characters, then
     * "pre=" with the first 1 to 4 (as written, not lower-cased); then the {@link #PARTS} parts: "w=" and the word in
     * lower case, as itself and as the word 1 or 2 before or after ("p1w=", "n2w="); "wc=" and the token class ("ic",
     * "lc", "4d" ...), and "w&c=" with the word in lower case and the class.
     */
    static final class WordFeatures {
        static final int PARTS = 7;
        static final int TOKEN = 0;
        static final int PREVIOUS1 = 1;
        static final int PREVIOUS2 = 2;
        static final int NEXT1 = 3;
        static final int NEXT2 = 4;
        static final int TOKEN_CLASS = 5;
        static final int TOKEN_AND_CLASS = 6;

        final String[] strings;
        /** The model's weights of each of {@link #strings} as flat rows (null for a feature the model never saw), or null. */
        final double[][] contexts;
        /**
         * Each outcome's sum of the model's prior and the weights of the features every token of this word opens with
         * ("def", its affixes, "w=" and the word: {@link #leading} of them, before the neighbours'), or null. Summed once
         * per word instead of once per token, in the model's order.
         */
        final double[] leadingSums;

        private WordFeatures(String[] strings, double[][] contexts, double[] leadingSums) {
            this.strings = strings;
            this.contexts = contexts;
            this.leadingSums = leadingSums;
        }

        /** How many features a token's list opens with that depend on its word alone: "def", the affixes, the word. */
        static <T> int leading(T[] parts) {
            return 1 + parts.length - PARTS + 1;
        }

        static <T> T part(T[] parts, int which) {
            return parts[parts.length - PARTS + which];
        }

        static WordFeatures of(String word) {
            int len = Math.min(4, word.length());
            String[] s = new String[2 * len + PARTS];
            for (int k = 1; k <= len; k++) {
                s[k - 1] = "suf=" + word.substring(Math.max(word.length() - k, 0));
                s[len + k - 1] = "pre=" + word.substring(0, Math.min(k, word.length()));
            }
            String lower = StringUtil.toLowerCase(word);
            String token = "w=" + lower;
            String cls = FeatureGeneratorUtil.tokenFeature(word);
            int p = 2 * len;
            s[p + TOKEN] = token;
            s[p + PREVIOUS1] = "p1" + token;
            s[p + PREVIOUS2] = "p2" + token;
            s[p + NEXT1] = "n1" + token;
            s[p + NEXT2] = "n2" + token;
            s[p + TOKEN_CLASS] = "wc=" + cls;
            s[p + TOKEN_AND_CLASS] = "w&c=" + lower + "," + cls;
            return new WordFeatures(s, null, null);
        }
    }
}
