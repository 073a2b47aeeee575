package org.pledgewatch.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link WordSet} answers as {@code Set.of} would. */
class WordSetTest {

    @Test
    void answersAsSetOf() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("w" + i);
        }
        // strings of equal hash codes ("Aa", "BB") and a word listed twice
        words.addAll(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "", "w7"));
        Set<String> expected = new HashSet<>(words);
        Set<String> set = new WordSet(words);
        assertEquals(expected.size(), set.size());
        assertEquals(expected, set);
        assertEquals(expected, new HashSet<>(set));
        for (String w : expected) {
            assertTrue(set.contains(w), w);
            assertTrue(set.contains(new String(w.toCharArray())), w);
        }
        for (String w : List.of("w500", "Ab", "BBAa1", "x", "W1", " ")) {
            assertFalse(set.contains(w), w);
        }
        assertFalse(set.contains(7));
        assertThrows(NullPointerException.class, () -> set.contains(null));
        assertThrows(UnsupportedOperationException.class, () -> set.add("new"));
    }

    @Test
    void emptyAndSmallSets() {
        assertEquals(0, new WordSet(List.of()).size());
        assertFalse(new WordSet(List.of()).contains("a"));
        assertFalse(new WordSet(List.of()).iterator().hasNext());
        Set<String> one = Words.set("monday");
        assertTrue(one.contains("monday"));
        assertFalse(one.contains("tuesday"));
        assertEquals(Set.of("a", "b", "c"), Words.union(Words.set("a", "b"), "c", "a"));
    }
}
