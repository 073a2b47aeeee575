package org.pledgewatch.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * {@code TokenizerME}'s spans for one chunk of text without white space ("said.", "Kyiv’s", "U.S."), from the same
 * model's weights and the same features, read from tables instead of feature strings. Why: on text the extractor has
 * not met, the tokenizer's model on new chunks was 7.5% of the steady-state pass (docs/benchmarks.md, round 58), and
 * most of it was not the model's arithmetic but its features: {@code DefaultTokenContextGenerator} builds some fifteen
 * strings for every character boundary of a chunk ("p=Kyiv", "s=’s", "p1=v", "p1_alpha", "f12=’s" ...), and {@code
 * GISModel.eval} hashes each and looks it up in its map of 28,000 features.
 *
 * <p>Here the features are those of {@code DefaultTokenContextGenerator.createContext}, in its order, so the model's
 * weights are summed in the same order and give the same doubles: the prefix and the suffix at the boundary ("p=",
 * "s=") are found in tables of the model's prefixes and suffixes by a hash worked out character by character (no
 * string is made); the features of one character ("p1=", "p2=", "f1=", "f2=" and its class: "_alpha", "_caps",
 * "_num", "_ws", "_eos", "_quote", "_lp", "_rp") and of two ("p21=", "p1f1=", "f12=") in tables keyed by the
 * characters. Each boundary is split where the model's most probable outcome is "T" (the first outcome on a tie, as
 * {@code getBestOutcome}), as {@code TokenizerME.tokenizePos} splits it.
 *
 * <p>{@link #checkedReplica} checks the model at load time (its tokenizer factory, no abbreviation dictionary, the
 * probabilities of a probe, bit for bit); {@code ChunkTokenizerTest} compares the spans with {@code TokenizerME}'s over
 * every chunk of every text under the test resources. Immutable and thread-safe.
 */
final class ChunkTokenizer {
    private final boolean alphanumericOptimization;
    private final java.util.regex.Pattern alphanumeric;
    /** The index of the outcome "T" (split here) among the model's two outcomes. */
    private final int split;
    /** The model's uniform prior, the log of 1 / 2, where both outcomes' sums start. */
    private final double logPrior;
    /** "p=" and "s=" features, keyed by the text after the "=". */
    private final TextTable prefixes;
    private final TextTable suffixes;
    /** "p1=", "p2=", "f1=", "f2=" with one character, keyed by the character. */
    private final CharTable previous1;
    private final CharTable previous2;
    private final CharTable following1;
    private final CharTable following2;
    /** "p21=", "p1f1=", "f12=" with two characters, keyed by {@link #pair}. */
    private final CharTable previousPair;
    private final CharTable aroundPair;
    private final CharTable followingPair;
    /**
     * The class features of a character at each place ("p1_alpha" ...): [place][class], each outcome's weight (null
     * where the model lacks the feature).
     */
    private final double[][][] classes;
    private final double[] previous2None;
    private final double[] following2None;
    private final double[] characterCode;

    private static final int P1 = 0;
    private static final int P2 = 1;
    private static final int F1 = 2;
    private static final int F2 = 3;
    private static final String[] PLACES = {"p1", "p2", "f1", "f2"};
    /** The classes of {@code DefaultTokenContextGenerator.addCharPreds}, as suffixes of the place's name. */
    private static final String[] CLASSES = {"_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"};
    private static final int ALPHA = 0;
    private static final int CAPS = 1;
    private static final int NUM = 2;
    private static final int WS = 3;
    private static final int EOS = 4;
    private static final int QUOTE = 5;
    private static final int LP = 6;
    private static final int RP = 7;

