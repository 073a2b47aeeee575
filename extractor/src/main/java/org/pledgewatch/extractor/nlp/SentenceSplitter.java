package org.pledgewatch.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * {@code SentenceDetectorME.sentPosDetect}'s spans of a paragraph, from the same model's weights and the same features,
 * read from tables instead of feature strings. Why: the sentence detector was 4% of the steady-state pass on new text
 * (docs/benchmarks.md, round 58), most of it not the model's arithmetic but its features: at every full stop, question
 * and exclamation mark {@code DefaultSDContextGenerator} cuts out and trims the word before and after it and the words
 * around those ("x=said", "v=minister", "s=", "n=The"), builds a dozen strings and looks each up in the model's map;
 * and its scanner boxes every character of the paragraph to ask a set whether it ends sentences.
 *
 * <p>Here the same words are found as regions of the paragraph (the same bounds and the same trimming) and looked up in
 * tables of the model's features of each kind by a hash worked out over the region, in the generator's order ("sp",
 * "sn", "eos=", "x=", the prefix's length, "xcap", "v=", "vcap", "s=", "scap", "n=", "ncap"), so that the weights are
 * summed in the same order to the same doubles; the candidates, the split decisions and the spans follow {@code
 * sentPosDetect} step by step (a model without an abbreviation dictionary, whose "abbrev" features and break check
 * this class does not replicate). {@link #checkedReplica} checks the model at load time, probabilities and spans of a probe
 * included; {@code SentenceSplitterTest} compares the spans with {@code SentenceDetectorME}'s over every line of every
 * text under the test resources. Immutable and thread-safe.
 */
final class SentenceSplitter {
    private final char[] endings;
    private final boolean useTokenEnd;
    /** The index of the outcome "s" (a sentence ends here) among the model's two outcomes. */
    private final int split;
    /** The model's uniform prior, the log of 1 / 2, where both outcomes' sums start. */
    private final double logPrior;
    /** "x=", "v=", "s=" and "n=" features, keyed by the text after the "=". */
    private final TextTable prefixes;
    private final TextTable previousWords;
    private final TextTable suffixes;
    private final TextTable nextWords;
    /** "eos=" and each of {@link #endings} (each outcome's weight, as {@link ChunkTokenizer#flat}). */
    private final double[][] ending;
    /** The prefix's length as a feature ("1", "2" ...), by length. */
    private final double[][] prefixLength;
    private final Map<String, Context> weights;
    private final double[] spaceBefore;
    private final double[] spaceAfter;
    private final double[] prefixCapital;
    private final double[] previousCapital;
    private final double[] suffixCapital;
    private final double[] nextCapital;

    SentenceSplitter(SentenceModel sentenceModel) {
        MaxentModel model = sentenceModel.getMaxentModel();
        Map<String, Context> pmap = MaxentSums.weights(model);
        weights = pmap;
        endings = sentenceModel.getFactory().getEOSCharacters();
        useTokenEnd = sentenceModel.useTokenEnd();
        split = model.getIndex(SentenceDetectorME.SPLIT);
        logPrior = MaxentSums.uniformLogPrior(model);
        int n = model.getNumOutcomes();
        prefixes = new TextTable(withPrefix(pmap, "x="), n);
        previousWords = new TextTable(withPrefix(pmap, "v="), n);
        suffixes = new TextTable(withPrefix(pmap, "s="), n);
        nextWords = new TextTable(withPrefix(pmap, "n="), n);
        ending = new double[endings.length][];
        for (int k = 0; k < endings.length; k++) {
            ending[k] = ChunkTokenizer.flat(pmap.get("eos=" + escape(endings[k])), n);
        }
        prefixLength = new double[64][];
        for (int k = 1; k < prefixLength.length; k++) {
            prefixLength[k] = ChunkTokenizer.flat(pmap.get(Integer.toString(k)), n);
        }
        spaceBefore = ChunkTokenizer.flat(pmap.get("sp"), n);
        spaceAfter = ChunkTokenizer.flat(pmap.get("sn"), n);
        prefixCapital = ChunkTokenizer.flat(pmap.get("xcap"), n);
        previousCapital = ChunkTokenizer.flat(pmap.get("vcap"), n);
        suffixCapital = ChunkTokenizer.flat(pmap.get("scap"), n);
        nextCapital = ChunkTokenizer.flat(pmap.get("ncap"), n);
    }

    /** The model's features that open with {@code prefix}, keyed by the text after it. */
    private static Map<String, Context> withPrefix(Map<String, Context> features, String prefix) {
        Map<String, Context> out = new java.util.HashMap<>();
        for (Map.Entry<String, Context> e : features.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                out.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return out;
    }

    /** {@code DefaultSDContextGenerator.escapeChar}. */
    private static String escape(char c) {
        return c == '\n' ? "<LF>" : c == '\r' ? "<CR>" : String.valueOf(c);
    }

    /**
     * A replica that splits as {@code SentenceDetectorME} would with the model, where this class can: OpenNLP's GIS model with two
     * outcomes, one of them "s"; the default generator and scanner, and no abbreviation dictionary; and the same
     * probabilities at every candidate and the same spans for a probe of paragraphs. A model trained otherwise (a new
     * release of the English models) is left to {@code SentenceDetectorME}. The replica so checked, or null: the load
     * builds the replica's tables once, not once for the check and again for use.
     */
    static SentenceSplitter checkedReplica(SentenceModel sentenceModel) {
        MaxentModel model = sentenceModel.getMaxentModel();
        if (!(model instanceof GISModel) || model.getNumOutcomes() != 2 || model.getIndex(SentenceDetectorME.SPLIT) < 0
                || sentenceModel.getAbbreviations() != null
                || sentenceModel.getFactory().getSDContextGenerator().getClass() != DefaultSDContextGenerator.class
                || sentenceModel.getFactory().getEndOfSentenceScanner().getClass() != DefaultEndOfSentenceScanner.class) {
            return null;
        }
        SentenceSplitter replica = new SentenceSplitter(sentenceModel);
        SentenceDetectorME reference = new SentenceDetectorME(sentenceModel);
        opennlp.tools.sentdetect.SDContextGenerator generator = sentenceModel.getFactory().getSDContextGenerator();
        for (String paragraph : PROBE) {
            for (int c = 0; c < paragraph.length(); c++) {
                if (replica.isEnding(paragraph.charAt(c))
                        && !java.util.Arrays.equals(model.eval(generator.getContext(paragraph, c)), replica.probabilities(paragraph, c))) {
                    return null;
                }
            }
            if (!sameBounds(reference.sentPosDetect(paragraph), replica.sentPosDetect(paragraph))) {
                return null;
            }
        }
        return replica;
    }

    /** Paragraphs with every kind of candidate: full stops inside names and numbers, quotes, brackets, ends, spaces. */
    private static final String[] PROBE = {
        "The minister said on Tuesday. \u201CWe will act,\u201D he added. Mr. Smith of the U.S. Treasury agreed!",
        "Prices rose 2.5% in May. Why? Because the E.U. said so... The end.",
        "  Leading spaces and a question? Yes.  ", "No ending at all", "Kyiv\u2019s mayor (Vitali Klitschko) spoke.\u00A0Then left.",
        "A.B. C.", "?!", ". . ."};

    static boolean sameBounds(Span[] a, Span[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            if (a[k].getStart() != b[k].getStart() || a[k].getEnd() != b[k].getEnd()) {
                return false;
            }
        }
        return true;
    }

    private boolean isEnding(char c) {
        for (char e : endings) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences of {@code s} as {@code SentenceDetectorME.sentPosDetect} bounds them (the spans carry no
     * probability), or null where that method would fail (a piece of white space between two ends).
     */
    Span[] sentPosDetect(String s) {
        List<Integer> enders = new ArrayList<>();
        for (int k = 0; k < s.length(); k++) {
            if (isEnding(s.charAt(k))) {
                enders.add(k);
            }
        }
        List<Integer> positions = new ArrayList<>(enders.size());
        double[] sums = new double[2];
        for (int i = 0, end = enders.size(), index = 0; i < end; i++) {
            int cint = enders.get(i);
            // skip over the leading parts of non-token final delimiters
            int fws = firstWhitespace(s, cint + 1);
            if (i + 1 < end && enders.get(i + 1) < fws) {
                continue;
            }
            if (!positions.isEmpty() && cint < positions.get(positions.size() - 1)) {
                continue;
            }
            sum(s, cint, sums);
            if (MaxentSums.bestOfTwo(sums) == split) {
                // (no abbreviation dictionary: every break the model gives is acceptable)
                if (index != cint) {
                    positions.add(useTokenEnd ? firstNonWhitespace(s, firstWhitespace(s, cint + 1)) : firstNonWhitespace(s, cint + 1));
                }
                index = cint + 1;
            }
        }
        if (positions.isEmpty()) {
            int start = 0;
            int end = s.length();
            while (start < s.length() && StringUtil.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (end > 0 && StringUtil.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            return end - start > 0 ? new Span[] {new Span(start, end)} : new Span[0];
        }
        int last = positions.get(positions.size() - 1);
        boolean leftover = last != s.length();
        Span[] spans = new Span[leftover ? positions.size() + 1 : positions.size()];
        for (int si = 0; si < positions.size(); si++) {
            Span span = new Span(si == 0 ? 0 : positions.get(si - 1), positions.get(si)).trim(s);
            if (span.length() <= 0) {
                return null;
            }
            spans[si] = span;
        }
        if (leftover) {
            Span span = new Span(last, s.length()).trim(s);
            if (span.length() <= 0) {
                return null;
            }
            spans[spans.length - 1] = span;
        }
        return spans;
    }

    private static int firstWhitespace(String s, int pos) {
        while (pos < s.length() && !StringUtil.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int firstNonWhitespace(String s, int pos) {
        while (pos < s.length() && StringUtil.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** The model's probabilities of its outcomes at candidate {@code c} of {@code s} (the probe and the test). */
    double[] probabilities(String s, int c) {
        double[] sums = new double[2];
        sum(s, c, sums);
        return MaxentSums.probabilities(sums);
    }

    /**
     * Each outcome's sum at candidate {@code c}: the prior, then the weights of the features of {@code
     * DefaultSDContextGenerator.getContext} and {@code collectFeatures}, in their order, with its words' bounds.
     */
    private void sum(String s, int c, double[] sums) {
        sums[0] = logPrior;
        sums[1] = logPrior;
        int lastIndex = s.length() - 1;
        if (c > 0 && StringUtil.isWhitespace(s.charAt(c - 1))) {
            MaxentSums.add(sums, spaceBefore);
        }
        if (c < lastIndex && StringUtil.isWhitespace(s.charAt(c + 1))) {
            MaxentSums.add(sums, spaceAfter);
        }
        MaxentSums.add(sums, endingWeights(s.charAt(c)));
        // the prefix: from the space before (or the last ending between it and c) to c
        int prefixStart = previousSpaceIndex(s, c);
        for (int ci = c - 1; ci > prefixStart; ci--) {
            if (isEnding(s.charAt(ci))) {
                prefixStart = ci;
                break;
            }
        }
        int previousStart = previousSpaceIndex(s, prefixStart);
        int suffixEnd = nextSpaceIndex(s, c, lastIndex);
        for (int ci = c + 1; ci < suffixEnd; ci++) {
            if (isEnding(s.charAt(ci))) {
                suffixEnd = ci;
                break;
            }
        }
        int nextEnd = nextSpaceIndex(s, suffixEnd + 1, lastIndex + 1);
        // "x=" and the prefix, its length, "xcap"
        int[] bounds = trimmed(s, prefixStart, c);
        prefixes.addWeights(s, bounds[0], bounds[1], sums);
        int length = bounds[1] - bounds[0];
        if (length > 0) {
            MaxentSums.add(sums, length < prefixLength.length ? prefixLength[length]
                    : ChunkTokenizer.flat(weights.get(Integer.toString(length)), sums.length));
            if (Character.isUpperCase(s.charAt(bounds[0]))) {
                MaxentSums.add(sums, prefixCapital);
            }
        }
        // "v=" and the word before, "vcap"
        bounds = trimmed(s, previousStart, prefixStart);
        addWord(sums, s, bounds, previousWords, previousCapital);
        if (c == lastIndex) {
            // "s=" and "n=" with nothing after
            suffixes.addWeights(s, 0, 0, 0, sums);
            nextWords.addWeights(s, 0, 0, 0, sums);
        } else {
            addWord(sums, s, trimmed(s, c + 1, suffixEnd), suffixes, suffixCapital);
            addWord(sums, s, trimmed(s, suffixEnd + 1, nextEnd), nextWords, nextCapital);
        }
    }

    /** A word's feature and, when it opens with a capital, its capital's. */
    private static void addWord(double[] sums, String s, int[] bounds, TextTable words, double[] capital) {
        words.addWeights(s, bounds[0], bounds[1], sums);
        if (bounds[1] > bounds[0] && Character.isUpperCase(s.charAt(bounds[0]))) {
            MaxentSums.add(sums, capital);
        }
    }

    private double[] endingWeights(char c) {
        for (int k = 0; k < endings.length; k++) {
            if (endings[k] == c) {
                return ending[k];
            }
        }
        // (never reached: the candidates are the endings; the model has two outcomes, see checkedReplica)
        return ChunkTokenizer.flat(weights.get("eos=" + escape(c)), 2);
    }

    /** The bounds of {@code s.substring(from, to).trim()} in {@code s}. */
    private static int[] trimmed(String s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        return new int[] {from, to};
    }

    /** {@code DefaultSDContextGenerator.previousSpaceIndex}. */
    private static int previousSpaceIndex(String s, int seek) {
        seek--;
        while (seek > 0 && !StringUtil.isWhitespace(s.charAt(seek))) {
            seek--;
        }
        if (seek > 0 && StringUtil.isWhitespace(s.charAt(seek))) {
            while (seek > 0 && StringUtil.isWhitespace(s.charAt(seek - 1))) {
                seek--;
            }
            return seek;
        }
        return 0;
    }

    /** {@code DefaultSDContextGenerator.nextSpaceIndex}. */
    private static int nextSpaceIndex(String s, int seek, int lastIndex) {
        seek++;
        while (seek < lastIndex) {
            char c = s.charAt(seek);
            if (StringUtil.isWhitespace(c)) {
                while (s.length() > seek + 1 && StringUtil.isWhitespace(s.charAt(seek + 1))) {
                    seek++;
                }
                return seek;
            }
            seek++;
        }
        return lastIndex;
    }
}
