package org.pledgewatch.extractor.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words for {@link Words#set}: the rules ask hundreds of these lists about nearly every token, and
 * most answers are "no". {@code Set.of} answers by probing its table with {@code equals} on every occupied slot it
 * meets (a seventh of all extraction time went to {@code ImmutableCollections$SetN.probe}); this table keeps each word's
 * hash code beside it and compares strings only when the hash codes are equal, which a miss almost never meets.
 *
 * <p>Behaves as {@code Set.of} where the rules could tell: {@code contains(null)} throws, and nothing can be added or
 * removed. The iteration order is the table's (fixed), where {@code Set.of}'s changes from run to run.
 */
final class WordSet extends AbstractSet<String> {
    private final String[] words;
    private final int[] hashes;
    private final int mask;
    private final int size;

    WordSet(Collection<String> source) {
        int n = 0;
        int capacity = 4;
        // at most a quarter full: a miss stops at an empty slot after one or two probes
        while (capacity < source.size() * 4) {
            capacity <<= 1;
        }
        words = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        for (String w : source) {
            Objects.requireNonNull(w);
            int h = w.hashCode();
            int i = slot(h);
            while (words[i] != null && !(hashes[i] == h && words[i].equals(w))) {
                i = (i + 1) & mask;
            }
            if (words[i] == null) {
                words[i] = w;
                hashes[i] = h;
                n++;
            }
        }
        size = n;
    }

    private int slot(int h) {
        // (String's hash codes differ mostly in their low bits already; the high ones are folded in as HashMap does)
        return (h ^ (h >>> 16)) & mask;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w)) {
            Objects.requireNonNull(o);
            return false;
        }
        int h = w.hashCode();
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = words[i];
            if (k == null) {
                return false;
            }
            if (hashes[i] == h && k.equals(w)) {
                return true;
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < words.length && words[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                String w = words[next];
                next = advance(next + 1);
                return w;
            }
        };
    }
}
