package org.pledgewatch.extractor.nlp;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A maxent model's weights of features keyed by a text, asked with a region of a string and that region's {@code
 * String.hashCode}, so that no string is made for the question: open addressing, the texts, their hash codes and the
 * weights of each outcome in flat arrays (the weights beside each other, not behind a {@code Context} and its two
 * arrays: following those references was most of the time of a look-up). Immutable, thread-safe.
 */
final class TextTable {
    private final int outcomes;
    private final String[] keys;
    private final int[] hashes;
    /** The weight of outcome {@code o} for the key in slot {@code i} at {@code i * outcomes + o} (0 where none). */
    private final double[] weights;
    private final int mask;

    /** The table of {@code features} (text to the model's weights) of a model of {@code outcomes} outcomes. */
    TextTable(Map<String, Context> features, int outcomes) {
        this.outcomes = outcomes;
        int capacity = 16;
        while (capacity < 4 * features.size()) {
            capacity <<= 1;
        }
        keys = new String[capacity];
        hashes = new int[capacity];
        weights = new double[capacity * outcomes];
        mask = capacity - 1;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            String key = e.getKey();
            int h = key.hashCode();
            int i = slot(h, mask);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            hashes[i] = h;
            int[] outcomeOf = e.getValue().getOutcomes();
            double[] weight = e.getValue().getParameters();
            for (int j = 0; j < outcomeOf.length; j++) {
                weights[i * outcomes + outcomeOf[j]] = weight[j];
            }
        }
    }

    /** Adds the weights of {@code text[from, to)} (its {@code String.hashCode} worked out here), if any, to {@code sums}. */
    void addWeights(String text, int from, int to, double[] sums) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        addWeights(text, from, to, hash, sums);
    }

    /**
     * Adds the weights of {@code text[from, to)}, whose {@code String.hashCode} is {@code hash}, to each outcome's sum
     * (nothing for a text the model never saw), as {@code ArrayMath.sumFeatures} adds a feature's: a weight the model
     * lacks is a 0 here, and adding 0 changes no sum.
     */
    void addWeights(String text, int from, int to, int hash, double[] sums) {
        int length = to - from;
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return;
            }
            if (hashes[i] == hash && k.length() == length && k.regionMatches(0, text, from, length)) {
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += weights[i * outcomes + o];
                }
                return;
            }
        }
    }

    private static int slot(int h, int mask) {
        return (h ^ (h >>> 16)) & mask;
    }
}