    ChunkTokenizer(TokenizerModel tokenizerModel) {
        MaxentModel model = tokenizerModel.getMaxentModel();
        Map<String, Context> weights = MaxentSums.weights(model);
        alphanumericOptimization = tokenizerModel.getFactory().isUseAlphaNumericOptimization();
        alphanumeric = tokenizerModel.getFactory().getAlphaNumericPattern();
        split = model.getIndex(TokenizerME.SPLIT);
        logPrior = MaxentSums.uniformLogPrior(model);

        int n = model.getNumOutcomes();
        Map<String, Context> prefixWeights = new java.util.HashMap<>();
        Map<String, Context> suffixWeights = new java.util.HashMap<>();
        CharTable[] singles = new CharTable[PLACES.length];
        for (int p = 0; p < singles.length; p++) {
            singles[p] = new CharTable(n);
        }
        previousPair = new CharTable(n);
        aroundPair = new CharTable(n);
        followingPair = new CharTable(n);
        for (Map.Entry<String, Context> e : weights.entrySet()) {
            String f = e.getKey();
            Context c = e.getValue();
            if (f.startsWith("p=")) {
                prefixWeights.put(f.substring(2), c);
            } else if (f.startsWith("s=")) {
                suffixWeights.put(f.substring(2), c);
            } else if (f.length() == 6 && f.startsWith("p21=")) {
                previousPair.put(pair(f.charAt(4), f.charAt(5)), c);
            } else if (f.length() == 7 && f.startsWith("p1f1=")) {
                aroundPair.put(pair(f.charAt(5), f.charAt(6)), c);
            } else if (f.length() == 6 && f.startsWith("f12=")) {
                followingPair.put(pair(f.charAt(4), f.charAt(5)), c);
            } else if (f.length() == 4 && f.charAt(2) == '=') {
                for (int p = 0; p < PLACES.length; p++) {
                    if (f.startsWith(PLACES[p])) {
                        singles[p].put(f.charAt(3), c);
                    }
                }
            }
        }
        prefixes = new TextTable(prefixWeights, n);
        suffixes = new TextTable(suffixWeights, n);
        previous1 = singles[P1];
        previous2 = singles[P2];
        following1 = singles[F1];
        following2 = singles[F2];
        classes = new double[PLACES.length][CLASSES.length][];
        for (int p = 0; p < PLACES.length; p++) {
            for (int k = 0; k < CLASSES.length; k++) {
                classes[p][k] = flat(weights.get(PLACES[p] + CLASSES[k]), n);
            }
        }
        previous2None = flat(weights.get("p2=bok"), n);
        following2None = flat(weights.get("f2=bok"), n);
        characterCode = flat(weights.get("cc"), n);
    }

    /** Each outcome's weight of a feature (0 for an outcome it has none for), or null for a feature the model lacks. */
    static double[] flat(Context c, int outcomes) {
        if (c == null) {
            return null;
        }
        double[] w = new double[outcomes];
        int[] outcomeOf = c.getOutcomes();
        double[] weight = c.getParameters();
        for (int j = 0; j < outcomeOf.length; j++) {
            w[outcomeOf[j]] = weight[j];
        }
        return w;
    }

    /**
     * A replica that splits as {@code TokenizerME} would with the model, where this class can: OpenNLP's GIS model with two outcomes,
     * one of them "T"; the default context generator and no abbreviation dictionary (whose words {@code TokenizerME}
     * keeps whole and whose "pabb" feature this class does not write); and, for every boundary of a probe of chunks,
     * exactly the model's probabilities from its own generator's features. A model trained otherwise (a new release
     * of the English models) is then left to {@code TokenizerME}. The replica so checked, or null: the load builds the
     * replica's tables once, not once for the check and again for use.
     */
    static ChunkTokenizer checkedReplica(TokenizerModel tokenizerModel) {
        MaxentModel model = tokenizerModel.getMaxentModel();
        if (!(model instanceof GISModel) || model.getNumOutcomes() != 2 || model.getIndex(TokenizerME.SPLIT) < 0
                || tokenizerModel.getAbbreviations() != null
                || tokenizerModel.getFactory().getContextGenerator().getClass() != DefaultTokenContextGenerator.class) {
            return null;
        }
        ChunkTokenizer replica = new ChunkTokenizer(tokenizerModel);
        TokenContextGenerator generator = tokenizerModel.getFactory().getContextGenerator();
        TokenizerME reference = new TokenizerME(tokenizerModel);
        for (String chunk : PROBE) {
            for (int i = 1; i < chunk.length(); i++) {
                if (!java.util.Arrays.equals(model.eval(generator.getContext(chunk, i)), replica.probabilities(chunk, i))) {
                    return null;
                }
            }
            if (!java.util.Arrays.equals(reference.tokenizePos(chunk), replica.tokenizePos(chunk))) {
                return null;
            }
        }
        return replica;
    }

