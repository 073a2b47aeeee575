package org.pledgewatch.extractor.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of a string (a model's answer for a word or a chunk of text), up to a
 * number of entries, after which it still answers but remembers nothing more. News repeats its words: after some
 * articles nearly every lookup is a hit, and the memory stays bounded however long the service runs. Safe to share
 * between threads.
 */
final class BoundedMemo<V> {
    private final ConcurrentHashMap<String, V> answers = new ConcurrentHashMap<>();
    private final int capacity;

    BoundedMemo(int capacity) {
        this.capacity = capacity;
    }

    V get(String key, Function<String, V> compute) {
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        V answer = compute.apply(key);
        if (answers.size() < capacity) {
            answers.put(key, answer);
        }
        return answer;
    }
}
