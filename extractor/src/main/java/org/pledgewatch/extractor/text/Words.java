package org.pledgewatch.extractor.text;

import java.util.Arrays;
import java.util.Set;

/** Word lists written in code: like {@code Set.of}, but a word listed twice is no error at class loading. */
public final class Words {
    /** The days of the week, folded: "said on Monday", "Last Tuesday it said". */
    public static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** Words before where something happens: "in Brussels", "at the White House", "at Puteri Harbour". */
    public static final Set<String> LOCATIVES = set("in", "at", "near", "outside", "inside", "across");

    /** The honorifics a name may follow, which its mention leaves out: "Dr Tedros", "Mr Macron", "Prof Prasad". */
    public static final Set<String> PERSONAL_HONORIFICS = set("mr", "mrs", "ms", "dr", "prof");

    /** The months, folded: "said in October the bank was ready ...". */
    public static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * Adverbs news sets off by commas inside a clause: "said, however, that ...", "Berlin would, in turn, provide",
     * "would, for its part, send" (some only as part of a phrase: "in turn", "of course", "for its part").
     */
    public static final Set<String> INSERTED_ADVERBS = set("however", "though", "also", "too", "again", "moreover",
            "nevertheless", "nonetheless", "therefore", "instead", "meanwhile", "separately", "then", "later", "in",
            "turn", "addition", "of", "course", "for", "its", "part");

    /**
     * What news calls a company by its trade: "chipmaker Nexperia", "the carmaker would invest". Both the names it
     * introduces ({@code MentionFinder}) and the employer an officer's words mean ({@code ActorFinder}) read it.
     */
    public static final Set<String> COMPANY_TRADES = set("carmaker", "automaker", "drugmaker", "chipmaker", "planemaker",
            "miner", "retailer", "manufacturer", "refiner", "steelmaker", "grocer", "airline", "insurer", "lender",
            "producer");

    /**
     * What follows a clause's subject: "Argentina would", "Cairo could not", "Spain has" (AffiliationLinker reads a
     * reported subject with it, MentionFinder a bare "Treasury").
     */
    public static final Set<String> VERBS_AFTER_SUBJECT = set("will", "would", "could", "can", "may", "might", "must",
            "should", "is", "was", "has", "had");

    /** The present and past of "be" that open a passive or a predicate: "is ready", "was seen", "were met". */
    public static final Set<String> BE_FORMS = set("is", "are", "was", "were");

    /** The personal pronouns that stand as a clause's subject: "it will", "we would". */
    public static final Set<String> SUBJECT_PRONOUNS = set("it", "they", "we", "he", "she", "i");

    /** The words that open a relative clause (or, "that", a reported one): "which will be rolled out", "who said". */
    public static final Set<String> RELATIVE_PRONOUNS = set("that", "which", "who");

    /** The articles and third-person possessives that open a noun phrase: "the budget passing", "its partners". */
    public static final Set<String> ARTICLES_AND_POSSESSIVES = set("the", "a", "an", "its", "their", "his", "her");

    /** Past participles that do not end in "-ed": "would be held", "the money, spread over five years, would ...". */
    public static final Set<String> IRREGULAR_PARTICIPLES = set("held", "built", "made", "spent", "paid", "sent",
            "sold", "cut", "set", "put", "kept", "given", "taken", "done", "brought", "bought", "met", "led", "laid",
            "shown", "won", "drawn", "lent", "dealt", "spread", "shut", "split", "frozen", "withdrawn", "rebuilt");

    /** A past participle: "deployed" (of five letters or more, not "need"), or one of {@link #IRREGULAR_PARTICIPLES}. */
    public static boolean isParticiple(String folded) {
        return folded.endsWith("ed") && folded.length() > 4 || IRREGULAR_PARTICIPLES.contains(folded);
    }

    private Words() {
    }

    /** What the regex class {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * An immutable set of the words. A {@code HashSet} underneath, not {@code Set.of}: the rules ask hundreds of these
     * lists about nearly every token and most answers are "no"; a {@code HashMap} compares the cached hash codes before
     * the strings, where {@code Set.of}'s probing calls {@code equals} on every occupied slot it meets (a seventh of the
     * seed article's time went to {@code ImmutableCollections$SetN.probe}).
     */
    public static Set<String> set(String... words) {
        return new WordSet(new java.util.HashSet<>(Arrays.asList(words)));
    }

    /** A list that holds another and some words more: {@code union(COPULAS, "took", "over")}. */
    public static Set<String> union(Set<String> base, String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Arrays.asList(more));
        return new WordSet(all);
    }

    /**
     * An unmodifiable set of words whose {@code contains} reads two flat arrays: the words' cached hash codes and the
     * words, open addressing at a quarter full. Why: these lists are asked about nearly every token and most answers are
     * "no"; behind {@code Collections.unmodifiableSet} a question went through the wrapper (a call site shared by every
     * list) and a {@code HashMap} node per occupied bucket, and the set look-ups were an eighth of the time of unseen
     * articles. Everything but {@code contains} (iteration and its order, size, equality) is the {@code HashSet}'s own.
     */
    private static final class WordSet extends java.util.AbstractSet<String> {
        private final Set<String> words;
        private final String[] keys;
        private final int[] hashes;
        private final int mask;

        WordSet(Set<String> words) {
            this.words = java.util.Collections.unmodifiableSet(words);
            int capacity = 4;
            while (capacity < 4 * words.size()) {
                capacity <<= 1;
            }
            keys = new String[capacity];
            hashes = new int[capacity];
            mask = capacity - 1;
            for (String w : words) {
                if (w == null) {
                    continue;
                }
                int h = w.hashCode();
                int i = spread(h) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = w;
                hashes[i] = h;
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String)) {
                return words.contains(o);
            }
            String s = (String) o;
            int h = s.hashCode();
            for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
                String k = keys[i];
                if (k == null) {
                    return false;
                }
                if (hashes[i] == h && (k == s || k.equals(s))) {
                    return true;
                }
            }
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return words.iterator();
        }

        @Override
        public int size() {
            return words.size();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || words.equals(o);
        }

        @Override
        public int hashCode() {
            return words.hashCode();
        }

        @Override
        public String toString() {
            return words.toString();
        }
    }
}