    /** Chunks with every kind of feature: capitals, digits, stops, quotes, brackets, a character code, curly quotes. */
    private static final String[] PROBE = {"said.", "Kyiv\u2019s", "U.S.", "(AP)", "$2.5bn,", "\u201CWe", "&amp;", "it's",
            "[1]", "{x}", "\"quote\"", "`a'", "?!", "e.g.", "2,500-strong", "Zelenskyy\u2019s", "\u2014a"};

    /**
     * The spans of {@code chunk}, as {@code TokenizerME.tokenizePos} gives them; the chunk holds no white space
     * ({@link #handles}).
     */
    Span[] tokenizePos(String chunk) {
        int n = chunk.length();
        if (n < 2 || alphanumericOptimization && alphanumeric.matcher(chunk).matches()) {
            return new Span[] {new Span(0, n)};
        }
        int[] suffixHashes = suffixHashes(chunk);
        double[] sums = new double[2];
        List<Span> spans = new ArrayList<>(4);
        int start = 0;
        int prefixHash = 0;
        for (int i = 1; i < n; i++) {
            prefixHash = 31 * prefixHash + chunk.charAt(i - 1);
            sum(chunk, i, prefixHash, suffixHashes[i], sums);
            if (MaxentSums.bestOfTwo(sums) == split) {
                spans.add(new Span(start, i));
                start = i;
            }
        }
        spans.add(new Span(start, n));
        return spans.toArray(new Span[0]);
    }

