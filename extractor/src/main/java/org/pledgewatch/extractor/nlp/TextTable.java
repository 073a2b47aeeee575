package org.pledgewatch.extractor.nlp;

import opennlp.tools.ml.model.Context;

/**
 * Weights keyed by a text, asked with a region of a chunk and that region's {@code String.hashCode}, so that no
 * string is made for the question: open addressing, the texts and their hash codes in flat arrays. Filled once,
 * then only read (safe to share between threads once built).
 */
final class TextTable {
    private String[] keys = new String[16];
    private int[] hashes = new int[16];
    private Context[] values = new Context[16];
    private int size;

    void put(String key, Context value) {
        if (4 * (size + 1) > keys.length) {
            String[] oldKeys = keys;
            Context[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            hashes = new int[oldKeys.length * 2];
            values = new Context[oldKeys.length * 2];
            size = 0;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != null) {
                    put(oldKeys[k], oldValues[k]);
                }
            }
        }
        int h = key.hashCode();
        int mask = keys.length - 1;
        int i = slot(h, mask);
        while (keys[i] != null && !keys[i].equals(key)) {
            i = (i + 1) & mask;
        }
        size += keys[i] == null ? 1 : 0;
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
    }

    /** The weights of {@code text[from, to)} (its {@code String.hashCode} worked out here); null if none. */
    Context get(String text, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        return get(text, from, to, hash);
    }

    /** The weights of {@code text[from, to)}, whose {@code String.hashCode} is {@code hash}; null if none. */
    Context get(String text, int from, int to, int hash) {
        int mask = keys.length - 1;
        int length = to - from;
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == hash && k.length() == length && k.regionMatches(0, text, from, length)) {
                return values[i];
            }
        }
    }

    private static int slot(int h, int mask) {
        return (h ^ (h >>> 16)) & mask;
    }
}