    /**
     * Whether {@link #tokenizePos} applies to {@code chunk}: one whitespace token to {@code TokenizerME} (which first
     * splits at OpenNLP's white space), not empty.
     */
    static boolean handles(String chunk) {
        if (chunk.isEmpty()) {
            return false;
        }
        for (int k = 0; k < chunk.length(); k++) {
            if (StringUtil.isWhitespace(chunk.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The model's probabilities of its outcomes at boundary {@code i} of {@code chunk} (the probe and the test). */
    double[] probabilities(String chunk, int i) {
        int[] suffixHashes = suffixHashes(chunk);
        double[] sums = new double[2];
        sum(chunk, i, chunk.substring(0, i).hashCode(), suffixHashes[i], sums);
        return MaxentSums.probabilities(sums);
    }

    /** {@code chunk.substring(i).hashCode()} for every {@code i}, worked out from the end. */
    private static int[] suffixHashes(String chunk) {
        int n = chunk.length();
        int[] hashes = new int[n + 1];
        int power = 1;
        int h = 0;
        for (int i = n - 1; i >= 0; i--) {
            h += chunk.charAt(i) * power;
            power *= 31;
            hashes[i] = h;
        }
        return hashes;
    }

    /**
     * Each outcome's sum at boundary {@code i}: the prior, then the weights of the features in the order of {@code
     * DefaultTokenContextGenerator.createContext} (boundaries of {@code TokenizerME} are never at 0, so "p1=bok" is never
     * written; no abbreviation dictionary, so no "pabb").
     */
    private void sum(String chunk, int i, int prefixHash, int suffixHash, double[] sums) {
        int n = chunk.length();
        sums[0] = logPrior;
        sums[1] = logPrior;
        prefixes.addWeights(chunk, 0, i, prefixHash, sums);
        suffixes.addWeights(chunk, i, n, suffixHash, sums);
        char before = chunk.charAt(i - 1);
        char at = chunk.charAt(i);
        addCharacter(sums, P1, previous1, before);
        if (i > 1) {
            char twoBefore = chunk.charAt(i - 2);
            addCharacter(sums, P2, previous2, twoBefore);
            previousPair.addWeights(pair(twoBefore, before), sums);
        } else {
            MaxentSums.add(sums, previous2None);
        }
        aroundPair.addWeights(pair(before, at), sums);
        addCharacter(sums, F1, following1, at);
        if (i + 1 < n) {
            char after = chunk.charAt(i + 1);
            addCharacter(sums, F2, following2, after);
            followingPair.addWeights(pair(at, after), sums);
        } else {
            MaxentSums.add(sums, following2None);
        }
        if (chunk.charAt(0) == '&' && chunk.charAt(n - 1) == ';') {
            MaxentSums.add(sums, characterCode);
        }
    }

    /** The features of one character at one place, as {@code DefaultTokenContextGenerator.addCharPreds} writes them. */
    private void addCharacter(double[] sums, int place, CharTable single, char c) {
        single.addWeights(c, sums);
        double[][] cls = classes[place];
        if (Character.isLetter(c)) {
            MaxentSums.add(sums, cls[ALPHA]);
            if (Character.isUpperCase(c)) {
                MaxentSums.add(sums, cls[CAPS]);
            }
        } else if (Character.isDigit(c)) {
            MaxentSums.add(sums, cls[NUM]);
        } else if (StringUtil.isWhitespace(c)) {
            MaxentSums.add(sums, cls[WS]);
        } else if (c == '.' || c == '?' || c == '!') {
            MaxentSums.add(sums, cls[EOS]);
        } else if (c == '`' || c == '"' || c == '\'') {
            MaxentSums.add(sums, cls[QUOTE]);
        } else if (c == '[' || c == '{' || c == '(') {
            MaxentSums.add(sums, cls[LP]);
        } else if (c == ']' || c == '}' || c == ')') {
            MaxentSums.add(sums, cls[RP]);
        }
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    /**
     * Weights keyed by one character or a {@link #pair} of them: open addressing over int keys, each outcome's weight
     * beside the others in one flat array (see {@link TextTable}).
     */
    private static final class CharTable {
        private final int outcomes;
        private int[] keys = new int[16];
        private boolean[] used = new boolean[16];
        private double[] weights;
        private int size;

        CharTable(int outcomes) {
            this.outcomes = outcomes;
            weights = new double[16 * outcomes];
        }

        void put(int key, Context value) {
            if (4 * (size + 1) > keys.length) {
                int[] oldKeys = keys;
                boolean[] oldUsed = used;
                double[] oldWeights = weights;
                keys = new int[oldKeys.length * 2];
                used = new boolean[oldKeys.length * 2];
                weights = new double[oldKeys.length * 2 * outcomes];
                size = 0;
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldUsed[k]) {
                        System.arraycopy(oldWeights, k * outcomes, weights, insert(oldKeys[k]) * outcomes, outcomes);
                    }
                }
            }
            double[] w = flat(value, outcomes);
            System.arraycopy(w, 0, weights, insert(key) * outcomes, outcomes);
        }

        /** The slot of {@code key}, taken for it if it had none. */
        private int insert(int key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                size++;
            }
            return i;
        }

        /** Adds the weights of {@code key}, if the model has any, to each outcome's sum. */
        void addWeights(int key, double[] sums) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    for (int o = 0; o < outcomes; o++) {
                        sums[o] += weights[i * outcomes + o];
                    }
                    return;
                }
            }
        }

        private static int slot(int key, int mask) {
            int h = key * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }
    }
}
